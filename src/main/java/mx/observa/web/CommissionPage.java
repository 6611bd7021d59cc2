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
import mx.observa.text.Templates;

/**
 * The commission's page (issue 7): {@code GET /informe} lists the editions of the consolidated report by CVOE
 * session — the scheduled ones under data/reports/&lt;session&gt;/ and the latest {@code observa report} output
 * (out/) — with cut-off, what changed and their files; {@code GET /informe/{edicion}/{archivo}} serves one file.
 *
 * <p>Only known edition ids (a session date, or {@value #LATEST}) and the file names of {@link ReportWriter#FILES}
 * are accepted: a request never names a path. {@code ver} shows the HTML edition in the browser, under a CSP that
 * allows its inline style sheet and still no script. Every view and download is audited. Files are streamed, never
 * read whole, and the list of editions reads each edition's JSON without its long lists ({@link Editions#json}).
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

    /** The page: one item per edition, the latest generated first. */
    record View(PageFrame frame, List<EditionItem> editions) {
    }

    /** An edition as listed: its id in links, title, cut-off in words, what changed, and its files. */
    record EditionItem(String id, String title, String cutoff, String changes, List<FileLink> files) {
    }

    /** A file of an edition: its name in the link and what the link says. */
    record FileLink(String name, String label) {
    }

    public String render(Exchange exchange) {
        var session = Access.session(exchange);
        Map<String, Editions.Edition> all = known();
        access.audit(exchange, AuditLog.Action.VER_EDICIONES, null, null, (long) all.size());
        List<EditionItem> items = new ArrayList<>();
        all.forEach((id, e) -> items.add(item(id, e)));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        return Templates.render("web/commission.jte", new View(
                PageFrame.analyst("Informe para la Comisión", session, PageFrame.Section.INFORME), items));
    }

    private static EditionItem item(String id, Editions.Edition e) {
        String title = (LATEST.equals(id) ? "Última edición generada" : "Sesión del " + Format.day(e.session()))
                + (e.sessionName() == null ? "" : " — " + e.sessionName());
        List<FileLink> files = e.files().stream().map(f -> f.getFileName().toString())
                .map(name -> new FileLink(name, FILE_LABELS.getOrDefault(name, name))).toList();
        return new EditionItem(id, title, e.cutoff() == null ? "sin fecha" : Format.day(e.cutoff()),
                changes(Editions.json(e)), files);
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
        return Files.newInputStream(path.get()); // streamed: an edition's HTML or annex can be larger than the heap
    }
}
