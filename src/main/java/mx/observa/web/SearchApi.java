package mx.observa.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.archive.Json;
import mx.observa.index.FindingSearch;
import mx.observa.index.SearchResult;

/** {@code GET /api/v1/hallazgos?q=&tema=&alcaldia=&distrito=&canal=&pagina=} → JSON with total and hits. */
public final class SearchApi {

    private static final int PAGE_SIZE = 20;

    private final FindingSearch search;

    public SearchApi(FindingSearch search) {
        this.search = search;
    }

    public String search(Exchange exchange) throws Exception {
        SearchResult result = search.search(SearchParams.from(exchange.getMessage(), PAGE_SIZE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("hits", result.hits());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        return Json.MAPPER.writeValueAsString(body);
    }
}
