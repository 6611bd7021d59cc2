package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import mx.observa.index.AppliedFilter;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchResult;
import mx.observa.index.SearchResult.Delivery;
import mx.observa.index.SearchResult.ReportHit;
import mx.observa.text.Html;

/**
 * The parts of the search page that show what the search read in the query and how rows are grouped: the places it
 * applied as filters (chips whose × searches again without those words), the topics it found (a one-click filter),
 * the switch between one row per finding and one per report, a report row's extras, "Más como este". Each part is
 * view data (a small record built from the search) and its HTML, so a template can take the data as it is.
 */
final class SearchPageParts {

    /** A removable chip: what it says and where its × leads. */
    record Chip(String text, String href) {
    }

    /** A topic the query is about, offered as a filter. */
    record TopicOffer(String label, String href) {
    }

    /** One side of the grouping switch. */
    record GroupingLink(String label, String href, boolean current) {
    }

    /** What a report row adds to its best finding. */
    record ReportExtras(long moreFindings, String moreHref, List<Delivery> alsoSentAs) {
    }

    private SearchPageParts() {
    }

    static List<Chip> placeChips(SearchParams p, SearchResult r) {
        List<Chip> chips = new ArrayList<>();
        for (AppliedFilter f : r.appliedFilters()) {
            chips.add(new Chip(f.label(), "/" + p.withQuery(f.queryWithout()).query()));
        }
        return chips;
    }

    static List<TopicOffer> topicOffers(SearchParams p, SearchResult r, WebLabels labels) {
        List<TopicOffer> offers = new ArrayList<>();
        for (String topic : r.topics()) {
            if (!p.temas().contains(topic)) {
                offers.add(new TopicOffer(labels.topic(topic), "/" + p.toggle(SearchParams.TEMA, topic).query()));
            }
        }
        return offers;
    }

    static List<GroupingLink> grouping(SearchParams p) {
        return List.of(new GroupingLink("por hallazgo", "/" + p.groupedBy(null).query(), !p.byReport()),
                new GroupingLink("por informe", "/" + p.groupedBy(SearchParams.POR_INFORME).query(), p.byReport()));
    }

    static ReportExtras reportExtras(SearchParams p, ReportHit r) {
        String back = p.q() == null ? "" : "?q=" + URLEncoder.encode(p.q(), StandardCharsets.UTF_8);
        return new ReportExtras(r.moreFindings(), "/informes/" + r.best().folio() + back, r.alsoSentAs());
    }

    /** Chips of the places the query named and of the finding whose like is shown. */
    static void renderUnderstood(StringBuilder h, SearchParams p, SearchResult r, WebLabels labels) {
        List<Chip> places = placeChips(p, r);
        if (!places.isEmpty() || p.como() != null) {
            h.append("<div class=\"filtros-activos lugares\"><span>")
                    .append(p.como() != null ? "Parecidos a:" : "Lugar en la búsqueda:").append("</span><ul>");
            if (p.como() != null) {
                chip(h, new Chip("hallazgo " + p.como().replace("#", " · "), "/" + p.like(null).query()),
                        "Volver a la búsqueda");
            }
            for (Chip c : places) {
                chip(h, c, "Quitar el filtro de lugar " + c.text());
            }
            h.append("</ul></div>\n");
        }
        List<TopicOffer> offers = topicOffers(p, r, labels);
        if (!offers.isEmpty()) {
            h.append("<p class=\"temas-consulta\">La búsqueda trata de ");
            for (int i = 0; i < offers.size(); i++) {
                TopicOffer o = offers.get(i);
                h.append(i == 0 ? "" : i == offers.size() - 1 ? " y " : ", ").append("<a class=\"tema-consulta\" href=\"")
                        .append(Html.escape(o.href())).append("\" title=\"Mostrar sólo hallazgos de este tema\">")
                        .append(Html.escape(o.label())).append("</a>");
            }
            h.append(": sus hallazgos van primero. Pulse un tema para ver sólo ese.</p>\n");
        }
    }

    static void renderGrouping(StringBuilder h, SearchParams p) {
        h.append("<p class=\"agrupar\">Ver ");
        List<GroupingLink> links = grouping(p);
        for (int i = 0; i < links.size(); i++) {
            GroupingLink l = links.get(i);
            h.append(i == 0 ? "" : " · ").append("<a href=\"").append(Html.escape(l.href())).append('"')
                    .append(l.current() ? " aria-current=\"true\" class=\"actual\"" : "").append('>')
                    .append(l.label()).append("</a>");
        }
        h.append("</p>");
    }

    static void renderReportExtras(StringBuilder h, SearchParams p, ReportHit r) {
        ReportExtras e = reportExtras(p, r);
        if (e.moreFindings() > 0) {
            h.append("<p class=\"mas-hallazgos\"><a href=\"").append(Html.escape(e.moreHref())).append("\">")
                    .append(Format.count(e.moreFindings(), "hallazgo más", "hallazgos más"))
                    .append(" en este informe</a></p>\n");
        }
        if (!e.alsoSentAs().isEmpty()) {
            h.append("<p class=\"tambien-enviado\">También enviado como ");
            for (int i = 0; i < e.alsoSentAs().size(); i++) {
                Delivery d = e.alsoSentAs().get(i);
                h.append(i == 0 ? "" : ", ").append("<a href=\"/informes/").append(Html.escape(d.folio())).append("\">")
                        .append(Html.escape(d.source())).append("</a> (").append(Html.escape(d.folio())).append(')');
            }
            h.append("</p>\n");
        }
    }

    static void renderSimilarLink(StringBuilder h, SearchParams p, SearchHit hit) {
        h.append("<p class=\"mas-como\"><a href=\"/").append(Html.escape(p.like(hit.folio() + "#" + hit.finding()).query()))
                .append("\">Más como este</a></p>\n");
    }

    private static void chip(StringBuilder h, Chip c, String removeLabel) {
        h.append("<li><a class=\"chip\" href=\"").append(Html.escape(c.href())).append("\" aria-label=\"")
                .append(Html.escape(removeLabel)).append("\">").append(Html.escape(c.text()))
                .append(" <span aria-hidden=\"true\">×</span></a></li>");
    }
}
