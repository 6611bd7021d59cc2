package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import mx.observa.archive.Json;
import mx.observa.support.SearchFixture;
import mx.observa.support.WebSession;

/** The analysts' API over real HTTP, on a real on-disk index built from real files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiIT {

    private SearchFixture observa;
    private WebSession analista;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp);
        analista = observa.signedIn("analista");
    }

    @AfterAll
    void stop() {
        if (observa != null) {
            observa.close();
        }
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void searchFindsTextExtractedFromRealFilesWithOrWithoutAccents() throws Exception {
        JsonNode withAccent = json(analista.get("/api/v1/hallazgos?q=" + WebSession.enc("instalación")));
        JsonNode without = json(analista.get("/api/v1/hallazgos?q=instalacion"));

        assertThat(withAccent.get("total").asLong()).isEqualTo(1);
        assertThat(without).isEqualTo(withAccent);
        JsonNode hit = withAccent.get("hits").get(0);
        assertThat(hit.get("source").asText()).isEqualTo("Informe Coyoacán.txt");
        assertThat(hit.get("snippet").asText()).contains("<mark>instalación</mark>");
        // From the Word file, through Tika, and a synonym: "SEI" finds "en línea" / "internet".
        JsonNode sei = json(analista.get("/api/v1/hallazgos?q=SEI"));
        assertThat(sei.get("hits")).extracting(h -> h.get("source").asText()).containsOnly("informe-sei.docx");
        assertThat(sei.get("hits")).extracting(h -> h.get("snippet").asText())
                .anySatisfy(s -> assertThat(s).contains("<mark>en línea</mark>"))
                .anySatisfy(s -> assertThat(s).contains("internet</mark>"));
        assertThat(sei.get("hits")).allSatisfy(h -> assertThat(h.get("kind").asText())
                .isIn("incidencia", "conforme", "buena_practica", "recomendacion", "contexto"));
    }

    @Test
    void theKindOfAFindingIsAFacetAndAFilter() throws Exception {
        JsonNode all = json(analista.get("/api/v1/hallazgos"));
        assertThat(all.at("/facets/tipo")).extracting(n -> n.get("value").asText()).contains("incidencia", "recomendacion");
        JsonNode onlyIncidents = json(analista.get("/api/v1/hallazgos?tipo=incidencia"));
        assertThat(onlyIncidents.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
        assertThat(onlyIncidents.get("hits")).allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("incidencia"));
        assertThat(onlyIncidents.at("/facets/tipo")).as("the facet of the filtered dimension still counts every kind")
                .extracting(n -> n.get("value").asText()).contains("recomendacion");

        String folio = onlyIncidents.at("/hits/0/folio").asText();
        JsonNode report = json(analista.get("/api/v1/informes/" + folio));
        assertThat(report.get("findings")).allSatisfy(f -> {
            assertThat(f.has("kind")).isTrue();
            assertThat(f.get("illegible").isBoolean()).isTrue();
            assertThat(f.get("kindEvidence").isArray()).isTrue();
        });
    }

    @Test
    void filtersCombineAndFacetCountsComeWithTheResults() throws Exception {
        JsonNode all = json(analista.get("/api/v1/hallazgos?q=boletas"));
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.at("/facets/alcaldia")).extracting(n -> n.get("value").asText() + "=" + n.get("count").asLong())
                .containsExactlyInAnyOrder("Coyoacán=1", "Iztapalapa=1");

        JsonNode filtered = json(analista.get("/api/v1/hallazgos?q=boletas&alcaldia=coyoacan&tema=material"));
        assertThat(filtered.get("total").asLong()).isEqualTo(1);
        assertThat(filtered.at("/hits/0/folio").asText()).isEqualTo("OBS-2022-900001");
        assertThat(filtered.at("/facets/tema/0/label").asText()).isEqualTo("Material y documentación");

        JsonNode dated = json(analista.get("/api/v1/hallazgos?desde=2022-04-01&hasta=2022-04-30&orden=fecha"));
        assertThat(dated.get("hits")).extracting(h -> h.get("folio").asText()).containsOnly("OBS-2022-900003");
        JsonNode typo = json(analista.get("/api/v1/hallazgos?q=mamparra"));
        assertThat(typo.at("/correction/suggestion").asText()).isEqualTo("mamparas");
        assertThat(typo.get("total").asLong()).isPositive();
        HttpResponse<String> bad = analista.get("/api/v1/hallazgos?q=" + WebSession.enc("\"sin cerrar"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("No se entendió la búsqueda");
    }

    @Test
    void aNaturalQueryIsRankedItsPlacesAreFiltersAndItsTopicsAreSaid() throws Exception {
        JsonNode r = json(analista.get("/api/v1/hallazgos?q=" + WebSession.enc("¿dónde faltaron boletas en Iztapalapa?")));

        assertThat(r.get("total").asLong()).isPositive();
        assertThat(r.get("hits")).allSatisfy(h -> assertThat(h.get("alcaldia").asText()).isEqualTo("Iztapalapa"));
        JsonNode place = r.get("applied_filters").get(0);
        assertThat(place.get("dimension").asText()).isEqualTo("alcaldia");
        assertThat(place.get("value").asText()).isEqualTo("Iztapalapa");
        assertThat(place.get("words").asText()).isEqualTo("Iztapalapa");
        assertThat(place.get("query_without").asText()).isEqualTo("¿dónde faltaron boletas?");
        assertThat(r.get("query_topics")).extracting(t -> t.get("value").asText() + "=" + t.get("label").asText())
                .contains("material=Material y documentación");

        JsonNode widened = json(analista.get("/api/v1/hallazgos?q=" + WebSession.enc(place.get("query_without").asText())));
        assertThat(widened.get("applied_filters")).isEmpty();
        assertThat(widened.get("total").asLong()).isGreaterThan(r.get("total").asLong());
    }

    @Test
    void resultsByReportAndMoreLikeAFinding() throws Exception {
        JsonNode byReport = json(analista.get("/api/v1/hallazgos?q=boletas&agrupar=informe"));

        assertThat(byReport.get("total_reports").asLong()).isEqualTo(byReport.get("reports").size());
        assertThat(byReport.get("reports")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.at("/best/folio").asText()).startsWith("OBS-2022-");
            assertThat(row.has("more_findings")).isTrue();
            assertThat(row.get("also_sent_as").isArray()).isTrue();
        });
        assertThat(byReport.get("reports")).extracting(row -> row.at("/best/folio").asText()).doesNotHaveDuplicates();

        JsonNode like = json(analista.get("/api/v1/hallazgos?como=" + WebSession.enc("OBS-2022-900001#1")));
        assertThat(like.get("hits")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("folio").asText()).isNotEqualTo("OBS-2022-900001"));
        HttpResponse<String> unknown = analista.get("/api/v1/hallazgos?como=" + WebSession.enc("OBS-2022-999999#1"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No existe el hallazgo");
    }

    @Test
    void theReportApiGivesEveryFindingWithTopicsAndEvidence() throws Exception {
        JsonNode r = json(analista.get("/api/v1/informes/OBS-2022-900003"));

        assertThat(r.get("alcaldia").asText()).isEqualTo("Iztapalapa");
        assertThat(r.get("topics")).extracting(JsonNode::asText).containsExactly("escrutinio", "material");
        assertThat(r.at("/findings/0/evidence/material/0").asText()).isEqualTo("boletas");
        assertThat(r.get("original").asText()).isEqualTo("/informes/OBS-2022-900003/original");

        String folio = observa.folios.get("informe-sei.docx");
        JsonNode sei = json(analista.get("/api/v1/informes/" + folio));
        assertThat(sei.get("source").asText()).isEqualTo("informe-sei.docx");
        assertThat(sei.get("findings").size()).isGreaterThanOrEqualTo(1);
        assertThat(analista.get("/api/v1/informes/OBS-2022-999999").statusCode()).isEqualTo(404);
        assertThat(analista.get("/api/v1/informes/..%2F..%2Fetc").statusCode()).isEqualTo(404);
    }

    @Test
    void csvExportIsExcelFriendlyAndDefusesFormulas() throws Exception {
        HttpResponse<byte[]> r = analista.getBytes("/api/v1/hallazgos/exportar?formato=csv&q=" + WebSession.enc("acta OR boletas"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment; filename=\"hallazgos-").endsWith(".csv\""));
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        byte[] body = r.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        // the file says what it is in "#" lines before the table: readers with a comment marker skip them
        assertThat(text.lines().takeWhile(l -> l.startsWith("#")).toList()).contains("# usuario,analista (analista)",
                "# consulta,acta OR boletas", "# busqueda,/?q=acta+OR+boletas", "# resultados,4")
                .anySatisfy(l -> assertThat(l).matches("# fecha,20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-0[56]:00"));
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getParser().getHeaderNames()).endsWith("duplicado_de", "revisado", "etiquetas");
        assertThat(rows).extracting(row -> row.get("texto")).contains(
                "'=HYPERLINK(\"http://ejemplo.invalid\",\"clic\") escribió alguien en el acta.",
                "'-5 boletas sobraron al cierre; @SUMA(A1) anotado en la hoja.");
        assertThat(rows).extracting(row -> row.get("fuente")).contains("Informe Coyoacán.txt");
        assertThat(rows).filteredOn(row -> row.get("folio").equals("OBS-2022-900003")).first()
                .satisfies(row -> assertThat(row.get("temas")).isEqualTo("escrutinio; material"));
    }

    @Test
    void jsonExportHasTheWholeResultSetAndSaysWhetherItWasCut() throws Exception {
        HttpResponse<String> r = analista.get("/api/v1/hallazgos/exportar?formato=json&alcaldia=" + WebSession.enc("Álvaro Obregón"));
        JsonNode body = json(r);

        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(body.get("exported").asLong()).isEqualTo(2);
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.at("/query/alcaldia/0").asText()).isEqualTo("Álvaro Obregón");
        assertThat(body.at("/consulta/usuario").asText()).isEqualTo("analista");
        assertThat(body.at("/consulta/rol").asText()).isEqualTo("analista");
        assertThat(body.at("/consulta/filtros/alcaldia/0").asText()).isEqualTo("Álvaro Obregón");
        assertThat(body.at("/consulta/busqueda").asText()).isEqualTo("/?alcaldia=%C3%81lvaro+Obreg%C3%B3n");
        assertThat(java.time.OffsetDateTime.parse(body.at("/consulta/fecha").asText()))
                .isCloseTo(java.time.OffsetDateTime.now(), org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.MINUTES));
        assertThat(body.at("/findings/0/text").asText()).startsWith("Se observó propaganda");
    }

    @Test
    void theOriginalFileIsDownloadedByteForByteUnderItsName() {
        String folio = observa.folios.get("informe-sei.docx");
        HttpResponse<byte[]> r = analista.getBytes("/informes/" + folio + "/original");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(observa.files.get("informe-sei.docx"));
        assertThat(r.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"informe-sei.docx\"; filename*=UTF-8''informe-sei.docx");
        HttpResponse<byte[]> accented = analista.getBytes("/informes/" + observa.folios.get("Informe Coyoacán.txt") + "/original");
        assertThat(accented.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("filename=\"Informe Coyoac_n.txt\"").contains("filename*=UTF-8''Informe%20Coyoac%C3%A1n.txt"));
        assertThat(analista.getBytes("/informes/OBS-2022-999999/original").statusCode()).isEqualTo(404);
    }

    @Test
    void everySearchViewDownloadAndExportIsAudited() throws Exception {
        WebSession comision = observa.signedIn("comision");
        int found = json(comision.get("/api/v1/hallazgos?q=propaganda&tema=proselitismo")).get("total").asInt();
        assertThat(found).isPositive();
        comision.get("/api/v1/informes/OBS-2022-900002");
        comision.getBytes("/api/v1/hallazgos/exportar?formato=csv&q=propaganda");
        String folio = observa.folios.get("informe-sei.docx");
        analista.getBytes("/informes/" + folio + "/original");

        List<Map<String, Object>> lines = Files.readAllLines(observa.auditFile()).stream().map(SearchApiIT::parse).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry("usuario", "comision").containsEntry("accion", "entrar"));
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry("usuario", "comision").containsEntry("accion", "buscar")
                .containsEntry("consulta", Map.of("q", "propaganda", "tema", List.of("proselitismo")))
                .containsEntry("resultados", found).containsEntry("ip", "127.0.0.1"));
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry("accion", "ver_informe")
                .containsEntry("folio", "OBS-2022-900002").containsEntry("resultados", 2));
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry("usuario", "comision")
                .containsEntry("accion", "exportar_csv").containsEntry("resultados", 2));
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry("usuario", "analista")
                .containsEntry("accion", "descargar_original").containsEntry("folio", folio));
        assertThat(lines).allSatisfy(l -> assertThat(l).containsKeys("fecha", "accion", "ip"));
    }

    @Test
    void withoutASessionTheApiSays401AndPagesGoToTheSignInPage() {
        WebSession anonymous = new WebSession(observa.base);

        HttpResponse<String> api = anonymous.get("/api/v1/hallazgos?q=boletas");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("Inicie sesión");
        HttpResponse<String> page = anonymous.get("/informes/OBS-2022-900001?q=boletas");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/entrar?volver=%2Finformes%2FOBS-2022-900001%3Fq%3Dboletas");
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndEndsAtSignOut() {
        WebSession web = new WebSession(observa.base);
        HttpResponse<String> in = web.signIn("analista", SearchFixture.PASSWORDS.get("analista"));
        assertThat(in.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
                assertThat(c).startsWith("observa_sesion=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/"));
        String token = web.cookies().getCookieStore().getCookies().get(0).getValue();
        assertThat(web.get("/api/v1/hallazgos").statusCode()).isEqualTo(200);

        // A forged "Cookie" query parameter (platform-http copies parameters into headers) is not a session.
        WebSession other = new WebSession(observa.base);
        assertThat(other.get("/api/v1/hallazgos?Cookie=" + WebSession.enc("observa_sesion=" + token)).statusCode()).isEqualTo(401);

        HttpResponse<String> out = web.post("/salir");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Max-Age=0"));
        WebSession reused = new WebSession(observa.base);
        reused.cookies().getCookieStore().add(java.net.URI.create(observa.base),
                new java.net.HttpCookie("observa_sesion", token));
        assertThat(reused.get("/api/v1/hallazgos").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsAreRefusedAndRepeatedOnesMakeThisAddressWait() {
        WebSession web = new WebSession(observa.base);
        assertThat(web.signIn("nadie", "lo-que-sea").statusCode()).isEqualTo(401);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = web.signIn("admin", "equivocada-" + i);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Usuario o contraseña incorrectos.");
        }
        // from this address, even the right password waits now (the rightful user elsewhere does not: LoginFloodIT)
        HttpResponse<String> waiting = web.signIn("admin", SearchFixture.PASSWORDS.get("admin"));
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.body()).contains("Demasiados intentos fallidos con este usuario desde esta dirección");
        assertThat(waiting.headers().firstValue("Retry-After")).get().asString().matches("[12]");
    }

    @Test
    void requestParametersAreNotEchoedAsResponseHeaders() {
        HttpResponse<String> r = analista.get("/api/v1/hallazgos?q=boletas&X-Injected=1&Location=http://evil.invalid");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().map()).doesNotContainKeys("q", "x-injected", "location");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("script-src 'self'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theOpenApiDescriptionIsServedAndListsTheEndpoints() throws Exception {
        HttpResponse<String> r = new WebSession(observa.base).get("/api/v1/openapi.yaml");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(r.body());
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        assertThat(spec.get("paths").fieldNames()).toIterable()
                .contains("/api/v1/hallazgos", "/api/v1/hallazgos/exportar", "/api/v1/informes/{folio}", "/informes/{folio}/original");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String line) {
        try {
            return Json.MAPPER.readValue(line, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
