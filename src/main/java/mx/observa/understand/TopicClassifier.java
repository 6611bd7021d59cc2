package mx.observa.understand;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Assigns zero or more taxonomy topics to one finding, recording for each the observer's words that matched,
 * so an analyst can see why. The passage is analyzed once with the shared chain and every topic's rules run
 * over the same tokens.
 */
final class TopicClassifier {

    private final TopicRules rules;
    private final FoldingSpanishAnalyzer analyzer;

    TopicClassifier(TopicRules rules, FoldingSpanishAnalyzer analyzer) {
        this.rules = rules;
        this.analyzer = analyzer;
    }

    /** Topic id → evidence, sorted by topic id; empty when no rule fires. */
    SortedMap<String, List<String>> classify(String passage) {
        AnalyzedText text = AnalyzedText.of(analyzer, passage);
        SortedMap<String, List<String>> evidence = new TreeMap<>();
        for (Topic topic : rules.topics()) {
            List<String> found = topic.evidenceIn(text);
            if (!found.isEmpty()) {
                evidence.put(topic.id(), found);
            }
        }
        return evidence;
    }
}
