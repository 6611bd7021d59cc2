package mx.observa.web;

import org.apache.camel.Exchange;

import mx.observa.index.FindingSearch;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.index.SearchResult;
import mx.observa.text.Html;

/** The analysts' search page, rendered on the server so it works without JavaScript. */
public final class SearchPage {

    private static final int PAGE_SIZE = 20;

    private final FindingSearch search;

    public SearchPage(FindingSearch search) {
        this.search = search;
    }

    public String render(Exchange exchange) {
        SearchRequest request = SearchParams.from(exchange.getMessage(), PAGE_SIZE);
        String q = request.query() == null ? "" : request.query();
        StringBuilder h = new StringBuilder(WebLayout.head("Búsqueda de hallazgos"));
        h.append("""
                <form role="search" method="get" action="/">
                  <label for="q">Buscar en los hallazgos</label>
                  <input id="q" name="q" type="search" value="%s" placeholder="p. ej. boletas, &quot;falta de mamparas&quot;">
                  <button type="submit">Buscar</button>
                </form>
                """.formatted(Html.escape(q)));
        SearchResult result = search.search(request);
        h.append("<p class=\"total\">").append(result.total()).append(result.total() == 1 ? " hallazgo" : " hallazgos")
                .append("</p>\n<ol class=\"hits\">\n");
        for (SearchHit hit : result.hits()) {
            h.append("<li><div class=\"meta\">").append(Html.escape(hit.folio())).append(" · ")
                    .append(Html.escape(hit.source())).append(" · ")
                    .append(Html.escape(hit.alcaldia() == null ? "alcaldía no identificada" : hit.alcaldia()))
                    .append(hit.distrito() == null ? "" : " · distrito " + hit.distrito())
                    .append("</div><p>").append(hit.snippet()).append("</p>");
            if (!hit.topics().isEmpty()) {
                h.append("<div class=\"temas\">");
                hit.topics().forEach(t -> h.append("<span>").append(Html.escape(t)).append("</span> "));
                h.append("</div>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n").append(WebLayout.foot());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        return h.toString();
    }
}
