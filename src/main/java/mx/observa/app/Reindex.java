package mx.observa.app;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import mx.observa.archive.DataLock;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.IndexWrites;
import mx.observa.index.SearchBackend;
import mx.observa.index.SearchBackends;
import mx.observa.model.Report;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * {@code observa reindex}: the index rebuilt from the report store alone, since the index is a projection of it. No
 * file is read again and nothing of the extraction (Tika, its worker JVMs, OCR) is loaded; the pipeline does not run.
 * The new index replaces the old one in one commit at the end, so an interrupted rebuild leaves the previous index.
 *
 * <p>It refuses, and changes nothing, when the journal calls reports indexed that the store lacks (a data folder from
 * before the store, or a store lost): those need their files read again ({@code observa reindex --reextract}).
 */
public final class Reindex {

    /**
     * @param reports  reports indexed from the store
     * @param findings their findings
     * @param waiting  archived reports not understood yet (a crash came first): processed at the next start
     */
    public record Result(long reports, long findings, long waiting) {
    }

    private Reindex() {
    }

    public static Result fromStore(ObservaConfig config) {
        try (DataLock lock = DataLock.tryAcquire(config.dataDir(), "reconstrucción del índice, pid " + ProcessHandle.current().pid())
                .orElseThrow(() -> new DataBusyException(DataLock.owner(config.dataDir())));
             ReportStore store = SqliteReportStore.openForReading(config.storeDir())) {
            JournalView journal = Journal.read(config.journalDir());
            Set<String> stored = store.folios();
            long missing = reports(journal).filter(s -> s.isIndexed() && !stored.contains(s.folio())).count();
            if (missing > 0) {
                throw new IllegalStateException("Al almacén de informes le faltan " + missing + " informes indexados "
                        + "(datos de una versión anterior de Observa, o un almacén perdido); no se cambió nada. "
                        + "Reconstruya leyendo de nuevo los archivos con: observa reindex --reextract");
            }
            long waiting = reports(journal).filter(s -> !s.isSettled() && !stored.contains(s.folio())).count();
            Projected projected;
            FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
            try (FindingIndex embedded = IndexRecovery.open(config.indexDir(), analyzer, 0).index();
                 SearchBackend index = SearchBackends.of(config, embedded, analyzer)) {
                index.deleteAll();
                projected = project(store, journal, index, Reviews.in(config, java.time.Clock.systemUTC()).current());
                index.commit();
            }
            return new Result(projected.reports(), projected.findings(), waiting);
        }
    }

    /** What {@link #project} added to the index. */
    record Projected(long reports, long findings) {
    }

    /**
     * Adds every stored report to the index, one at a time, without committing: the index as the store says it should
     * be, with the analysts' reviews laid over. A report quarantined after it was stored (its file could not be read
     * again) is left out.
     */
    static Projected project(ReportStore store, JournalView journal, IndexWrites index, ReviewedValues reviews) {
        Set<String> quarantined = reports(journal).filter(SubmissionState::isQuarantined)
                .map(SubmissionState::folio).collect(Collectors.toSet());
        long[] counts = new long[2];
        try (Stream<Report> reports = store.stream()) {
            reports.filter(r -> !quarantined.contains(r.folio())).forEach(r -> {
                index.replace(reviews.indexed(r));
                counts[0]++;
                counts[1] += r.findings().size();
            });
        }
        return new Projected(counts[0], counts[1]);
    }

    private static Stream<SubmissionState> reports(JournalView journal) {
        return journal.submissions().stream().filter(s -> !s.isContainer());
    }
}
