package mx.observa.understand;

/**
 * Breaks runs of text with no whitespace that no word, name, address, e-mail or phone number is ever as long as (a
 * base64 blob pasted into a message, a line of one repeated character, a file made to stall the service).
 *
 * <p>Why: the detectors' patterns begin with a greedy character class ({@code [\w.+-]+@…} and the like). On a run of
 * n characters with no whitespace each attempt to match scans to the end of the run and fails, and the next attempt
 * starts one character later: n²/2 steps. A 500,000-character run took the service more than ten minutes of CPU in
 * one pattern; any file anyone sends can carry one. Broken every {@value #LONGEST} characters, each attempt scans at
 * most that far and understanding stays linear in the text.
 *
 * <p>The text keeps its length, so every offset found in it is an offset of the original: a space replaces one
 * character of the run every {@value #LONGEST}. Nothing a person reads is lost — such a run is no language.
 */
final class OverlongTokens {

    /** Longer than any word or address people write (the longest e-mail address allowed is 254 characters). */
    static final int LONGEST = 256;

    private OverlongTokens() {
    }

    static String broken(String text) {
        char[] chars = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                run = 0;
            } else if (++run > LONGEST) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
                run = 0;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
