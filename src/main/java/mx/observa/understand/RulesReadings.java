package mx.observa.understand;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * What {@link ReportFindings} reads in a passage before any nearest-passage classifier has a say: the passage
 * analyzed into tokens, the topic rules' reading of it, and whether it is language at all. Each is a function of the
 * passage's text and the rules alone.
 *
 * <p>Production reads every passage afresh ({@link #none()}). A report understood twice by understanders that share
 * their rules and differ only in their classifier (the quality test's left-out classifier and the rules alone,
 * {@code TwiceUnderstood}) shares one instance ({@link #shared()}) between both readings, so the second reads what the
 * first computed — also the phrase hits an analyzed text keeps for the kind rules, which both understanders hold in
 * the same lists. Not thread-safe: one per report, on one thread.
 */
final class RulesReadings {

    private final Map<String, AnalyzedText> analyzed;
    private final Map<String, TopicClassifier.Result> topics;
    private final Map<String, Boolean> illegible;

    private RulesReadings(boolean remembers) {
        this.analyzed = remembers ? new HashMap<>() : null;
        this.topics = remembers ? new HashMap<>() : null;
        this.illegible = remembers ? new HashMap<>() : null;
    }

    /** Every passage read afresh: nothing is kept. */
    static RulesReadings none() {
        return new RulesReadings(false);
    }

    /** Readings kept by text, for one report read by several understanders built on the same rules. */
    static RulesReadings shared() {
        return new RulesReadings(true);
    }

    AnalyzedText analyzed(FoldingSpanishAnalyzer analyzer, String text) {
        return analyzed == null ? AnalyzedText.of(analyzer, text) : analyzed.computeIfAbsent(text, t -> AnalyzedText.of(analyzer, t));
    }

    /** The topic rules' reading of {@code text}, whose analysis is {@code at}. */
    TopicClassifier.Result topics(String text, AnalyzedText at, Function<AnalyzedText, TopicClassifier.Result> classify) {
        return topics == null ? classify.apply(at) : topics.computeIfAbsent(text, t -> classify.apply(at));
    }

    boolean illegible(String text, Predicate<String> isIllegible) {
        return illegible == null ? isIllegible.test(text) : illegible.computeIfAbsent(text, isIllegible::test);
    }
}
