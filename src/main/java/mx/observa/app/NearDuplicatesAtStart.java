package mx.observa.app;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import mx.observa.archive.Folios;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.pipeline.TextDuplicates;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.NearDuplicateDetector;

/**
 * The near-duplicate detector keeps its signatures in memory; at start-up it learns every indexed report again, in
 * arrival (folio) order, so "the first one seen" stays the first one across restarts.
 */
final class NearDuplicatesAtStart {

    private NearDuplicatesAtStart() {
    }

    static NearDuplicateDetector load(ObservaConfig config, FoldingSpanishAnalyzer analyzer, FindingIndex index) {
        NearDuplicateDetector detector = new NearDuplicateDetector(config, analyzer);
        Map<Long, List<IndexedFinding>> byFolio = FindingReader.all(index).stream()
                .collect(Collectors.groupingBy(f -> Folios.number(f.folio()), TreeMap::new, Collectors.toList()));
        byFolio.values().forEach(findings -> detector.register(findings.get(0).folio(),
                TextDuplicates.comparableText(findings.stream().map(IndexedFinding::text).toList())));
        return detector;
    }
}
