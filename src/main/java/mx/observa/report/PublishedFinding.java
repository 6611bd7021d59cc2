package mx.observa.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import mx.observa.model.FindingKind;

/**
 * A finding as the report may publish it: its report's fields and its text already redacted.
 *
 * @param received day (Mexico City) the report was received
 * @param date     day of the consultation the report is about, when the report says
 * @param evidence topic id → the words that made the rule fire
 * @param kind     what the finding is (incident, no issue, good practice, recommendation, context); a finding
 *                 stored before kinds existed reads as context
 */
public record PublishedFinding(String folio, int number, String channel, String alcaldia, Integer distrito, String ut,
                               String mro, LocalDate date, LocalDate received, List<String> topics,
                               Map<String, List<String>> evidence, String text, FindingKind kind) {

    /** Anchor of this finding in the HTML annex: what every quote and list item links to. */
    public String anchor() {
        return anchor(folio, number);
    }

    static String anchor(String folio, int number) {
        return "h-" + folio + "-" + number;
    }

    public boolean has(String topic) {
        return topics.contains(topic);
    }
}
