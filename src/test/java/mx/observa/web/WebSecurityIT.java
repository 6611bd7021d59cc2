package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
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
import mx.observa.archive.Journal;
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
        WebSession browser = new WebSession(observa.base);
        String token = WebSession.formToken(browser.get("/entrar").body());
        HttpResponse<String> own = send(at("/entrar").header("Origin", observa.base).header("Sec-Fetch-Site", "same-origin")
                .header("Cookie", visitorCookie(browser))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("usuario=admin&contrasena=" + SearchFixture.PASSWORDS.get("admin") + "&volver=%2F"
                        + "&token_formulario=" + WebSession.enc(token))));
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(own.headers().firstValue("Set-Cookie")).isPresent();
    }

    @Test
    void everyFormPostNeedsTheTokenOfItsOwnPageEvenWithoutOriginHeaders() throws Exception {
        long before = Journal.read(observa.home.resolve("data").resolve("journal")).submissions().size();
        // an observer's post without the page's token: refused, nothing received, everything typed kept
        WebSession observer = new WebSession(observa.base);
        HttpResponse<String> bare = observer.postForm("/enviar",
                "nombre=Ana&correo=ana%40example.org&alcaldia=Iztapalapa&texto=" + WebSession.enc("Faltaron boletas en la mesa."));
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(bare.body()).contains("caducó").contains("Faltaron boletas en la mesa.</textarea>")
                .contains("name=\"token_formulario\"");
        // a token from another visitor's page does not fit this browser's cookie
        String othersToken = WebSession.formToken(new WebSession(observa.base).get("/enviar").body());
        observer.get("/enviar");
        HttpResponse<String> borrowed = observer.postForm("/enviar", "nombre=Ana&correo=ana%40example.org"
                + "&alcaldia=Iztapalapa&texto=hola&token_formulario=" + WebSession.enc(othersToken));
        assertThat(borrowed.statusCode()).isEqualTo(403);
        assertThat(Journal.read(observa.home.resolve("data").resolve("journal")).submissions()).hasSize((int) before);

        // sign-in without the token: refused, no session
        WebSession visitor = new WebSession(observa.base);
        HttpResponse<String> login = visitor.postForm("/entrar",
                "usuario=admin&contrasena=" + WebSession.enc(SearchFixture.PASSWORDS.get("admin")));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("caducó");
        assertThat(visitor.get("/tablero").statusCode()).isEqualTo(303);

        // sign-out without the session's token: refused, the session lives on; with it: signed out
        WebSession analyst = observa.signedIn("analista");
        assertThat(analyst.postForm("/salir", "").statusCode()).isEqualTo(403);
        assertThat(analyst.postForm("/salir", "token_formulario=" + WebSession.enc(othersToken)).statusCode()).isEqualTo(403);
        assertThat(analyst.get("/tablero").statusCode()).isEqualTo(200);
        assertThat(analyst.post("/salir").statusCode()).isEqualTo(303);
        assertThat(analyst.get("/tablero").statusCode()).isEqualTo(303);
    }

    private static String visitorCookie(WebSession browser) {
        return browser.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("observa_visitante"))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
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
    void aPostWhoseBodyStopsArrivingIsAnsweredAndClosedButASlowOneIsNot(@TempDir Path tmp) throws Exception {
        ObservaConfig config = TestHome.config(tmp).with("observa.limits.body-idle-s", "2");
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.SERVICE)) {
            int port = Integer.parseInt(config.get("observa.port", null));
            String head = "--x\r\nContent-Disposition: form-data; name=\"texto\"\r\n\r\n"
                    + "La mesa se instaló tarde porque faltaron boletas y mamparas.";
            String tail = "\r\n--x--\r\n";

            // cut off before the closing boundary, and then silence
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(postHeaders(port, head.getBytes(StandardCharsets.UTF_8).length + tail.length()));
                out.write(head.getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 408").contains("dejaron de llegar datos");
            }

            // the same post sent a few bytes at a time, each pause shorter than the limit, takes longer in all: accepted
            byte[] body = (head + tail).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(postHeaders(port, body.length));
                int chunk = body.length / 5 + 1;
                for (int from = 0; from < body.length; from += chunk) {
                    out.write(body, from, Math.min(chunk, body.length - from));
                    out.flush();
                    Thread.sleep(1_000); // deliberately slow sender: the behaviour under test
                }
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                assertThat(status).startsWith("HTTP/1.1 202");
            }
            assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/enviar")).GET()).statusCode())
                    .isEqualTo(200);
        }
    }

    private static byte[] postHeaders(int port, int contentLength) {
        return ("POST /api/v1/informes HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
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
