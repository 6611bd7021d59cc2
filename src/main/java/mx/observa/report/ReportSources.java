package mx.observa.report;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Report;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;

/**
 * What an edition is computed from: the journal (which submissions exist and what became of them), the report
 * store (what each report says, as Observa understood it), read one report at a time, and what analysts confirmed or
 * corrected ({@code reviews}, mx.observa.review), laid over each report as it is read. The journal is read first: a
 * report is stored before it is indexed and journaled as indexed, so every report the journal calls indexed is in
 * the store read next.
 *
 * @param reports opens a stream of every stored report in folio order (the caller closes it)
 */
public record ReportSources(JournalView journal, Supplier<Stream<Report>> reports, ReviewedValues reviews) {

    /** Sources nobody reviewed. */
    public ReportSources(JournalView journal, Supplier<Stream<Report>> reports) {
        this(journal, reports, new ReviewedValues());
    }

    /** What is committed on disk, for commands that run beside the service; the analysts' reviews laid over it. */
    public static ReportSources read(ObservaConfig config) {
        JournalView journal = Journal.read(config.journalDir());
        return new ReportSources(journal, () -> {
            SqliteReportStore store = SqliteReportStore.openForReading(config.storeDir());
            return store.stream().onClose(store::close);
        }, Reviews.in(config, Clock.systemUTC()).current());
    }

    /** The running service's own journal and store, and the analysts' reviews. */
    public static Supplier<ReportSources> live(Journal journal, ReportStore store, Reviews reviews) {
        return () -> {
            JournalView view = journal.view();
            return new ReportSources(view, store::stream, reviews.current());
        };
    }
}
