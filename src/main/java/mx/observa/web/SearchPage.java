package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.InvalidQueryException;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchResult;
import mx.observa.index.SearchResult.Correction;
import mx.observa.index.SearchResult.DateCount;
import mx.observa.index.SearchResult.FacetCount;
import mx.observa.text.Templates;
import mx.observa.understand.TopicLabels;

/**
 * The analysts' search page, rendered on the server so it works without JavaScript (src/main/jte/web/search.jte):
 * search box, facet sidebar with counts, removable filters, the places and topics read in the query
 * ({@link SearchPageParts}), rows by finding or by report, highlighted snippets, "Más como este", pagination, export
 * links. This class turns the search result into the links and labels the page shows.
 */
public final class SearchPage {

    static final int PAGE_SIZE = 20;
    /** Facet values shown before "Ver más". */
    private static final int SHOWN_VALUES = 8;
    /** The filters the form carries along as hidden fields, in this order. */
    static final List<String> FILTERS = List.of(SearchParams.TEMA, SearchParams.TIPO, SearchParams.ALCALDIA,
            SearchParams.DISTRITO, SearchParams.CANAL);

    private final FindingSearch search;
    private final Access access;
    private final WebLabels labels;
    private final RoleView view;
    private final TopicLabels topics;

    public SearchPage(FindingSearch search, Access access, WebLabels labels, RoleView view, TopicLabels topics) {
        this.search = search;
        this.access = access;
        this.labels = labels;
        this.view = view;
        this.topics = topics;
    }

    /**
     * The page: the search form, and either the message of a query that could not be read or the results.
     *
     * @param error   null unless the query could not be read
     * @param results null when {@code error} is set
     */
    record View(PageFrame frame, SearchParams params, String error, Results results, BulkReview.Form bulk,
                SavedSearchPages.Form save) {
    }

    /**
     * @param chips      the active filters, each a link that removes it; {@code clearAll} removes them all
     * @param understood the places the query named, applied as filters, and the topics it is about
     * @param notice     null, or what this reader should know about the search (the commission: personal data is hidden)
     * @param correction null, or what the query had that no report has
     * @param total      "Mostrando 1–20 de 45 hallazgos"
     * @param grouping   the switch between one row per finding and one per report
     * @param exportBase the query string of the export links, ending in '?' or '&amp;' (null: nothing to export)
     */
    record Results(List<Chip> chips, String clearAll, SearchPageParts.Understood understood,
                   String notice, CorrectionView correction, String total, List<SearchPageParts.GroupingLink> grouping,
                   String exportBase, List<Hit> hits, List<PageLink> pages, List<Facet> facets) {
    }

    /** An active filter: the link that removes it, what screen readers hear, what it shows. */
    record Chip(String href, String ariaLabel, String text) {
    }

    /** @param missing «word», «word»; {@code suggestionHref} is the same search with the suggested query */
    record CorrectionView(String missing, boolean fuzzy, String suggestion, String suggestionHref) {
    }

    /**
     * A found finding: its link into the report, the line of facts under it, {@code snippet}, the passage as the
     * search highlighter wrote it (escaped there, with the query's words in {@code <mark>}), its kind badge (null for
     * none) and topic badges, what its report row adds (null unless grouped by report) and its "Más como este" link.
     */
    record Hit(String href, String folio, int finding, String meta, String duplicateOf, String snippet,
               WebLabels.KindChip kind, List<WebLabels.Chip> topics, SearchPageParts.ReportExtras extras,
               String similarHref) {
    }

    record PageLink(String href, String label, boolean current) {
    }

    /** A facet of the sidebar: its values, the first ones shown and the rest under "Ver más". */
    record Facet(String id, String title, List<FacetValue> shown, List<FacetValue> more) {
    }

    /** @param title the link's tooltip, or null */
    record FacetValue(String href, String label, String count, boolean on, String title) {
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        SearchParams p = SearchParams.from(exchange);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        PageFrame frame = PageFrame.analyst(p.q() == null ? "Búsqueda de hallazgos" : p.q() + " · Búsqueda", session,
                PageFrame.Section.BUSCAR);
        SearchResult result;
        try {
            result = view.result(session, search.search(view.request(session, p.toRequest(PAGE_SIZE)), view.visible(session)));
        } catch (InvalidQueryException e) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
            return Templates.render("web/search.jte", new View(frame, p, e.getMessage(), null, null, null));
        }
        access.audit(exchange, AuditLog.Action.BUSCAR, p.audit(), null, result.total());
        Results results = new Results(chips(p), "/" + p.withoutFilters().query(),
                SearchPageParts.understood(p, result, labels),
                p.q() == null || p.q().isBlank() ? null : view.searchNotice(session), correction(p, result.correction()), total(p, result),
                SearchPageParts.grouping(p), exportBase(p, result), hits(p, result),
                pages(p, p.byReport() ? result.totalReports() : result.total()), facets(p, result));
        return Templates.render("web/search.jte", new View(frame, p, null, results,
                BulkReview.form(session, p, result.total(), labels, topics), SavedSearchPages.form(session, p)));
    }

    private static String total(SearchParams p, SearchResult result) {
        if (result.total() == 0) {
            return "Ningún hallazgo coincide.";
        }
        long from = (long) (p.pagina() - 1) * PAGE_SIZE + 1;
        long to = from + result.hits().size() - 1;
        String findings = Format.count(result.total(), "hallazgo", "hallazgos");
        return "Mostrando " + Format.number(from) + "–" + Format.number(to) + " de " + (p.byReport()
                ? Format.count(result.totalReports(), "informe", "informes") + " (" + findings + ")" : findings);
    }

    private static String exportBase(SearchParams p, SearchResult result) {
        if (result.total() == 0) {
            return null;
        }
        String exportQuery = p.withPage(1).query();
        return exportQuery.isEmpty() ? "?" : exportQuery + "&";
    }

    private List<Chip> chips(SearchParams p) {
        List<Chip> chips = new ArrayList<>();
        chips(chips, p, SearchParams.TEMA, "Tema", labels::topic);
        chips(chips, p, SearchParams.TIPO, "Tipo", WebLabels::kind);
        chips(chips, p, SearchParams.ALCALDIA, "Alcaldía", Function.identity());
        chips(chips, p, SearchParams.DISTRITO, "Distrito", Function.identity());
        chips(chips, p, SearchParams.CANAL, "Canal", WebLabels::channel);
        chips(chips, p, SearchParams.ETIQUETA, "Etiqueta", Function.identity());
        if (p.desde() != null || p.hasta() != null) {
            String label = (p.desde() == null ? "…" : Format.shortDay(LocalDate.parse(p.desde()))) + " – "
                    + (p.hasta() == null ? "…" : Format.shortDay(LocalDate.parse(p.hasta())));
            chips.add(new Chip("/" + p.withDates(null, null).query(), "Quitar filtro de fecha " + label, "Fecha: " + label));
        }
        return chips;
    }

    private static void chips(List<Chip> chips, SearchParams p, String dim, String dimLabel, Function<String, String> label) {
        for (String v : p.valuesOf(dim)) {
            String text = dimLabel + ": " + label.apply(v);
            chips.add(new Chip("/" + p.toggle(dim, v).query(), "Quitar filtro " + text, text));
        }
    }

    private static CorrectionView correction(SearchParams p, Correction c) {
        if (c == null || c.missing().isEmpty()) {
            return null;
        }
        String href = null;
        if (c.suggestion() != null) {
            href = "/" + p.withQuery(c.suggestion()).query();
        }
        return new CorrectionView(c.missing().stream().map(m -> "«" + m + "»").collect(Collectors.joining(", ")),
                c.fuzzy(), c.suggestion(), href);
    }

    private List<Hit> hits(SearchParams p, SearchResult result) {
        String back = p.q() == null ? "" : "?q=" + URLEncoder.encode(p.q(), StandardCharsets.UTF_8);
        List<Hit> list = new ArrayList<>();
        List<SearchHit> hits = result.hits();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            List<String> meta = new ArrayList<>();
            meta.add(hit.source());
            meta.add(hit.alcaldia() == null ? "alcaldía no identificada" : hit.alcaldia());
            if (hit.distrito() != null) {
                meta.add("distrito " + hit.distrito());
            }
            if (hit.date() != null) {
                meta.add(Format.shortDay(hit.date()));
            }
            meta.add(WebLabels.channel(hit.channel()));
            list.add(new Hit("/informes/" + hit.folio() + back + "#h" + hit.finding(), hit.folio(), hit.finding(),
                    String.join(" · ", meta), hit.duplicateOf(), hit.snippet(), WebLabels.kindChip(hit.kind(), hit.illegible()),
                    labels.chips(hit.topics()), p.byReport() && i < result.reports().size()
                            ? SearchPageParts.reportExtras(p, result.reports().get(i)) : null,
                    SearchPageParts.similarHref(p, hit)));
        }
        return list;
    }

    private static List<PageLink> pages(SearchParams p, long total) {
        long pages = Math.min(SearchParams.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<PageLink> links = new ArrayList<>();
        if (pages <= 1) {
            return links;
        }
        int current = p.pagina();
        if (current > 1) {
            links.add(pageLink(p, current - 1, "← Anterior", false));
        }
        for (long i = Math.max(1, current - 3); i <= Math.min(pages, current + 3); i++) {
            links.add(pageLink(p, (int) i, Long.toString(i), i == current));
        }
        if (current < pages) {
            links.add(pageLink(p, current + 1, "Siguiente →", false));
        }
        return links;
    }

    private static PageLink pageLink(SearchParams p, int page, String label, boolean current) {
        return new PageLink("/" + p.withPage(page).query(), label, current);
    }

    private List<Facet> facets(SearchParams p, SearchResult result) {
        List<Facet> facets = new ArrayList<>();
        Map<String, List<FacetCount>> f = result.facets();
        facet(facets, p, "Tema", SearchParams.TEMA, f.get(IndexSchema.TOPIC), labels::topic);
        facet(facets, p, "Tipo de hallazgo", SearchParams.TIPO, f.get(IndexSchema.KIND), WebLabels::kind);
        facet(facets, p, "Alcaldía", SearchParams.ALCALDIA, f.get(IndexSchema.ALCALDIA), Function.identity());
        facet(facets, p, "Distrito local", SearchParams.DISTRITO, f.get(IndexSchema.DISTRITO), d -> "Distrito " + d);
        facet(facets, p, "Canal", SearchParams.CANAL, f.get(IndexSchema.CHANNEL), WebLabels::channel);
        facet(facets, p, "Etiqueta", SearchParams.ETIQUETA, f.get(IndexSchema.TAG), Function.identity());
        List<DateCount> dates = result.dates();
        if (!dates.isEmpty()) {
            List<FacetValue> values = new ArrayList<>();
            for (DateCount d : dates) {
                boolean on = d.from().toString().equals(p.desde()) && d.to().toString().equals(p.hasta());
                SearchParams target = on ? p.withDates(null, null) : p.withDates(d.from().toString(), d.to().toString());
                values.add(new FacetValue("/" + target.query(), d.label(), Format.number(d.count()), on, null));
            }
            facets.add(new Facet("faceta-fecha", "Fecha observada", values, List.of()));
        }
        return facets;
    }

    private static void facet(List<Facet> facets, SearchParams p, String title, String dim, List<FacetCount> counts,
                              Function<String, String> label) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        List<FacetValue> values = new ArrayList<>();
        for (FacetCount c : counts) {
            boolean on = p.valuesOf(dim).stream().anyMatch(v -> IndexSchema.key(v).equals(IndexSchema.key(c.value())));
            values.add(new FacetValue("/" + p.toggle(dim, c.value()).query(), label.apply(c.value()),
                    Format.number(c.count()), on, on ? "Quitar este filtro" : null));
        }
        int shown = Math.min(SHOWN_VALUES, values.size());
        facets.add(new Facet("faceta-" + dim, title, values.subList(0, shown), values.subList(shown, values.size())));
    }
}
