package mx.observa.understand;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence opened by "Que" reports facts when its verb is in the indicative past — an acta's "PRIMERO.- Que la
 * mesa quedó instalada…", a retold account "Que no hubo propaganda", "Que a él le pidieron que se sentara lejos" —
 * and asks for something when it is in the subjunctive ("Que pongan dos mesas", "Que haya vigilancia"). Only the
 * first is told apart here: it must not be read as a recommendation.
 *
 * <p>The marks are morphology, not vocabulary: a preterite ending that the subjunctive never has ("-ó", "-ió" with
 * their accent, "-aron", "-ieron"), the imperfect "-aba(n)", and the irregular past forms observers use. A text
 * written without accents keeps only the plural and irregular marks.
 */
final class ReportedThat {

    private static final Pattern PAST = Pattern.compile("(?:[^\\s]{2,}[óÓ]|[^\\s]+(?:aron|ieron|aba|aban|ARON|IERON|ABA|ABAN))");
    private static final Set<String> IRREGULAR_PAST = Set.of("hubo", "fue", "fueron", "estuvo", "estuvieron", "estaba",
            "estaban", "habia", "habian", "era", "eran", "pudo", "pudieron", "tuvo", "tuvieron", "hizo", "hicieron",
            "dijo", "dijeron", "vino", "vinieron", "puso", "pusieron", "podia", "podian", "sabia", "sabian", "queria",
            // the preterites of one syllable are written without their accent: "Que la mesa no les dio orientación"
            "dio", "vio");
    /** What may join a "que" clause to the one before it: "Y que la mesa lo sabía", "También que no hubo…". */
    private static final Set<String> JOINERS = Set.of("y", "e", "tambien", "ademas");
    private static final Set<String> CLAUSE_OPENERS = Set.of("que", "porque", "cuando", "donde", "pero", "aunque", "pues",
            "como", "si");
    /** How far after "Que" the verb of its clause is looked for. */
    private static final int VERB_WINDOW = 8;

    private ReportedThat() {
    }

    /** A past ending that survives folding (the preterite's accent does not): "llegaron", "faltaba". */
    private static final Pattern FOLDED_PAST_ENDING = Pattern.compile("\\p{L}{2,}(?:aron|ieron|aba|aban)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * Whether folded text has a verb in the past that folding leaves recognisable: a plural preterite, an imperfect in
     * -aba, or an irregular past ("hubo", "dijo").
     */
    static boolean tellsThePast(String folded) {
        java.util.regex.Matcher w = WORD.matcher(folded);
        while (w.find()) {
            String word = w.group();
            if (IRREGULAR_PAST.contains(word) || FOLDED_PAST_ENDING.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb in the past lies between tokens {@code from} and {@code to}, both included: a preterite with its
     * accent or a plural or imperfect ending ("se mojaron", "faltaba"), or an irregular past ("hubo").
     */
    static boolean pastBetween(String text, AnalyzedText at, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < at.size(); i++) {
            AnalyzedText.Token t = at.get(i);
            String original = t.end() <= text.length() ? text.substring(t.start(), t.end()) : "";
            if (IRREGULAR_PAST.contains(t.surface()) || PAST.matcher(original).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an hour is told from token {@code i}: "9", "9:40", "catorce horas" (not "a las personas mayores"). */
    private static boolean anHour(AnalyzedText at, int i) {
        if (i >= at.size()) {
            return false;
        }
        if (at.get(i).term().chars().allMatch(Character::isDigit)) {
            return true;
        }
        for (int j = i + 1; j < Math.min(at.size(), i + 3); j++) {
            if (at.get(j).surface().startsWith("hora")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token is a verb in the preterite written with its accent ("solicitó", "destacó"): what someone
     * else did, not the observer's own "solicito", "destaco" that folding makes it look like.
     */
    static boolean preterite(String text, AnalyzedText at, int i) {
        AnalyzedText.Token t = at.get(i);
        String original = t.end() <= text.length() ? text.substring(t.start(), t.end()) : "";
        return original.length() > 3 && (original.endsWith("ó") || original.endsWith("Ó"));
    }

    /**
     * Whether the match starting at token {@code match} is a sentence-opening "Que" (or "Y que") followed by a past
     * indicative.
     */
    static boolean at(String text, AnalyzedText at, int match) {
        // the clause is the one after its "y": "Y que la mesa lo sabía, y no hizo nada"
        boolean joined = match + 1 < at.size() && JOINERS.contains(at.get(match).surface())
                && at.get(match + 1).surface().equals("que");
        int from = joined ? match + 1 : match;
        if (from >= at.size() || !at.get(from).surface().equals("que")) {
            return false;
        }
        // an acta's clause that opens with the time it tells of: "Que siendo las once horas…", "Que a las catorce
        // horas una persona…"
        if (from + 2 < at.size() && (at.get(from + 1).surface().equals("siendo")
                || at.get(from + 1).surface().equals("a") && at.get(from + 2).surface().equals("las") && anHour(at, from + 3))) {
            return true;
        }
        int end = Math.min(at.size(), from + 1 + VERB_WINDOW);
        for (int i = from + 1; i < end; i++) {
            AnalyzedText.Token t = at.get(i);
            if (t.before() == AnalyzedText.Break.SENTENCE) {
                return false;
            }
            if (IRREGULAR_PAST.contains(t.surface())) {
                return true;
            }
            String original = t.end() <= text.length() ? text.substring(t.start(), t.end()) : "";
            if (PAST.matcher(original).matches()) {
                return true;
            }
            // "ya" opens a clause only as "ya que": "Que la mesa ya lo sabía" is the same clause
            boolean yaQue = t.surface().equals("ya") && i + 1 < at.size() && at.get(i + 1).surface().equals("que");
            if (CLAUSE_OPENERS.contains(t.surface()) || yaQue) {
                return false; // the verb after a second clause is not this one's ("Que llegue antes porque tardó")
            }
        }
        return false;
    }
}
