package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;
import mx.observa.review.ReviewEntry;
import mx.observa.review.ReviewField;
import mx.observa.review.ReviewLog;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.support.SearchFixture;
import mx.observa.support.WebSession;

/**
 * Bulk review from a search over real HTTP: the search page offers it to analysts only, a GET only asks for
 * confirmation with the count, the POST applies it as one audited action (one audit line, one batch in the review
 * log), a stale confirmation changes nothing, and the report pages show the reviewed values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkReviewIT {

    private SearchFixture observa;
    private ReviewLog log;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp);
        log = ReviewLog.in(observa.service.config().dataDir());
    }

    @AfterAll
    void stop() {
        if (observa != null) {
            observa.close();
        }
    }

    private static int count(String page) {
        Matcher m = Pattern.compile("<strong id=\"lote-cuenta\">(\\d+)</strong>").matcher(page);
        assertThat(m.find()).as("la confirmación dice cuántos hallazgos").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void onlyReviewersGetTheBulkFormAndTheCommissionIsRefused() {
        assertThat(observa.signedIn("analista").get("/?tema=material").body()).contains("id=\"lote\"")
                .contains("form=\"lote\"");
        WebSession comision = observa.signedIn("comision");
        assertThat(comision.get("/?tema=material").body()).doesNotContain("id=\"lote\"").doesNotContain("form=\"lote\"");
        assertThat(comision.get("/revision/lote?alcance=todos&accion=agregar_tema&valor_tema=material").statusCode())
                .isEqualTo(403);
        assertThat(new WebSession(observa.base).get("/revision/lote?alcance=todos").statusCode()).isEqualTo(303);
    }

    @Test
    void allResultsOfAQueryGetATopicAsOneAuditedAction() throws Exception {
        WebSession analista = observa.signedIn("analista");
        int before = log.readAll().size();
        String confirmation = analista.get("/revision/lote?tema=material&alcance=todos&accion=agregar_tema"
                + "&valor_tema=accesibilidad").body();
        int n = count(confirmation);
        assertThat(n).isGreaterThanOrEqualTo(2);
        assertThat(confirmation).contains("agregar el tema «Accesibilidad");
        // asking changed nothing
        assertThat(log.readAll()).hasSize(before);

        String stale = WebSession.hiddenFields(confirmation).replace("n=" + n, "n=" + (n + 1));
        HttpResponse<String> refused = analista.postForm("/revision/lote", stale);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(log.readAll()).hasSize(before);

        HttpResponse<String> done = analista.postForm("/revision/lote", WebSession.hiddenFields(confirmation));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Listo: agregar el tema «Accesibilidad");
        List<ReviewEntry> written = log.readAll().subList(before, before + n);
        assertThat(written).extracting(ReviewEntry::batch).containsOnly(written.get(0).batch());
        assertThat(written).allSatisfy(e -> assertThat(e.after()).contains("accesibilidad"));
        List<String> audit = Files.readAllLines(observa.auditFile()).stream()
                .filter(l -> l.contains("\"accion\":\"revisar_lote\"") && l.contains("\"valor\":\"accesibilidad\""))
                .toList();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).contains(written.get(0).batch()).contains("\"resultados\":" + n).contains("\"tema\":[\"material\"]");

        assertThat(analista.get("/informes/OBS-2022-900003").body()).contains("Revisado por analista el")
                .contains("Accesibilidad");
        // the same action again has nothing left to change
        assertThat(analista.get("/revision/lote?tema=material&alcance=todos&accion=agregar_tema&valor_tema=accesibilidad")
                .body()).contains("id=\"lote-sin-cambios\"");
    }

    @Test
    void selectedFindingsGetAKind() {
        WebSession analista = observa.signedIn("analista");
        String confirmation = analista.get("/revision/lote?q=propaganda&alcance=seleccion&sel=OBS-2022-900001%231"
                + "&sel=OBS-2022-900002%231&accion=tipo&valor_tipo=incidencia").body();
        assertThat(count(confirmation)).isEqualTo(2);
        assertThat(analista.postForm("/revision/lote", WebSession.hiddenFields(confirmation)).statusCode()).isEqualTo(200);
        String page = analista.get("/informes/OBS-2022-900002").body();
        assertThat(page.substring(page.indexOf("id=\"h1\""), page.indexOf("id=\"h2\""))).contains("Incidencia")
                .contains("Revisado por analista el");
        assertThat(analista.get("/revision/lote?alcance=seleccion&sel=OBS-2022-900001%2399&accion=tipo&valor_tipo=incidencia")
                .statusCode()).isEqualTo(400);
    }
    @Test
    void exportsCarryTheReviewedValuesAndSayWhichAPersonReviewed() throws Exception {
        // written to the review log beside the service, as another reader of the data folder would
        String acta = "=HYPERLINK(\"http://ejemplo.invalid\",\"clic\") escribió alguien en el acta.";
        new Reviews(log, java.time.Clock.systemUTC()).record(new Reviews.Reviewer("revisora", "analista"),
                "OBS-2022-900002", List.of(
                        new Reviews.Change(null, null, ReviewField.DISTRITO, "18", "19"),
                        new Reviews.Change(2, ReviewedValues.fingerprint(acta), ReviewField.TIPO, "contexto",
                                ReviewField.NOT_A_FINDING)));

        String csv = observa.signedIn("analista").get("/api/v1/hallazgos/exportar?formato=csv&q=acta").body();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.EXCEL.builder()
                .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(rows).filteredOn(r -> r.get("folio").equals("OBS-2022-900002")).singleElement().satisfies(r -> {
            assertThat(r.get("distrito")).isEqualTo("19");
            assertThat(r.get("tipo")).isEqualTo("no_hallazgo");
            assertThat(r.get("revisado")).isEqualTo("distrito; tipo");
        });
        assertThat(rows).filteredOn(r -> !r.get("folio").equals("OBS-2022-900002"))
                .allSatisfy(r -> assertThat(r.get("revisado")).isEmpty());

        WebSession comision = observa.signedIn("comision");
        JsonNode json = Json.MAPPER.readTree(comision.get("/api/v1/hallazgos/exportar?formato=json&q=acta").body());
        assertThat(json.at("/consulta/usuario").asText()).isEqualTo("comision");
        assertThat(json.at("/consulta/q").asText()).isEqualTo("acta");
        JsonNode reviewed = null;
        for (JsonNode f : json.get("findings")) {
            if (f.get("folio").asText().equals("OBS-2022-900002")) {
                reviewed = f;
            }
        }
        assertThat(reviewed).isNotNull();
        assertThat(reviewed.get("distrito").asInt()).isEqualTo(19);
        assertThat(reviewed.get("notAFinding").asBoolean()).isTrue();
        assertThat(reviewed.get("reviewed")).extracting(JsonNode::asText).containsExactly("distrito", "tipo");
    }

    private static java.util.Map<String, Long> tagCounts(JsonNode result) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        result.at("/facets/etiqueta").forEach(c -> counts.put(c.get("value").asText(), c.get("count").asLong()));
        return counts;
    }

    @Test
    void tagsGoOnOneFindingOnASelectionOrOnAllResultsAndAreSearchedAndExported() throws Exception {
        WebSession analista = observa.signedIn("analista");
        String tagged = "/api/v1/hallazgos?etiqueta=" + WebSession.enc("revisar con jurídico");
        assertThat(Json.MAPPER.readTree(analista.get(tagged).body()).get("total").asLong()).isZero();

        String confirmation = analista.get("/revision/lote?q=propaganda&alcance=todos&accion=agregar_etiqueta"
                + "&valor_etiqueta=" + WebSession.enc("  Revisar con  Jurídico ")).body();
        int n = count(confirmation);
        assertThat(n).isGreaterThanOrEqualTo(2);
        assertThat(confirmation).contains("agregar la etiqueta «revisar con jurídico»");
        assertThat(analista.postForm("/revision/lote", WebSession.hiddenFields(confirmation)).statusCode()).isEqualTo(200);
        assertThat(Files.readAllLines(observa.auditFile()).stream()
                .filter(l -> l.contains("\"accion\":\"agregar_etiqueta\"")).toList()).hasSize(1);

        JsonNode found = Json.MAPPER.readTree(analista.get(tagged).body());
        assertThat(found.get("total").asLong()).isEqualTo(n);
        String first = found.get("hits").get(0).get("folio").asText() + "#" + found.get("hits").get(0).get("finding").asInt();

        String csv = analista.get("/api/v1/hallazgos/exportar?formato=csv&etiqueta=" + WebSession.enc("revisar con jurídico"))
                .body();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.EXCEL.builder()
                .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(n).allSatisfy(r -> assertThat(r.get("etiquetas")).isEqualTo("revisar con jurídico"));
        assertThat(csv).as("the file says which tag filtered it").contains("# filtro etiqueta,revisar con jurídico");

        // removed from one selected finding: one fewer
        String removal = analista.get("/revision/lote?alcance=seleccion&sel=" + WebSession.enc(first)
                + "&accion=quitar_etiqueta&valor_etiqueta=" + WebSession.enc("revisar con jurídico")).body();
        assertThat(count(removal)).isEqualTo(1);
        assertThat(analista.postForm("/revision/lote", WebSession.hiddenFields(removal)).statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(analista.get(tagged).body()).get("total").asLong()).isEqualTo(n - 1);

        // one finding, from its report page: the tag is shown there and found by the search
        String folio = first.substring(0, first.indexOf('#'));
        String page = "/informes/" + folio;
        String token = WebSession.formToken(analista.get(page).body());
        assertThat(analista.postForm(page + "/revision", "token_formulario=" + WebSession.enc(token)
                + "&hallazgo=" + first.substring(first.indexOf('#') + 1) + "&tipo=contexto&etiquetas="
                + WebSession.enc("urgente, Seguimiento")).statusCode()).isEqualTo(303);
        assertThat(analista.get(page).body()).contains("Etiquetas: ").contains(">seguimiento</a>").contains(">urgente</a>");
        JsonNode urgent = Json.MAPPER.readTree(analista.get("/api/v1/hallazgos?etiqueta=urgente").body());
        assertThat(urgent.get("total").asLong()).isEqualTo(1);
        // tags are counted like topics and kinds: each tag's count leaves out the tag filter itself
        assertThat(tagCounts(urgent)).containsEntry("urgente", 1L).containsEntry("seguimiento", 1L)
                .containsEntry("revisar con jurídico", (long) n - 1);
        String search = analista.get("/?etiqueta=urgente").body();
        assertThat(search).contains("id=\"faceta-etiqueta\"").contains(">seguimiento<")
                .contains("aria-label=\"Quitar filtro Etiqueta: urgente\"");
        assertThat(Json.MAPPER.readTree(analista.get("/api/v1/hallazgos").body()).at("/facets/etiqueta"))
                .as("without the filter, the facet counts every tagged finding").hasSize(3);
        assertThat(log.readAll()).anySatisfy(e -> assertThat(e.field()).isEqualTo(ReviewField.ETIQUETAS));
    }
}
