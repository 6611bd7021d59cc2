package mx.observa.report;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.ReportUnderstander;
import mx.observa.understand.TopicLabels;

/**
 * What everything a loaded configuration publishes is written with: the topics' labels and its one {@link Redactor}
 * (the personal-data detector of its understander, then the safety net). Built once where the configuration is loaded
 * — the service ({@code ObservaService}) and {@code observa report} — and handed to the report's editions, the
 * report schedule and the web. One redactor, because its memo of what a text's redaction removes is what makes a
 * second reading free: the commission's page of a finding the consolidated report already redacted is not detected
 * again, and two redactors of the same configuration would each keep a copy of every span.
 *
 * @param labels   the topics' labels of {@code config/taxonomia.yaml}
 * @param redactor the redaction of every published text
 */
public record Publishing(TopicLabels labels, Redactor redactor) {

    /** The publishing of the configuration {@code understander} was built from, redacting with its detector. */
    public static Publishing of(ReportUnderstander understander) {
        return new Publishing(understander.topicLabels(), new Redactor(understander::detection));
    }

    /**
     * For a process that only publishes ({@code observa report}): an understander without the nearest-passage model,
     * whose detection and labels are the full one's ({@link ReportUnderstander#forPublishing}).
     */
    public static Publishing configured(ObservaConfig config) {
        return of(ReportUnderstander.forPublishing(config, new FoldingSpanishAnalyzer()));
    }
}
