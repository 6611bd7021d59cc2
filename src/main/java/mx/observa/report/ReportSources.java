package mx.observa.report;

import java.util.function.Supplier;
import java.util.stream.Stream;

import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Report;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;

/**
 * What an edition is computed from: the journal (which submissions exist and what became of them) and the report
 * store (what each report says), read one report at a time. The journal is read first: a report is stored before it
 * is indexed and journaled as indexed, so every report the journal calls indexed is in the store read next.
 *
 * @param reports opens a stream of every stored report in folio order (the caller closes it)
 */
public record ReportSources(JournalView journal, Supplier<Stream<Report>> reports) {

    /** What is committed on disk, for commands that run beside the service. */
    public static ReportSources read(ObservaConfig config) {
        JournalView journal = Journal.read(config.journalDir());
        return new ReportSources(journal, () -> {
            SqliteReportStore store = SqliteReportStore.openForReading(config.storeDir());
            return store.stream().onClose(store::close);
        });
    }

    /** The running service's own journal and store. */
    public static Supplier<ReportSources> live(Journal journal, ReportStore store) {
        return () -> new ReportSources(journal.view(), store::stream);
    }
}
