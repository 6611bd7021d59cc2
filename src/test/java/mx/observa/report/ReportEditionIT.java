package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.Tika;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

/**
 * The June edition written from a real archive, journal and on-disk index: every format, and the properties the
 * commission relies on — reproducible, traceable, private, duplicates counted once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEditionIT {

    private Path tmp;

    private ObservaConfig config;
    private CommissionFixture fixture;
    private Path out;
    private JsonNode json;
    private Document html;
    private List<CSVRecord> csv;
    private String pdfText;

    @BeforeAll
    void writeTheJuneEdition(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        config = TestHome.config(tmp);
        fixture = new CommissionFixture(config);
        out = tmp.resolve("out");
        List<Path> files = ReportWriter.write(config, Publishing.configured(config), out, CommissionFixture.CUTOFF);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(ReportWriter.FILES);
        json = Json.MAPPER.readTree(out.resolve(ReportWriter.JSON).toFile());
        html = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve(ReportWriter.HTML).toFile());
        try (Reader r = Files.newBufferedReader(out.resolve(AnnexCsv.FILE), StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        try (InputStream in = Files.newInputStream(out.resolve(ReportWriter.PDF))) {
            Tika tika = new Tika();
            tika.setMaxStringLength(-1);
            pdfText = tika.parseToString(in);
        }
    }

    @Test
    void thePdfOpensWithEverySectionPageNumbersAndATableOfContentsWithPages() {
        ReportHtml.SECTIONS.forEach(s -> assertThat(pdfText).as(s.getValue()).contains(s.getValue()));
        assertThat(pdfText).contains("Informe consolidado de observación", "Fecha de corte", "16 de junio de 2022",
                "Edición para la Sexta sesión ordinaria", "Organismos Externos (CVOE)");
        assertThat(pdfText).containsPattern("Página 2 de \\d+");
        assertThat(pdfText).containsPattern("3\\. Método[ .]*\\d+");
    }

    @Test
    void sameArchiveAndCutoffGiveByteIdenticalHtmlCsvAndJson() throws Exception {
        Path again = tmp.resolve("otra-vez");
        ReportWriter.write(config, Publishing.configured(config), again, CommissionFixture.CUTOFF);
        for (String f : List.of(ReportWriter.HTML, ReportWriter.JSON, AnnexCsv.FILE, ReportWriter.MANIFEST)) {
            assertThat(Files.readString(again.resolve(f))).as(f).isEqualTo(Files.readString(out.resolve(f)));
            assertThat(Files.mismatch(again.resolve(f), out.resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Files.size(again.resolve(ReportWriter.PDF))).isPositive();
    }

    @Test
    void aLongListingIsCutInThePdfOnlyAndSaysWhereAllOfItIs() throws Exception {
        Path small = tmp.resolve("pdf-corto");
        ReportWriter.write(config.with("observa.report.pdf-max-filas", "2"), Publishing.configured(config), small, CommissionFixture.CUTOFF);
        String shortPdf;
        try (InputStream in = Files.newInputStream(small.resolve(ReportWriter.PDF))) {
            shortPdf = new Tika().parseToString(in);
        }
        int reports = json.at("/totales/informes").asInt();
        assertThat(reports).isGreaterThan(2);
        // (the PDF's text layer moves the file names, set in another font, to the end of their line)
        assertThat(shortPdf.replaceAll("\\s+", " "))
                .contains("Por su extensión, este documento muestra los primeros 2 de " + reports
                        + "; todos están en la edición HTML de este informe y en ")
                .contains("Por su extensión, este documento muestra los primeros 2 de " + csv.size() + "; todos están en ");
        ReportHtml.SECTIONS.forEach(sec -> assertThat(shortPdf).as(sec.getValue()).contains(sec.getValue()));
        assertThat(pdfText).as("the default bound is far above this edition").doesNotContain("Por su extensión");
        assertThat(shortPdf.length()).isLessThan(pdfText.length());
        for (String f : List.of(ReportWriter.HTML, ReportWriter.JSON, AnnexCsv.FILE)) {
            assertThat(Files.mismatch(small.resolve(f), out.resolve(f))).as(f + " keeps every row").isEqualTo(-1L);
        }
    }

    @Test
    void everyNumberInTheTextIsTheJsonValueItPointsTo() {
        NodeList all = html.getElementsByTagName("*");
        int traced = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element el = (Element) all.item(i);
            if (!el.hasAttribute("data-ref")) {
                continue;
            }
            JsonNode value = json.at(el.getAttribute("data-ref"));
            assertThat(value.isMissingNode()).as(el.getAttribute("data-ref")).isFalse();
            String shown = el.getTagName().equals("time") ? el.getAttribute("datetime") : el.getTextContent();
            assertThat(shown).as(el.getAttribute("data-ref")).isEqualTo(value.asText());
            traced++;
        }
        assertThat(traced).isGreaterThan(50);

        // The executive summary states no number that is not traced to the JSON.
        Element summary = byId("resumen");
        NodeList paragraphs = summary.getElementsByTagName("p");
        assertThat(paragraphs.getLength()).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < paragraphs.getLength(); i++) {
            assertThat(textWithoutTraced(paragraphs.item(i))).doesNotContainPattern("\\d");
        }
        assertThat(summary.getTextContent()).contains("Se analizan 4 informes de observación distintos");
    }

    @Test
    void theJsonNumbersCanBeRecomputedFromTheCsvAnnexAndTheListOfReports() {
        JsonNode reports = json.path("informes");
        assertThat(json.at("/totales/informes").asInt()).isEqualTo(reports.size());
        assertThat(json.at("/totales/hallazgos").asInt()).isEqualTo(csv.size());
        Set<String> foliosInCsv = new TreeSet<>();
        csv.forEach(r -> foliosInCsv.add(r.get("folio")));
        Set<String> foliosInJson = new TreeSet<>();
        reports.forEach(r -> foliosInJson.add(r.path("folio").asText()));
        assertThat(foliosInCsv).isEqualTo(foliosInJson);

        Map<String, Long> byPlace = new TreeMap<>();
        reports.forEach(r -> byPlace.merge(r.path("alcaldia").isNull() ? EditionJson.UNKNOWN_PLACE
                : r.path("alcaldia").asText(), 1L, Long::sum));
        json.at("/cobertura/por_alcaldia").fields().forEachRemaining(e ->
                assertThat(e.getValue().asLong()).as(e.getKey()).isEqualTo(byPlace.get(e.getKey())));
        assertThat(json.at("/cobertura/por_alcaldia").size()).isEqualTo(byPlace.size());

        json.path("temas").fields().forEachRemaining(t -> {
            long findings = csv.stream().filter(r -> List.of(r.get("temas").split("\\|")).contains(t.getKey())).count();
            Set<String> reportsWith = new TreeSet<>();
            csv.stream().filter(r -> List.of(r.get("temas").split("\\|")).contains(t.getKey()))
                    .forEach(r -> reportsWith.add(r.get("folio")));
            assertThat(t.getValue().path("hallazgos").asLong()).as(t.getKey()).isEqualTo(findings);
            assertThat(t.getValue().path("informes").asLong()).as(t.getKey()).isEqualTo(reportsWith.size());
        });
        JsonNode totals = json.path("totales");
        assertThat(totals.path("envios_con_folio").asLong()).isEqualTo(totals.path("informes").asLong()
                + totals.path("duplicados").asLong() + totals.path("cuarentena_con_folio").asLong()
                + totals.path("en_proceso").asLong() + totals.path("fallidos").asLong()
                + totals.path("contenedores").asLong());
    }

    @Test
    void everyQuoteAndListedIncidentLinksToItsFindingInTheAnnex() {
        Map<String, Element> annexRows = new HashMap<>();
        NodeList rows = html.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.hasAttribute("id")) {
                annexRows.put(row.getAttribute("id"), row);
            }
        }
        assertThat(annexRows).hasSize(csv.size());
        NodeList quotes = html.getElementsByTagName("blockquote");
        assertThat(quotes.getLength()).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < quotes.getLength(); i++) {
            Element quote = (Element) quotes.item(i);
            Element link = (Element) quote.getElementsByTagName("a").item(0);
            String target = link.getAttribute("href").substring(1);
            assertThat(annexRows).as(target).containsKey(target);
            assertThat(target).startsWith("h-" + link.getTextContent() + "-");
            String quoted = quote.getElementsByTagName("p").item(0).getTextContent();
            assertThat(annexRows.get(target).getTextContent()).contains(quoted.substring(1, quoted.length() - 1));
        }
        Element incidents = byId("incidencias");
        NodeList links = incidents.getElementsByTagName("a");
        assertThat(links.getLength()).isEqualTo(json.at("/incidencias_graves/hallazgos").asInt()).isEqualTo(3);
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(annexRows).containsKey(((Element) links.item(i)).getAttribute("href").substring(1));
        }
    }

    @Test
    void noPlantedPersonalDataAppearsInAnyOutput() throws Exception {
        Map<String, String> outputs = new TreeMap<>();
        for (String f : ReportWriter.FILES) {
            if (!f.equals(ReportWriter.PDF)) {
                outputs.put(f, Files.readString(out.resolve(f), StandardCharsets.UTF_8));
            }
        }
        outputs.put(ReportWriter.PDF + " (texto)", pdfText);
        for (Map.Entry<String, String> o : outputs.entrySet()) {
            String folded = fold(o.getValue());
            for (String planted : CommissionFixture.PLANTED) {
                assertThat(o.getValue()).as(o.getKey() + " contiene " + planted).doesNotContain(planted);
                assertThat(folded).as(o.getKey() + " contiene " + planted).doesNotContain(fold(planted));
            }
        }
        // Folios are what ties the report to its sources, and they are there.
        assertThat(outputs.get(ReportWriter.HTML)).contains(fixture.r1, fixture.r2, fixture.r4, fixture.r5);
        assertThat(outputs.get(ReportWriter.MANIFEST)).contains(fixture.r1, fixture.quarantined);
    }

    @Test
    void aNameOnlyThePersonalDataDetectorFindsIsRedactedToo() throws Exception {
        String sentence = "lo confirmó la Arq. " + CommissionFixture.DETECTOR_ONLY + ", de la sede distrital.";
        assertThat(Redactor.safetyNetOnly().redact(sentence)).as("la red de seguridad sola no lo encuentra")
                .contains(CommissionFixture.DETECTOR_ONLY);
        // the courtesy title goes with the name it precedes (config/privacidad/vocabulario.yaml)
        assertThat(Files.readString(out.resolve(AnnexCsv.FILE), StandardCharsets.UTF_8)).contains("lo confirmó la " + Redactor.MARK + ", de la sede")
                .doesNotContain(CommissionFixture.DETECTOR_ONLY);
    }

    @Test
    void duplicatesRepeatsQuarantineAndLateReportsAreCountedApart() {
        List<String> counted = new ArrayList<>();
        json.path("informes").forEach(r -> counted.add(r.path("folio").asText()));
        assertThat(counted).containsExactly(fixture.r1, fixture.r2, fixture.r4, fixture.r5);
        assertThat(csv).noneMatch(r -> r.get("folio").equals(fixture.r3dup) || r.get("folio").equals(fixture.late));
        assertThat(json.path("duplicados").path(fixture.r3dup).asText()).isEqualTo(fixture.r1);
        assertThat(json.at("/totales/duplicados").asInt()).isEqualTo(1);
        assertThat(json.at("/totales/envios_repetidos").asInt()).isEqualTo(1);
        assertThat(json.at("/totales/cuarentena_con_folio").asInt()).isEqualTo(1);
        assertThat(json.at("/cobertura/por_alcaldia/Iztapalapa").asInt()).isEqualTo(1);
        assertThat(json.at("/temas/instalacion/informes").asInt()).isEqualTo(1);
        assertThat(json.at("/temas/instalacion/porcentaje_informes").asText()).isEqualTo("25.0");

        JsonNode manifest = readJson(ReportWriter.MANIFEST).path("envios");
        assertThat(manifest).hasSize(6);
        manifest.forEach(m -> assertThat(m.path("sha256").asText()).matches("[0-9a-f]{64}"));
        assertThat(readJson(ReportWriter.MANIFEST).toString()).doesNotContain(".pdf", ".docx", ".txt");
    }

    @Test
    void sectionsAreBuiltFromKindsAndIllegibleTextIsCountedApart() {
        JsonNode serious = json.at("/incidencias_graves/lista");
        assertThat(serious).hasSize(3).allSatisfy(i -> assertThat(i.path("tipo").asText()).isEqualTo("incidencia"));
        assertThat(serious).as("a recommendation about the secrecy of the vote is not a serious incident")
                .noneMatch(i -> i.path("texto").asText().startsWith("Colocar las mamparas"));
        assertThat(json.at("/buenas_practicas/lista")).hasSize(1)
                .allSatisfy(i -> assertThat(i.path("tipo").asText()).isEqualTo("buena_practica"));
        assertThat(json.at("/temas/secreto_voto/informes").asInt()).isEqualTo(2);
        assertThat(json.at("/temas/secreto_voto/informes_con_incidencia").asInt()).isEqualTo(1);
        assertThat(json.at("/totales/hallazgos_por_tipo/incidencia").asInt()).isEqualTo(7);
        assertThat(byId("temas").getTextContent()).contains("Con incidencia", "Sin novedad");

        assertThat(json.at("/totales/pasajes_ilegibles").asInt()).isEqualTo(1);
        assertThat(csv).noneMatch(r -> r.get("texto").contains("qee tuerce"));
        assertThat(html.getDocumentElement().getTextContent()).doesNotContain("qee tuerce");
        assertThat(byId("resumen").getTextContent()).contains("pasaje de los informes no es texto legible");
    }

    @Test
    void recommendationsSayingTheSameAreGroupedOnce() {
        JsonNode groups = json.at("/recomendaciones/grupos");
        assertThat(json.at("/recomendaciones/hallazgos").asInt()).isEqualTo(3);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).path("informes").asInt()).isEqualTo(2);
        assertThat(groups.get(0).path("folio").asText()).isEqualTo(fixture.r1);
        assertThat(groups.get(1).path("texto").asText()).startsWith("Colocar las mamparas");
    }

    @Test
    void theNextEditionSaysWhatChangedSinceThePreviousOne() {
        Editions editions = new Editions(tmp.resolve("ediciones"));
        ReportWriter writer = ReportWriter.configured(config, Publishing.configured(config));
        ReportSources sources = ReportSources.read(config);
        writer.write(sources, java.time.LocalDate.of(2022, 5, 5), null, null, editions.folderOf(java.time.LocalDate.of(2022, 5, 26)));
        JsonNode previous = editions.previousOf(CommissionFixture.CUTOFF).orElseThrow();

        Path next = tmp.resolve("con-cambios");
        writer.write(sources, CommissionFixture.CUTOFF, null, previous, next);
        JsonNode edition = Json.MAPPER.valueToTree(readJson(next, ReportWriter.JSON));

        assertThat(edition.at("/edicion/edicion_anterior/corte").asText()).isEqualTo("2022-05-05");
        assertThat(edition.at("/cambios/informes/anterior").asInt()).isEqualTo(2);
        assertThat(edition.at("/cambios/informes/diferencia").asInt()).isEqualTo(2);
        assertThat(edition.at("/cambios/folios_nuevos")).extracting(JsonNode::asText).containsExactly(fixture.r4, fixture.r5);
        assertThat(edition.at("/cambios/alcaldias/Gustavo A. Madero/diferencia").asInt()).isEqualTo(1);
    }

    private Element byId(String id) {
        NodeList sections = html.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (id.equals(s.getAttribute("id"))) {
                return s;
            }
        }
        throw new AssertionError("sin sección " + id);
    }

    private static String textWithoutTraced(org.w3c.dom.Node node) {
        if (node instanceof Element el && el.hasAttribute("data-ref")) {
            return " ";
        }
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            return node.getTextContent();
        }
        StringBuilder s = new StringBuilder();
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            s.append(textWithoutTraced(children.item(i)));
        }
        return s.toString();
    }

    private JsonNode readJson(String name) {
        return readJson(out, name);
    }

    private static JsonNode readJson(Path dir, String name) {
        try {
            return Json.MAPPER.readTree(dir.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
