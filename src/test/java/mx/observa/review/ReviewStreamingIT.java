package mx.observa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
import mx.observa.model.FindingKind;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.store.SqliteReportStore;
import mx.observa.support.StoredCorpus;
import mx.observa.support.StoredCorpus.Run;
import mx.observa.support.TestHome;

/**
 * The review queue and {@code observa calidad} read the report store one report at a time: each runs in a JVM of its
 * own with a heap smaller than the findings stored (100,000 reports in {@code -Xmx512m} is the production bound; this
 * is the same ratio of findings to heap, and more, at a size the suite affords). The same heap cannot hold every
 * finding at once, as the queue and {@code calidad} did before (the control run runs out of memory).
 */
class ReviewStreamingIT {

    private static final int REPORTS = 1_000;
    private static final int FINDINGS = 8;
    /** The heap of the readers under test; {@code observa reindex}, which builds their index, has its own bound. */
    private static final int HEAP_MB = 32;
    private static final int REINDEX_HEAP_MB = 64;

    @TempDir
    Path tmp;

    @Test
    void theQueueAndTheQualityFiguresRunInAHeapSmallerThanTheFindings() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        Random random = new Random(18);
        long findingBytes = StoredCorpus.write(config, REPORTS, i -> report(i, random));
        assertThat(findingBytes).as("the findings' text alone is larger than the heap")
                .isGreaterThan(2L * HEAP_MB * 1024 * 1024);
        review(config);
        Run reindex = observa(config, REINDEX_HEAP_MB, "reindex");
        assertThat(reindex.code()).as(reindex.out()).isZero();

        Run queue = java(config, "queue");
        assertThat(queue.code()).as(queue.out()).isZero();
        // every report lacks its distrito but the 100 reviewed; every 4th finding is a serious incident, one in five
        // of the rest a recommendation no cue decided (doubtful)
        assertThat(queue.out()).contains("sin-lugar " + (REPORTS - 100) + " 200")
                .contains("incidencias-graves " + (REPORTS * 2 - 100) + " 200")
                .containsPattern("dudosos \\d+ 200");

        Run quality = observa(config, HEAP_MB, "calidad", "--json");
        assertThat(quality.code()).as(quality.out()).isZero();
        JsonNode q = Json.MAPPER.readTree(quality.out().substring(quality.out().indexOf('{')));
        assertThat(q.toString()).contains("\"revisados\":100");

        Run all = java(config, "all");
        assertThat(all.code()).as("holding every finding at once does not fit: " + all.out()).isNotZero();
        assertThat(all.out()).containsIgnoringCase("OutOfMemoryError");
    }

    /** 100 reports reviewed: their distrito set and their first finding's kind confirmed. */
    private static void review(ObservaConfig config) {
        Reviews reviews = Reviews.in(config, Clock.systemUTC());
        Map<String, List<Reviews.Change>> changes = new java.util.LinkedHashMap<>();
        try (SqliteReportStore store = SqliteReportStore.openForReading(config.storeDir());
             var reports = store.stream()) {
            reports.limit(100).forEach(r -> changes.put(r.folio(), List.of(
                    new Reviews.Change(null, null, ReviewField.DISTRITO, null, "24"),
                    new Reviews.Change(1, ReviewedValues.fingerprint(r.findings().get(0).text()), ReviewField.TIPO,
                            "incidencia", "incidencia"))));
        }
        reviews.record(new Reviews.Reviewer("analista", "analista"), Reviews.newBatch(), changes);
    }

    private static Report report(int i, Random random) {
        List<Finding> findings = new ArrayList<>();
        for (int n = 1; n <= FINDINGS; n++) {
            String text = StoredCorpus.sentence(random, 1_200);
            if (n % 4 == 1) {
                findings.add(Finding.of(n, text, Map.of("seguridad", List.of("amenaza", "policía")), FindingKind.INCIDENCIA,
                        List.of("amenazaron")));
            } else if (n % 5 == 2) {
                findings.add(Finding.of(n, text, Map.of(), FindingKind.RECOMENDACION, List.of()));
            } else {
                findings.add(Finding.of(n, text, Map.of("material", List.of("boletas", "urna", "acta")), FindingKind.CONFORME,
                        List.of("no faltó", "completo")));
            }
        }
        Submission s = StoredCorpus.submission(i);
        ReportMetadata meta = new ReportMetadata(null, null, "Iztapalapa", null, "07-123", null, null,
                LocalDate.of(2022, 5, 1), "mro");
        return new Report(s, s.sourceName(), "application/pdf", StoredCorpus.sentence(random, 200),
                new Understanding(meta, findings, List.of()), null);
    }

    private Run observa(ObservaConfig config, int heapMb, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("-Dobserva.home=" + TestHome.projectRoot(),
                "-jar", TestHome.projectRoot().resolve("target/observa.jar").toString(),
                "--data", config.dataDir().toString(), "--index", config.indexDir().toString()));
        cmd.addAll(List.of(args));
        return StoredCorpus.java(tmp.resolve("salida-" + args[0] + ".txt"), heapMb, cmd);
    }

    /** {@link QueueInHeap} in a JVM of its own, on the application's classpath and the tests' classes. */
    private Run java(ObservaConfig config, String mode) throws Exception {
        Path root = TestHome.projectRoot();
        return run(mode, List.of("-cp", root.resolve("target/observa.jar") + java.io.File.pathSeparator
                        + root.resolve("target/test-classes"), QueueInHeap.class.getName(), mode,
                config.dataDir().toString(), config.indexDir().toString()));
    }

    private Run run(String name, List<String> args) throws Exception {
        return StoredCorpus.java(tmp.resolve("salida-" + name + ".txt"), HEAP_MB, args);
    }
}
