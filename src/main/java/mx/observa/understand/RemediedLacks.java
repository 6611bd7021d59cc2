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
 * decides it.
 * <p>
 * The same holds for a known damaged thing that the mesa set aside, replaced or recorded: "separó <em>las boletas
 * mojadas</em>", "guardó <em>la rota</em> debajo de la mesa", "anotaron en el acta <em>las boletas mojadas</em>". The
 * damage is the adjective of a thing pointed at with a definite article (the reader already knows it), the object of a
 * verb of handling before it in the same clause: the sentence tells what the mesa did about it. A damaged thing told
 * as news ("llegaron las boletas mojadas", "encontraron la urna rota", "anotaron que la urna venía rota", with no
 * handling or a "que" between) and a handling denied ("no cambiaron la mampara rota") stay problems. The words are in
 * {@code config/tipos.yaml} ({@code carencia_remediada}).
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
     * @param damages    the words of damage that follow a thing as its adjective ("mojadas", "rota"), analyzed
     * @param handlings  the verbs of setting aside, replacing or recording a damaged thing ("separó", "cambiaron",
     *                   "anotaron"), analyzed
     * @param articles   the definite articles that point at a thing the reader knows ("la", "las"), analyzed
     */
    record Spec(List<Phrase> lacks, List<Phrase> adjectives, List<Phrase> remedies, List<Phrase> relatives,
                List<Phrase> notAfter, List<Phrase> joints, List<Phrase> damages, List<Phrase> handlings,
                List<Phrase> articles) {
        static final Spec NONE = new Spec(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
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
        if (cue.from() != cue.to() || negation.denied(cue.from())) {
            return Optional.empty();
        }
        if (!spec.handlings().isEmpty() && at.longestAt(spec.damages(), cue.from()) > 0) {
            return handlingOf(at, negation, cue.from());
        }
        if (spec.remedies().isEmpty()) {
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
     * Words from the definite article to the damage: "<em>la</em> rota", "<em>las</em> boletas mojadas" (not "anotaron
     * en <em>el</em> acta tres boletas rotas", whose article is another thing's).
     */
    private static final int ARTICLE_TO_DAMAGE = 2;

    /**
     * The handling of a known damaged thing — from the verb of handling to the damage — or empty when the damage is
     * told as news: not the adjective of a thing a definite article points at, no verb of handling before it in its
     * clause, a "que" between them ("anotaron que la urna venía rota"), or the handling denied.
     */
    private Optional<Rule.Match> handlingOf(AnalyzedText at, NegationScope negation, int damage) {
        if (damage == 0 || at.get(damage).before() != AnalyzedText.Break.NONE) {
            return Optional.empty();
        }
        int article = -1;
        for (int k = damage - 1; k >= Math.max(0, damage - ARTICLE_TO_DAMAGE) && article < 0; k--) {
            if (at.get(k + 1).before() != AnalyzedText.Break.NONE) {
                return Optional.empty();
            }
            if (at.longestAt(spec.articles(), k) > 0) {
                article = k;
            }
        }
        if (article < 0) {
            return Optional.empty();
        }
        for (int v = article - 1; v >= Math.max(0, article - REMEDY_TO_LACK); v--) {
            AnalyzedText.Break b = at.get(v + 1).before();
            if (b == AnalyzedText.Break.SENTENCE || b == AnalyzedText.Break.COLON || at.longestAt(spec.joints(), v) > 0
                    || at.longestAt(spec.relatives(), v) > 0) {
                return Optional.empty();
            }
            if (at.longestAt(spec.handlings(), v) > 0) {
                return negation.denied(v) ? Optional.empty()
                        : Optional.of(new Rule.Match(v, damage, at.span(v, v) + " … " + at.span(damage, damage)));
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
