package mx.observa.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A condition that opens a sentence supposes what it says, it does not tell it: in "Si se cambia la mesa de lugar, hay
 * que poner un letrero" no mesa was moved, and the proposal after the comma is what the sentence says. The words are in
 * {@code config/tipos.yaml} ({@code condicion}).
 */
final class Conditions {

    /**
     * @param openers    the words that open a condition ("si", "en caso de que"), analyzed
     * @param notAfter   words after "si" that make it the yes of a told fact ("Si hubo propaganda, hay que decirlo"),
     *                   folded
     */
    record Spec(List<Phrase> openers, Set<String> notAfter) {
        static final Spec NONE = new Spec(List.of(), Set.of());
    }

    /** The most item numbers before a condition ("3.", "R1 2"). */
    private static final int ITEM_NUMBERS = 2;

    private final Spec spec;

    Conditions(Spec spec) {
        this.spec = spec;
    }

    /**
     * Whether token {@code i} lies in a condition that opens its sentence, before the comma that ends it.
     *
     * @param heading the token where the text after its heading starts (0: none): it opens a sentence
     */
    boolean supposes(AnalyzedText at, int i, int heading) {
        if (spec.openers().isEmpty()) {
            return false;
        }
        // the condition opens the sentence (or the text after its heading), or follows only its item's number ("3. Si falta…")
        int from = heading <= i ? Math.max(at.sentenceStart(i), heading) : at.sentenceStart(i);
        int opener = openerAt(at, from);
        for (int k = from + 1; opener == 0 && k < i && k <= from + ITEM_NUMBERS; k++) {
            if (Phrase.afterItemNumber(at, k)) {
                opener = openerAt(at, k);
                from = opener > 0 ? k : from;
            }
        }
        if (opener == 0 || from + opener > i) {
            return false;
        }
        for (int j = from + 1; j <= i; j++) {
            if (at.get(j).before() != AnalyzedText.Break.NONE) {
                return false;
            }
        }
        // … and the clause must end in a comma: a condition with nothing after it is no condition of anything
        for (int j = i + 1; j <= at.sentenceEnd(i) && j < at.size(); j++) {
            if (at.get(j).before() == AnalyzedText.Break.COMMA) {
                return true;
            }
            if (at.get(j).before() != AnalyzedText.Break.NONE) {
                return false;
            }
        }
        return false;
    }

    /** The length of the opener at token {@code from}, or 0; the «sí» of a yes, written with its accent, is none. */
    private int openerAt(AnalyzedText at, int from) {
        for (Phrase p : spec.openers()) {
            if (p.matchesAt(at, from)) {
                AnalyzedText.Token first = at.get(from);
                String written = at.text().substring(first.start(), first.end()).toLowerCase(Locale.ROOT);
                boolean yes = written.equals("sí") || from + p.length() < at.size()
                        && spec.notAfter().contains(at.get(from + p.length()).surface());
                return yes ? 0 : p.length();
            }
        }
        return 0;
    }
}
