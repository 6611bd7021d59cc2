package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.Status;
import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

/**
 * Nothing lost, nothing twice: the service runs as a separate JVM, is killed with SIGKILL while it ingests 300 files,
 * and after a restart every file is archived and indexed exactly once — a file archived but not yet removed from the
 * inbox when the kill came is the same delivery resumed, not a duplicate.
 */
class CrashSafetyIT {

    private static final int FILES = 300;

    @TempDir
    Path tmp;

    private Process start(ObservaConfig config) throws IOException {
        return ServiceProcess.start(config, tmp.resolve("service.log"));
    }

    @Test
    void killedMidIngestAndRestartedEveryFileIsIndexedExactlyOnce() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        Files.createDirectories(config.inboxDir());
        Set<String> phrases = new HashSet<>();
        for (int i = 0; i < FILES; i++) {
            String phrase = "marcador%04d".formatted(i);
            phrases.add(phrase);
            Path part = config.inboxDir().resolve(".informe-" + i + ".part");
            Files.writeString(part, "Informe de la mesa " + i + ". Observación con " + phrase + " y boletas suficientes.",
                    StandardCharsets.UTF_8);
            Files.move(part, config.inboxDir().resolve("informe-" + i + ".txt"));
        }

        Process first = start(config);
        CrashChecks.killMidWay(first, config, 60, FILES);

        Process second = start(config);
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Status.pending(config.inboxDir()) == 0 && CrashChecks.settledReports(config) == FILES);
        } finally {
            second.destroy();
            second.waitFor();
        }

        CrashChecks.assertEachReportIndexedExactlyOnce(config, phrases);
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(FILES);
        assertThat(status.duplicates()).as("duplicates").isZero();
        assertThat(status.quarantined()).as("quarantined").isZero();
        assertThat(status.pending()).as("pending").isZero();
        assertThat(status.waiting() + status.failed()).as("waiting or failed").isZero();
    }
}
