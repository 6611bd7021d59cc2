package mx.observa.understand;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Length-preserving folding for pattern matching on raw text: lower case, accents and tildes removed
 * ("Álvaro" → "alvaro", "TAXQUEÑA" → "taxquena"). Each char maps to exactly one char, so an offset found in
 * the folded text is the same offset in the original, which is what evidence and personal-data spans need.
 * Word-level matching of findings goes through {@link mx.observa.text.FoldingSpanishAnalyzer} instead.
 */
final class Folding {

    private Folding() {
    }

    static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    static char foldChar(char c) {
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

    /** Folded text with every run of non-alphanumeric characters collapsed to one space, trimmed. */
    static String normalizeName(String text) {
        String folded = fold(text).toLowerCase(Locale.ROOT);
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
