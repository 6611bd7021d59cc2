package mx.observa.understand;

import java.util.regex.Pattern;

/**
 * Spellings of place names that sound alike in Mexican Spanish: people who write a name they have heard rather than
 * read write "Ixtapalapa", "Azcapotsalco", "Benito Juáres", "estreya del sur". Works on folded lower-case text (see
 * {@link mx.observa.text.Folding#foldLower}).
 */
final class ByEar {

    // Compiled once: sound() runs for every candidate word of every place search.
    private static final Pattern X_BEFORE_CONSONANT = Pattern.compile("x(?=[bcdfgjklmnpqrstvwxz])");
    private static final Pattern SILENT_H = Pattern.compile("(?<!c)h");

    private ByEar() {
    }

    /**
     * The word as it sounds: the letters Mexican Spanish pronounces alike made one (z, and x before a consonant, sound
     * as s; ll as y; k as c; v as b; a silent h).
     */
    static String sound(String s) {
        String alike = X_BEFORE_CONSONANT.matcher(s.replace("ll", "y").replace("z", "s")).replaceAll("s");
        return SILENT_H.matcher(alike.replace("k", "c").replace("v", "b")).replaceAll("").replace("ch", "c");
    }

    /** Whether two spellings sound the same, letter for letter once {@link #sound} has made alike letters one. */
    static boolean same(String written, String word) {
        return sound(written).equals(sound(word));
    }

    /**
     * Whether two spellings sound alike: the same after {@link #sound}, or one letter apart in a word of six letters or
     * more, two in one of nine or more (a letter dropped or doubled by a hurried hand: "Iztapalpa", "Venustiano Caranza").
     */
    static boolean alike(String written, String word) {
        return soundsAlike(sound(written), sound(word));
    }

    /**
     * {@link #alike} of two spellings already made {@link #sound}s: a caller that compares many written words with the
     * same few names makes each sound once.
     */
    static boolean soundsAlike(String writtenSound, String wordSound) {
        int allowed = wordSound.length() >= 9 ? 2 : wordSound.length() >= 6 ? 1 : 0;
        return Math.abs(writtenSound.length() - wordSound.length()) <= allowed && editDistance(writtenSound, wordSound) <= allowed;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
