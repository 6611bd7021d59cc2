package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish numbers from 1 to 99 written in words, cardinal or ordinal, as people write them: "veinticuatro", "treinta
 * y tres", "treintaitrés", "diez y seis", "vigésimo cuarto", "vigesimocuarto", "decimonoveno", "décimo primero", "undécimo",
 * "onceavo", "tercer", "segunda". Composed from units and tens rather than listed, so that every spelling of every
 * number is read the same way. Works on folded text (lower case, no accents; see {@link mx.observa.text.Folding}).
 */
final class NumberWords {

    /** @param ordinal whether it was written as an ordinal ("cuarto", "onceavo"), not a cardinal ("cuatro") */
    record Parsed(int value, boolean ordinal, int start, int end) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("uno", 1), Map.entry("un", 1),
            Map.entry("una", 1), Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5),
            Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9));
    private static final Map<String, Integer> TEENS = Map.of("diez", 10, "once", 11, "doce", 12, "trece", 13,
            "catorce", 14, "quince", 15, "veinte", 20);
    private static final Map<String, Integer> TENS = Map.of("treinta", 30, "cuarenta", 40, "cincuenta", 50,
            "sesenta", 60, "setenta", 70, "ochenta", 80, "noventa", 90);
    /** Ordinal stems without their gender ending: "primer(o|a)", "tercer(o|a)". */
    private static final Map<String, Integer> ORDINAL_UNITS = Map.of("primer", 1, "segund", 2, "tercer", 3,
            "cuart", 4, "quint", 5, "sext", 6, "septim", 7, "setim", 7, "octav", 8, "noven", 9);
    private static final Map<String, Integer> ORDINAL_TENS = Map.of("decim", 10, "vigesim", 20, "trigesim", 30,
            "cuadragesim", 40, "quincuagesim", 50, "sexagesim", 60, "septuagesim", 70, "octogesim", 80,
            "nonagesim", 90);
    private static final Map<String, Integer> ORDINAL_SPECIAL = Map.of("undecim", 11, "duodecim", 12, "non", 9);

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private NumberWords() {
    }

    /** The whole of {@code folded} read as one number, if it is exactly one. */
    static Optional<Parsed> parse(String folded) {
        String s = folded.strip();
        return at(s, 0).filter(p -> p.end() == s.length());
    }

    /**
     * The longest number written in words that starts at {@code from} (a word start) in {@code folded}; words are
     * joined by spaces, hyphens or "y" ("treinta y tres", "décimo-cuarto").
     */
    static Optional<Parsed> at(String folded, int from) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        m.region(from, folded.length());
        int expected = from;
        while (m.find() && words.size() < 4) {
            String gap = folded.substring(expected, m.start());
            if (!(words.isEmpty() ? gap.isEmpty() : gap.matches("[ \\t-]{1,3}"))) {
                break;
            }
            words.add(new int[] {m.start(), m.end()});
            expected = m.end();
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        // longest first: "treinta y tres" before "treinta"
        for (int n = words.size(); n >= 1; n--) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tokens.add(folded.substring(words.get(i)[0], words.get(i)[1]));
            }
            Optional<Parsed> p = read(tokens, from, words.get(n - 1)[1]);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<Parsed> read(List<String> tokens, int start, int end) {
        switch (tokens.size()) {
            case 1 -> {
                String w = tokens.get(0);
                Integer cardinal = cardinal(w);
                if (cardinal != null) {
                    return Optional.of(new Parsed(cardinal, false, start, end));
                }
                Integer ordinal = ordinal(w);
                return ordinal == null ? Optional.empty() : Optional.of(new Parsed(ordinal, true, start, end));
            }
            case 2 -> {
                // "vigesimo cuarto", "decimo primero"
                Integer tens = ordinalTens(tokens.get(0));
                Integer unit = ordinalUnit(tokens.get(1));
                if (tens != null && unit != null) {
                    return Optional.of(new Parsed(tens + unit, true, start, end));
                }
                return Optional.empty();
            }
            case 3 -> {
                // "treinta y tres", "diez y seis", "veinte y uno"
                if (!tokens.get(1).equals("y")) {
                    return Optional.empty();
                }
                Integer tens = TENS.containsKey(tokens.get(0)) ? TENS.get(tokens.get(0))
                        : tokens.get(0).equals("diez") ? Integer.valueOf(10) : tokens.get(0).equals("veinte") ? Integer.valueOf(20) : null;
                Integer unit = UNITS.get(tokens.get(2));
                return tens != null && unit != null ? Optional.of(new Parsed(tens + unit, false, start, end)) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** "cuatro", "catorce", "dieciseis", "veintiun", "treinta", "treintaitres": one word. */
    private static Integer cardinal(String w) {
        if (UNITS.containsKey(w)) {
            return UNITS.get(w);
        }
        if (TEENS.containsKey(w)) {
            return TEENS.get(w);
        }
        if (TENS.containsKey(w)) {
            return TENS.get(w);
        }
        for (String prefix : List.of("dieci", "veinti")) {
            if (w.startsWith(prefix)) {
                Integer unit = UNITS.get(w.substring(prefix.length()));
                if (unit != null) {
                    return (prefix.equals("dieci") ? 10 : 20) + unit;
                }
            }
        }
        // "treinta y tres" written as one word, as it is said: "treintaitres", "cuarentaydos"
        for (Map.Entry<String, Integer> tens : TENS.entrySet()) {
            String w2 = w.startsWith(tens.getKey()) ? w.substring(tens.getKey().length()) : "";
            if (w2.length() > 1 && (w2.charAt(0) == 'i' || w2.charAt(0) == 'y') && UNITS.containsKey(w2.substring(1))) {
                return tens.getValue() + UNITS.get(w2.substring(1));
            }
        }
        return null;
    }

    /** "cuarto", "vigesimocuarta", "decimoctavo", "undecimo", "onceavo", "tercer": one word. */
    private static Integer ordinal(String w) {
        Integer unit = ordinalUnit(w);
        if (unit != null) {
            return unit;
        }
        Integer tens = ordinalTens(w);
        if (tens != null) {
            return tens;
        }
        for (Map.Entry<String, Integer> t : ORDINAL_TENS.entrySet()) {
            String fused = t.getKey() + "o";
            if (w.startsWith(fused) && w.length() > fused.length()) {
                String rest = w.substring(fused.length());
                Integer u = ordinalUnit(rest.startsWith("ctav") ? "o" + rest : rest); // "decimoctavo"
                if (u != null) {
                    return t.getValue() + u;
                }
            }
        }
        String stem = stem(w);
        if (stem != null && ORDINAL_SPECIAL.containsKey(stem)) {
            return ORDINAL_SPECIAL.get(stem);
        }
        // the partitive used as an ordinal: "onceavo", "doceava", "dieciseisavo", "veinteavo", "treintavo"
        if (w.matches("\\p{L}+av[oa]s?") && !w.startsWith("octav")) {
            String base = w.replaceFirst("av[oa]s?$", "");
            Integer c = cardinal(base);
            if (c == null) {
                c = cardinal(base + "a"); // "treint-avo"
            }
            if (c != null && c >= 10) {
                return c;
            }
        }
        return null;
    }

    private static Integer ordinalUnit(String w) {
        if (w.equals("primer") || w.equals("tercer")) {
            return ORDINAL_UNITS.get(w); // apocope before a noun: "primer distrito"
        }
        String stem = stem(w);
        return stem == null ? null : ORDINAL_UNITS.get(stem);
    }

    private static Integer ordinalTens(String w) {
        String stem = stem(w);
        return stem == null ? null : ORDINAL_TENS.get(stem);
    }

    /** The word without its gender (and plural) ending: "cuarta" → "cuart". */
    private static String stem(String w) {
        String s = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return s.length() > 2 && (s.endsWith("o") || s.endsWith("a")) ? s.substring(0, s.length() - 1) : null;
    }
}
