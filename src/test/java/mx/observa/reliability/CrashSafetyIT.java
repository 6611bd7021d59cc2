package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.support.TestHome;

/**
 * Nothing lost, nothing twice: the service runs as a separate JVM, is killed with SIGKILL while it ingests 500 files,
 * and after a restart every file is archived and indexed exactly once.
 */
class CrashSafetyIT {

    private static final int FILES = 500;

    @TempDir
    Path tmp;

    private Process start(ObservaConfig config) throws IOException {
        return ServiceProcess.start(config, tmp.resolve("service.log"));
    }

    private static long settled(ObservaConfig config) {
        return Journal.read(config.journalDir()).submissions().stream().filter(SubmissionState::isSettled).count();
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
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> settled(config) >= 60);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        first.waitFor();
        long beforeRestart = settled(config);
        assertThat(beforeRestart).as("killed mid-way").isLessThan(FILES);

        Process second = start(config);
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Status.pending(config.inboxDir()) == 0 && settled(config) == FILES);
        } finally {
            second.destroy();
            second.waitFor();
        }

        JournalView journal = Journal.read(config.journalDir());
        assertThat(journal.submissions()).hasSize(FILES).allMatch(SubmissionState::isIndexed);
        assertThat(journal.submissions().stream().map(SubmissionState::sha256).distinct()).hasSize(FILES);
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            List<IndexedFinding> findings = FindingReader.all(index);
            Set<String> indexedFolios = findings.stream().map(IndexedFinding::folio).collect(Collectors.toSet());
            Set<String> journalFolios = journal.submissions().stream().map(SubmissionState::folio).collect(Collectors.toSet());
            assertThat(indexedFolios).as("journal and index agree").isEqualTo(journalFolios);
            List<String> found = new ArrayList<>();
            findings.forEach(f -> phrases.stream().filter(p -> f.text().contains(p)).forEach(found::add));
            assertThat(found).as("each file's text indexed exactly once").hasSize(FILES).doesNotHaveDuplicates();
        }
    }
}
