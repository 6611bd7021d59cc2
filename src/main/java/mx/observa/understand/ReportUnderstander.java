package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Finding;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Turns an extracted text into metadata, findings with topics and personal-data spans.
 * Thread-safe: one instance serves the whole pipeline.
 */
public final class ReportUnderstander {

    public ReportUnderstander(ObservaConfig config, FoldingSpanishAnalyzer analyzer) {
    }

    /** Placeholder until the rules land: one finding per paragraph, no topics. */
    public Understanding understand(String text, String sourceName) {
        List<Finding> findings = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                findings.add(Finding.of(findings.size() + 1, paragraph.strip(), Map.of()));
            }
        }
        return new Understanding(ReportMetadata.EMPTY, findings, List.of());
    }
}
