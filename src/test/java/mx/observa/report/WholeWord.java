package mx.observa.report;

/**
 * Whether a text holds a literal as a whole word: not glued to a letter or a digit 0–9 on either side, exactly as the
 * pattern {@code (?<![\p{L}\d])} + quoted literal + {@code (?![\p{L}\d])} finds it, without running that pattern.
 * {@link PrivacyPublicationIT} checks thousands of planted strings against hundreds of pages; the pattern opens with a
 * look-behind, which no fast scan skips to, so every page that held a string's words went through the regex engine
 * character by character (440 of the 1,581 samples of PrivacyPublicationSecondHalfIT's checks, JFR, 2026-12-06).
 * Here {@link String#indexOf} finds each occurrence and only its two neighbours are looked at.
 */
final class WholeWord {

    private WholeWord() {
    }

    /** Whether {@code literal} (not empty) occurs in {@code text} with no letter or digit right before or right after it. */
    static boolean in(String text, String literal) {
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("an empty literal is no word to look for");
        }
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            if (boundaryBefore(text, at) && boundaryAfter(text, at + literal.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * No letter or digit ends at {@code at}. As the pattern's one-character look-behind reads it: the code point that
     * starts at {@code at - 1} (a lone low surrogate there is no letter).
     */
    private static boolean boundaryBefore(String text, int at) {
        return at == 0 || !letterOrDigit(Character.codePointAt(text, at - 1));
    }

    /** No letter or digit starts at {@code at}. */
    private static boolean boundaryAfter(String text, int at) {
        return at == text.length() || !letterOrDigit(Character.codePointAt(text, at));
    }

    /** {@code [\p{L}\d]} of a pattern without UNICODE_CHARACTER_CLASS: a letter, or a digit 0–9. */
    private static boolean letterOrDigit(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }
}
