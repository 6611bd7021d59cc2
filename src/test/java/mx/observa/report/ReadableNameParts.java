package mx.observa.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Whether a page shows part of a planted name beside the rest of it hidden: «Julio [dato personal]» for a planted
 * «Julio C. Benavides», «[dato personal] Pantoja» for «Sr. Pantoja». The whole-string check of
 * {@link PrivacyPublicationIT} does not see it (the string is not on the page), yet a reader learns the given name of
 * the person whose surname was hidden. A name counts as shown in part when, somewhere on the page, its words follow
 * one another — each readable as planted or under a redaction mark, a mark standing for one or more of them — and at
 * least one of the readable ones identifies (a word of two letters or more that is no particle, article, title or
 * relation: {@link #NAMES_NO_ONE}, the CONNECTORS idea of {@link PrivacyQualityTest}). Words are compared folded and in
 * lower case, as the whole-string check compares strings of several words; titles and articles at its edges may be
 * left out on the page («Cleto [dato personal]» for «don Cleto Ruelas»).
 */
final class ReadableNameParts {

    /** A redaction mark, as one token of a page. */
    private static final String HIDDEN = "\u0001";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d]+|" + HIDDEN);
    /** Inline tags that mark a word inside a sentence (a search hit's {@code <mark>}): no boundary between words. */
    private static final Pattern INLINE_TAG = Pattern.compile("</?(?:mark|b|strong|em|i|span)(?:\\s[^>]*)?>");
    private static final String MARK = Folding.foldLower(Redactor.MARK);

    /**
     * Words that name no one on their own, beside a hidden name: particles and articles, possessives, titles and forms
     * of address, relations and roles the planted strings are written with («la seño», «su yerno», «el escrutador»).
     */
    static final Set<String> NAMES_NO_ONE = Set.of(
            // particles, articles, possessives, indefinites
            "de", "del", "el", "la", "las", "los", "y", "e", "da", "di", "van", "von", "le", "un", "una", "su", "sus",
            "mi", "mis", "tu", "tus", "tal",
            // titles and forms of address
            "sr", "sra", "srta", "srita", "don", "dona", "senor", "senora", "senorita", "sen", "seno", "lic", "licda",
            "licenciado", "licenciada", "ing", "ingeniero", "ingeniera", "arq", "arquitecto", "arquitecta", "dr", "dra",
            "doctor", "doctora", "mtro", "mtra", "maestro", "maestra", "prof", "profa", "profr", "profra", "profe",
            "profesor", "profesora", "professeur", "c", "cc", "joven", "hno", "hna", "hermano", "hermana", "vda", "viuda",
            "madame", "monsieur", "mister", "mr", "mrs", "ms", "miss", "sor", "fray", "pbro", "presbitero",
            // professions abbreviated before a name, as degrees are («Act. …» an actuary, «Q.F.B. …», «C.P. …»)
            "act", "actuario", "actuaria", "cp", "qfb", "mvz", "enf", "psic", "biol", "abog",
            // ranks written before a name («Cmdte. …», «Gral. …»)
            "cmdte", "cmte", "gral", "general", "cap", "capitan", "tte", "teniente", "sgto", "sargento", "cabo",
            // a generation's suffix after the name («… junior», «… Jr.»): the son of someone no less hidden
            "junior", "jr", "senior",
            // relations
            "hijo", "hija", "yerno", "nuera", "tio", "tia", "abuelo", "abuela", "abuelita", "abuelito", "madre", "padre",
            "mama", "papa", "cunado", "cunada", "compadre", "comadre", "compa", "vecino", "vecina", "familia", "famille",
            "esposo", "esposa", "suegro", "suegra", "primo", "prima", "sobrino", "sobrina", "muchacho", "muchacha",
            // roles
            "escrutador", "escrutadora", "secretario", "secretaria", "presidente", "presidenta", "tesorero", "tesorera",
            "responsable", "observador", "observadora", "capacitador", "capacitadora", "operador", "operadora", "agente",
            "oficial", "comandante", "coronel", "funcionario", "funcionaria", "casa");

    private final String[] words;
    private final boolean[] identifying;

    /** The identifying words, in order: asked for every page a name is looked for on. */
    private final List<String> identifyingWords;

    private ReadableNameParts(String[] words, boolean[] identifying) {
        this.words = words;
        this.identifying = identifying;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (identifying[i]) {
                out.add(words[i]);
            }
        }
        this.identifyingWords = List.copyOf(out);
    }

    /** A planted name's words; null when it has fewer than two or none identifies (nothing to show in part). */
    static ReadableNameParts of(String planted) {
        List<String> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(Folding.foldLower(planted));
        while (m.find()) {
            found.add(m.group());
        }
        String[] words = found.toArray(String[]::new);
        boolean[] identifying = new boolean[words.length];
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            identifying[i] = words[i].length() >= 2 && !NAMES_NO_ONE.contains(words[i]);
            any |= identifying[i];
        }
        return words.length >= 2 && any ? new ReadableNameParts(words, identifying) : null;
    }

    /** The identifying words, each of which a page must hold for the name to be shown in part there. */
    List<String> identifyingWords() {
        return identifyingWords;
    }

    /** A page read as tokens: its words, folded and in lower case, and each redaction mark as one token. */
    static final class Page {
        private final String[] tokens;
        private final Map<String, List<Integer>> at = new HashMap<>();

        /** @param text the page's text, as published (tags and all) */
        static Page of(String text) {
            return new Page(Folding.foldLower(text));
        }

        /**
         * {@link #of} of a text already {@link Folding#fold folded}: the caller that reads the page in other ways too
         * folds it once.
         */
        static Page ofFolded(String folded) {
            return new Page(folded.toLowerCase(java.util.Locale.ROOT));
        }

        /** @param foldedLower the page's text, as published, folded and in lower case ({@link Folding#foldLower}) */
        private Page(String foldedLower) {
            String lowered = INLINE_TAG.matcher(foldedLower).replaceAll("").replace(MARK, " " + HIDDEN + " ");
            List<String> found = new ArrayList<>();
            Matcher m = TOKEN.matcher(lowered);
            while (m.find()) {
                at.computeIfAbsent(m.group(), w -> new ArrayList<>()).add(found.size());
                found.add(m.group());
            }
            tokens = found.toArray(String[]::new);
        }

        boolean hasMark() {
            return at.containsKey(HIDDEN);
        }

        /** Every token of the page (its words and, if it has one, the mark's token), each once. */
        Set<String> words() {
            return at.keySet();
        }
    }

    /**
     * The page's words where the name is shown in part — readable identifying words beside a mark that hides another
     * identifying word of it — or whole (every identifying word readable, when it has two or more: «Cleto Ruelas» of
     * «don Cleto Ruelas»; one alone, «Chino» of «el Chino», is the whole-string check's to find); else null.
     */
    String shownIn(Page page) {
        for (int i = 0; i < words.length; i++) {
            if (!identifying[i]) {
                continue;
            }
            for (int k : page.at.getOrDefault(words[i], List.of())) {
                for (int before : left(page.tokens, i - 1, k - 1, false)) {
                    for (int after : right(page.tokens, i + 1, k + 1, false)) {
                        int from = before >> 1;
                        int to = after >> 1;
                        boolean hidesOne = ((before | after) & 1) == 1;
                        List<String> shown = java.util.Arrays.asList(page.tokens).subList(from, to);
                        if (hidesOne || !shown.contains(HIDDEN) && identifyingWords().size() >= 2) {
                            return String.join(" ", shown).replace(HIDDEN, Redactor.MARK);
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Where the name's words {@code 0..i} may start on the page when they end at token {@code k}, each readable or under
     * a mark (a mark stands for one word or more): each start as {@code 2 × token + 1} when a mark hid an identifying
     * word, else {@code 2 × token}.
     */
    private Set<Integer> left(String[] tokens, int i, int k, boolean hid) {
        Set<Integer> starts = new java.util.TreeSet<>();
        if (i < 0) {
            starts.add(2 * (k + 1) + (hid ? 1 : 0));
            return starts;
        }
        if (k >= 0 && tokens[k].equals(words[i])) {
            starts.addAll(left(tokens, i - 1, k - 1, hid));
        }
        if (k >= 0 && tokens[k].equals(HIDDEN)) {
            for (int j = i - 1; j >= -1; j--) {
                starts.addAll(left(tokens, j, k - 1, hid || !edge(j + 1, i)));
            }
        }
        if (edge(0, i)) {
            // titles and articles that start the name may be left out on the page («Cleto [dato personal]»)
            starts.add(2 * (k + 1) + (hid ? 1 : 0));
        }
        return starts;
    }

    /** Where the name's words {@code i..} may end (exclusive) when they start at token {@code k}, as {@link #left}. */
    private Set<Integer> right(String[] tokens, int i, int k, boolean hid) {
        Set<Integer> ends = new java.util.TreeSet<>();
        if (i >= words.length) {
            ends.add(2 * k + (hid ? 1 : 0));
            return ends;
        }
        if (k < tokens.length && tokens[k].equals(words[i])) {
            ends.addAll(right(tokens, i + 1, k + 1, hid));
        }
        if (k < tokens.length && tokens[k].equals(HIDDEN)) {
            for (int j = i + 1; j <= words.length; j++) {
                ends.addAll(right(tokens, j, k + 1, hid || !edge(i, j - 1)));
            }
        }
        if (edge(i, words.length - 1)) {
            ends.add(2 * k + (hid ? 1 : 0));
        }
        return ends;
    }

    /** Whether none of the name's words {@code from..to} identifies. */
    private boolean edge(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (identifying[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
