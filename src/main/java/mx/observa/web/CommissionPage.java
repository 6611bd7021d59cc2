package mx.observa.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.access.AuditLog;
import mx.observa.report.Editions;
import mx.observa.report.ReportWriter;
import mx.observa.text.Html;

/**
 * The commission's page (issue 7): {@code GET /informe} lists the editions of the consolidated report by CVOE
 * session — the scheduled ones under data/reports/&lt;session&gt;/ and the latest {@code observa report} output
 * (out/) — with cut-off, what changed and their files; {@code GET /informe/{edicion}/{archivo}} serves one file.
 *
 * <p>Only known edition ids (a session date, or {@value #LATEST}) and the file names of {@link ReportWriter#FILES}
 * are accepted: a request never names a path. {@code ver} shows the HTML edition in the browser, under a CSP that
 * allows its inline style sheet and still no script. Every view and download is audited.
 */
public final class CommissionPage {

    static final String LATEST = "ultima";
    static final String VIEW = "ver";

    private static final Map<String, String> TYPES = Map.of(
            ReportWriter.HTML, "text/html; charset=utf-8",
            ReportWriter.PDF, "application/pdf",
            ReportWriter.JSON, "application/json; charset=utf-8",
            ReportWriter.ANNEX, "text/csv; charset=utf-8",
            ReportWriter.MANIFEST, "application/json; charset=utf-8");
    private static final Map<String, String> FILE_LABELS = Map.of(
            ReportWriter.HTML, "HTML", ReportWriter.PDF, "PDF", ReportWriter.JSON, "JSON",
            ReportWriter.ANNEX, "Anexo CSV", ReportWriter.MANIFEST, "Manifiesto");
    /** The report HTML carries its style sheet inline and no script. */
    static final String VIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Editions editions;
    private final Path outDir;
    private final Access access;

    public CommissionPage(Editions editions, Path outDir, Access access) {
        this.editions = editions;
        this.outDir = outDir;
        this.access = access;
    }

    /** Edition id → edition: the latest {@code observa report} output first, then sessions, most recent first. */
    Map<String, Editions.Edition> known() {
        Map<String, Editions.Edition> all = new LinkedHashMap<>();
        Editions.inFolder(outDir).ifPresent(e -> all.put(LATEST, e));
        editions.list().forEach(e -> all.put(e.session().toString(), e));
        return all;
    }

    public String render(Exchange exchange) {
        var session = Access.session(exchange);
        Map<String, Editions.Edition> all = known();
        access.audit(exchange, AuditLog.Action.VER_EDICIONES, null, null, (long) all.size());
        StringBuilder h = new StringBuilder(WebLayout.head("Informe para la Comisión", session, WebLayout.Section.INFORME));
        h.append("<h1>Informe para la Comisión</h1>\n<p>Ediciones del informe consolidado para las sesiones de la CVOE. "
                + "Los datos personales ya están testados en todas las ediciones.</p>\n");
        if (all.isEmpty()) {
            h.append("<p id=\"sin-ediciones\">Todavía no hay ediciones del informe.</p>\n");
        } else {
            h.append("<ul class=\"ediciones\" id=\"ediciones\">\n");
            all.forEach((id, e) -> edition(h, id, e));
            h.append("</ul>\n");
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        return h.append(WebLayout.foot()).toString();
    }

    private static void edition(StringBuilder h, String id, Editions.Edition e) {
        String title = (LATEST.equals(id) ? "Última edición generada" : "Sesión del " + Format.day(e.session()))
                + (e.sessionName() == null ? "" : " — " + e.sessionName());
        h.append("<li class=\"edicion\" id=\"edicion-").append(Html.escape(id)).append("\">\n<h2>").append(Html.escape(title))
                .append("</h2>\n<p>Corte: ").append(e.cutoff() == null ? "sin fecha" : Html.escape(Format.day(e.cutoff())))
                .append("</p>\n<p class=\"cambios\">").append(Html.escape(changes(Editions.json(e)))).append("</p>\n<p>");
        h.append("<a class=\"boton ver\" href=\"/informe/").append(Html.escape(id)).append("/ver\">Ver en el navegador</a>");
        for (Path f : e.files()) {
            String name = f.getFileName().toString();
            h.append(" <a class=\"descarga\" href=\"/informe/").append(Html.escape(id)).append('/').append(Html.escape(name))
                    .append("\">").append(Html.escape(FILE_LABELS.getOrDefault(name, name))).append("</a>");
        }
        h.append("</p>\n</li>\n");
    }

    /** One sentence on what changed since the previous edition. */
    static String changes(JsonNode json) {
        JsonNode c = json.path("cambios");
        if (c.isMissingNode() || c.isNull()) {
            return "Primera edición: no hay una anterior con la cual comparar.";
        }
        long fresh = c.path("informes_nuevos").asLong();
        List<String> topics = new ArrayList<>();
        c.path("temas").properties().forEach(t -> {
            long d = t.getValue().path("diferencia").asLong();
            if (d != 0) {
                String label = json.path("temas").path(t.getKey()).path("etiqueta").asText(t.getKey());
                topics.add(label + " " + (d > 0 ? "+" : "") + d);
            }
        });
        return "Desde la edición anterior: " + fresh + (fresh == 1 ? " informe nuevo" : " informes nuevos")
                + " (" + c.at("/informes/anterior").asLong() + " → " + c.at("/informes/actual").asLong() + ")"
                + (topics.isEmpty() ? "; sin cambios por tema." : "; por tema: " + String.join(", ", topics) + ".");
    }

    /** {@code GET /informe/{edicion}/{archivo}}: a known file of a known edition, or 404. */
    public Object serve(Exchange exchange) throws IOException {
        String id = RequestFacts.pathId(exchange, 1);
        String name = RequestFacts.pathId(exchange, 0);
        Editions.Edition e = id == null ? null : known().get(id);
        boolean view = VIEW.equals(name);
        String file = view ? ReportWriter.HTML : name;
        Optional<Path> path = e == null || file == null || !TYPES.containsKey(file) ? Optional.empty()
                : e.files().stream().filter(f -> f.getFileName().toString().equals(file)).findFirst();
        if (path.isEmpty() || !Files.isRegularFile(path.get())) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
            return "No existe esa edición o ese archivo.";
        }
        access.audit(exchange, view ? AuditLog.Action.VER_EDICION : AuditLog.Action.DESCARGAR_EDICION,
                Map.of("edicion", id, "archivo", file), null, 1L);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, TYPES.get(file));
        if (view) {
            exchange.getMessage().setHeader("Content-Security-Policy", VIEW_CSP);
        } else {
            String prefix = LATEST.equals(id) ? "" : id + "-";
            exchange.getMessage().setHeader("Content-Disposition", "attachment; filename=\"" + prefix + file + "\"");
        }
        return Files.readAllBytes(path.get());
    }
}
