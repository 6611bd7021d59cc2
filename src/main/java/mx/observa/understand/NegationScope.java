package mx.observa.understand;

import java.util.Arrays;
import java.util.Set;

/**
 * Which words of a passage are denied, in Spanish as observers write it: a negator ("no", "sin", "ningún",
 * "nadie", "nunca", "ni"…) denies the words after it up to the end of its clause — a sentence end, a colon, a
 * word that turns the sentence ("pero", "sino", "aunque"), a comma that does not continue a list ("no hubo
 * propaganda, acarreo ni presión" is one scope; "no hubo boletas suficientes, se acabaron" two), or
 * {@code reach} words. Negators inside a scope do not undo it (negative concord: "no se presentó ningún
 * incidente", "sin que nadie la viera" deny once).
 */
final class NegationScope {

    /** "o", "u", "ni" inside a negation continue what it denies; each lengthens its reach a little, a bounded number of times. */
    private static final Set<String> COORDINATORS = Set.of("o", "u", "ni");
    private static final int COORDINATED_REACH = 2;
    private static final int MAX_EXTENSIONS = 2;
    /**
     * Articles, prepositions and clitics: a long reach is counted in the words that say something, so that "no se
     * constató la presencia de personas ajenas a la mesa" reaches as far as its sense does. (A closed class of
     * Spanish grammar, not vocabulary.) Not "y": what follows it is often a new clause.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "del", "la", "el", "los", "las",
            "lo", "un", "una", "unos", "unas", "a", "al", "en", "se", "le", "les", "me", "nos");

    /** "y", "e": join a new clause (not "ni", "o", "u", which continue what a denial lists). */
    private static final Set<String> COORDINATING_AND = Set.of("y", "e");

    private final int[] negatorOf;
    /** Tokens that start a concordant negative word ("ningún", "nadie", "ni"…). */
    private final boolean[] concordant;
    /** Each token's folded surface, to tell where a coordinated clause starts. */
    private final String[] surfaces;

    private NegationScope(int[] negatorOf, boolean[] concordant, String[] surfaces) {
        this.negatorOf = negatorOf;
        this.concordant = concordant;
        this.surfaces = surfaces;
    }

    static NegationScope of(AnalyzedText text, KindRules.Negation rules) {
        int[] negatorOf = new int[text.size()];
        Arrays.fill(negatorOf, -1);
        int i = 0;
        while (i < text.size()) {
            int negatorLength = longest(text, rules.negators(), i);
            if (negatorLength == 0) {
                i++;
                continue;
            }
            int negator = i;
            int j = i + negatorLength;
            boolean clause = j < text.size() && text.get(j).surface().equals("que");
            boolean shortScope = longest(text, rules.shortOnes(), i) > 0 && !clause;
            int reach = shortScope ? rules.shortReach() : rules.reach();
            if (j < text.size() && text.get(j).before() != AnalyzedText.Break.NONE) {
                i = j; // "No, faltó una": an answer, not a denial of what follows
                continue;
            }
            int reached = 0;
            int extended = 0;
            while (j < text.size() && reached < reach) {
                if (j > i + negatorLength && startsNewNegation(text, rules, j)) {
                    if (deniedWithout(text, rules, i, j)) {
                        negatorOf[j] = negator;
                    }
                    break; // "no les reconoció la foto y no pudieron votar": two denials, each of its own clause
                }
                if (j > i + negatorLength && (coordinatedClause(text, rules.newClause(), j)
                        || endsRelativeClause(text, rules, negator, negatorLength, j))) {
                    break;
                }
                // "sin" governs a noun phrase or an infinitive, never a finite verb: after its first word, a proclitic
                // pronoun or a conjugated verb is the main clause ("sin credencial <em>le</em> explicaron que no
                // podía", "sin toldo <em>se</em> mojaron las boletas"), which it does not deny
                if (shortScope && j > i + negatorLength && finiteClauseStarts(text, rules.newClause(), j)) {
                    break;
                }
                AnalyzedText.Break cut = text.get(j).before();
                if (cut == AnalyzedText.Break.SENTENCE || cut == AnalyzedText.Break.COLON
                        || cut == AnalyzedText.Break.COMMA && !listGoesOn(text, rules.newClause(), j)
                        || longest(text, rules.cuts(), j) > 0) {
                    break;
                }
                if (negatorOf[j] < 0) {
                    negatorOf[j] = negator;
                }
                if (COORDINATORS.contains(text.get(j).surface()) && extended < MAX_EXTENSIONS) {
                    reach += COORDINATED_REACH; // "actos de violencia o alteración del orden": the list goes on
                    extended++;
                } else if (longest(text, rules.negators(), j) == 0 && (shortScope
                        || !FUNCTION_WORDS.contains(text.get(j).surface()))) {
                    reached++;
                }
                j++;
            }
            i = Math.max(i + negatorLength, j);
        }
        boolean[] concordant = new boolean[text.size()];
        for (int k = 0; k < text.size(); k++) {
            concordant[k] = longest(text, rules.concordant(), k) > 0;
            int postposed = longest(text, rules.postposed(), k);
            if (postposed > 0) {
                // "la diferencia entre papeletas y personas fue de cero": denies its clause, backwards
                for (int j = k - 1; j >= 0; j--) {
                    if (negatorOf[j] < 0) {
                        negatorOf[j] = k;
                    }
                    if (text.get(j).before() != AnalyzedText.Break.NONE) {
                        break;
                    }
                }
            }
        }
        String[] surfaces = new String[text.size()];
        for (int k = 0; k < surfaces.length; k++) {
            surfaces[k] = text.get(k).surface();
        }
        return new NegationScope(negatorOf, concordant, surfaces);
    }

    /**
     * Whether token {@code j} is a "y" that joins a clause of its own, with a conjugated verb right after it: "la fila
     * nunca pasó de quince personas y <em>avanzó</em> rápido", "llenaron el acta sin pena y <em>pegaron</em> el
     * resultado" — what the second verb says is not denied. "No hubo gritos y empujones" goes on denying.
     */
    private static boolean coordinatedClause(AnalyzedText text, KindRules.NewClause rules, int j) {
        if (!COORDINATING_AND.contains(text.get(j).surface()) || j + 1 >= text.size()
                || text.get(j + 1).before() != AnalyzedText.Break.NONE) {
            return false;
        }
        return opensWithAVerb(text, rules, j + 1);
    }

    /**
     * Whether token {@code j} opens a finite clause: a proclitic pronoun ({@code negacion.pronombres}: "le", "se") or
     * a conjugated verb by its written ending ({@code negacion.terminaciones_verbo}: "explicaron", "llegó").
     */
    private static boolean finiteClauseStarts(AnalyzedText text, KindRules.NewClause clause, int j) {
        return longest(text, clause.clitics(), j) > 0 || opensWithAVerb(text, clause, j);
    }

    /** The shortest stem of a conjugated verb the endings are read on ("pegaron", not "aron"). */
    private static final int MIN_VERB_STEM = 3;

    /**
     * Whether token {@code j} is a proclitic pronoun that starts the main clause after a relative clause the negator
     * denied: "a los que no traían credencial <em>les</em> explicaron", "las que no alcanzaron lugar <em>se</em>
     * sentaron en la banca". A clitic right after the negator or after another pronoun ("que no se lo dieron") is of
     * the denied verb; so is one after a word that asks for a clause ("que no hubo quien <em>les</em> ayudara").
     */
    private static boolean endsRelativeClause(AnalyzedText text, KindRules.Negation rules, int negator, int negatorLength, int j) {
        KindRules.NewClause clause = rules.newClause();
        // the relative pronoun follows the word it describes ("a <em>quienes</em> no…", "los <em>que</em> no…"); a "que"
        // that opens its clause is a wish or what was said ("«Mesa en planta baja»: que nunca más se instale arriba")
        if (negator < 2 || clause.relatives().isEmpty() || longest(text, clause.relatives(), negator - 1) == 0
                || text.get(negator - 1).before() != AnalyzedText.Break.NONE
                || text.get(negator).before() != AnalyzedText.Break.NONE || longest(text, clause.clitics(), j) == 0) {
            return false;
        }
        int previous = j - 1;
        return previous >= negator + negatorLength && longest(text, clause.clitics(), previous) == 0
                && longest(text, clause.relatives(), previous) == 0 && longest(text, rules.negators(), previous) == 0
                && !FUNCTION_WORDS.contains(text.get(previous).surface())
                && longest(text, clause.negationAdverbs(), previous) == 0;
    }

    /**
     * Whether the short negator at token {@code j} ("sin", not "sin que") is a phrase of the clause the negator at
     * {@code negator} denies, so that it is denied with it: two negations say that what "sin" lacks was there — "a
     * nadie le dejaron opinar sin credencial" (everyone showed one), "no rechazan a nadie sin explicarle" (everyone
     * was told why), "ni al compadre lo dejaron pasar sin la suya". The "sin" phrase keeps its own scope; only its
     * reading as a lack is denied. Not past a comma or across a "y" that may start another clause ("no alcanzaron las
     * boletas y varios se fueron sin opinar", "no tenía techo, sin toldo la gente se asoleó" tell two problems).
     */
    private static boolean deniedWithout(AnalyzedText text, KindRules.Negation rules, int negator, int j) {
        if (longest(text, rules.shortOnes(), j) == 0 || text.get(j).before() != AnalyzedText.Break.NONE
                || j + 1 < text.size() && text.get(j + 1).surface().equals("que")) {
            return false;
        }
        for (int k = negator + 1; k < j; k++) {
            if (COORDINATING_AND.contains(text.get(k).surface())) {
                return false;
            }
        }
        return true;
    }

    /** A negator that does not agree with the one before ("no", "sin"), not a concordant "ningún", "nadie", "ni". */
    private static boolean startsNewNegation(AnalyzedText text, KindRules.Negation rules, int j) {
        return longest(text, rules.negators(), j) > 0 && longest(text, rules.concordant(), j) == 0;
    }

    /**
     * The most words of one item of a list a denial goes on through ("riña, <em>amenaza</em>, robo ni daño"), not
     * counting articles and prepositions: "reparto de regalos" is an item of two words as "compra de votos" is.
     */
    private static final int LIST_ITEM_WORDS = 2;
    /** The most tokens of one item, function words included ("reparto de los regalos"). */
    private static final int LIST_ITEM_TOKENS = 4;
    /** The most items after the first comma of such a list. */
    private static final int LIST_ITEMS = 5;

    /**
     * After a comma at token {@code j}: a list that goes on — short items (one or two words each) separated by commas,
     * the last joined by "ni", "o" or "y": "no se registró riña, amenaza, robo ni daño" denies every item. An item
     * that opens with a conjugated verb is a clause of its own ("no abrió a tiempo, llegó tarde y…"), and a longer
     * stretch is one ("no hubo boletas suficientes, se acabaron").
     */
    private static boolean listGoesOn(AnalyzedText text, KindRules.NewClause clause, int j) {
        int itemStart = j;
        int items = 0;
        for (int k = j; k < text.size(); k++) {
            if (k > itemStart && text.get(k).before() == AnalyzedText.Break.COMMA && shortItem(text, itemStart, k)
                    && ++items <= LIST_ITEMS) {
                itemStart = k; // "riña, amenaza, | robo ni daño": another short item
            } else if (k > j && text.get(k).before() != AnalyzedText.Break.NONE) {
                return false;
            }
            if (k == itemStart && k > j && opensWithAVerb(text, clause, k)) {
                return false;
            }
            String t = text.get(k).surface();
            if (k > itemStart && (t.equals("ni") || t.equals("o") || t.equals("y") || t.equals("u") || t.equals("e"))) {
                return true;
            }
            if (!shortItem(text, itemStart, k + 1)) {
                return false; // an item reaches its coordinator by its third word: "…, todo bien y…"
            }
        }
        return false;
    }

    /** Whether tokens {@code from} (inclusive) to {@code to} (exclusive) are few enough to be one item of a list. */
    private static boolean shortItem(AnalyzedText text, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            if (!FUNCTION_WORDS.contains(text.get(k).surface())) {
                words++;
            }
        }
        return words <= LIST_ITEM_WORDS && to - from <= LIST_ITEM_TOKENS;
    }

    /** Whether token {@code k} is a conjugated verb by its written ending ("llegó", "pegaron"). */
    private static boolean opensWithAVerb(AnalyzedText text, KindRules.NewClause clause, int k) {
        AnalyzedText.Token t = text.get(k);
        String written = text.text().substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
        return clause.verbEndings().stream().anyMatch(e -> written.endsWith(e) && written.length() >= e.length() + MIN_VERB_STEM);
    }

    private static int longest(AnalyzedText text, java.util.List<Phrase> phrases, int i) {
        return text.longestAt(phrases, i);
    }

    /**
     * Whether the match is denied: its first phrase by a negator before it — unless that phrase is itself a
     * concordant negative word, which agrees with the negation instead of undoing it ("no había ningún letrero"
     * is one denial: no sign) — or a later phrase by a negator inside the match ("la fila nunca fue larga").
     */
    boolean denies(Rule.Match match) {
        return negatorOf(match) >= 0;
    }

    /** The negator's token index for a denied match, or -1. */
    int negatorOf(Rule.Match match) {
        int anchor = match.anchor();
        if (negatorOf[anchor] >= 0 && !concordant[anchor]) {
            return negatorOf[anchor];
        }
        for (int part : match.parts()) {
            int negator = negatorOf[part];
            if (negator > anchor && negator < part && !coordinatedBetween(negator, part)) {
                return negator;
            }
        }
        return -1;
    }

    /**
     * Whether a clause joined by "y" lies between a negator inside a match and a later part of it: the part is then
     * said of its own clause, not denied — "los separaron; nadie salió herido y cada quien se fue" ended the fight,
     * while "le pidió que se retirara y no se fue" denies its last part.
     */
    private boolean coordinatedBetween(int negator, int part) {
        for (int k = negator + 1; k < part; k++) {
            if (COORDINATING_AND.contains(surfaces[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the match is denied by a negative word that says nothing of the kind existed ("ni", "nadie", "ningún",
     * "nunca"), or by a "no" such a word agrees with later in its scope ("no faltaba ninguna"), not by a bare "no", which also builds "no abrió hasta las diez" (it opened late), "si no votaban…"
     * (a threat) or "no la encontraron y tuvo que…".
     */
    boolean deniedByANegativeWord(Rule.Match match) {
        int negator = negatorOf(match);
        if (negator < 0 || negator >= concordant.length) {
            return false;
        }
        if (concordant[negator]) {
            return true;
        }
        // a bare "no" that a negative word of its scope agrees with says as much: "no faltaba ninguna", "no hubo nada
        // de eso", "no se asomó nadie" (negative concord; "no abrió hasta las diez" has none)
        for (int k = negator + 1; k < negatorOf.length && negatorOf[k] == negator; k++) {
            if (concordant[k] && (k < match.from() || k > match.to())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a concordant negative word ("ni", "ningún", "nadie") starts at token {@code i}. */
    boolean concordantAt(int i) {
        return i >= 0 && i < concordant.length && concordant[i];
    }

    /** Whether token {@code i} lies in the scope of a negator. */
    boolean denied(int i) {
        return negatorOf[i] >= 0;
    }

    /** The negator whose scope token {@code i} lies in, or -1. */
    int scopeOf(int i) {
        return negatorOf[i];
    }

    /** Whether the match starts with a concordant negative word inside another negator's scope ("no … ningún aviso"). */
    boolean concordsWithNegation(Rule.Match match) {
        return concordant[match.anchor()] && negatorOf[match.anchor()] >= 0;
    }
}
