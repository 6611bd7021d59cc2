package mx.observa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.app.ObservaService;
import mx.observa.archive.Json;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.review.ReviewField;
import mx.observa.review.ReviewLog;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.support.TestHome;

/** The commands as a script calls them: real files, real index on disk, JSON on stdout. */
class CliIT {

    /**
     * The commands here run inside the test JVM and read the project's configuration, so each that reads a file with
     * Tika (ingest, analyze, reindex --reextract) started and warmed up a Tika child of its own (about 3 s of CPU, six
     * times a run), which the command's end stopped again. For this class they read through the test JVM's shared pool
     * instead, as the services started in it do (support/TestHome); a command in its own JVM, as a script runs it,
     * still starts its own child (LauncherIT, the reliability ITs).
     */
    private static final String SHARED_WORKERS = "observa.extract.shared-workers";
    private static String sharedWorkersBefore;

    @BeforeAll
    static void shareTikaChildren() {
        sharedWorkersBefore = System.setProperty(SHARED_WORKERS, "true");
    }

    @AfterAll
    static void restoreTikaChildren() {
        if (sharedWorkersBefore == null) {
            System.clearProperty(SHARED_WORKERS);
        } else {
            System.setProperty(SHARED_WORKERS, sharedWorkersBefore);
        }
    }

    @TempDir
    Path tmp;

    private Path reports;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    private Run observa(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = ObservaCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString(),
                "--index", tmp.resolve("index").toString()));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void writeReports() throws Exception {
        reports = Files.createDirectories(tmp.resolve("informes"));
        Files.writeString(reports.resolve("mesa 1 Coyoacán.txt"),
                "Informe de la mesa receptora.\n\nNo había suficientes boletas al abrir la mesa.", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("copia.txt"),
                "Informe de la mesa receptora.\n\nNo había suficientes boletas al abrir la mesa.", StandardCharsets.UTF_8);
        Files.write(reports.resolve("latin1.txt"),
                "La difusión de la consulta fue escasa; faltó información.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(reports.resolve("roto.docx"), "PK\u0003\u0004 esto no es un docx".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void ingestStatusSearchAndReportTellTheSameStory() throws Exception {
        Run ingest = observa("ingest", reports.toString(), "--json");
        assertThat(ingest.code()).as(ingest.err()).isZero();
        JsonNode summary = ingest.json();
        assertThat(summary.get("accepted").asInt()).isEqualTo(2);
        assertThat(summary.get("duplicates").asInt()).isEqualTo(1);
        assertThat(summary.get("quarantined")).hasSize(1);
        assertThat(summary.get("quarantined").get(0).get("source").asText()).isEqualTo("roto.docx");
        assertThat(summary.get("quarantined").get(0).get("reason").asText()).contains("No se pudo leer");
        assertThat(Files.exists(reports.resolve("roto.docx"))).as("originals stay where they are").isTrue();

        JsonNode status = observa("status", "--json").json();
        assertThat(status.get("reports").asInt()).isEqualTo(2);
        assertThat(status.get("duplicates").asInt()).isEqualTo(1);
        assertThat(status.get("quarantined").asInt()).isEqualTo(1);
        assertThat(status.get("pending").asInt()).isZero();
        assertThat(status.get("findings").asInt()).isGreaterThanOrEqualTo(2);

        JsonNode found = observa("search", "boletas", "--json").json();
        assertThat(found.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("folio").asText()).matches("OBS-2022-\\d{6}");
        assertThat(hit.get("source").asText()).isEqualTo("copia.txt");
        assertThat(hit.get("snippet").asText()).contains("<mark>boletas</mark>");
        for (String field : List.of("score", "alcaldia", "distrito", "topics")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(observa("search", "informacion", "--json").json().get("hits").get(0).get("source").asText())
                .isEqualTo("latin1.txt");
        assertThat(observa("search", "boletas", "--tipo", "incidencia", "--json").json().get("hits"))
                .isNotEmpty().allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("incidencia"));
        assertThat(observa("search", "boletas", "--tipo", "buena_practica", "--json").json().get("total").asInt()).isZero();

        Path out = tmp.resolve("salida");
        Run report = observa("report", "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readString(out.resolve("informe-consolidado.html"))).contains("Informe consolidado");
    }

    @Test
    void searchTakesPlacesAsFiltersAndGroupsByReport() throws Exception {
        Files.writeString(reports.resolve("tlalpan.txt"), "Alcaldía Tlalpan, Distrito 14.\n\n"
                + "Se observó propaganda de un proyecto junto a la fila.\n\nLa mesa abrió tarde y no había boletas.",
                StandardCharsets.UTF_8);
        assertThat(observa("ingest", reports.toString(), "--json").code()).isZero();

        JsonNode found = observa("search", "¿hubo propaganda en el distrito 14?", "--json").json();
        assertThat(found.get("total").asInt()).isPositive();
        assertThat(found.get("hits")).allSatisfy(h -> assertThat(h.get("distrito").asInt()).isEqualTo(14));
        JsonNode place = found.get("applied_filters").get(0);
        assertThat(place.get("dimension").asText()).isEqualTo("distrito");
        assertThat(place.get("value").asText()).isEqualTo("14");
        assertThat(place.get("query_without").asText()).isEqualTo("¿hubo propaganda?");
        for (String field : List.of("folio", "source", "score", "alcaldia", "distrito", "topics", "snippet")) {
            assertThat(found.get("hits").get(0).has(field)).as(field).isTrue();
        }

        JsonNode byReport = observa("search", "boletas", "--by", "report", "--json").json();
        assertThat(byReport.get("total_reports").asInt()).isEqualTo(byReport.get("hits").size());
        assertThat(byReport.get("hits")).extracting(h -> h.get("folio").asText()).doesNotHaveDuplicates();
        assertThat(byReport.get("hits")).allSatisfy(h -> assertThat(h.has("more_findings")).isTrue());
        Run text = observa("search", "boletas en el distrito 14", "--by", "informe");
        assertThat(text.out()).contains("Filtro tomado de la búsqueda: Distrito 14").contains("informes");
    }

    @Test
    void analyzePrintsTheContractWithoutIndexing() throws Exception {
        Run run = observa("analyze", reports.resolve("latin1.txt").toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("source").asText()).isEqualTo("latin1.txt");
        assertThat(json.get("format").asText()).startsWith("text/plain");
        assertThat(json.get("text").asText()).contains("información");
        assertThat(json.get("text_chars").asInt()).isEqualTo(json.get("text").asText().length());
        assertThat(json.get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("incidencia");
            assertThat(f.get("kind_evidence")).extracting(JsonNode::asText).contains("escasa");
            assertThat(f.get("illegible").asBoolean()).isFalse();
            assertThat(f.get("evidence_by_topic").has("difusion")).isTrue();
        });
        assertThat(Files.exists(tmp.resolve("index"))).isFalse();
    }

    @Test
    void analyzeReadsAFileAsThePipelineDoesAFormExportedSidewaysAsOneReportAndAnExportsRowsEachAsItsOwn() throws Exception {
        // one form exported «label, value»: one report whose labels are no findings, its name known from its row
        Path form = Files.writeString(reports.resolve("formulario de lado.csv"), """
                Nombre,Leocadia Fuentes Ibarra
                Alcaldía,Iztacalco
                Hora de llegada,8:10
                Observaciones,"La mesa abrió a las diez porque no llegaron las boletas a tiempo."
                """, StandardCharsets.UTF_8);
        Run run = observa("analyze", form.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.has("reports")).isFalse();
        assertThat(json.get("source").asText()).isEqualTo("formulario de lado.csv");
        assertThat(json.get("alcaldia").asText()).isEqualTo("Iztacalco");
        assertThat(json.get("findings")).extracting(f -> f.get("text").asText())
                .anySatisfy(t -> assertThat(t).contains("no llegaron las boletas"))
                .noneSatisfy(t -> assertThat(t).startsWith("Observaciones,"));
        // the name declared in its row is the observer, as in the pipeline, not text of the report
        assertThat(json.get("observer").asText()).isEqualTo("Leocadia Fuentes Ibarra");
        assertThat(json.get("text").asText()).doesNotContain("Leocadia");

        // an export of many answers, one per row: a report each, as the pipeline takes them
        Path export = Files.writeString(reports.resolve("respuestas.csv"), """
                Nombre,Alcaldía,Descripción de lo observado
                Leocadia Fuentes Ibarra,Iztacalco,"La mesa abrió a las diez porque no llegaron las boletas a tiempo."
                Anselmo Rebollar Tapia,Tlalpan,"Había propaganda de un proyecto pegada junto a la mesa."
                """, StandardCharsets.UTF_8);
        Run rows = observa("analyze", export.toString(), "--json");
        assertThat(rows.code()).as(rows.err()).isZero();
        JsonNode several = rows.json();
        assertThat(several.get("source").asText()).isEqualTo("respuestas.csv");
        assertThat(several.get("reports")).hasSize(2).allSatisfy(r -> assertThat(r.get("part").asText()).isNotBlank());
        assertThat(several.get("reports").get(1).get("alcaldia").asText()).isEqualTo("Tlalpan");
        assertThat(several.get("reports").get(1).get("text").asText()).contains("propaganda").doesNotContain("boletas");
    }

    @Test
    void reindexRebuildsTheSameSearchResultsFromTheStoreOrByReadingTheArchiveAgain() throws Exception {
        observa("ingest", reports.toString(), "--json");
        String before = observa("search", "mesa OR difusion", "--json").out();

        Run reindex = observa("reindex");
        assertThat(reindex.code()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("desde el almacén de informes: 2 informes");
        assertThat(observa("search", "mesa OR difusion", "--json").out()).isEqualTo(before);

        Run reextract = observa("reindex", "--reextract");
        assertThat(reextract.code()).as(reextract.err()).isZero();
        assertThat(reextract.out()).contains("leyendo de nuevo el archivo");
        assertThat(observa("search", "mesa OR difusion", "--json").out()).isEqualTo(before);

        // a tag a person gave a finding, laid over by reindex: a filter of the search with its counts
        IndexedFinding tagged;
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(tmp.resolve("index"))) {
            tagged = FindingReader.all(index).stream().filter(f -> f.text().contains("difusión")).findFirst().orElseThrow();
        }
        new Reviews(ReviewLog.in(tmp.resolve("data")), Clock.systemUTC()).record(new Reviews.Reviewer("analista", "analista"),
                tagged.folio(), List.of(new Reviews.Change(tagged.number(), ReviewedValues.fingerprint(tagged.text()),
                        ReviewField.ETIQUETAS, ReviewedValues.topicValue(List.of()), ReviewedValues.topicValue(List.of("urgente")))));
        assertThat(observa("reindex").code()).isZero();
        JsonNode urgent = observa("search", "mesa OR difusion", "--etiqueta", "Urgente", "--json").json();
        assertThat(urgent.get("total").asInt()).isEqualTo(1);
        assertThat(urgent.at("/hits/0/folio").asText()).isEqualTo(tagged.folio());
        assertThat(urgent.at("/facets/etiqueta/0/value").asText()).isEqualTo("urgente");
        assertThat(urgent.at("/facets/etiqueta/0/count").asInt()).isEqualTo(1);
        assertThat(observa("search", "mesa OR difusion").out()).contains("Etiquetas: urgente (1)");
    }

    @Test
    void calidadComparesWhatObservaUnderstoodWithWhatPeopleReviewed() throws Exception {
        observa("ingest", reports.toString(), "--json");
        String folio = observa("search", "difusion", "--json").json().at("/hits/0/folio").asText();
        assertThat(folio).startsWith("OBS-");
        assertThat(observa("calidad", "--json").json().at("/tipo_de_hallazgo/revisados").asInt()).isZero();

        new Reviews(ReviewLog.in(tmp.resolve("data")), Clock.systemUTC()).record(new Reviews.Reviewer("analista", "analista"),
                folio, List.of(new Reviews.Change(null, null, ReviewField.ALCALDIA, null, "Tlalpan")));
        Run calidad = observa("calidad", "--json");
        assertThat(calidad.code()).as(calidad.err()).isZero();
        assertThat(calidad.json().at("/datos_del_informe/alcaldia/revisados").asInt()).isEqualTo(1);
        assertThat(calidad.json().at("/datos_del_informe/alcaldia/coinciden").asInt()).isZero();
        assertThat(observa("calidad").out()).contains("Calidad medida con las revisiones de las personas")
                .contains("Alcaldía").contains("1 revisados; coincide lo automático en 0 (0.0 %)");
    }

    @Test
    void whileTheServiceRunsWritersHandOverOrStopWithASpanishMessage() throws Exception {
        var config = TestHome.config(tmp);
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            Run ingest = observa("ingest", reports.resolve("latin1.txt").toString(), "--json");
            assertThat(ingest.code()).isZero();
            assertThat(ingest.json().get("handed_to_service").asInt()).isEqualTo(1);
            assertThat(observa("status", "--json").json().get("pending").asInt()).isEqualTo(1);

            Run reindex = observa("reindex");
            assertThat(reindex.code()).isEqualTo(ObservaCli.BUSY);
            assertThat(reindex.err()).contains("Otro proceso de Observa está usando la carpeta de datos");
        }
    }

    @Test
    void everyCommandHasSpanishHelp() {
        for (String command : List.of("demo", "ingest", "status", "analyze", "search", "serve", "report", "reindex",
                "reintentar", "calidad")) {
            Run help = observa(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).as(command).contains("Uso: observa " + command).contains("Muestra esta ayuda");
        }
    }
}
