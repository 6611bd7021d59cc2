package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.index.FindingIndex;
import mx.observa.index.IndexSchema;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The commit policy on a real Lucene index on disk and a real journal, its clock driven by the test: searchers see a
 * report before any commit; the commit comes by size or by age; the journal says indexed only after the commit; a
 * commit that fails is retried with back-off, then the reports are journaled as failed.
 */
class GroupCommitTest {

    private static final long MS = 1_000_000;

    @TempDir
    Path tmp;

    private final AtomicLong now = new AtomicLong();
    private Journal journal;
    private Archive archive;
    private FindingIndex index;

    @BeforeEach
    void open() {
        journal = Journal.open(tmp.resolve("journal"));
        archive = new Archive(tmp.resolve("archive"), journal, "OBS-2022", (p, n) -> "text/plain", Clock.systemUTC());
        index = FindingIndex.open(tmp.resolve("index"), new FoldingSpanishAnalyzer(), new IndexSchema());
    }

    @AfterEach
    void close() {
        try {
            index.close();
        } catch (RuntimeException alreadyClosed) {
            // the failure test closes it itself
        }
        journal.close();
    }

    /** At most 3 reports or 1 s a batch; retried twice, after 500 ms then 1000 ms. */
    private GroupCommit commits() {
        return new GroupCommit(index, journal, archive, Clock.systemUTC(), new GroupCommit.Policy(3, 1000, 100, 2, 500),
                now::get);
    }

    /** Archives a report and adds it to the index, as the workers do. */
    private Report indexed(GroupCommit commits, String text) {
        Submission s = archive.receive(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "informe.txt",
                Channel.CARPETA, null).submission();
        Report report = new Report(s, "informe.txt", "text/plain", text, new Understanding(ReportMetadata.EMPTY,
                List.of(Finding.of(1, text, Map.of())), List.of()), null);
        index.replace(report);
        commits.add(report);
        return report;
    }

    private String status(Report r) {
        return journal.byFolio(r.folio()).map(SubmissionState::status).orElseThrow();
    }

    private int searchable() throws Exception {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(new MatchAllDocsQuery());
        } finally {
            index.release(searcher);
        }
    }

    /** What another process (observa status, search) or a restart would find: the last commit on disk. */
    private int committed() throws Exception {
        try (ReadOnlyIndex disk = ReadOnlyIndex.openIfExists(tmp.resolve("index"))) {
            return disk == null ? 0 : disk.acquire().getIndexReader().numDocs();
        }
    }

    @Test
    void searchersSeeReportsAtOnceButTheJournalSaysIndexedOnlyAfterTheCommitThatAFullBatchTriggers() throws Exception {
        GroupCommit commits = commits();
        Report a = indexed(commits, "Faltaron boletas en la mesa uno.");
        Report b = indexed(commits, "Faltaron boletas en la mesa dos.");

        commits.tick();

        assertThat(searchable()).as("near-real-time").isEqualTo(2);
        assertThat(committed()).isZero();
        assertThat(List.of(status(a), status(b))).containsOnly("archived");
        assertThat(commits.waiting()).isEqualTo(2);

        Report c = indexed(commits, "Faltaron boletas en la mesa tres.");
        commits.tick();

        assertThat(committed()).isEqualTo(3);
        assertThat(List.of(status(a), status(b), status(c))).containsOnly("indexed");
        assertThat(commits.waiting()).isZero();
        assertThat(archive.claim(a.submission().sha256())).as("settled: no longer in process").isTrue();
    }

    @Test
    void aLoneReportIsCommittedOnceItHasWaitedTheMaximumDelay() throws Exception {
        GroupCommit commits = commits();
        Report lone = indexed(commits, "La mesa se instaló tarde.");

        now.set(999 * MS);
        commits.tick();
        assertThat(status(lone)).isEqualTo("archived");

        now.set(1000 * MS);
        commits.tick();
        assertThat(status(lone)).isEqualTo("indexed");
        assertThat(committed()).isEqualTo(1);
    }

    @Test
    void noSearcherRefreshRightBeforeTheCommitThatRefreshesThemAnyway() throws Exception {
        GroupCommit commits = commits();
        Report report = indexed(commits, "Llegaron tarde las boletas.");

        now.set(900 * MS); // the commit is due in 100 ms, the next tick's distance
        commits.tick();
        assertThat(searchable()).as("no segment written for 100 ms of visibility").isZero();

        now.set(1000 * MS);
        commits.tick();
        assertThat(status(report)).isEqualTo("indexed");
        assertThat(searchable()).isEqualTo(1);
    }

    @Test
    void aCommitThatFailsIsRetriedWithBackOffThenTheReportsAreJournaledAsFailedNeverAsIndexed() {
        GroupCommit commits = commits();
        Report report = indexed(commits, "Hubo propaganda cerca de la mesa.");
        index.close(); // the writer is gone: every commit fails, as with a broken disk

        now.set(1000 * MS);
        commits.tick(); // first attempt fails: next one not before 1500 ms
        now.set(1499 * MS);
        commits.tick();
        now.set(1500 * MS);
        commits.tick(); // second attempt fails: the last one not before 2500 ms
        now.set(2499 * MS);
        commits.tick();
        assertThat(status(report)).isEqualTo("archived");
        assertThat(commits.waiting()).isEqualTo(1);

        now.set(2500 * MS);
        commits.tick();

        SubmissionState state = journal.byFolio(report.folio()).orElseThrow();
        assertThat(state.isFailed()).isTrue();
        assertThat(state.reason()).isEqualTo("No se pudo guardar el índice de búsqueda.");
        assertThat(journal.view().indexedCount()).isZero();
        assertThat(commits.waiting()).isZero();
        assertThat(archive.claim(report.submission().sha256())).as("settled: retried later, not in process").isTrue();
    }

    @Test
    void closingCommitsWhatIsWaiting() throws Exception {
        GroupCommit commits = commits();
        Report report = indexed(commits, "El cierre fue puntual.");

        commits.close();

        assertThat(status(report)).isEqualTo("indexed");
        assertThat(committed()).isEqualTo(1);
    }
}
