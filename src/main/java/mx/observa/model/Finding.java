package mx.observa.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A passage of a report that says one thing, with the topics it was classified into.
 *
 * @param number   1-based position of the finding inside its report
 * @param evidence topic id → the words or patterns that made the rule fire (sorted by topic id), so every
 *                 assignment can be explained to an analyst
 */
public record Finding(int number, String text, SortedMap<String, List<String>> evidence) {

    public Finding {
        evidence = new TreeMap<>(evidence);
    }

    public static Finding of(int number, String text, Map<String, List<String>> evidence) {
        return new Finding(number, text, new TreeMap<>(evidence));
    }

    public List<String> topics() {
        return List.copyOf(evidence.keySet());
    }
}
