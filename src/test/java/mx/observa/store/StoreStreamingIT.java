package mx.observa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Folios;
import mx.observa.archive.Json;
import mx.observa.archive.JournalEntry;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.support.TestHome;

/**
 * Everything that reads every report — {@code status}, {@code reindex}, the consolidated report, and the service's
 * start (near-duplicate signatures, rebuilding a lost index) — reads the store one report at a time: each runs as an
 * operator runs it, in its own JVM with a heap half the size of the reports stored, or less. Holding the reports, or
 * the findings' texts, or a whole output file in memory would run out of it. (The 100,000-report figures are the
 * benchmark's, {@code bench/}; this is the same bound at a size the test suite can afford.)
 */
class StoreStreamingIT {

    private static final int REPORTS = 1_900;
    private static final int HEAP_MB = 64;
    private static final String[] WORDS = ("mesa receptora opinión boletas papeletas urna mampara acta escrutinio "
            + "funcionaria persona observadora proyecto colonia alcaldía distrito unidad territorial jornada consulta "
            + "presupuesto participativo instalación retraso hora mañana tarde fila votación credencial lista nominal "
            + "propaganda difusión vecinos comité seguridad policía accesibilidad rampa silla ruedas adultos mayores "
            + "sellos material cómputo resultados sistema internet sede capacitación llegaron faltaron hubo había "
            + "abrió cerró pidió explicó señaló registró observó anotaron entregaron contaron esperaron reclamaron "
            + "tranquila ordenada confusa lenta rápida suficiente escasa visible cerca lejos dentro fuera").split(" ");

    @TempDir
    Path tmp;

    @Test
    void everyReaderOfAllReportsRunsInAHeapSmallerThanTheStore() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        writeDataFolder(config);
        long storeBytes = Files.size(config.storeDir().resolve(SqliteReportStore.FILE));
        // twice the heap: holding every report (or every finding's text) at once could not fit, whatever the encoding
        assertThat(storeBytes).as("the store is far larger than the heap").isGreaterThan(2L * HEAP_MB * 1024 * 1024);

        Run status = observa(config, "status", "--json");
        assertThat(status.code()).as(status.out()).isZero();
        JsonNode counts = Json.MAPPER.readTree(status.out());
        assertThat(counts.path("reports").asLong()).isEqualTo(REPORTS);
        assertThat(counts.path("findings").asLong()).isEqualTo(REPORTS * 8L);

        Run reindex = observa(config, "reindex");
        assertThat(reindex.code()).as(reindex.out()).isZero();
        assertThat(reindex.out()).contains("%d informes, %d hallazgos".formatted(REPORTS, REPORTS * 8));

        Path out = tmp.resolve("informe");
        Run report = observa(config, "report", "--out", out.toString());
        assertThat(report.code()).as(report.out()).isZero();
        JsonNode edition = Json.MAPPER.readTree(out.resolve("informe-consolidado.json").toFile());
        assertThat(edition.at("/totales/informes").asLong()).isEqualTo(REPORTS);
        assertThat(edition.at("/totales/hallazgos").asLong()).isEqualTo(REPORTS * 8L);
        assertThat(edition.path("informes")).hasSize(REPORTS);
        try (var lines = Files.lines(out.resolve("anexo-hallazgos.csv"), StandardCharsets.UTF_8)) {
            assertThat(lines.count()).isEqualTo(1 + REPORTS * 8L);
        }

        // The service's start with a lost index: the near-duplicate signatures of every report, then the index rebuilt
        // from the store through the pipeline.
        deleteTree(config.indexDir());
        Run start = observa(config, "ingest", Files.createDirectories(tmp.resolve("vacia")).toString(), "--json");
        assertThat(start.code()).as(start.out()).isZero();
        Run after = observa(config, "search", "boletas", "--json");
        assertThat(Json.MAPPER.readTree(after.out()).path("total").asLong()).isPositive();
    }

    /** {@code REPORTS} understood reports, each with a long text and 8 findings, in the journal and the store. */
    private static void writeDataFolder(ObservaConfig config) throws IOException {
        Random random = new Random(2022);
        Files.createDirectories(config.journalDir());
        try (SqliteReportStore store = SqliteReportStore.open(config.storeDir(), Clock.systemUTC());
             BufferedWriter journal = Files.newBufferedWriter(config.journalDir().resolve("journal.jsonl"))) {
            List<Report> batch = new ArrayList<>();
            for (int i = 1; i <= REPORTS; i++) {
                Report r = report(i, random);
                batch.add(r);
                Submission s = r.submission();
                for (String event : List.of(JournalEntry.Event.ARCHIVED.id(), JournalEntry.Event.INDEXED.id())) {
                    journal.write(Json.MAPPER.writeValueAsString(new JournalEntry(s.receivedAt(), event, s.folio(),
                            s.sha256(), s.channel().id(), s.sourceName(), null, null, r.findings().size())));
                    journal.write('\n');
                }
                if (batch.size() == 500) {
                    store.putAll(batch);
                    batch.clear();
                }
            }
            store.putAll(batch);
        }
    }

    private static Report report(int i, Random random) {
        String folio = Folios.format("OBS-2022", i);
        List<Finding> findings = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            Map<String, List<String>> evidence = n % 3 == 0 ? Map.of("material", List.of("boletas"))
                    : n % 3 == 1 ? Map.of("seguridad", List.of("policía")) : Map.of();
            findings.add(Finding.of(n, sentence(random, 90), evidence));
        }
        // The extracted text is long (a report of several pages); the findings are what was understood of it.
        String text = sentence(random, 10_000);
        Submission s = new Submission(folio, "%064x".formatted(i), Channel.CARPETA,
                Instant.parse("2022-05-02T16:00:00Z").plusSeconds(60L * i), "informe-" + i + ".pdf", 90_000,
                "application/pdf", null);
        ReportMetadata meta = new ReportMetadata(null, null, "Iztapalapa", 24, "07-123", null, null,
                LocalDate.of(2022, 5, 1), "mro");
        return new Report(s, s.sourceName(), "application/pdf", text, new Understanding(meta, findings, List.of()), null);
    }

    private static String sentence(Random random, int words) {
        StringBuilder t = new StringBuilder();
        for (int w = 0; w < words; w++) {
            t.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
        }
        return t.toString().strip();
    }

    private record Run(int code, String out) {
    }

    private Run observa(ObservaConfig config, String... args) throws Exception {
        Path log = tmp.resolve("salida-" + args[0] + ".txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Dobserva.home=" + TestHome.projectRoot(),
                // the PDF lays its pages out in memory: its listings are bounded by this setting, not by the store
                "-Dobserva.report.pdf-max-filas=20",
                "-jar", TestHome.projectRoot().resolve("target/observa.jar").toString(),
                "--data", config.dataDir().toString(), "--index", config.indexDir().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(log.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("observa " + args[0] + " finished").isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        // status and search print their JSON on the first line that starts one; logs may come before it
        int json = out.indexOf("\n{");
        return new Run(p.exitValue(), out.startsWith("{") || json < 0 ? out : out.substring(json + 1));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
