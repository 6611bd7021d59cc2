package mx.observa.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run of letters read as initials could start in a folded text, by its first letters: «mjf», «m. j. f.»,
 * «m.j.f» all start a run keyed «mj» and «mjf». A known name's initials ({@code KnownPersonalData}'s acronyms: a
 * letter, an optional period, an optional space or tab, the next letter…) can only match where such a run starts,
 * after no letter, digit or period; found once per text, each name's initials are tried only there instead of at
 * every position of the text — a text that reveals thousands of names made that names × length. The keys are a
 * superset of the places each pattern matches; the pattern itself decides.
 */
final class InitialRuns {

    /** The most letters of initials a known name gives (five words at most, {@code KnownPersonalData#acronym}). */
    static final int MAX_LETTERS = 5;
    /** Stands for any first letter: a relative's initials, «x. t. o.», whose first letter is her own. */
    static final char ANY = '*';

    private final Map<String, List<Integer>> starts = new HashMap<>();

    private InitialRuns() {
    }

    /** Reads {@code folded} (lower case, same length as the text) once. */
    static InitialRuns of(String folded) {
        InitialRuns runs = new InitialRuns();
        for (int s = 0; s < folded.length(); s++) {
            if (!Character.isLetter(folded.charAt(s)) || s > 0 && before(folded.charAt(s - 1))) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            int i = s;
            while (letters.length() < MAX_LETTERS && i < folded.length() && Character.isLetter(folded.charAt(i))) {
                letters.append(folded.charAt(i++));
                if (letters.length() >= 2) {
                    runs.add(letters.toString(), s);
                    runs.add(ANY + letters.substring(1), s);
                }
                if (i < folded.length() && folded.charAt(i) == '.') {
                    i++;
                }
                if (i + 1 < folded.length() && (folded.charAt(i) == ' ' || folded.charAt(i) == '\t')
                        && Character.isLetter(folded.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return runs;
    }

    /** A letter, an ASCII digit or a period: what may not stand right before initials. */
    private static boolean before(char c) {
        return Character.isLetter(c) || c >= '0' && c <= '9' || c == '.';
    }

    private void add(String key, int start) {
        starts.computeIfAbsent(key, k -> new ArrayList<>()).add(start);
    }

    /** The letters runs of initials start with in the text (each also with {@link #ANY} first). */
    java.util.Set<String> keys() {
        return starts.keySet();
    }

    /** Where runs starting with these letters start ({@link #ANY} first: any letter), ascending. */
    List<Integer> startingWith(String letters) {
        return starts.getOrDefault(letters, List.of());
    }
}
