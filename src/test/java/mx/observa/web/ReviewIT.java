package mx.observa.web;

import static mx.observa.support.WebSession.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.app.ObservaService;
import mx.observa.config.ObservaConfig;
import mx.observa.review.ReviewLog;
import mx.observa.support.SearchFixture;
import mx.observa.support.WebSession;

/**
 * Reviewing a report over real HTTP: who may (analista, admin), who may not (comision: 403; nobody signed in: the
 * sign-in page; a post without the page's token: 403), what the page shows afterwards, the audit and review logs,
 * and that reviews survive a restart and a reindex (they live in the data folder, not in the index).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewIT {

    private SearchFixture observa;
    private ObservaService restarted;
    private ObservaConfig config;
    private String folio;
    private String page;
    private String automaticAlcaldia;
    private long dashboardFindingsBefore;
    private int findingsBefore;
    /** The report whose findings are split and merged. */
    private String cutFolio;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp);
        config = observa.service.config();
        folio = observa.folios.get("Informe Coyoacán.txt");
        page = "/informes/" + folio;
        cutFolio = observa.folios.get("informe-sei.docx");
    }

    @AfterAll
    void stop() {
        if (restarted != null) {
            restarted.close();
        } else if (observa != null) {
            observa.close();
        }
    }

    private String post(WebSession web, String form) {
        return post(web, page, form);
    }

    private String post(WebSession web, String page, String form) {
        String token = WebSession.formToken(web.get(page).body());
        HttpResponse<String> r = web.postForm(page + "/revision", "token_formulario=" + enc(token) + "&" + form);
        return r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + " " + r.body();
    }

    private static String row(String html, String field) {
        Matcher m = Pattern.compile("<tr id=\"revision-" + field + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(field).isTrue();
        return m.group();
    }

    @Test
    @Order(1)
    void onlyAnalystsAndAdministratorsMayReview() {
        WebSession anonymous = new WebSession(observa.base);
        HttpResponse<String> anon = anonymous.postForm(page + "/revision", "alcaldia=Tlalpan");
        assertThat(anon.statusCode()).isEqualTo(303);
        assertThat(anon.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/entrar"));

        WebSession comision = observa.signedIn("comision");
        assertThat(comision.get(page).body()).doesNotContain("id=\"guardar-datos\"").doesNotContain("Revisar este hallazgo")
                .contains("Sin revisar");
        HttpResponse<String> refused = comision.post(page + "/revision");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Su rol (Comisión) no tiene permiso para esta acción.");

        WebSession analista = observa.signedIn("analista");
        assertThat(analista.get(page).body()).contains("id=\"guardar-datos\"").contains("Revisar este hallazgo");
        HttpResponse<String> forged = analista.postForm(page + "/revision", "alcaldia=Tlalpan&token_formulario=falso");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(ReviewLog.in(config.dataDir()).readAll()).isEmpty();

        assertThat(post(observa.signedIn("admin"), "nota=" + enc("Nota de administración"))).startsWith("303 " + page);
    }

    @Test
    @Order(2)
    void aCorrectionShowsWhoMadeItAndKeepsTheAutomaticValueVisible() throws Exception {
        WebSession analista = observa.signedIn("analista");
        String before = analista.get(page).body();
        dashboardFindingsBefore = findingsOnDashboard(analista);
        automaticAlcaldia = Pattern.compile("<td class=\"automatico\">([^<]*)</td>").matcher(row(before, "alcaldia"))
                .results().findFirst().orElseThrow().group(1);
        assertThat(automaticAlcaldia).isNotEqualTo("Tlalpan");

        assertThat(post(analista, "alcaldia=tlalpan&distrito=14&ut=12-034&mro=" + enc("MRO 3") + "&fecha=2022-05-01"))
                .startsWith("303 " + page);
        String after = analista.get(page).body();
        assertThat(row(after, "alcaldia")).contains("<td class=\"automatico\">" + automaticAlcaldia + "</td>")
                .contains("<td class=\"vigente\">Tlalpan</td>").contains("Revisado por analista el")
                .contains("class=\"corregido\"");
        assertThat(row(after, "distrito")).contains("<td class=\"vigente\">14</td>");
        assertThat(after).contains("<dd>Tlalpan</dd>");

        assertThat(post(analista, "hallazgo=1&tipo=no_hallazgo&nota=" + enc("Es el título del informe")))
                .startsWith("303 " + page + "#h1");
        String withFinding = analista.get(page).body();
        assertThat(withFinding).contains("No es hallazgo: no se cuenta ni se publica.")
                .contains("Es el título del informe").contains("Nota de administración");
        assertThat(observa.signedIn("comision").get(page).body()).contains("No es hallazgo: no se cuenta ni se publica.")
                .doesNotContain("Es el título del informe");

        String api = analista.get("/api/v1/informes/" + folio).body();
        assertThat(api).contains("\"alcaldia\":\"Tlalpan\"").contains("\"reviewed\":true").contains("\"notAFinding\":true");

        String audit = Files.readString(observa.auditFile());
        assertThat(audit).contains("\"accion\":\"revisar\"").contains("\"folio\":\"" + folio + "\"")
                .contains("\"h1.tipo\"")
                // who, when, and before and after, in the audit log as in data/revisiones
                .contains("\"campo\":\"alcaldia\"").contains("\"despues\":\"Tlalpan\"")
                .contains("\"campo\":\"h1.tipo\"").contains("\"despues\":\"no_hallazgo\"");
        assertThat(ReviewLog.in(config.dataDir()).readAll())
                .anySatisfy(e -> assertThat(e.after()).isEqualTo("Tlalpan"))
                .anySatisfy(e -> assertThat(e.after()).isEqualTo("no_hallazgo"));
    }

    @Test
    @Order(3)
    void aValueOutsideTheCatalogueIsRefusedInSpanishAndNothingIsWritten() {
        int entries = ReviewLog.in(config.dataDir()).readAll().size();
        assertThat(post(observa.signedIn("analista"), "alcaldia=Narnia")).startsWith("400")
                .contains("«Narnia» no es una alcaldía de la Ciudad de México.");
        assertThat(post(observa.signedIn("analista"), "distrito=40")).startsWith("400")
                .contains("El distrito local es un número del 1 al 33.");
        assertThat(post(observa.signedIn("analista"), "hallazgo=1&tipo=incidencia&temas=inventado")).startsWith("400")
                .contains("«inventado» no es un tema de la taxonomía.");
        assertThat(ReviewLog.in(config.dataDir()).readAll()).hasSize(entries);
    }

    @Test
    @Order(4)
    void searchFiltersFacetsHitsAndTheDashboardUseTheReviewedValues() throws Exception {
        assertSearchUsesTheReviewedValues();
        // the dashboard counts the report where it was placed, and no longer counts the rejected passage
        assertThat(findingsOnDashboard(observa.signedIn("analista"))).isEqualTo(dashboardFindingsBefore - 1);
    }

    /** What a search by the reviewed and by the automatic values finds, as the API and the dashboard show it. */
    private void assertSearchUsesTheReviewedValues() throws Exception {
        WebSession analista = observa.signedIn("analista");
        JsonNode byReviewed = json(analista.get("/api/v1/hallazgos?alcaldia=tlalpan&distrito=14").body());
        assertThat(byReviewed.get("hits").findValuesAsText("folio")).contains(folio);
        assertThat(byReviewed.get("hits")).allSatisfy(h -> assertThat(h.get("alcaldia").asText()).isEqualTo("Tlalpan"));
        assertThat(json(analista.get("/api/v1/hallazgos?alcaldia=" + enc(automaticAlcaldia)).body())
                .get("hits").findValuesAsText("folio")).doesNotContain(folio);

        JsonNode rejected = json(analista.get("/api/v1/hallazgos?tipo=no_hallazgo").body());
        assertThat(rejected.get("total").asLong()).isEqualTo(1);
        assertThat(rejected.get("hits").get(0).get("folio").asText()).isEqualTo(folio);
        assertThat(rejected.get("hits").get(0).get("finding").asInt()).isEqualTo(1);
        JsonNode kinds = json(analista.get("/api/v1/hallazgos?q=").body()).get("facets").get("tipo");
        assertThat(kinds.toString()).contains("no_hallazgo").contains("No es hallazgo");
        // the page still shows what Observa understood beside the reviewed value
        assertThat(row(analista.get(page).body(), "alcaldia"))
                .contains("<td class=\"automatico\">" + automaticAlcaldia + "</td>");
    }

    private static JsonNode json(String body) throws Exception {
        return mx.observa.archive.Json.MAPPER.readTree(body);
    }

    private static long findingsOnDashboard(WebSession web) {
        Matcher m = Pattern.compile("<span class=\"cifra\">([\\d,]+)</span> hallazgos").matcher(web.get("/tablero").body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    @Order(5)
    void findingsAreMergedAndSplitAtASentenceAndEverythingReadsTheNewCut() throws Exception {
        WebSession analista = observa.signedIn("analista");
        String other = "/informes/" + cutFolio;
        JsonNode before = findings(analista, cutFolio);
        findingsBefore = before.size();
        assertThat(findingsBefore).isGreaterThanOrEqualTo(2);
        String first = before.get(0).get("text").asText();
        String second = before.get(1).get("text").asText();
        assertThat(analista.get(other).body()).doesNotContain("id=\"dividir-h1\"").contains("id=\"unir-h1\"");

        assertThat(post(analista, other, "hallazgo=1&unir=siguiente")).startsWith("303 " + other + "#h1");
        JsonNode merged = findings(analista, cutFolio);
        assertThat(merged).hasSize(findingsBefore - 1);
        assertThat(merged.get(0).get("text").asText()).isEqualTo(first.strip() + " " + second.strip());
        // the merged passage is one hit of the search, and it can be split again at its sentence boundary
        JsonNode hits = json(analista.get("/api/v1/hallazgos?q=" + enc("difusión del voto por internet")).body()).get("hits");
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.get("folio").asText()).isEqualTo(cutFolio);
            assertThat(h.get("finding").asInt()).isEqualTo(1);
        });
        assertThat(analista.get(other).body()).contains("id=\"dividir-h1\"").contains("Hallazgos divididos o unidos")
                .contains("unió «");

        assertThat(post(analista, other, "hallazgo=1&dividir=1")).startsWith("303 " + other + "#h1");
        JsonNode split = findings(analista, cutFolio);
        assertThat(split).hasSize(findingsBefore);
        assertThat(split.get(0).get("text").asText()).isEqualTo(first.strip());
        assertThat(split.get(1).get("text").asText()).isEqualTo(second.strip());
        assertThat(post(analista, other, "hallazgo=1&dividir=7")).startsWith("400")
                .contains("Elija después de qué oración se divide el hallazgo.");

        assertThat(post(analista, other, "hallazgo=1&unir=siguiente")).startsWith("303");
        assertThat(findings(analista, cutFolio)).hasSize(findingsBefore - 1);
        assertThat(observa.signedIn("comision").get(other).body()).contains("Hallazgos divididos o unidos")
                .contains("dividió «");
        assertThat(ReviewLog.in(config.dataDir()).readAll()).filteredOn(e -> e.field().segments())
                .extracting(e -> e.field().id() + " " + e.user()).containsExactly("unir analista", "dividir analista",
                        "unir analista");
        assertThat(Files.readString(observa.auditFile())).contains("\"h1.dividir\"").contains("\"h1.unir\"");
    }

    private JsonNode findings(WebSession web, String report) throws Exception {
        return json(web.get("/api/v1/informes/" + report).body()).get("findings");
    }

    @Test
    @Order(6)
    void reviewsSurviveARestartAndAReindex() throws Exception {
        observa.service.close();
        try (ObservaService batch = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            batch.clearIndex();
            batch.reprocess(List.copyOf(batch.archived()));
        }
        restarted = ObservaService.start(config, ObservaService.Mode.SERVICE);
        String after = observa.signedIn("analista").get(page).body();
        assertThat(row(after, "alcaldia")).contains("<td class=\"vigente\">Tlalpan</td>").contains("Revisado por analista el");
        assertThat(after).contains("No es hallazgo: no se cuenta ni se publica.");
        assertSearchUsesTheReviewedValues();
        assertThat(findings(observa.signedIn("analista"), cutFolio)).hasSize(findingsBefore - 1);

        restarted.close();
        restarted = null;
        mx.observa.app.Reindex.fromStore(config);
        restarted = ObservaService.start(config, ObservaService.Mode.SERVICE);
        assertSearchUsesTheReviewedValues();
        assertThat(findings(observa.signedIn("analista"), cutFolio)).hasSize(findingsBefore - 1);
        assertThat(observa.signedIn("analista").get("/informes/" + cutFolio).body()).contains("unió «").contains("dividió «");
    }
}
