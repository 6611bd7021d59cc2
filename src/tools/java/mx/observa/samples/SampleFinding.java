package mx.observa.samples;

import java.util.List;

/**
 * One finding of a report as the observer wrote it.
 *
 * @param label  a question (questionnaires) or a heading (letters); null when the finding is plain text
 * @param text   what the observer wrote; may contain {@code {placeholders}} resolved by {@link ReportComposer}
 * @param topics taxonomy topics the finding is about (ground truth for tests)
 */
public record SampleFinding(String label, String text, List<Topic> topics) {

    public SampleFinding {
        topics = List.copyOf(topics);
    }

    public static SampleFinding of(String text, Topic... topics) {
        return new SampleFinding(null, text, List.of(topics));
    }

    public static SampleFinding labelled(String label, String text, Topic... topics) {
        return new SampleFinding(label, text, List.of(topics));
    }
}
