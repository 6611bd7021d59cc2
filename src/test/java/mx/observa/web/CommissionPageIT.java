package mx.observa.web;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.report.Publishing;
import mx.observa.report.ReportWriter;
import mx.observa.support.SearchFixture;
import mx.observa.support.WebSession;

/**
 * The commission's page over real HTTP: editions by session (a scheduled one and the latest {@code observa report}
 * output), downloads with their types, the HTML edition in the browser under its own CSP, only known ids and file
 * names, every view audited; and the commission's exports of search results redacted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionPageIT {

    static final LocalDate SESSION = LocalDate.of(2022, 5, 26);
    private static final List<String> PLANTED = List.of("Rosaura Villegas Ocampo", "55 3141 5926",
            "rosaura.villegas@correo.mx", "VIOR750312MDFLCS02");

    private SearchFixture observa;
    private WebSession comision;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp);
        observa.service.index().replace(report("OBS-2022-900010").in("Tlalpan", 38).source("informe.txt")
                .observedOn("2022-05-01").via(Channel.CORREO)
                .finding("Faltaron boletas. Nombre: " + PLANTED.get(0) + ", tel. " + PLANTED.get(1) + ", correo "
                        + PLANTED.get(2) + ", CURP " + PLANTED.get(3) + ".", "material", "boletas")
                .build());
        observa.service.index().commit();
        writeEditions(observa.service);
        comision = observa.signedIn("comision");
    }

    /**
     * A scheduled edition (data/reports/2022-05-26/, with the service's publishing, as its schedule writes it) and the
     * output of {@code observa report} (out/, with a publishing of its own, as that command's process has).
     */
    static void writeEditions(ObservaService service) {
        ObservaConfig config = service.config();
        ReportWriter.write(config, service.publishing(), ReportWriter.editions(config).folderOf(SESSION),
                LocalDate.of(2022, 5, 19));
        ReportWriter.write(config, Publishing.configured(config), config.outDir(), LocalDate.of(2022, 6, 2));
    }

    @AfterAll
    void stop() {
        if (observa != null) {
            observa.close();
        }
    }

    @Test
    void thePageListsEditionsBySessionWithCutoffChangesAndDownloads() {
        HttpResponse<String> page = comision.get("/informe");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Informe para la Comisión</h1>", "aria-current=\"page\">Informe para la Comisión",
                "id=\"edicion-ultima\"", "id=\"edicion-2022-05-26\"", "Corte: 19 de mayo de 2022",
                "href=\"/informe/2022-05-26/ver\"", "href=\"/informe/ultima/informe-consolidado.pdf\"",
                "href=\"/informe/2022-05-26/anexo-hallazgos.csv\"", "href=\"/informe/2022-05-26/manifiesto.json\"");
        assertThat(page.body().indexOf("edicion-ultima")).isLessThan(page.body().indexOf("edicion-2022-05-26"));
        assertThat(page.body()).contains("Desde la edición anterior:");
    }

    @Test
    void downloadsCarryTheirTypeAndAFileNameAndTheHtmlOpensInTheBrowserWithoutScripts() throws Exception {
        Path dir = ReportWriter.editions(observa.service.config()).folderOf(SESSION);
        String[][] expected = {
                {ReportWriter.PDF, "application/pdf"}, {ReportWriter.HTML, "text/html; charset=utf-8"},
                {ReportWriter.JSON, "application/json; charset=utf-8"}, {ReportWriter.ANNEX, "text/csv; charset=utf-8"},
                {ReportWriter.MANIFEST, "application/json; charset=utf-8"}};
        for (String[] e : expected) {
            HttpResponse<byte[]> r = comision.getBytes("/informe/2022-05-26/" + e[0]);
            assertThat(r.statusCode()).as(e[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(e[0]).contains(e[1]);
            assertThat(r.headers().firstValue("Content-Disposition")).as(e[0])
                    .contains("attachment; filename=\"2022-05-26-" + e[0] + "\"");
            assertThat(r.body()).as(e[0]).isEqualTo(Files.readAllBytes(dir.resolve(e[0])));
        }
        HttpResponse<String> view = comision.get("/informe/2022-05-26/ver");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(view.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "style-src 'unsafe-inline'").doesNotContain("script"));
        assertThat(view.body()).isEqualTo(Files.readString(dir.resolve(ReportWriter.HTML), StandardCharsets.UTF_8))
                .doesNotContain("<script");
    }

    @Test
    void onlyKnownEditionsAndFileNamesAreServed() {
        for (String path : List.of("/informe/2022-05-27/ver", "/informe/2022-05-26/usuarios.yaml",
                "/informe/2022-05-26/..%2F..%2Fconfig%2Fusuarios.yaml", "/informe/reports/ver",
                "/informe/2022-05-26/audit.jsonl")) {
            assertThat(comision.getBytes(path).statusCode()).as(path).isIn(400, 404);
        }
    }

    @Test
    void everyViewAndDownloadIsAudited() throws Exception {
        WebSession analista = observa.signedIn("analista");
        analista.get("/informe");
        analista.getBytes("/informe/ultima/informe-consolidado.json");
        analista.get("/informe/ultima/ver");

        List<String> lines = Files.readAllLines(observa.auditFile()).stream().filter(l -> l.contains("\"analista\""))
                .toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("ver_ediciones"))
                .anySatisfy(l -> assertThat(l).contains("descargar_edicion", "informe-consolidado.json", "ultima"))
                .anySatisfy(l -> assertThat(l).contains("ver_edicion\"", "informe-consolidado.html"));
    }

    @Test
    void theCommissionsExportsAreRedactedAndTheAnalystsAreNot() {
        for (String format : List.of("csv", "json")) {
            String path = "/api/v1/hallazgos/exportar?formato=" + format + "&q=boletas";
            String forCommission = comision.get(path).body();
            String forAnalyst = observa.signedIn("analista").get(path).body();
            assertThat(forCommission).as(format).contains("OBS-2022-900010", "Faltaron boletas. Nombre: [dato personal]");
            PLANTED.forEach(p -> assertThat(forCommission).as(format).doesNotContain(p));
            PLANTED.forEach(p -> assertThat(forAnalyst).as(format).contains(p));
        }
    }
}
