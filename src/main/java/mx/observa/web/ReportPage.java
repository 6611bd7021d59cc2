package mx.observa.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.FindingReader;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.index.Searchers;
import mx.observa.text.Html;

/**
 * {@code GET /informes/{folio}}: one report with all its findings, each marked with its topics and the words that
 * placed it there; the words of the search that led here ({@code ?q=}) are highlighted.
 */
public final class ReportPage {

    private final Searchers index;
    private final FindingSearch search;
    private final Access access;
    private final WebLabels labels;
    private final RoleView view;

    public ReportPage(Searchers index, FindingSearch search, Access access, WebLabels labels, RoleView view) {
        this.index = index;
        this.search = search;
        this.access = access;
        this.labels = labels;
        this.view = view;
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        String folio = RequestFacts.pathId(exchange, 0);
        IndexedReport original = folio == null ? null : FindingReader.report(index, folio);
        IndexedReport report = view.report(session, original);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        if (report == null) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            return WebLayout.head("Informe no encontrado", session, WebLayout.Section.NINGUNA)
                    + "<h1>Informe no encontrado</h1>\n<p>No hay ningún informe con el folio «" + Html.escape(folio)
                    + "» en el índice.</p>\n<p><a href=\"/\">Volver a la búsqueda</a></p>\n" + WebLayout.foot();
        }
        access.audit(exchange, AuditLog.Action.VER_INFORME, null, report.folio(), (long) report.findings().size());
        String q = RequestFacts.param(exchange, "q");
        Map<Integer, String> marked = view.highlights(session, original, search.highlightReport(report.folio(), q));

        StringBuilder h = new StringBuilder(WebLayout.head("Informe " + report.folio(), session, WebLayout.Section.NINGUNA));
        String back = q == null || q.isBlank() ? "/" : "/?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
        h.append("<p class=\"migas\"><a href=\"").append(Html.escape(back)).append("\">← Volver a la búsqueda</a></p>\n")
                .append("<h1>Informe ").append(Html.escape(report.folio())).append("</h1>\n");
        card(h, report);
        if (session.role().downloadsOriginals()) {
            h.append("<p><a class=\"boton\" id=\"descargar-original\" href=\"/informes/").append(Html.escape(report.folio()))
                    .append("/original\">Descargar el archivo original (").append(Html.escape(report.source())).append(")</a></p>\n");
        }
        topicLegend(h, report);
        h.append("<h2>Hallazgos (").append(report.findings().size()).append(")</h2>\n<ol class=\"hallazgos-informe\">\n");
        for (IndexedFinding f : report.findings()) {
            String first = f.topics().isEmpty() ? "t-ninguno" : labels.cssClass(f.topics().get(0));
            h.append("<li id=\"h").append(f.number()).append("\" class=\"hallazgo-informe ").append(first).append("\">\n")
                    .append("<p class=\"num\">Hallazgo ").append(f.number()).append("</p>\n<div class=\"texto\">")
                    .append(marked.getOrDefault(f.number(), Html.escape(f.text()))).append("</div>\n");
            labels.topicChips(h, f.topics());
            evidence(h, f);
            h.append("</li>\n");
        }
        h.append("</ol>\n");
        return h.append(WebLayout.foot()).toString();
    }

    private static void card(StringBuilder h, IndexedReport r) {
        h.append("<dl class=\"ficha\">");
        row(h, "Archivo", r.source());
        row(h, "Formato", r.format());
        row(h, "Canal", WebLabels.channel(r.channel()));
        row(h, "Recibido", Format.moment(r.receivedAt()));
        row(h, "Alcaldía", r.alcaldia() == null ? "no identificada" : r.alcaldia());
        row(h, "Distrito local", r.distrito() == null ? null : r.distrito().toString());
        row(h, "Unidad territorial", r.ut());
        row(h, "Mesa (MRO)", r.mro());
        row(h, "Fecha observada", r.date() == null ? null : Format.day(r.date()));
        row(h, "Texto incompleto", r.truncation());
        if (r.duplicateOf() != null) {
            h.append("<dt>Casi idéntico a</dt><dd><a href=\"/informes/").append(Html.escape(r.duplicateOf())).append("\">")
                    .append(Html.escape(r.duplicateOf())).append("</a></dd>");
        }
        h.append("</dl>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        if (value != null && !value.isBlank()) {
            h.append("<dt>").append(label).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
        }
    }

    private void topicLegend(StringBuilder h, IndexedReport r) {
        Map<String, Integer> counts = new TreeMap<>();
        r.findings().forEach(f -> f.topics().forEach(t -> counts.merge(t, 1, Integer::sum)));
        if (counts.isEmpty()) {
            h.append("<p class=\"nota\">Ningún hallazgo de este informe tiene tema asignado.</p>\n");
            return;
        }
        h.append("<section aria-labelledby=\"temas-informe\"><h2 id=\"temas-informe\">Temas</h2><ul class=\"temas leyenda\">");
        counts.forEach((t, n) -> h.append("<li class=\"tema ").append(labels.cssClass(t)).append("\"><a href=\"/?tema=")
                .append(Html.escape(t)).append("\">").append(Html.escape(labels.topic(t))).append("</a> <span class=\"n\">")
                .append(n).append(n == 1 ? " hallazgo" : " hallazgos").append("</span></li>"));
        h.append("</ul></section>\n");
    }

    private void evidence(StringBuilder h, IndexedFinding f) {
        Map<String, List<String>> evidence = f.evidence();
        if (evidence.isEmpty()) {
            return;
        }
        h.append("<details class=\"evidencia\"><summary>Por qué tiene estos temas</summary><ul>");
        evidence.forEach((topic, words) -> {
            h.append("<li><strong>").append(Html.escape(labels.topic(topic))).append(":</strong> ");
            for (int i = 0; i < words.size(); i++) {
                h.append(i == 0 ? "" : ", ").append("«").append(Html.escape(words.get(i))).append("»");
            }
            h.append("</li>");
        });
        h.append("</ul></details>\n");
    }
}
