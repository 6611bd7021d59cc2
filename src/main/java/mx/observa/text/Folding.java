package mx.observa.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent and case folding, consistent with the analyzer's ASCII folding. Two variants: {@link #fold} for plain
 * strings (keys, comparisons) and {@link #foldPreservingLength} for pattern matching on raw text, where an offset
 * found in the folded text must be the same offset in the original (evidence and personal-data spans).
 */
public final class Folding {

    private Folding() {
    }

    /** Compiled once: folding runs on every word of every report. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** "Álvaro Obregón" → "Alvaro Obregon", "Año" → "Ano"; case kept. */
    public static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    public static String foldLower(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }

    /**
     * Lower case, accents and tildes removed ("Álvaro" → "alvaro", "TAXQUEÑA" → "taxquena"), each char mapped to
     * exactly one char, so offsets in the result are offsets in {@code text}.
     */
    public static String foldPreservingLength(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldCharPreservingLength(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * {@link #foldCharPreservingLength} of every char up to the end of Latin Extended-B, worked out once: nearly every
     * char of a Spanish report is there, and decomposing each one again was a measurable part of reading a report.
     */
    private static final char[] LATIN = new char[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = foldUncached(c);
        }
    }

    /** One char of {@link #foldPreservingLength}. */
    public static char foldCharPreservingLength(char c) {
        return c < LATIN.length ? LATIN[c] : foldUncached(c);
    }

    private static char foldUncached(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == '\u00A0') {
            return ' ';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.isLetter(base) ? Character.toLowerCase(base) : Character.toLowerCase(c);
    }

    /** Folded lower-case text with every run of non-alphanumeric characters collapsed to one space, trimmed. */
    public static String normalizeName(String text) {
        String folded = foldPreservingLength(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
