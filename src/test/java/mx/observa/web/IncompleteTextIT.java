package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.app.ObservaService;
import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.pipeline.Outcome;
import mx.observa.support.Fixtures;
import mx.observa.support.SearchFixture;
import mx.observa.support.TestHome;
import mx.observa.support.WebSession;

/**
 * A report whose text a limit left incomplete is accepted, and the analyst is told what was not read: on the report's
 * page and in its API. Real service, real Tika and tesseract, real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncompleteTextIT {

    private ObservaService service;
    private WebSession analista;
    private Path in;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        ObservaConfig config = TestHome.config(tmp).with("observa.ocr", "on")
                .with("observa.limits.max-ocr-pages", "2").with("observa.limits.max-chars", "400");
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        analista = new WebSession("http://127.0.0.1:" + config.get("observa.port"));
        assertThat(analista.signIn("analista", SearchFixture.PASSWORDS.get("analista")).statusCode()).isEqualTo(303);
        in = Files.createDirectories(tmp.resolve("entrantes"));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private String submit(String name, byte[] bytes) throws Exception {
        Outcome outcome = service.submit(Files.write(in.resolve(name), bytes), name, Channel.CARPETA);
        assertThat(outcome.kind()).as(outcome.reason()).isEqualTo(Outcome.Kind.ACCEPTED);
        return outcome.folio();
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = analista.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void aScanLongerThanTheOcrLimitIsAcceptedAndTheAnalystSeesWhichPagesWereRead() throws Exception {
        String folio = submit("escaneo largo.pdf", Fixtures.scannedPdf("Las boletas llegaron tarde",
                "La mampara estaba rota", "Faltaron funcionarios", "Cerraron la mesa temprano"));

        JsonNode report = json("/api/v1/informes/" + folio);
        assertThat(report.get("truncated").asBoolean()).isTrue();
        assertThat(report.get("truncation").asText()).contains("solo las primeras 2 de las 4 páginas escaneadas");
        assertThat(report.at("/findings/0/text").asText()).containsIgnoringCase("mampara")
                .doesNotContainIgnoringCase("funcionarios");
        assertThat(analista.get("/informes/" + folio).body()).contains("Texto incompleto", "solo las primeras 2 de las 4");
        assertThat(json("/api/v1/hallazgos?q=mampara").toString()).contains(folio);
        assertThat(json("/api/v1/hallazgos?q=funcionarios").toString()).doesNotContain(folio);
    }

    @Test
    void aTextCutAtTheCharacterLimitIsMarkedTheSameWay() throws Exception {
        String folio = submit("relato largo.txt", ("En la mesa faltaron boletas y la fila fue larga. ".repeat(12)
                + "Al final se perdió el acta.").getBytes(StandardCharsets.UTF_8));

        JsonNode report = json("/api/v1/informes/" + folio);
        assertThat(report.get("truncated").asBoolean()).isTrue();
        assertThat(report.get("truncation").asText()).contains("solo los primeros 400 caracteres");
        assertThat(analista.get("/informes/" + folio).body()).contains("Texto incompleto");
    }

    @Test
    void aWholeTextIsNotMarked() throws Exception {
        String folio = submit("nota.txt", "La mampara de la mesa 3 estaba rota.".getBytes(StandardCharsets.UTF_8));

        JsonNode report = json("/api/v1/informes/" + folio);
        assertThat(report.get("truncated").asBoolean()).isFalse();
        assertThat(report.get("truncation").isNull()).isTrue();
        assertThat(analista.get("/informes/" + folio).body()).doesNotContain("Texto incompleto");
    }
}
