package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * A lack of help told right after what a voter did is how they did it, on their own: "opinó él solo, sin ayuda",
 * "llegó sin ayuda", "pudo marcar sin apoyo". The help missing is no lack there but the measure of what went well (the
 * ramp, the template, the mesa at ground level worked). Only when the act comes right before it (with at most a few
 * words that say who or how: "él solo", "por su cuenta", an infinitive after "pudo") and the lack closes its clause: "tuvo
 * que subir sin ayuda" (no act of its own), "subió sin ayuda de nadie" (who did not help goes on) and "esperó sin
 * apoyo" (no act of the list) still tell a lack. The words are in {@code config/tipos.yaml} ({@code sin_ayuda}).
 */
final class UnaidedActs {

    /**
     * @param unaided the lacks of help ("sin ayuda", "sin apoyo"), analyzed
     * @param acts    the conjugated verbs of what a voter does ("opinó", "llegó", "pudo"), analyzed
     * @param between the words that may stand between the act and the lack ("él", "solo", "marcar"), analyzed
     * @param joints  the words that may follow the lack and open another clause ("y"), analyzed
     */
    record Spec(List<Phrase> unaided, List<Phrase> acts, List<Phrase> between, List<Phrase> joints) {
        static final Spec NONE = new Spec(List.of(), List.of(), List.of(), List.of());
    }

    /** The most words between the act and the lack: "opinó <em>él solo,</em> sin ayuda". */
    private static final int MAX_BETWEEN = 3;

    private final Spec spec;

    UnaidedActs(Spec spec) {
        this.spec = spec;
    }

    /** Each act done without help, from the act to the end of its lack, as a reading of things going right. */
    List<Rule.Match> of(AnalyzedText at, NegationScope negation) {
        if (spec.unaided().isEmpty()) {
            return List.of();
        }
        List<Rule.Match> found = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
            int length = at.longestAt(spec.unaided(), i);
            if (length == 0) {
                continue;
            }
            int end = i + length - 1;
            if (end + 1 < at.size() && at.get(end + 1).before() == AnalyzedText.Break.NONE
                    && at.longestAt(spec.joints(), end + 1) == 0) {
                continue; // "sin ayuda de nadie": the lack goes on
            }
            int act = actBefore(at, i);
            if (act >= 0 && !negation.denied(act)) {
                found.add(new Rule.Match(act, end, at.span(act, act) + " … " + at.span(i, end)));
            }
        }
        return found;
    }

    /** Where the act before the lack at {@code lack} starts, over at most a few words between, or -1. */
    private int actBefore(AnalyzedText at, int lack) {
        int k = lack - 1;
        int skipped = 0;
        while (k >= 0) {
            AnalyzedText.Break b = at.get(k + 1).before();
            if (b == AnalyzedText.Break.SENTENCE || b == AnalyzedText.Break.COLON) {
                return -1;
            }
            int act = startOfPhraseEndingAt(at, spec.acts(), k);
            if (act >= 0) {
                return act;
            }
            int word = startOfPhraseEndingAt(at, spec.between(), k);
            if (word < 0 || ++skipped > MAX_BETWEEN) {
                return -1;
            }
            k = word - 1;
        }
        return -1;
    }

    private static int startOfPhraseEndingAt(AnalyzedText at, List<Phrase> phrases, int end) {
        int best = -1;
        for (Phrase p : phrases) {
            int start = end - p.length() + 1;
            if (start >= 0 && (best < 0 || start < best) && p.matchesAt(at, start)) {
                best = start;
            }
        }
        return best;
    }
}
