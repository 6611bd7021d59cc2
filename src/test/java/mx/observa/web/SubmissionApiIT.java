package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;

import mx.observa.app.ObservaService;
import mx.observa.archive.Journal;
import mx.observa.archive.Json;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchRequest;
import mx.observa.model.ServiceFailure;
import mx.observa.support.Fixtures;
import mx.observa.support.Inbox;
import mx.observa.support.LongReport;
import mx.observa.support.Multipart;
import mx.observa.support.RawHttp;
import mx.observa.support.TestHome;

/** POST /api/v1/informes and GET /api/v1/informes/{folio}/estado over real HTTP. */
class SubmissionApiIT {

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private ObservaService service;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @BeforeEach
    void start() throws Exception {
        config = TestHome.config(tmp)
                .with("observa.limits.max-file-mb", "1")
                .with("observa.limits.max-post-mb", "3");
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        base = "http://127.0.0.1:" + config.get("observa.port") + "/api/v1";
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/informes")).header("Content-Type", contentType)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(Multipart form) throws Exception {
        return post(form.contentType(), form.publisher());
    }

    private HttpResponse<String> postJson(String json) throws Exception {
        return post("application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private int port() {
        return Integer.parseInt(config.get("observa.port"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> json(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return Json.MAPPER.readValue(r.body(), new TypeReference<>() { });
    }

    @Test
    @SuppressWarnings("unchecked")
    void multipartWithSeveralFilesIsCreatedWithOneFolioAndItsReportsCanBeChecked() throws Exception {
        Multipart form = new Multipart().field("nombre", "Luis").field("correo", "luis@example.org")
                .field("alcaldia", "cuauhtemoc").field("distrito", "IX").field("texto", "Se agotaron las boletas a las 15:00.")
                .file("archivo", "informe mesa 2.txt", "text/plain", "Llegó tarde el funcionario de la mesa.".getBytes(StandardCharsets.UTF_8))
                .file("archivo", "Reporte Ñuñoa.html", "text/html",
                        "<p>Hubo propaganda a menos de 50 metros.</p>".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> created = post(form);

        assertThat(created.statusCode()).isEqualTo(202);
        Map<String, Object> body = json(created);
        String folio = (String) body.get("folio");
        assertThat(folio).matches("OBS-2022-\\d{6}");
        assertThat(body.get("repetido")).isEqualTo(false);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/informes/" + folio + "/estado");
        List<Map<String, Object>> reports = (List<Map<String, Object>>) body.get("informes");
        assertThat(reports).extracting(r -> r.get("archivo"))
                .containsExactly("texto enviado por la API", "informe mesa 2.txt", "Reporte Ñuñoa.html");
        assertThat(reports).extracting(r -> r.get("folio")).allSatisfy(f -> assertThat((String) f).matches("OBS-2022-\\d{6}"));
        Inbox.awaitProcessed(service);
        assertThat(service.search().search(new SearchRequest("propaganda", null, "Cuauhtémoc", 9, "api", 0, 5)).hits()).hasSize(1);

        HttpResponse<String> status = get("/informes/" + folio + "/estado");
        assertThat(status.statusCode()).isEqualTo(200);
        Map<String, Object> state = json(status);
        assertThat(state).containsEntry("folio", folio).containsEntry("estado", "procesado");
        assertThat((List<Map<String, Object>>) state.get("informes")).hasSize(3)
                .allSatisfy(r -> assertThat(r).containsEntry("estado", "procesado").doesNotContainKey("archivo"));
        HttpResponse<String> part = get("/informes/" + reports.get(1).get("folio") + "/estado");
        assertThat(json(part)).containsEntry("estado", "procesado");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aZipIsUnpackedAndItsReportsKeepWhatThePostDeclared() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mesa 1.txt", "En la mesa 1 faltaron mamparas.".getBytes(StandardCharsets.UTF_8));
        entries.put("mesa 2.docx", Fixtures.docx("En la mesa 2 hubo acarreo de votantes."));
        Multipart form = new Multipart().field("correo", "rosa@example.org").field("alcaldia", "tlahuac")
                .file("archivo", "informes.zip", "application/zip", Fixtures.zip(entries, StandardCharsets.UTF_8));

        HttpResponse<String> created = post(form);

        assertThat(created.statusCode()).isEqualTo(202);
        List<Map<String, Object>> reports = (List<Map<String, Object>>) json(created).get("informes");
        assertThat(reports).extracting(r -> r.get("archivo")).containsExactly("mesa 1.txt", "mesa 2.docx");
        Inbox.awaitProcessed(service);
        assertThat(reports).extracting(r -> status((String) r.get("folio")).get("estado")).containsOnly("procesado");
        assertThat(service.search().search(new SearchRequest("acarreo", null, "Tláhuac", null, "api", 0, 5)).hits())
                .singleElement().satisfies(h -> assertThat(h.source()).isEqualTo("mesa 2.docx"));
    }

    @Test
    void jsonIsCreatedOnceAndTheSamePostAgainAnswersTheSameFolio() throws Exception {
        String post = """
                {"nombre": "Marta", "correo": "marta@example.org", "alcaldia": "Milpa Alta", "distrito": 6,
                 "fecha": "01/05/2022", "texto": "La mesa se instaló en un lugar distinto al publicado."}""";

        HttpResponse<String> first = postJson(post);
        HttpResponse<String> again = postJson(post);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).containsEntry("folio", json(first).get("folio")).containsEntry("repetido", true);
        assertThat(Journal.read(config.journalDir()).submissions()).hasSize(2); // the post and its text, once
    }

    private Map<String, Object> status(String folio) throws Exception {
        return json(get("/informes/" + folio + "/estado"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPdfIsAcceptedWith202AndItsFolioBeforeItsTextIsExtracted() throws Exception {
        CountDownLatch extraction = new CountDownLatch(1);
        AdviceWith.adviceWith(service.camelContext(), "procesar", route -> route.weaveAddFirst()
                .process(e -> extraction.await(60, TimeUnit.SECONDS)));
        String folio;
        String pdfFolio;
        try {
            HttpResponse<String> accepted = post(new Multipart().field("correo", "ana@example.org")
                    .file("archivo", "acta.pdf", "application/pdf", Fixtures.pdf("La mesa abrió sin boletas suficientes.")));

            assertThat(accepted.statusCode()).isEqualTo(202);
            Map<String, Object> body = json(accepted);
            folio = (String) body.get("folio");
            assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/informes/" + folio + "/estado");
            Map<String, Object> pdf = ((List<Map<String, Object>>) body.get("informes")).get(0);
            assertThat(pdf).containsEntry("archivo", "acta.pdf").containsEntry("estado", "recibido");
            pdfFolio = (String) pdf.get("folio");
            assertThat(status(pdfFolio)).containsEntry("estado", "recibido");
            assertThat(status(folio)).containsEntry("estado", "recibido");
            assertThat(Journal.read(config.journalDir()).submissions()).as("archived, its text not yet extracted")
                    .filteredOn(st -> !st.isContainer()).singleElement().matches(SubmissionState::isWaiting);
        } finally {
            extraction.countDown();
        }

        Inbox.awaitProcessed(service);
        assertThat(status(pdfFolio)).containsEntry("estado", "procesado");
        assertThat(status(folio)).containsEntry("estado", "procesado");
        assertThat(service.search().search(new SearchRequest("boletas", null, null, null, "api", 0, 5)).hits()).hasSize(1);
    }

    @Test
    void whenObservaCannotArchiveThePostTheSenderIsToldToTryAgainAndNothingIsKept() throws Exception {
        AdviceWith.adviceWith(service.camelContext(), "recibir", route -> route.weaveAddFirst().process(e -> {
            throw new ServiceFailure("No se pudo archivar el envío.", new java.io.IOException("No queda espacio en el disco"));
        }));

        HttpResponse<String> r = postJson("{\"texto\": \"La mesa abrió tarde.\"}");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("60");
        assertThat(json(r).get("error")).isEqualTo("No se pudo guardar su envío por un problema de Observa; no se "
                + "registró nada. Envíelo de nuevo en unos minutos.");
        assertThat(Journal.read(config.journalDir()).submissions()).isEmpty();
        assertThat(config.quarantineDir()).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyFileIsRefusedAtOnceWithASpanishReasonAndNothingIsArchived() throws Exception {
        HttpResponse<String> r = post(new Multipart().field("texto", "Va mi informe.")
                .file("archivo", "informe.pdf", "application/pdf", new byte[0]));

        assertThat(r.statusCode()).isEqualTo(400);
        Map<String, Object> body = json(r);
        assertThat(body.get("error")).isEqualTo("El archivo «informe.pdf» está vacío (0 bytes).");
        assertThat((Map<String, String>) body.get("campos")).containsEntry("archivo", "El archivo «informe.pdf» está vacío (0 bytes).");
        assertThat(Journal.read(config.journalDir()).submissions()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void wrongFieldsAreRefusedWithASpanishMessagePerField() throws Exception {
        HttpResponse<String> r = postJson("{\"alcaldia\": \"Gotham\", \"distrito\": \"0\", \"texto\": \"Algo pasó.\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        Map<String, Object> body = json(r);
        assertThat(body.get("error")).isEqualTo("Revise los datos marcados.");
        assertThat((Map<String, String>) body.get("campos"))
                .containsEntry("alcaldia", "«Gotham» no es una de las 16 alcaldías de la Ciudad de México.")
                .containsEntry("distrito", "El distrito local debe ser un número del 1 al 33 (se recibió «0»).");
        assertThat(postJson("[1, 2").statusCode()).isEqualTo(400);
        assertThat(postJson("{\"nombre\": \"Sin texto\"}").body()).contains("Escriba el texto del informe o adjunte al menos un archivo.");
        assertThat(Journal.read(config.journalDir()).submissions()).isEmpty();
    }

    @Test
    void typedTextUpToTheDocumentedLimitIsAcceptedAndBeyondItRefusedInSpanish() throws Exception {
        // What is checked here is the API's answer; what becomes of the reports is not awaited. Processed, the two
        // accepted texts (350,000 characters) were still being understood when the service closed: the close waited
        // out Camel's 10 s, forced the routes down and the understanding went on in the next tests' time, its last
        // steps refused (this class's JVM: 36-42 s of CPU with it, 17-18 s without, 2026-12-07). So nothing is
        // processed here; a typed report at the limit processed whole is SubmitFormIT's
        // aTypedReportAsLongAsTheDocumentedLimitIsAcceptedWhole (the same pipeline after the channel).
        AdviceWith.adviceWith(service.camelContext(), "procesar", route -> route.weaveAddFirst().stop());
        String atLimit = LongReport.text(200_000);
        HttpResponse<String> json = postJson(Json.MAPPER.writeValueAsString(Map.of("texto", atLimit)));
        assertThat(json.statusCode()).as(json.body()).isIn(201, 202);
        HttpResponse<String> multipart = post(new Multipart().field("texto", LongReport.text(150_000)));
        assertThat(multipart.statusCode()).as(multipart.body()).isIn(201, 202);

        HttpResponse<String> over = post(new Multipart().field("texto", LongReport.text(200_001)));
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(json(over).get("error")).isEqualTo("Revise los datos marcados.");
        assertThat(json(over).get("campos").toString()).contains("El texto admite hasta 200000 caracteres");
        HttpResponse<String> huge = postJson(Json.MAPPER.writeValueAsString(Map.of("texto", LongReport.text(1_500_000))));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json(huge).get("error").toString()).contains("demasiado largo");
    }

    @Test
    void sizeAndTypeLimitsAnswer413And415InSpanish() throws Exception {
        byte[] twoMb = "Informe largo. ".repeat(140_000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooBig = post(new Multipart().file("archivo", "largo.txt", "text/plain", twoMb));
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(json(tooBig).get("error")).isEqualTo("El archivo «largo.txt» pesa 2 MB y el máximo aceptado es 1 MB.");

        byte[] fourMb = new byte[4 * 1024 * 1024];
        HttpResponse<String> postTooBig = post(new Multipart().file("archivo", "enorme.bin", "application/octet-stream", fourMb));
        assertThat(postTooBig.statusCode()).isEqualTo(413);
        assertThat(json(postTooBig).get("error").toString()).startsWith("El envío es demasiado grande: el máximo es de 3 MB");
        // a client that writes its whole post before it reads (as HttpClient may) still gets the answer, not a reset
        for (int i = 0; i < 3; i++) {
            RawHttp.Answer refused = RawHttp.send(port(), "POST /api/v1/informes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + fourMb.length, fourMb);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.body()).contains("El envío es demasiado grande");
        }

        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        HttpResponse<String> program = post(new Multipart().field("texto", "Va un programa.")
                .file("archivo", "informe.pdf", "application/pdf", elf));
        assertThat(program.statusCode()).isEqualTo(415);
        assertThat(json(program).get("error").toString()).startsWith("El archivo «informe.pdf» no es de un tipo aceptado (application/x-executable)");

        HttpResponse<String> text = post("text/plain", HttpRequest.BodyPublishers.ofString("hola"));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(json(text).get("error").toString()).startsWith("Tipo de contenido no aceptado");
        assertThat(Journal.read(config.journalDir()).submissions()).isEmpty();
    }

    @Test
    void unknownFoliosAre404AndTheApiIsDescribed() throws Exception {
        HttpResponse<String> missing = get("/informes/OBS-2022-123456/estado");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing)).containsEntry("error", "No existe el folio «OBS-2022-123456».");

        HttpResponse<String> openapi = get("/openapi.yaml");
        assertThat(openapi.statusCode()).isEqualTo(200);
        Map<String, Object> spec = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue(openapi.body(), new TypeReference<>() { });
        assertThat(spec).containsKey("openapi");
        assertThat((Map<String, Object>) spec.get("paths")).containsKeys("/api/v1/informes", "/api/v1/informes/{folio}/estado", "/api/v1/hallazgos");
    }
}
