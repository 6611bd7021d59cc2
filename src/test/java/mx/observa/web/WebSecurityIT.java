package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.config.ObservaConfig;
import mx.observa.support.SearchFixture;
import mx.observa.support.TestHome;
import mx.observa.support.WebSession;

/**
 * The web promises of the README over real HTTP: browser protections on every answer (the observers' pages and API
 * included), forms refused when another site posts them, downloads that cannot leave the archive, errors without
 * stack traces or file paths, an append-only audit log, and a rate limit on the public submission endpoints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityIT {

    private SearchFixture observa;
    private WebSession admin;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp);
        admin = observa.signedIn("admin");
    }

    @AfterAll
    void stop() {
        if (observa != null) {
            observa.close();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(observa.base + path));
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    @Test
    void everyAnswerCarriesTheBrowserProtections() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(send(at("/enviar").GET()));
        answers.add(send(at("/estado?folio=OBS-2022-000001").GET()));
        answers.add(send(at("/api/v1/informes/OBS-2022-000001/estado").GET()));
        answers.add(send(at("/api/v1/informes").header("Content-Type", "application/json").POST(form("{\"texto\": 1"))));
        answers.add(send(at("/entrar").GET()));
        answers.add(send(at("/").GET()));
        answers.add(admin.get("/?q=boletas"));
        for (HttpResponse<String> r : answers) {
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(r.uri().toString()).hasValue("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(r.uri().toString()).get().asString()
                    .contains("frame-ancestors 'none'").contains("script-src 'self'");
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedInSpanish() throws Exception {
        HttpResponse<String> submit = send(at("/enviar").header("Origin", "https://sitio-malicioso.example")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form("texto=hola")));
        assertThat(submit.statusCode()).isEqualTo(403);
        assertThat(submit.body()).contains("Solicitud rechazada").contains("envió");

        HttpResponse<String> login = send(at("/entrar").header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("usuario=admin&contrasena=" + SearchFixture.PASSWORDS.get("admin"))));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> logout = send(at("/salir").header("Origin", "null").POST(form("")));
        assertThat(logout.statusCode()).isEqualTo(403);

        // the same sign-in from Observa's own page goes through
        HttpResponse<String> own = send(at("/entrar").header("Origin", observa.base).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("usuario=admin&contrasena=" + SearchFixture.PASSWORDS.get("admin") + "&volver=%2F")));
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(own.headers().firstValue("Set-Cookie")).isPresent();
    }

    @Test
    void downloadsCannotLeaveTheArchive() throws Exception {
        for (String path : List.of("/informes/../../../../etc/passwd/original",
                "/informes/..%2F..%2F..%2F..%2Fetc%2Fpasswd/original",
                "/informes/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd/original",
                "/informes/..%252F..%252Fetc%252Fpasswd/original",
                "/informes/..%5C..%5Cetc%5Cpasswd/original",
                "/informes/%2Fetc%2Fpasswd/original")) {
            HttpResponse<String> r = admin.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("/etc/");
        }
        // the real download still works
        String folio = observa.folios.get("informe-sei.docx");
        assertThat(admin.getBytes("/informes/" + folio + "/original").body()).isEqualTo(observa.files.get("informe-sei.docx"));
    }

    @Test
    void errorsShowNeitherStackTracesNorPaths() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(send(at("/api/v1/informes").header("Content-Type", "application/json").POST(form("{\"texto\": [}"))));
        answers.add(send(at("/api/v1/informes").header("Content-Type", "multipart/form-data; boundary=x")
                .POST(form("--x\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"../../a.exe\"\r\n"
                        + "Content-Type: application/x-msdownload\r\n\r\nMZ\u0090\u0000\r\n--x--\r\n"))));
        answers.add(send(at("/api/v1/informes").header("Content-Type", "application/octet-stream").POST(form("\u0000\u0001"))));
        answers.add(send(at("/api/v1/informes/%00%2F..%2F/estado").GET()));
        answers.add(send(at("/estado?folio=%00../../etc/passwd").GET()));
        answers.add(admin.get("/?q=%22sin+cerrar+(((+AND"));
        answers.add(admin.get("/?q=*&desde=ayer&pagina=-1"));
        answers.add(admin.get("/informes/OBS-2022-999999"));
        answers.add(admin.get("/informes/OBS-2022-999999/original"));
        answers.add(admin.get("/api/v1/hallazgos?q=boletas&pagina=abc&tamano=-5"));
        String home = observa.home.toString();
        for (HttpResponse<String> r : answers) {
            assertThat(r.statusCode()).as(r.uri().toString()).isLessThan(500);
            assertThat(r.body()).as(r.uri().toString())
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:")
                    .doesNotContain(home).doesNotContain("/tmp/").doesNotContain("mx.observa");
        }
    }

    @Test
    void theAuditLogOnlyGrows() throws Exception {
        admin.get("/?q=boletas");
        Path log;
        try (var files = Files.walk(observa.home)) {
            log = files.filter(p -> p.getFileName().toString().equals("audit.jsonl")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(log);
        assertThat(before).isNotEmpty();
        admin.get("/?q=mamparas");
        admin.get("/informes/" + observa.folios.get("informe-sei.docx") + "/original");
        byte[] after = Files.readAllBytes(log);
        assertThat(after.length).isGreaterThan(before.length);
        assertThat(java.util.Arrays.copyOf(after, before.length)).as("earlier lines untouched").isEqualTo(before);
        assertThat(new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8))
                .contains("mamparas").contains("admin");
    }

    @Test
    void thePublicSubmissionEndpointsAreRateLimitedPerAddress(@TempDir Path tmp) throws Exception {
        ObservaConfig config = TestHome.config(tmp).with("observa.limits.submissions-per-minute", "3");
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.SERVICE)) {
            String base = "http://127.0.0.1:" + config.get("observa.port", null);
            List<Integer> codes = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/informes"))
                        .header("Content-Type", "application/json")
                        .POST(form("{\"texto\": \"Informe " + i + ": en la mesa faltaron boletas y mamparas para votar.\"}")));
                codes.add(last.statusCode());
            }
            assertThat(codes.subList(0, 3)).allMatch(c -> c < 400);
            assertThat(codes.subList(3, 5)).containsOnly(429);
            assertThat(last.headers().firstValue("Retry-After")).get().asString().matches("\\d+");
            assertThat(last.body()).contains("Demasiados envíos");
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/enviar"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(form("texto=hola")));
            assertThat(page.statusCode()).isEqualTo(429);
            // reading is not limited
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/enviar")).GET()).statusCode()).isEqualTo(200);
        }
    }
}
