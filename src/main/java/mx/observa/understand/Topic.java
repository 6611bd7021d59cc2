package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One topic of the taxonomy with the rules that recognise it and the phrases that cancel a nearby match
 * ("Recomendaciones: ninguna").
 */
record Topic(String id, String label, List<Rule> rules, List<Phrase> exclusions, int exclusionWindow) {

    /** The distinct evidence of every rule match that no exclusion cancels, in text order; empty if none. */
    List<String> evidenceIn(AnalyzedText text) {
        List<Rule.Match> matches = new ArrayList<>();
        for (Rule rule : rules) {
            for (Rule.Match m : rule.find(text)) {
                if (!excluded(text, m)) {
                    matches.add(m);
                }
            }
        }
        matches.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(b.to(), a.to()));
        Set<String> evidence = new LinkedHashSet<>();
        for (Rule.Match m : matches) {
            evidence.add(m.evidence());
        }
        return List.copyOf(evidence);
    }

    private boolean excluded(AnalyzedText text, Rule.Match match) {
        int from = Math.max(0, match.from() - exclusionWindow);
        int to = match.to() + exclusionWindow;
        for (Phrase exclusion : exclusions) {
            int start = from - exclusion.length() + 1;
            for (int i = Math.max(0, start); i <= to && i < text.size(); i++) {
                if (exclusion.matchesAt(text, i) && i + exclusion.length() - 1 >= from) {
                    return true;
                }
            }
        }
        return false;
    }
}
