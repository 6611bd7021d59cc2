package mx.observa.understand;

import java.util.List;

import mx.observa.model.Understanding;

/**
 * One report understood by two understanders built on the same rules that differ only in their nearest-passage
 * classifier (cross-validation's left-out classifier and the rules alone): only the findings depend on the classifier,
 * so the text is cleaned, its metadata extracted and its segments cut once, by the first, and the findings read by
 * each — the steps of {@link ReportUnderstander#understand(String, String)}, in its order — sharing what the rules
 * read in each passage ({@link RulesReadings}: its tokens, its topics, whether it is language), which the classifier
 * has no part in either. Metadata and segments were two thirds of understanding a report twice. Its personal data is
 * not looked for: the quality figures read none ({@code PrivacyQualityTest} measures the detector).
 *
 * <p>That this is what {@code understand} gives is checked, not assumed: asked to, it also understands the report
 * whole with each and fails if its metadata or findings differ (a step added to {@code understand} and missing here).
 */
final class TwiceUnderstood {

    private TwiceUnderstood() {
    }

    /** The report as {@code first.understand} and {@code second.understand} read it, in that order. */
    static Understanding[] understand(ReportUnderstander first, ReportUnderstander second, String text, String sourceName,
                                      boolean checkWhole) {
        Understanding[] both;
        try {
            String clean = first.clean(text);
            MetadataExtractor.Result meta = first.metadata(clean);
            List<Segmenter.Segment> segments = List.copyOf(first.segments(clean, meta));
            // no personal data: the quality figures read none (PrivacyQualityTest measures the detector), and it was
            // a tenth of this test's time
            List<mx.observa.model.PersonalData> personal = List.of();
            // what the rules read in each passage is the same for both: the second reads what the first computed
            RulesReadings readings = RulesReadings.shared();
            both = new Understanding[] {
                    new Understanding(meta.metadata(), List.copyOf(first.findings(clean, meta, segments, readings)), personal),
                    new Understanding(meta.metadata(), List.copyOf(second.findings(clean, meta, segments, readings)), personal)};
        } catch (RuntimeException e) {
            throw new IllegalStateException("No se pudo analizar el informe " + sourceName + ": " + e.getMessage(), e);
        }
        if (checkWhole && !(sameReading(both[0], first.understand(text, sourceName))
                && sameReading(both[1], second.understand(text, sourceName)))) {
            throw new IllegalStateException("TwiceUnderstood ya no sigue los pasos de ReportUnderstander.understand: "
                    + sourceName + " se entiende distinto");
        }
        return both;
    }

    /** The same metadata and findings: all the quality figures read of an understanding. */
    private static boolean sameReading(Understanding shared, Understanding whole) {
        return shared.metadata().equals(whole.metadata()) && shared.findings().equals(whole.findings());
    }
}
