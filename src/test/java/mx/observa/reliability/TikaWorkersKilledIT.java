package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.IngestSummary;
import mx.observa.app.Ingestion;
import mx.observa.app.Retries;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.pipeline.Outcome;
import mx.observa.support.TestHome;

/**
 * Observa's own failure is not the sender's: while an ingest runs, the Tika worker JVMs are killed as fast as they
 * start (an operator, the machine running out of processes). The reports are retried with back-off, then left as
 * failed — "falló — se reintentará", counted in the status — and none is quarantined; the next start completes them.
 */
class TikaWorkersKilledIT {

    private static final List<String> OBSERVATIONS = List.of(
            "faltaron boletas desde las diez de la mañana y varias personas se retiraron sin opinar.",
            "hubo propaganda de un proyecto pegada en la entrada de la escuela durante toda la jornada.",
            "la mesa se instaló con una hora de retraso porque el material llegó tarde.",
            "las personas funcionarias no sabían usar la tableta para consultar la lista nominal.",
            "el cómputo terminó sin incidentes y el acta se pegó afuera del domicilio.",
            "se permitió opinar a dos personas sin credencial para votar vigente.");
    private static final int REPORTS = OBSERVATIONS.size();

    @TempDir
    Path tmp;

    /** Every Tika worker this JVM started, killed (its children too). */
    private static int killWorkers() {
        AtomicInteger killed = new AtomicInteger();
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("org.apache.tika.pipes.PipesServer")).orElse(false))
                .forEach(p -> {
                    if (p.destroyForcibly()) {
                        killed.incrementAndGet();
                    }
                });
        return killed.get();
    }

    @Test
    void killedWorkersLeaveReportsPendingRetryNotQuarantinedAndTheNextStartCompletesThem() throws Exception {
        ObservaConfig config = TestHome.config(tmp)
                .with("observa.extract.isolation", "fork")
                .with("observa.extract.workers", "1")
                .with("observa.retry.attempts", "2")
                .with("observa.retry.delay-ms", "200");
        Path reports = Files.createDirectories(tmp.resolve("informes"));
        for (int i = 0; i < REPORTS; i++) {
            // HTML: read by Tika in its worker JVM (plain UTF-8 text would not need it); distinct reports, not near-copies
            Files.writeString(reports.resolve("mesa " + (i + 1) + ".html"), "<html><body><p>Mesa " + (i + 1) + ": "
                    + OBSERVATIONS.get(i) + "</p></body></html>", StandardCharsets.UTF_8);
        }

        AtomicInteger killed = new AtomicInteger();
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        IngestSummary summary;
        try {
            killer.scheduleWithFixedDelay(() -> killed.addAndGet(killWorkers()), 0, 50, TimeUnit.MILLISECONDS);
            summary = Ingestion.run(config, List.of(reports)); // observa ingest
        } finally {
            killer.shutdownNow();
            killer.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertThat(killed.get()).as("workers killed").isPositive();
        assertThat(summary.quarantined()).as("nothing blamed on the files").isEmpty();
        assertThat(summary.failed()).as("left to retry").isNotEmpty()
                .allSatisfy(o -> assertThat(o.reason()).isEqualTo(
                        "Los procesos lectores de archivos (Tika) no arrancaron o dejaron de responder."));
        assertThat(summary.accepted() + summary.failed().size()).isEqualTo(REPORTS);
        JournalView journal = Journal.read(config.journalDir());
        assertThat(journal.quarantinedCount()).isZero();
        assertThat(journal.submissions()).filteredOn(SubmissionState::isFailed).hasSize(summary.failed().size())
                .noneMatch(SubmissionState::isSettled);
        Status status = Status.read(config);
        assertThat(status.failed()).isEqualTo(summary.failed().size());
        assertThat(status.quarantined()).isZero();

        Retries.Result restarted = Retries.run(config); // a start with the workers left alone (observa reintentar)

        assertThat(restarted.outcomes()).hasSize(summary.failed().size())
                .allSatisfy(o -> assertThat(o.kind()).isEqualTo(Outcome.Kind.ACCEPTED));
        Status after = Status.read(config);
        assertThat(after.reports()).isEqualTo(REPORTS);
        assertThat(after.failed()).isZero();
        assertThat(after.quarantined()).isZero();
        assertThat(after.waiting()).isZero();
    }
}
