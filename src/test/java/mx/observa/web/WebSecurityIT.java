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
import mx.observa.support.RawHttp;
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
            assertThat(r.headers().firstValue("Cache-Control")).as(r.uri().toString()).hasValue("no-store");
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
            int port = Integer.parseInt(config.get("observa.port"));
            String head = "--x\r\nContent-Disposition: form-data; name=\"texto\"\r\n\r\n"
                    + "La mesa se instaló tarde porque faltaron boletas y mamparas.";
            String tail = "\r\n--x--\r\n";

            // cut off before the closing boundary, and then silence; the first bytes of the body come with the headers
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
                sent.write(postHeaders(port, head.getBytes(StandardCharsets.UTF_8).length + tail.length()));
                sent.write(head.getBytes(StandardCharsets.UTF_8));
                out.write(sent.toByteArray());
                out.flush();
                long silentSince = System.nanoTime();
                RawHttp.Answer answer = RawHttp.parse(RawHttp.readAll(socket.getInputStream()));
                double waited = (System.nanoTime() - silentSince) / 1e9;
                assertThat(answer.status()).isEqualTo(408);
                assertThat(answer.body()).contains("dejaron de llegar datos");
                assertProtected(answer, "408");
                assertThat(waited).as("answered at the configured 2 s of silence, not twice that").isBetween(1.9, 3.2);
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
            String base = "http://127.0.0.1:" + config.get("observa.port");
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

            // the same endpoints spelled otherwise are the same endpoints, and the same limit
            int port = Integer.parseInt(config.get("observa.port"));
            for (String path : List.of("//api/v1/informes", "/api/v1/%69nformes", "/api/v1/./informes",
                    "/api/v1/x/../informes", "/api/v1/informes/", "/api/%2e%2e/enviar", "/%65nviar")) {
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                RawHttp.Answer a = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length, body);
                assertThat(a.status()).as(path).isEqualTo(429);
                assertThat(a.body()).as(path).contains("Demasiados envíos");
            }
        }
    }

    @Test
    void aCrossSiteBrowserPostToTheApiIsRefusedAndProgramsStillSubmit() throws Exception {
        long before = Journal.read(observa.home.resolve("data").resolve("journal")).submissions().size();
        String report = "{\"texto\": \"En la mesa de la escuela faltaron boletas y mamparas durante toda la jornada.\"}";
        HttpResponse<String> crossSite = send(at("/api/v1/informes").header("Content-Type", "application/json")
                .header("Origin", "https://sitio-malicioso.example").header("Sec-Fetch-Site", "cross-site")
                .POST(form(report)));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(crossSite.body()).contains("Solicitud rechazada").contains("otro sitio");
        HttpResponse<String> originOnly = send(at("/api/v1/informes").header("Content-Type", "application/json")
                .header("Origin", "https://sitio-malicioso.example").POST(form(report)));
        assertThat(originOnly.statusCode()).isEqualTo(403);
        assertThat(Journal.read(observa.home.resolve("data").resolve("journal")).submissions()).hasSize((int) before);

        // the form's check is not skipped by reaching /enviar through a path that starts with /api/
        int port = Integer.parseInt(observa.service.config().get("observa.port"));
        byte[] body = "texto=hola".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer dotted = RawHttp.send(port, "POST /api/%2e%2e/enviar HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nOrigin: https://sitio-malicioso.example\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + body.length, body);
        assertThat(dotted.status()).isEqualTo(403);
        assertThat(dotted.body()).contains("no se envió desde esta página");

        // a program (no Origin, no Sec-Fetch-Site) submits as before
        HttpResponse<String> program = send(at("/api/v1/informes").header("Content-Type", "application/json")
                .POST(form(report)));
        assertThat(program.statusCode()).isIn(200, 201, 202);
    }

    @Test
    void everyErrorTheServerAnswersIsSpanishEscapedAndProtected() throws Exception {
        int port = Integer.parseInt(observa.service.config().get("observa.port"));
        String host = "Host: 127.0.0.1:" + port;
        java.util.Map<String, RawHttp.Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("400 malformed", RawHttp.send(port, "GET / HTTP/1.1\r\n" + host + "\r\nesto no es un encabezado"));
        answers.put("404 page", RawHttp.send(port, "GET /no-existe HTTP/1.1\r\n" + host));
        answers.put("404 api", RawHttp.send(port, "GET /api/v1/no-existe HTTP/1.1\r\n" + host));
        answers.put("405 page", RawHttp.send(port, "DELETE /enviar HTTP/1.1\r\n" + host));
        answers.put("405 api", RawHttp.send(port, "PUT /api/v1/informes HTTP/1.1\r\n" + host + "\r\nContent-Length: 0"));
        answers.put("413 declared api", RawHttp.send(port, "POST /api/v1/informes HTTP/1.1\r\n" + host
                + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (300L * 1024 * 1024)));
        answers.put("414", RawHttp.send(port, "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\n" + host));
        answers.put("431", RawHttp.send(port, "GET /enviar HTTP/1.1\r\n" + host + "\r\nCookie: x=" + "a".repeat(20_000)));
        answers.put("401 api", RawHttp.send(port, "GET /api/v1/hallazgos?q=boletas HTTP/1.1\r\n" + host));
        answers.put("403 cross-site", RawHttp.send(port, "POST /entrar HTTP/1.1\r\n" + host
                + "\r\nSec-Fetch-Site: cross-site\r\nContent-Length: 0"));
        String query = WebSession.enc("\"<script>alert(1)</script>");
        String cookie = admin.cookies().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, b) -> a + "; " + b).orElseThrow();
        answers.put("400 query api", RawHttp.send(port, "GET /api/v1/hallazgos?q=" + query + " HTTP/1.1\r\n" + host
                + "\r\nCookie: " + cookie));
        for (var e : answers.entrySet()) {
            String what = e.getKey();
            RawHttp.Answer a = e.getValue();
            assertThat(a.status()).as(what).isEqualTo(Integer.parseInt(what.substring(0, 3)));
            assertProtected(a, what);
            assertThat(a.body()).as(what).isNotBlank().doesNotContain("<script>")
                    .doesNotContainIgnoringCase("not found").doesNotContainIgnoringCase("bad request")
                    .doesNotContainIgnoringCase("method not allowed").doesNotContainIgnoringCase("too large");
            if (what.contains("api")) {
                assertThat(a.header("Content-Type")).as(what).startsWith("application/json");
                assertThat(a.body()).as(what).startsWith("{\"error\":");
            } else {
                assertThat(a.header("Content-Type")).as(what).startsWith("text/html");
                assertThat(a.body()).as(what).contains("<html lang=\"es\">");
            }
        }
        assertThat(answers.get("404 page").body()).contains("No existe esta página");
        assertThat(answers.get("431").body()).contains("encabezados demasiado grandes");
        assertThat(answers.get("413 declared api").body()).contains("demasiado grande").contains("200 MB");
        assertThat(answers.get("400 query api").body()).contains("No se entendió la búsqueda").contains("\\u003cscript");
    }

    @Test
    void aBodySentWithoutALengthIsCutAtTheLimitWithASpanishAnswer(@TempDir Path tmp) throws Exception {
        ObservaConfig config = TestHome.config(tmp).with("observa.limits.max-post-mb", "1");
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.SERVICE)) {
            int port = Integer.parseInt(config.get("observa.port"));
            StringBuilder chunks = new StringBuilder();
            String start = "--x\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"grande.txt\"\r\n\r\n";
            chunks.append(Integer.toHexString(start.length())).append("\r\n").append(start).append("\r\n");
            String chunk = "a".repeat(64 * 1024);
            for (int i = 0; i < 40; i++) {
                chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            chunks.append("0\r\n\r\n");
            RawHttp.Answer a = RawHttp.send(port, "POST /api/v1/informes HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked",
                    chunks.toString().getBytes(StandardCharsets.US_ASCII));
            assertThat(a.status()).isEqualTo(413);
            assertProtected(a, "413 chunked");
            assertThat(a.body()).contains("demasiado grande").contains("1 MB");
        }
    }

    @Test
    void theServiceRefusesTheNetworkWhileDemoUsersExist(@TempDir Path tmp) {
        ObservaConfig config = TestHome.config(tmp).with("observa.host", "0.0.0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ObservaService.start(config, ObservaService.Mode.SERVICE))
                .hasMessageContaining("usuarios de demostración").hasMessageContaining("./observa user add")
                .hasMessageContaining("observa.host=127.0.0.1");
    }

    @Test
    void cookiesAreSecureWhenServedOverHttps(@TempDir Path tmp) throws Exception {
        ObservaConfig config = TestHome.config(tmp).with("observa.public-url", "https://observa.example.org");
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.SERVICE)) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + config.get("observa.port") + "/entrar")).GET());
            assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allMatch(c -> c.contains("Secure"));
        }
        HttpResponse<String> local = send(at("/entrar").GET());
        assertThat(local.headers().allValues("Set-Cookie")).isNotEmpty().noneMatch(c -> c.contains("Secure"));
    }

    /** The browser protections every answer carries. */
    private static void assertProtected(RawHttp.Answer a, String what) {
        assertThat(a.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(a.header("Cache-Control")).as(what).isEqualTo("no-store");
        assertThat(a.header("Content-Security-Policy")).as(what).contains("frame-ancestors 'none'").contains("script-src 'self'");
    }
}
