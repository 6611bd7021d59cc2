package mx.observa.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One thing to recognise in a passage, as a person wrote it in a configuration file: the rules that find it
 * (phrases, combinations) and the phrases that cancel a match near them ("Recomendaciones: ninguna"). Topics
 * ({@code taxonomia.yaml}) and the cues of finding kinds ({@code tipos.yaml}) are both made of these.
 */
record Cues(List<Rule> rules, List<Phrase> exclusions, int exclusionWindow) {

    static final Cues NONE = new Cues(List.of(), List.of(), 0);

    Cues {
        rules = List.copyOf(rules);
        exclusions = List.copyOf(exclusions);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Every match no exclusion cancels, in text order (longer first at the same start). */
    List<Rule.Match> find(AnalyzedText text) {
        List<Rule.Match> matches = new ArrayList<>();
        for (Rule rule : rules) {
            for (Rule.Match m : rule.find(text)) {
                if (!excluded(text, m)) {
                    matches.add(m);
                }
            }
        }
        matches.sort(Comparator.comparingInt(Rule.Match::from).thenComparing(Comparator.comparingInt(Rule.Match::to).reversed()));
        return matches;
    }

    private boolean excluded(AnalyzedText text, Rule.Match match) {
        int from = Math.max(0, match.from() - exclusionWindow);
        int to = match.to() + exclusionWindow;
        for (Phrase exclusion : exclusions) {
            int start = from - exclusion.length() + 1;
            for (int i : exclusion.candidateStarts(text)) { // in text order: only where the exclusion may start
                if (i > to) {
                    break;
                }
                if (i >= start && exclusion.matchesAt(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
