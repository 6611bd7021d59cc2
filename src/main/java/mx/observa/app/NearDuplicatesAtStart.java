package mx.observa.app;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.pipeline.TextDuplicates;
import mx.observa.store.ReportStore;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.NearDuplicateDetector;

/**
 * The near-duplicate detector keeps its signatures in memory; at start-up it learns every stored report again, in
 * arrival (folio) order, so "the first one seen" stays the first one across restarts. The store is read one report at
 * a time: only the signatures stay.
 */
final class NearDuplicatesAtStart {

    private NearDuplicatesAtStart() {
    }

    static NearDuplicateDetector load(ObservaConfig config, FoldingSpanishAnalyzer analyzer, ReportStore store,
                                      JournalView journal) {
        NearDuplicateDetector detector = new NearDuplicateDetector(config, analyzer);
        // a report quarantined after it was stored (its file could not be read again) is no one's original
        Set<String> quarantined = journal.submissions().stream().filter(SubmissionState::isQuarantined)
                .map(SubmissionState::folio).collect(Collectors.toSet());
        try (Stream<Report> reports = store.stream()) {
            reports.filter(r -> !quarantined.contains(r.folio())).forEachOrdered(r -> detector.register(r.folio(),
                    TextDuplicates.comparableText(r.findings().stream().map(Finding::text).toList())));
        }
        return detector;
    }
}
