package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;

/**
 * What must hold after Observa was killed, whatever it was doing: the checks the crash-safety tests share. Reports
 * are told apart by a marker word each test puts in every report's text.
 */
final class CrashChecks {

    private CrashChecks() {
    }

    /**
     * Kills {@code process} with SIGKILL (no shutdown hook, no flush) once {@code atLeast} reports are settled, checks
     * it was stopped before all {@code total} were, and what it left: {@link #assertJournalAndIndexAgreeAfterKill}.
     */
    static void killMidWay(Process process, ObservaConfig config, long atLeast, long total) throws InterruptedException {
        awaitWhileSettling(config, Duration.ofMillis(50), () -> settledReports(config) >= atLeast || !process.isAlive(),
                "reports settled before the kill");
        process.destroyForcibly();
        process.waitFor();
        assertThat(settledReports(config)).as("killed mid-way").isGreaterThanOrEqualTo(atLeast).isLessThan(total);
        assertJournalAndIndexAgreeAfterKill(config);
    }

    /**
     * How long Observa may settle no report before a wait calls it hung. A wait does not fail after a fixed time: on
     * the shared 2-core machine (several builds at once, load 10–28) a restart that was still settling reports overran
     * a fixed 3 minutes, while a hung one is told by its stalled count.
     */
    private static final Duration STALL = Duration.ofMinutes(2);

    /**
     * Waits until {@code done} holds for as long as the number of settled reports keeps growing; fails when it has not
     * grown for {@link #STALL} (a process starting up counts from zero settled).
     *
     * @param poll how often to look: {@code done} and the journal are read at every look
     */
    static void awaitWhileSettling(ObservaConfig config, Duration poll, BooleanSupplier done, String what)
            throws InterruptedException {
        long settled = -1;
        long lastChange = System.nanoTime();
        while (!done.getAsBoolean()) {
            long now = settledReports(config);
            if (now != settled) {
                settled = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > STALL.toNanos()) {
                throw new AssertionError(what + ": no report settled for " + STALL.toSeconds() + " s (" + settled
                        + " settled)");
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /** Reports (not containers) whose processing ended, as the journal says. */
    static long settledReports(ObservaConfig config) {
        return reports(Journal.read(config.journalDir())).stream().filter(SubmissionState::isSettled).count();
    }

    /**
     * Right after a kill: the index opens, and it holds every report the journal calls indexed and nothing the
     * journal has not archived (a report committed to the index but not yet journaled is processed again later); the
     * report store holds everything the index holds.
     */
    static void assertJournalAndIndexAgreeAfterKill(ObservaConfig config) {
        List<SubmissionState> reports = reports(Journal.read(config.journalDir()));
        Set<String> indexed = folios(reports.stream().filter(SubmissionState::isIndexed).toList());
        Set<String> archived = folios(reports);
        Set<String> inIndex = indexedFolios(config);
        assertThat(inIndex).as("the index holds what the journal calls indexed").containsAll(indexed);
        assertThat(archived).as("the index holds only archived reports").containsAll(inIndex);
        Set<String> stored = storedFolios(config);
        assertThat(stored).as("the store holds whatever the index holds: it is written first").containsAll(inIndex);
        assertThat(archived).as("the store holds only archived reports").containsAll(stored);
    }

    /**
     * After the restart finished: every report archived once (distinct bytes), indexed, in the index under its folio
     * and nowhere else; journal, store and index hold the same folios; each marker in exactly one report.
     */
    static void assertEachReportIndexedExactlyOnce(ObservaConfig config, Set<String> markers) {
        JournalView journal = Journal.read(config.journalDir());
        List<SubmissionState> reports = reports(journal);
        assertThat(reports).hasSize(markers.size()).allMatch(SubmissionState::isIndexed);
        assertThat(reports.stream().map(SubmissionState::sha256).distinct()).hasSize(markers.size());
        Map<String, Set<String>> foliosByMarker = new HashMap<>();
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            assertThat(index).as("the index opens").isNotNull();
            List<IndexedFinding> findings = FindingReader.all(index);
            assertThat(findings.stream().map(IndexedFinding::folio).collect(Collectors.toSet()))
                    .as("journal and index agree").isEqualTo(folios(reports));
            for (IndexedFinding f : findings) {
                markers.stream().filter(m -> f.text().contains(m))
                        .forEach(m -> foliosByMarker.computeIfAbsent(m, k -> new HashSet<>()).add(f.folio()));
            }
        }
        assertThat(storedFolios(config)).as("journal and store agree").isEqualTo(folios(reports));
        assertThat(foliosByMarker.keySet()).as("every report indexed").isEqualTo(markers);
        assertThat(foliosByMarker.values()).as("no report indexed twice").allMatch(folios -> folios.size() == 1);
    }

    private static List<SubmissionState> reports(JournalView journal) {
        return journal.submissions().stream().filter(s -> !s.isContainer()).toList();
    }

    private static Set<String> folios(List<SubmissionState> submissions) {
        return submissions.stream().map(SubmissionState::folio).collect(Collectors.toSet());
    }

    private static Set<String> storedFolios(ObservaConfig config) {
        try (ReportStore store = SqliteReportStore.openForReading(config.storeDir())) {
            return store.folios();
        }
    }

    private static Set<String> indexedFolios(ObservaConfig config) {
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            return index == null ? Set.of()
                    : FindingReader.all(index).stream().map(IndexedFinding::folio).collect(Collectors.toSet());
        }
    }
}
