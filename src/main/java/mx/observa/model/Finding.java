package mx.observa.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A passage of a report that says one thing: its kind, the topics it was classified into, and why.
 *
 * @param number       1-based position of the finding inside its report
 * @param evidence     topic id → the words or patterns that made that topic's rule fire (sorted by topic id), so
 *                     every topic can be explained to an analyst on its own
 * @param kind         what the passage is (incident, no issue, good practice, recommendation, context)
 * @param kindEvidence the words that decided the kind ("no hubo … propaganda", "sugiero"); empty when nothing did
 *                     and the kind is the default ({@link FindingKind#CONTEXTO})
 * @param illegible    the passage is not language (OCR noise, a broken encoding): kept and shown to analysts, but
 *                     never classified (no topics), quoted or counted
 */
public record Finding(int number, String text, SortedMap<String, List<String>> evidence, FindingKind kind,
                      List<String> kindEvidence, boolean illegible) {

    public Finding {
        evidence = new TreeMap<>(evidence);
        kind = kind == null ? FindingKind.CONTEXTO : kind;
        kindEvidence = kindEvidence == null ? List.of() : List.copyOf(kindEvidence);
        if (illegible && !evidence.isEmpty()) {
            throw new IllegalArgumentException("an illegible passage has no topics");
        }
    }

    public static Finding of(int number, String text, Map<String, List<String>> evidence, FindingKind kind,
                             List<String> kindEvidence) {
        return new Finding(number, text, new TreeMap<>(evidence), kind, kindEvidence, false);
    }

    /** A passage nobody judged (a text too short to segment, synthetic data): context, with these topics. */
    public static Finding of(int number, String text, Map<String, List<String>> evidence) {
        return of(number, text, evidence, FindingKind.CONTEXTO, List.of());
    }

    /** A passage that is not language: no topics, kind context. */
    public static Finding illegible(int number, String text) {
        return new Finding(number, text, new TreeMap<>(), FindingKind.CONTEXTO, List.of(), true);
    }

    public List<String> topics() {
        return List.copyOf(evidence.keySet());
    }
}
