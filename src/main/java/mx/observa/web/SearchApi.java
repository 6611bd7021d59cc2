package mx.observa.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.archive.Json;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.SearchResult;
import mx.observa.index.SearchResult.FacetCount;

/**
 * {@code GET /api/v1/hallazgos?q=&tema=&alcaldia=&distrito=&canal=&desde=&hasta=&orden=&agrupar=&como=&pagina=} →
 * JSON with the total, one page of hits (snippets are HTML with {@code <mark>}, report text escaped) or of reports
 * ({@code agrupar=informe}), facet counts, the correction of words not found, the places of the query applied as
 * filters and the topics it is about. Described in openapi.yaml.
 */
public final class SearchApi {

    private final FindingSearch search;
    private final Access access;
    private final WebLabels labels;
    private final RoleView view;

    public SearchApi(FindingSearch search, Access access, WebLabels labels, RoleView view) {
        this.search = search;
        this.access = access;
        this.labels = labels;
        this.view = view;
    }

    public String search(Exchange exchange) throws Exception {
        SearchParams p = SearchParams.from(exchange);
        SearchResult result = view.result(Access.session(exchange),
                search.search(view.request(Access.session(exchange), p.toRequest(SearchPage.PAGE_SIZE)), view.visible(Access.session(exchange))));
        access.audit(exchange, AuditLog.Action.BUSCAR, p.audit(), null, result.total());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", p.pagina());
        body.put("pageSize", SearchPage.PAGE_SIZE);
        body.put("hits", result.hits());
        if (p.byReport()) {
            body.put("total_reports", result.totalReports());
            body.put("reports", result.reports());
        }
        body.put("applied_filters", result.appliedFilters());
        body.put("query_topics", result.topics().stream().map(t -> Map.of("value", t, "label", labels.topic(t))).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put(SearchParams.TEMA, labelled(result.facets().get(IndexSchema.TOPIC), true));
        facets.put(SearchParams.TIPO, kinds(result.facets().get(IndexSchema.KIND)));
        facets.put(SearchParams.ALCALDIA, labelled(result.facets().get(IndexSchema.ALCALDIA), false));
        facets.put(SearchParams.DISTRITO, labelled(result.facets().get(IndexSchema.DISTRITO), false));
        facets.put(SearchParams.CANAL, labelled(result.facets().get(IndexSchema.CHANNEL), false));
        facets.put(SearchParams.ETIQUETA, labelled(result.facets().get(IndexSchema.TAG), false));
        facets.put("fecha", result.dates());
        body.put("facets", facets);
        body.put("correction", result.correction());
        String notice = view.searchNotice(Access.session(exchange));
        if (notice != null) {
            body.put("aviso", notice);
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        return Json.MAPPER.writeValueAsString(body);
    }

    private static List<Map<String, Object>> kinds(List<FacetCount> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FacetCount c : counts == null ? List.<FacetCount>of() : counts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", c.value());
            m.put("label", WebLabels.kind(c.value()));
            m.put("count", c.count());
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> labelled(List<FacetCount> counts, boolean topics) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (counts == null) {
            return out;
        }
        for (FacetCount c : counts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", c.value());
            if (topics) {
                m.put("label", labels.topic(c.value()));
            }
            m.put("count", c.count());
            out.add(m);
        }
        return out;
    }
}
