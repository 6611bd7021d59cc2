package mx.observa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.support.StoredCorpus;
import mx.observa.support.StoredCorpus.Run;
import mx.observa.support.TestHome;

/**
 * Everything that reads every report — {@code status}, {@code reindex}, the consolidated report, and the service's
 * start (near-duplicate signatures, rebuilding a lost index) — reads the store one report at a time: each runs as an
 * operator runs it, in its own JVM with a heap half the size of the reports stored, or less. Holding the reports, or
 * the findings' texts, or a whole output file in memory would run out of it. (The 100,000-report figures are the
 * benchmark's, {@code bench/}; this is the same bound at a size the test suite can afford.)
 */
class StoreStreamingIT {

    /**
     * The heap leaves room for what every reader holds whatever the store's size — the vocabularies, Lucene, the PDF
     * renderer's pages (bounded by observa.report.pdf-max-filas) — which grows a little with each round's rules: at 48
     * MB the consolidated report's PDF pass ran out of it in the twenty-fifth round (peak live set 44 MB, 41 MB the round
     * before). The store grows with the heap, so holding it whole still could not fit.
     */
    private static final int REPORTS = 1_350;
    private static final int HEAP_MB = 56;
    /**
     * The store's size comes from the reports' extracted text, which the readers stream; the findings are a sentence
     * each, as observers write them. The consolidated report runs the personal-data detector over every finding it
     * publishes: at 90 words a finding its JVM took 70 s of CPU of the 91 s of the class's child JVMs, at 30 words 23 s
     * of 40 s (2026-12-06, twenty-sixth session); at 30 words still 27.6 s of the 51 s of its child JVMs, the largest
     * (twenty-ninth session). Each time the text grew by as many bytes, so the store keeps its size (about 128 MB).
     */
    private static final int FINDING_WORDS = 15;
    private static final int TEXT_WORDS = 10_520;

    @TempDir
    Path tmp;

    @Test
    void everyReaderOfAllReportsRunsInAHeapSmallerThanTheStore() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        Random random = new Random(2022);
        StoredCorpus.write(config, REPORTS, i -> report(i, random));
        long storeBytes = Files.size(config.storeDir().resolve(SqliteReportStore.FILE));
        // twice the heap: holding every report at once could not fit, whatever the encoding
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

    private static Report report(int i, Random random) {
        List<Finding> findings = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            Map<String, List<String>> evidence = n % 3 == 0 ? Map.of("material", List.of("boletas"))
                    : n % 3 == 1 ? Map.of("seguridad", List.of("policía")) : Map.of();
            findings.add(Finding.of(n, StoredCorpus.sentence(random, FINDING_WORDS), evidence));
        }
        // The extracted text is long (a report of several pages); the findings are what was understood of it.
        String text = StoredCorpus.sentence(random, TEXT_WORDS);
        Submission s = StoredCorpus.submission(i);
        ReportMetadata meta = new ReportMetadata(null, null, "Iztapalapa", 24, "07-123", null, null,
                LocalDate.of(2022, 5, 1), "mro");
        return new Report(s, s.sourceName(), "application/pdf", text, new Understanding(meta, findings, List.of()), null);
    }

    private Run observa(ObservaConfig config, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("-Dobserva.home=" + TestHome.projectRoot(),
                // the PDF lays its pages out in memory: its listings are bounded by this setting, not by the store
                "-Dobserva.report.pdf-max-filas=20",
                "-jar", TestHome.projectRoot().resolve("target/observa.jar").toString(),
                "--data", config.dataDir().toString(), "--index", config.indexDir().toString()));
        cmd.addAll(List.of(args));
        Run run = StoredCorpus.java(tmp.resolve("salida-" + args[0] + ".txt"), HEAP_MB, cmd);
        String out = run.out();
        // status and search print their JSON on the first line that starts one; logs may come before it
        int json = out.indexOf("\n{");
        return new Run(run.code(), out.startsWith("{") || json < 0 ? out : out.substring(json + 1));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
