package mx.observa.support;

import static mx.observa.support.ReportFixtures.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import mx.observa.app.ObservaService;
import mx.observa.model.Channel;
import mx.observa.pipeline.Outcome;

/**
 * A running Observa (service mode, real HTTP) with a real on-disk index: report files written here in three formats
 * go through the real pipeline (archive, Tika, index), and reports with explicit alcaldía, district, dates and topics
 * are indexed directly for facet and filter tests. The demo users of config/usuarios.yaml sign in.
 */
public final class SearchFixture implements AutoCloseable {

    /** The shipped demo users (their passwords are documented in docs/busqueda.md). */
    public static final Map<String, String> PASSWORDS = Map.of(
            "analista", "observa-analista", "comision", "observa-comision", "admin", "observa-admin");

    /** Folios of the files that went through the pipeline, by file name. */
    public final Map<String, String> folios = new LinkedHashMap<>();
    /** The bytes of each file, by file name, to compare with downloads. */
    public final Map<String, byte[]> files = new LinkedHashMap<>();
    public final ObservaService service;
    public final String base;
    public final Path home;

    public SearchFixture(Path tmp) throws Exception {
        this.home = tmp;
        var config = TestHome.config(tmp);
        this.service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        this.base = "http://127.0.0.1:" + config.get("observa.port");
        Path in = Files.createDirectories(tmp.resolve("entrantes"));
        submit(in, "Informe Coyoacán.txt", text("""
                Informe de observación de la Consulta de Presupuesto Participativo 2022

                En la mesa receptora faltaron boletas y la instalación se retrasó casi una hora.

                La persona funcionaria pidió la credencial para votar a todas las personas."""));
        submit(in, "sospechoso.txt", text("""
                Reporte con código incrustado

                Había propaganda <script>window.pwned = 1; document.title = 'hackeado'</script> junto a la urna.

                Otra línea <img src=x onerror="window.pwned = 2"> con una mampara rota."""));
        submit(in, "informe-sei.docx", docx("Votación por internet",
                "El sistema en línea no permitió votar a varias personas durante la mañana.",
                "Recomiendo más difusión del voto por internet."));
        indexExplicitReports();
    }

    /** Reports of explicit metadata, stored and indexed as the pipeline would (the store is what the index projects). */
    private void indexExplicitReports() {
        var index = service.index();
        index(report("OBS-2022-900001").in("Coyoacán", 26).source("Informe MRO 2 Santa Úrsula.pdf").observedOn("2022-05-01").via(Channel.CORREO)
                .finding("Faltaron papeletas y mamparas en la MRO 2 de Santa Úrsula.", "material", "papeletas")
                .finding("Una señora en silla de ruedas no pudo llegar a la mesa: no había rampa.", "accesibilidad", "silla de ruedas")
                .build());
        index(report("OBS-2022-900002").in("Álvaro Obregón", 18).source("formulario-observacion-0412.html").observedOn("2022-05-01").via(Channel.FORMULARIO)
                .finding("Se observó propaganda de un proyecto a 20 metros de la mesa.", "proselitismo", "propaganda")
                .finding("=HYPERLINK(\"http://ejemplo.invalid\",\"clic\") escribió alguien en el acta.", "escrutinio", "acta")
                .build());
        index(report("OBS-2022-900003").in("Iztapalapa", 22).source("cuestionario-fila-37.csv").observedOn("2022-04-28").via(Channel.CSV)
                .finding("-5 boletas sobraron al cierre; @SUMA(A1) anotado en la hoja.", "escrutinio", "cierre", "material", "boletas")
                .build());
        index.commit();
    }

    private void index(mx.observa.model.Report report) {
        service.store().put(report);
        service.index().replace(report);
    }

    private void submit(Path dir, String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        Outcome outcome = service.submit(file, name, Channel.CARPETA);
        if (outcome.kind() != Outcome.Kind.ACCEPTED) {
            throw new IllegalStateException(name + " no se aceptó: " + outcome.reason());
        }
        folios.put(name, outcome.folio());
        files.put(name, bytes);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write((OutputStream) out);
            return out.toByteArray();
        }
    }

    /** A signed-in HTTP session for a demo role. */
    public WebSession signedIn(String role) {
        WebSession web = new WebSession(base);
        var response = web.signIn(role, PASSWORDS.get(role));
        if (response.statusCode() != 303) {
            throw new IllegalStateException("No se pudo entrar como " + role + ": " + response.statusCode());
        }
        return web;
    }

    public Path auditFile() {
        return service.config().dataDir().resolve("audit").resolve("audit.jsonl");
    }

    @Override
    public void close() {
        service.close();
    }
}
