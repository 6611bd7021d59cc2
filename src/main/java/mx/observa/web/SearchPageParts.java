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

/**
 * The parts of the search page that show what the search read in the query and how rows are grouped: the places it
 * applied as filters (chips whose × searches again without those words), the topics it found (a one-click filter),
 * the switch between one row per finding and one per report, a report row's extras, "Más como este". Each part is
 * view data (a small record built from the search) that src/main/jte/web/search.jte shows.
 */
final class SearchPageParts {

    /**
     * What the search read in the query.
     *
     * @param heading what the chips are ("Lugar en la búsqueda:", or "Parecidos a:" for the finding whose like is
     *                shown); the chips are empty when there is nothing to show
     * @param offers  topics the query is about, offered as filters
     */
    record Understood(String heading, List<SearchPage.Chip> chips, List<TopicOffer> offers) {
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

    /** Chips of the places the query named and of the finding whose like is shown, and the query's topics. */
    static Understood understood(SearchParams p, SearchResult r, WebLabels labels) {
        List<SearchPage.Chip> chips = new ArrayList<>();
        if (p.como() != null) {
            chips.add(new SearchPage.Chip("/" + p.like(null).query(), "Volver a la búsqueda",
                    "hallazgo " + p.como().replace("#", " · ")));
        }
        for (AppliedFilter f : r.appliedFilters()) {
            chips.add(new SearchPage.Chip("/" + p.withQuery(f.queryWithout()).query(),
                    "Quitar el filtro de lugar " + f.label(), f.label()));
        }
        return new Understood(p.como() != null ? "Parecidos a:" : "Lugar en la búsqueda:", chips,
                topicOffers(p, r, labels));
    }

    private static List<TopicOffer> topicOffers(SearchParams p, SearchResult r, WebLabels labels) {
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

    /** "Más como este": the findings like this one, with the same filters. */
    static String similarHref(SearchParams p, SearchHit hit) {
        return "/" + p.like(hit.folio() + "#" + hit.finding()).query();
    }
}
