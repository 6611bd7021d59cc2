package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

import mx.observa.model.PersonalData;

/**
 * The name a report's own CURP or clave de elector spells. Both codes begin with letters taken from the holder's
 * name: the CURP with the first letter and first inner vowel of the first surname, the first letter of the second
 * surname and of the given name ("AAFC…" for Aldana Figueroa Crisóstomo); the clave de elector with the first letter
 * and first inner consonant of each ("ALFGCR…"). Three or four words in a row that spell the code — surnames first,
 * as constancias and forms write them, or the given names first — each with a capital, are that person's name,
 * in upper case or not, whatever the lists of names know. The chance that other words spell four to six letters of a code is negligible.
 */
final class IdentityNames {

    private static final String VOWELS = "aeiou";

    private IdentityNames() {
    }

    /**
     * @param documents what {@link IdentityDocuments} found in the text
     * @return each name spelled, as found, and the same name written given names first (to look for its other forms)
     */
    static List<PersonalData> find(String text, List<PersonalData> documents) {
        List<String> curps = new ArrayList<>();
        List<String> claves = new ArrayList<>();
        for (PersonalData d : documents) {
            String code = d.text().replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
            if (d.kind().equals(PersonalDataDetector.CURP) && code.length() >= 4) {
                curps.add(code.substring(0, 4));
            } else if (d.kind().equals(PersonalDataDetector.CLAVE_ELECTOR) && code.length() >= 6) {
                claves.add(code.substring(0, 6));
            }
        }
        List<PersonalData> found = new ArrayList<>();
        if (curps.isEmpty() && claves.isEmpty()) {
            return found;
        }
        List<Words.Word> words = Words.of(text);
        for (int i = 0; i + 2 < words.size(); i++) {
            for (int n = 3; n <= 4 && i + n <= words.size(); n++) {
                if (!oneLine(text, words, i, i + n - 1)) {
                    break;
                }
                List<String> w = new ArrayList<>();
                boolean capitals = true;
                for (int k = i; k < i + n; k++) {
                    w.add(words.get(k).folded());
                    capitals &= words.get(k).capitalized();
                }
                if (!capitals) {
                    break; // a name is written with capitals: "constar que ALDANA FIGUEROA" spells a CURP by chance
                }
                // surnames first (P M G…) or given names first (G… P M)
                boolean spelled = spells(w.get(0), w.get(1), w.get(2), curps, claves)
                        || spells(w.get(n - 2), w.get(n - 1), w.get(0), curps, claves);
                if (spelled) {
                    int start = words.get(i).start();
                    int end = words.get(i + n - 1).end();
                    found.add(new PersonalData(PersonalDataDetector.NOMBRE, text.substring(start, end), start, end));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean oneLine(String text, List<Words.Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            String between = text.substring(words.get(k).end(), words.get(k + 1).start());
            if (!between.matches("[ \\t]{1,2}")) {
                return false;
            }
        }
        return true;
    }

    private static boolean spells(String first, String second, String given, List<String> curps, List<String> claves) {
        if (first.length() < 2 || second.length() < 2 || given.length() < 2 || !letters(first) || !letters(second) || !letters(given)) {
            return false;
        }
        String curp = "" + first.charAt(0) + inner(first, true) + second.charAt(0) + given.charAt(0);
        String clave = "" + first.charAt(0) + inner(first, false) + second.charAt(0) + inner(second, false) + given.charAt(0)
                + inner(given, false);
        return curps.contains(curp) || claves.contains(clave);
    }

    private static boolean letters(String word) {
        return word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** The first vowel (or consonant) after the first letter, or 'x' (as the codes write a missing one). */
    private static char inner(String word, boolean vowel) {
        for (int k = 1; k < word.length(); k++) {
            if ((VOWELS.indexOf(word.charAt(k)) >= 0) == vowel) {
                return word.charAt(k);
            }
        }
        return 'x';
    }
}
