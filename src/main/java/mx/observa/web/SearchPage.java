package mx.observa.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import mx.observa.text.Html;

/**
 * The analysts' search page, rendered on the server so it works without JavaScript: search box, facet sidebar with
 * counts, removable filters, highlighted snippets, pagination, export links.
 */
public final class SearchPage {

    static final int PAGE_SIZE = 20;
    /** Facet values shown before "Ver más". */
    private static final int SHOWN_VALUES = 8;

    private final FindingSearch search;
    private final Access access;
    private final WebLabels labels;
    private final RoleView view;

    public SearchPage(FindingSearch search, Access access, WebLabels labels, RoleView view) {
        this.search = search;
        this.access = access;
        this.labels = labels;
        this.view = view;
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        SearchParams p = SearchParams.from(exchange);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        StringBuilder h = new StringBuilder(WebLayout.head(p.q() == null ? "Búsqueda de hallazgos" : p.q() + " · Búsqueda",
                session, WebLayout.Section.BUSCAR));
        SearchResult result;
        try {
            result = view.result(session, search.search(view.request(session, p.toRequest(PAGE_SIZE)), view.visible(session)));
        } catch (InvalidQueryException e) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
            h.append("<h1 class=\"oculto\">Búsqueda de hallazgos</h1>\n");
            form(h, p);
            h.append("<p class=\"error\" role=\"alert\">").append(Html.escape(e.getMessage())).append("</p>\n");
            return h.append(WebLayout.foot()).toString();
        }
        access.audit(exchange, AuditLog.Action.BUSCAR, p.audit(), null, result.total());

        h.append("<h1 class=\"oculto\">Búsqueda de hallazgos</h1>\n");
        form(h, p);
        h.append("<div class=\"busqueda\">\n");
        h.append("<section class=\"resultados\" aria-labelledby=\"total\">\n");
        activeFilters(h, p);
        String notice = view.searchNotice(session);
        if (notice != null && p.q() != null && !p.q().isBlank()) {
            h.append("<p class=\"nota\">").append(Html.escape(notice)).append("</p>\n");
        }
        correction(h, p, result.correction());
        long from = result.hits().isEmpty() ? 0 : (long) (p.pagina() - 1) * PAGE_SIZE + 1;
        long to = from == 0 ? 0 : from + result.hits().size() - 1;
        h.append("<div class=\"cabecera-resultados\"><p id=\"total\" class=\"total\" role=\"status\">");
        if (result.total() == 0) {
            h.append("Ningún hallazgo coincide.");
        } else {
            h.append("Mostrando ").append(Format.number(from)).append('–').append(Format.number(to)).append(" de ")
                    .append(Format.count(result.total(), "hallazgo", "hallazgos"));
        }
        h.append("</p>");
        h.append("<a class=\"ir-filtros\" href=\"#filtros\">Filtros</a>");
        if (result.total() > 0) {
            String exportQuery = p.withPage(1).query();
            String sep = exportQuery.isEmpty() ? "?" : exportQuery + "&";
            h.append("<p class=\"exportar\"><a class=\"boton\" id=\"exportar-csv\" href=\"/api/v1/hallazgos/exportar")
                    .append(Html.escape(sep)).append("formato=csv\" download>Exportar CSV</a> ")
                    .append("<a class=\"boton secundario\" href=\"/api/v1/hallazgos/exportar").append(Html.escape(sep))
                    .append("formato=json\" download>Exportar JSON</a></p>");
        }
        h.append("</div>\n");
        hits(h, p, result.hits());
        pagination(h, p, result.total());
        h.append("</section>\n");
        facets(h, p, result);
        h.append("</div>\n");
        return h.append(WebLayout.foot()).toString();
    }

    private static void form(StringBuilder h, SearchParams p) {
        h.append("<form role=\"search\" method=\"get\" action=\"/\" class=\"consulta\">\n")
                .append("<label for=\"q\">Buscar en los hallazgos</label>\n<div class=\"fila\">")
                .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").append(Html.escape(p.q() == null ? "" : p.q()))
                .append("\" placeholder=\"p. ej. boletas, &quot;falta de mamparas&quot;, credencial NOT SEI\" aria-describedby=\"ayuda-sintaxis\">")
                .append("<button type=\"submit\">Buscar</button></div>\n");
        for (String dim : List.of(SearchParams.TEMA, SearchParams.ALCALDIA, SearchParams.DISTRITO, SearchParams.CANAL)) {
            for (String v : p.valuesOf(dim)) {
                h.append("<input type=\"hidden\" name=\"").append(dim).append("\" value=\"").append(Html.escape(v)).append("\">\n");
            }
        }
        h.append("<div class=\"opciones\">")
                .append("<label>Ordenar por <select name=\"orden\" class=\"auto-enviar\">")
                .append("<option value=\"relevancia\"").append(p.orden() == null ? " selected" : "").append(">relevancia</option>")
                .append("<option value=\"fecha\"").append("fecha".equals(p.orden()) ? " selected" : "").append(">fecha (recientes primero)</option>")
                .append("</select></label>")
                .append("<label>Observado desde <input type=\"date\" name=\"desde\" value=\"").append(Html.escape(nz(p.desde()))).append("\"></label>")
                .append("<label>hasta <input type=\"date\" name=\"hasta\" value=\"").append(Html.escape(nz(p.hasta()))).append("\"></label>")
                .append("<button type=\"submit\" class=\"secundario\">Aplicar</button></div>\n")
                .append("<p id=\"ayuda-sintaxis\" class=\"ayuda\">Con o sin acentos. Todas las palabras deben aparecer; ")
                .append("use <code>OR</code> para alternativas, <code>NOT</code> para excluir, <code>\"comillas\"</code> para frases ")
                .append("y <code>*</code> al final para prefijos (<code>instala*</code>). Los sinónimos se incluyen solos ")
                .append("(boleta = papeleta, mesa = MRO = casilla…), salvo entre comillas.</p>\n</form>\n");
    }

    private void activeFilters(StringBuilder h, SearchParams p) {
        if (!p.hasFilters()) {
            return;
        }
        h.append("<div class=\"filtros-activos\"><span>Filtros:</span><ul>");
        chips(h, p, SearchParams.TEMA, "Tema", labels::topic);
        chips(h, p, SearchParams.ALCALDIA, "Alcaldía", Function.identity());
        chips(h, p, SearchParams.DISTRITO, "Distrito", Function.identity());
        chips(h, p, SearchParams.CANAL, "Canal", WebLabels::channel);
        if (p.desde() != null || p.hasta() != null) {
            String label = (p.desde() == null ? "…" : Format.shortDay(java.time.LocalDate.parse(p.desde()))) + " – "
                    + (p.hasta() == null ? "…" : Format.shortDay(java.time.LocalDate.parse(p.hasta())));
            h.append("<li><a class=\"chip\" href=\"/").append(Html.escape(p.withDates(null, null).query()))
                    .append("\" aria-label=\"Quitar filtro de fecha ").append(Html.escape(label)).append("\">Fecha: ")
                    .append(Html.escape(label)).append(" <span aria-hidden=\"true\">×</span></a></li>");
        }
        h.append("</ul><a class=\"quitar-todo\" href=\"/").append(Html.escape(p.withoutFilters().query()))
                .append("\">Quitar todos</a></div>\n");
    }

    private static void chips(StringBuilder h, SearchParams p, String dim, String dimLabel, Function<String, String> label) {
        for (String v : p.valuesOf(dim)) {
            String text = dimLabel + ": " + label.apply(v);
            h.append("<li><a class=\"chip\" href=\"/").append(Html.escape(p.toggle(dim, v).query()))
                    .append("\" aria-label=\"Quitar filtro ").append(Html.escape(text)).append("\">")
                    .append(Html.escape(text)).append(" <span aria-hidden=\"true\">×</span></a></li>");
        }
    }

    private static void correction(StringBuilder h, SearchParams p, Correction c) {
        if (c == null || c.missing().isEmpty()) {
            return;
        }
        h.append("<p class=\"aviso correccion\" role=\"status\">No se encontró ");
        for (int i = 0; i < c.missing().size(); i++) {
            h.append(i == 0 ? "" : ", ").append("«").append(Html.escape(c.missing().get(i))).append("»");
        }
        h.append(" en ningún informe.");
        if (c.fuzzy()) {
            h.append(" Se muestran hallazgos con palabras parecidas.");
        }
        if (c.suggestion() != null) {
            SearchParams suggested = new SearchParams(c.suggestion(), p.temas(), p.alcaldias(), p.distritos(),
                    p.canales(), p.desde(), p.hasta(), p.orden(), 1);
            h.append(" ¿Quiso decir <a class=\"sugerencia\" href=\"/").append(Html.escape(suggested.query())).append("\">")
                    .append(Html.escape(c.suggestion())).append("</a>?");
        }
        h.append("</p>\n");
    }

    private void hits(StringBuilder h, SearchParams p, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            h.append("<p class=\"vacio\">Pruebe con menos palabras, quite filtros o use <code>OR</code>.</p>\n");
            return;
        }
        String back = p.q() == null ? "" : "?q=" + java.net.URLEncoder.encode(p.q(), java.nio.charset.StandardCharsets.UTF_8);
        h.append("<ol class=\"hallazgos\">\n");
        for (SearchHit hit : hits) {
            h.append("<li class=\"hallazgo\"><h2><a href=\"/informes/").append(Html.escape(hit.folio()))
                    .append(Html.escape(back)).append("#h").append(hit.finding()).append("\">")
                    .append(Html.escape(hit.folio())).append(" · hallazgo ").append(hit.finding()).append("</a></h2>\n")
                    .append("<p class=\"meta\">").append(Html.escape(hit.source()));
            meta(h, hit.alcaldia() == null ? "alcaldía no identificada" : hit.alcaldia());
            if (hit.distrito() != null) {
                meta(h, "distrito " + hit.distrito());
            }
            if (hit.date() != null) {
                meta(h, Format.shortDay(hit.date()));
            }
            meta(h, WebLabels.channel(hit.channel()));
            if (hit.duplicateOf() != null) {
                h.append(" · <span class=\"duplicado\">casi idéntico a ").append(Html.escape(hit.duplicateOf())).append("</span>");
            }
            h.append("</p>\n<p class=\"fragmento\">").append(hit.snippet()).append("</p>\n");
            labels.topicChips(h, hit.topics());
            h.append("</li>\n");
        }
        h.append("</ol>\n");
    }

    private static void meta(StringBuilder h, String text) {
        h.append(" · ").append(Html.escape(text));
    }


    private static void pagination(StringBuilder h, SearchParams p, long total) {
        long pages = Math.min(SearchParams.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (pages <= 1) {
            return;
        }
        int current = p.pagina();
        h.append("<nav class=\"paginas\" aria-label=\"Páginas de resultados\"><ul>");
        if (current > 1) {
            pageLink(h, p, current - 1, "← Anterior", false);
        }
        long first = Math.max(1, current - 3);
        long last = Math.min(pages, current + 3);
        for (long i = first; i <= last; i++) {
            pageLink(h, p, (int) i, Long.toString(i), i == current);
        }
        if (current < pages) {
            pageLink(h, p, current + 1, "Siguiente →", false);
        }
        h.append("</ul></nav>\n");
    }

    private static void pageLink(StringBuilder h, SearchParams p, int page, String label, boolean current) {
        h.append("<li><a href=\"/").append(Html.escape(p.withPage(page).query())).append('"')
                .append(current ? " aria-current=\"page\"" : "").append('>').append(label).append("</a></li>");
    }

    private void facets(StringBuilder h, SearchParams p, SearchResult result) {
        h.append("<aside class=\"facetas\" id=\"filtros\" aria-label=\"Filtros\">\n<h2>Filtrar</h2>\n");
        Map<String, List<FacetCount>> f = result.facets();
        facet(h, p, "Tema", SearchParams.TEMA, f.get(IndexSchema.TOPIC), labels::topic);
        facet(h, p, "Alcaldía", SearchParams.ALCALDIA, f.get(IndexSchema.ALCALDIA), Function.identity());
        facet(h, p, "Distrito local", SearchParams.DISTRITO, f.get(IndexSchema.DISTRITO), d -> "Distrito " + d);
        facet(h, p, "Canal", SearchParams.CANAL, f.get(IndexSchema.CHANNEL), WebLabels::channel);
        dateFacet(h, p, result.dates());
        h.append("</aside>\n");
    }

    private static void facet(StringBuilder h, SearchParams p, String title, String dim, List<FacetCount> counts,
                              Function<String, String> label) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        String id = "faceta-" + dim;
        h.append("<section class=\"faceta\" aria-labelledby=\"").append(id).append("\"><h3 id=\"").append(id).append("\">")
                .append(title).append("</h3>\n<ul>");
        for (int i = 0; i < counts.size(); i++) {
            if (i == SHOWN_VALUES) {
                h.append("</ul>\n<details><summary>Ver ").append(counts.size() - SHOWN_VALUES).append(" más</summary><ul>");
            }
            FacetCount c = counts.get(i);
            boolean on = p.valuesOf(dim).stream().anyMatch(v -> IndexSchema.key(v).equals(IndexSchema.key(c.value())));
            h.append("<li><a class=\"valor").append(on ? " activo" : "").append("\" href=\"/")
                    .append(Html.escape(p.toggle(dim, c.value()).query())).append('"')
                    .append(on ? " aria-current=\"true\" title=\"Quitar este filtro\"" : "").append("><span class=\"etiqueta\">")
                    .append(on ? "✓ " : "").append(Html.escape(label.apply(c.value()))).append("</span> <span class=\"n\">")
                    .append(Format.number(c.count())).append("</span></a></li>");
        }
        h.append(counts.size() > SHOWN_VALUES ? "</ul></details>" : "</ul>").append("</section>\n");
    }

    private static void dateFacet(StringBuilder h, SearchParams p, List<DateCount> dates) {
        if (dates.isEmpty()) {
            return;
        }
        h.append("<section class=\"faceta\" aria-labelledby=\"faceta-fecha\"><h3 id=\"faceta-fecha\">Fecha observada</h3>\n<ul>");
        for (DateCount d : dates) {
            boolean on = d.from().toString().equals(p.desde()) && d.to().toString().equals(p.hasta());
            SearchParams target = on ? p.withDates(null, null) : p.withDates(d.from().toString(), d.to().toString());
            h.append("<li><a class=\"valor").append(on ? " activo" : "").append("\" href=\"/")
                    .append(Html.escape(target.query())).append('"').append(on ? " aria-current=\"true\"" : "")
                    .append("><span class=\"etiqueta\">").append(on ? "✓ " : "").append(Html.escape(d.label()))
                    .append("</span> <span class=\"n\">").append(Format.number(d.count())).append("</span></a></li>");
        }
        h.append("</ul></section>\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
