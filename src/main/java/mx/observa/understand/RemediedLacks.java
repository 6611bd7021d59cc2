package mx.observa.understand;

import java.util.List;
import java.util.Optional;

/**
 * A lack named by what was brought to end it: "a las cuatro llegaron las boletas <em>que faltaban</em>", "el
 * capacitador trajo el sello <em>faltante</em>". The word of the lack describes the thing that arrived — it sits in a
 * relative clause ("que faltaban") or is the thing's adjective ("faltante") — so the sentence tells the remedy, not the
 * lack: the mesa got what it was missing. The lack told as the sentence's own fact ("faltaban boletas", "llegaron las
 * boletas, pero faltaban diez") or before its thing's coming ("las boletas que faltaban nunca llegaron") stays a
 * problem, and a denied bringing ("no llegaron las boletas que faltaban") is no remedy: the negation's own reading
 * decides it. The words are in {@code config/tipos.yaml} ({@code carencia_remediada}).
 */
final class RemediedLacks {

    /**
     * @param lacks      the words of a lack a relative clause describes a thing with ("que faltaban"), analyzed
     * @param adjectives the words of a lack that follow a thing as its adjective ("la pieza faltante"), analyzed
     * @param remedies   the verbs of bringing or putting back what was missing ("llegaron", "trajo", "repusieron"),
     *                   analyzed
     * @param relatives  the relative pronouns that open a relative clause (the negation's {@code relativos})
     * @param notAfter   words after which a "que" opens what was said or seen, not a relative clause ("dijo que
     *                   faltaban boletas"), analyzed
     * @param joints     words that join another clause ("y"): the verb of bringing before one is another clause's
     */
    record Spec(List<Phrase> lacks, List<Phrase> adjectives, List<Phrase> remedies, List<Phrase> relatives,
                List<Phrase> notAfter, List<Phrase> joints) {
        static final Spec NONE = new Spec(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Words from the relative pronoun to the lack: "que <em>todavía</em> faltaban", "que les faltaban". */
    private static final int RELATIVE_TO_LACK = 2;
    /** Words from the verb of bringing to the lack it names: "completó a mano, con los dos proyectos que faltaban". */
    private static final int REMEDY_TO_LACK = 10;

    private final Spec spec;

    RemediedLacks(Spec spec) {
        this.spec = spec;
    }

    /**
     * The remedy that a problem cue of one lack word describes the thing of — from the verb of bringing to the lack,
     * as a reading of things going right — or empty when the cue tells a lack of its own.
     */
    Optional<Rule.Match> remedyOf(AnalyzedText at, NegationScope negation, Rule.Match cue) {
        if (spec.remedies().isEmpty() || cue.from() != cue.to() || negation.denied(cue.from())) {
            return Optional.empty();
        }
        int lack = cue.from();
        int described = describedFrom(at, lack);
        if (described < 0) {
            return Optional.empty();
        }
        // the verb of bringing comes before the thing, in the same clause (no "y" that opens another: "llegó la
        // presidenta y dijo que faltaban boletas"), and is not denied
        for (int v = described - 1; v >= Math.max(0, described - REMEDY_TO_LACK); v--) {
            AnalyzedText.Break b = at.get(v + 1).before();
            if (b == AnalyzedText.Break.SENTENCE || b == AnalyzedText.Break.COLON || at.longestAt(spec.joints(), v) > 0) {
                return Optional.empty();
            }
            if (at.longestAt(spec.remedies(), v) > 0 && !negation.denied(v)) {
                return Optional.of(new Rule.Match(v, lack, at.span(v, v) + " … " + at.span(lack, lack)));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the words that describe a thing by its lack start: the relative pronoun before the lack ("las boletas
     * <em>que</em> faltaban"), or the lack itself when it follows the thing as its adjective ("la pieza faltante");
     * -1 when the lack opens its clause, which then tells it.
     */
    private int describedFrom(AnalyzedText at, int lack) {
        if (at.longestAt(spec.adjectives(), lack) > 0) {
            return lack > 0 && at.get(lack).before() == AnalyzedText.Break.NONE ? lack : -1;
        }
        if (at.longestAt(spec.lacks(), lack) == 0) {
            return -1;
        }
        for (int k = lack - 1; k >= Math.max(0, lack - RELATIVE_TO_LACK); k--) {
            if (at.get(k + 1).before() != AnalyzedText.Break.NONE) {
                return -1;
            }
            if (at.longestAt(spec.relatives(), k) > 0) {
                return saidOrSeen(at, k) ? -1 : k;
            }
        }
        return -1;
    }

    /** Whether a word of saying or seeing ends right before token {@code that}: "dijo <em>que</em>…". */
    private boolean saidOrSeen(AnalyzedText at, int that) {
        return spec.notAfter().stream().anyMatch(p -> p.length() <= that && p.matchesAt(at, that - p.length()));
    }
}
