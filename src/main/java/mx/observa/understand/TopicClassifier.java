package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Assigns zero or more taxonomy topics to one finding, recording for each the observer's words that matched,
 * so an analyst can see why, and hands the kind classifier the matches that are problems in themselves. Topics
 * given by a finding's kind (recommendations, good practices) are added by {@link #withKindTopics}.
 */
final class TopicClassifier {

    /** Topic id → evidence (sorted by id), and the topics' problem matches ("propaganda", "riña"). */
    record Result(SortedMap<String, List<String>> evidence, List<Rule.Match> problems) {
    }

    private final TopicRules rules;

    TopicClassifier(TopicRules rules) {
        this.rules = rules;
    }

    Result classify(AnalyzedText text) {
        SortedMap<String, List<String>> evidence = new TreeMap<>();
        List<Rule.Match> problems = new ArrayList<>();
        for (Topic topic : rules.topics()) {
            if (topic.fromKind() != null) {
                continue;
            }
            List<Rule.Match> matches = topic.matches(text);
            if (!matches.isEmpty()) {
                evidence.put(topic.id(), Topic.evidence(matches));
            }
            problems.addAll(topic.problems().find(text));
        }
        return new Result(evidence, problems);
    }

    /** The evidence plus the topic of the finding's kind, if a topic is given by that kind, with the kind's words. */
    SortedMap<String, List<String>> withKindTopics(SortedMap<String, List<String>> evidence, KindClassifier.Kind kind) {
        SortedMap<String, List<String>> all = new TreeMap<>(evidence);
        for (Topic topic : rules.topics()) {
            if (topic.fromKind() == kind.kind()) {
                all.put(topic.id(), kind.evidence().isEmpty() ? List.of(kind.kind().label()) : kind.evidence());
            }
        }
        return all;
    }
}
