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
import mx.observa.model.Report;
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
            Set<String> quarantined = reports(journal).filter(SubmissionState::isQuarantined)
                    .map(SubmissionState::folio).collect(Collectors.toSet());
            long waiting = reports(journal).filter(s -> !s.isSettled() && !stored.contains(s.folio())).count();
            long[] counts = new long[2];
            try (FindingIndex index = IndexRecovery.open(config.indexDir(), new FoldingSpanishAnalyzer(), 0).index();
                 Stream<Report> reports = store.stream()) {
                index.deleteAll();
                // a report quarantined after it was stored (its file could not be read again) is not indexed
                reports.filter(r -> !quarantined.contains(r.folio())).forEach(r -> {
                    index.replace(r);
                    counts[0]++;
                    counts[1] += r.findings().size();
                });
                index.commit();
            }
            return new Result(counts[0], counts[1], waiting);
        }
    }

    private static Stream<SubmissionState> reports(JournalView journal) {
        return journal.submissions().stream().filter(s -> !s.isContainer());
    }
}
