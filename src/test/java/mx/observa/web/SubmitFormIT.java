package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.config.ObservaConfig;
import mx.observa.index.IndexSchema;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.support.Inbox;
import mx.observa.support.LongReport;
import mx.observa.support.Multipart;
import mx.observa.support.TestHome;
import mx.observa.support.WebSession;

/** The public form /enviar and the status page /estado over real HTTP against the running service. */
class SubmitFormIT {

    private static final Pattern FOLIO = Pattern.compile("class=\"folio\">(OBS-2022-\\d{6})<");

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private ObservaService service;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @BeforeEach
    void start() throws Exception {
        config = TestHome.config(tmp);
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        base = "http://127.0.0.1:" + config.get("observa.port");
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As a browser: opens the form (visitor cookie and form token), then posts it. */
    private HttpResponse<String> post(Multipart form) {
        return new WebSession(base).submit(form);
    }

    private static Multipart observer() {
        return new Multipart().field("nombre", "Ana Pérez").field("correo", "ana@example.org")
                .field("acreditacion", "ACR-0012").field("alcaldia", "Iztapalapa").field("distrito", "24")
                .field("ut", "07-123").field("mro", "M-01").field("fecha", "2022-05-01");
    }

    @Test
    void theFormIsPlainAccessibleHtmlInSpanish() throws Exception {
        HttpResponse<String> page = get("/enviar");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body())
                .contains("<html lang=\"es-MX\">")
                .contains("<form method=\"post\" action=\"/enviar\" enctype=\"multipart/form-data\"")
                .contains("<label for=\"alcaldia\">Alcaldía *</label>")
                .contains("<option>Álvaro Obregón</option>").contains("<option>Xochimilco</option>")
                .contains("<option>33</option>")
                .contains("<input id=\"archivo\" name=\"archivo\" type=\"file\" multiple")
                .doesNotContain("<script>", " onsubmit=", " onclick="); // works without JavaScript: no inline code
        assertThat(Pattern.compile("<option>[^<]+</option>").matcher(page.body()).results()
                .filter(m -> !m.group().matches("<option>\\d+</option>")).count()).isEqualTo(16);
    }

    @Test
    void aTypedReportAsLongAsTheDocumentedLimitIsAcceptedWhole() throws Exception {
        HttpResponse<String> result = post(observer().field("texto", LongReport.text(200_000)));

        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        assertThat(FOLIO.matcher(result.body()).find()).isTrue();
        Inbox.awaitProcessed(service);
        assertThat(service.search().search(new SearchRequest(LongReport.LAST_WORD, null, null, null, null, 0, 10)).hits())
                .as("the end of the text arrived").hasSize(1);
    }

    @Test
    void aTypedReportOverTheLimitComesBackInSpanishWithEverythingTyped() throws Exception {
        String typed = LongReport.text(200_500);
        HttpResponse<String> page = post(observer().field("texto", typed));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("El texto admite hasta 200000 caracteres; adjúntelo como archivo.")
                .contains(">" + typed + "</textarea>").contains("value=\"Ana Pérez\"");
        assertThat(Journal.read(config.journalDir()).submissions()).isEmpty();

        // far beyond what any form field may hold: still a Spanish page, never a bare "Bad Request"
        HttpResponse<String> huge = post(observer().field("texto", LongReport.text(1_500_000)));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(huge.body()).contains("<html lang=\"es\">").contains("demasiado largo").contains("adjunto");
    }

    @Test
    void mistakesComeBackInSpanishBesideEachFieldWithWhatWasTypedAndNothingIsArchived() throws Exception {
        Multipart form = new Multipart().field("nombre", "").field("correo", "ana-arroba-example.org")
                .field("alcaldia", "Iztapalapa").field("distrito", "40").field("ut", "10-001")
                .field("texto", "Llegaron tarde las boletas <y> las mamparas.");

        HttpResponse<String> page = post(form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("role=\"alert\"")
                .contains("Falta «Nombre».")
                .contains("«ana-arroba-example.org» no parece un correo electrónico")
                .contains("El distrito local debe ser un número del 1 al 33 (se recibió «40»).")
                .contains("La unidad territorial 10-001 pertenece a Álvaro Obregón, no a Iztapalapa.")
                .contains("value=\"ana-arroba-example.org\"")
                .contains("<option selected>Iztapalapa</option>")
                .contains("Llegaron tarde las boletas &lt;y&gt; las mamparas.</textarea>")
                .contains("aria-invalid=\"true\"");
        assertThat(Journal.read(config.journalDir()).submissions()).isEmpty();
    }

    @Test
    void aPostWithTextAndSeveralFilesGetsOneFolioAndEachReportIsProcessedAndLinked() throws Exception {
        Multipart form = observer()
                .field("texto", "La mesa M-01 se instaló a las 9:40 porque faltaban las boletas.")
                .file("archivo", "acta de la mesa.txt", "text/plain",
                        "El escrutinio terminó a las 18:30 sin incidentes.".getBytes(StandardCharsets.UTF_8))
                .file("archivo", "fotos.html", "text/html",
                        "<html><body><p>Propaganda pegada en la entrada de la escuela.</p></body></html>".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> result = post(form);

        assertThat(result.statusCode()).isEqualTo(200);
        Matcher m = FOLIO.matcher(result.body());
        assertThat(m.find()).isTrue();
        String folio = m.group(1);
        assertThat(result.body()).contains("texto del formulario: folio").contains("acta de la mesa.txt: folio")
                .contains("fotos.html: folio").doesNotContain("en cuarentena")
                .contains("<a href=\"/estado?folio=" + folio + "\">");
        Inbox.awaitProcessed(service); // the answer came once the post was archived; processing follows

        for (String q : new String[] {"boletas", "escrutinio", "propaganda"}) {
            assertThat(service.search().search(new SearchRequest(q, null, "iztapalapa", 24, "formulario", 0, 10)).hits())
                    .as(q).singleElement().extracting(SearchHit::alcaldia).isEqualTo("Iztapalapa");
        }
        IndexSearcher searcher = service.index().acquire();
        try {
            assertThat(searcher.count(new TermQuery(new Term(IndexSchema.PARENT, folio)))).isEqualTo(3);
        } finally {
            service.index().release(searcher);
        }
        assertThat(Status.read(config).reports()).isEqualTo(3);

        HttpResponse<String> status = get("/estado?folio=" + folio.toLowerCase());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("Folio <strong>" + folio + "</strong>: procesado")
                .doesNotContain("acta de la mesa").doesNotContain("Ana");
        assertThat(Pattern.compile(": procesado</p>").matcher(status.body()).results().count()).isEqualTo(4);

        HttpResponse<String> again = post(observer()
                .field("texto", "La mesa M-01 se instaló a las 9:40 porque faltaban las boletas.")
                .file("archivo", "acta de la mesa.txt", "text/plain",
                        "El escrutinio terminó a las 18:30 sin incidentes.".getBytes(StandardCharsets.UTF_8))
                .file("archivo", "fotos.html", "text/html",
                        "<html><body><p>Propaganda pegada en la entrada de la escuela.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(again.body()).contains(">" + folio + "<").contains("ya se había recibido antes");
        assertThat(Status.read(config).reports()).isEqualTo(3);
        assertThat(Status.read(config).duplicates()).isZero();
    }

    @Test
    void anUnknownFolioIsSaidPlainly() throws Exception {
        HttpResponse<String> status = get("/estado?folio=OBS-2022-999999");
        assertThat(status.statusCode()).isEqualTo(404);
        assertThat(status.body()).contains("No encontramos el folio OBS-2022-999999");
    }

    @Test
    void aLinkToTheStatusPageCannotMakeItSaySomethingElse() throws Exception {
        HttpResponse<String> status = get("/estado?folio=" + java.net.URLEncoder.encode(
                "Su envío fue rechazado: llame al 55 1234 5678", StandardCharsets.UTF_8));
        assertThat(status.statusCode()).isEqualTo(404);
        assertThat(status.body()).contains("No encontramos ese folio.")
                .doesNotContain("No encontramos el folio Su envío", "rechazado: llame al 55 1234 5678.");
    }
}
