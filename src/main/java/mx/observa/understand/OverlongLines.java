package mx.observa.understand;

/**
 * Breaks lines longer than any line people write into lines of ordinary length (a page pasted without line breaks,
 * an HTML paragraph of 200 KB, a CSV cell of 100 KB, a file made to stall the service).
 *
 * <p>Why: many rules ask about "the line" of each word or mention they consider ({@link Lines#start},
 * {@link Lines#end}, a pattern anchored at the line's start, a search over the rest of the line). Each such question
 * costs the line's length, and on a text of one line of n characters asked at every word it costs n²: one line of
 * 300,000 characters of sentences, names and places took 50 s of CPU against 8 s for the same text in ordinary lines,
 * and the gap grows with the square of the length (bench/README.md, «One very long line»). Lines no longer than
 * {@value #LONGEST} characters bound each question, and understanding stays linear in the text, whichever rule
 * asks — today's or one written later.
 *
 * <p>A line is broken at the last sentence end (".", "!", "?", ";" followed by a space) within its
 * {@value #LONGEST} characters, so each piece is still whole sentences; without one in its second half, at the last
 * whitespace ({@link OverlongTokens} runs first, so a piece always has one). The whitespace becomes a line break: the
 * text keeps its length and every offset found in it is an offset of the original. Nothing the labelled sets hold is
 * touched: their longest line, after unwrapping, is under 2,700 characters.
 */
final class OverlongLines {

    /** Longer than any line of the reports people wrote (the labelled sets' longest is under 2,700 characters). */
    static final int LONGEST = 4_000;

    private OverlongLines() {
    }

    static String broken(String text) {
        char[] chars = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            while (lineEnd - start > LONGEST) {
                int at = breakAt(text, start);
                if (at < 0) {
                    break; // no whitespace in a whole line's length: OverlongTokens did not run; leave it
                }
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[at] = '\n';
                start = at + 1;
            }
            lineStart = lineEnd + 1;
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * The whitespace where a line starting at {@code start} and longer than {@link #LONGEST} breaks: after the last
     * sentence end in the second half of its first {@link #LONGEST} characters, else the last whitespace there; -1
     * when there is none.
     */
    private static int breakAt(String text, int start) {
        int limit = start + LONGEST;
        int lastSpace = -1;
        for (int i = limit; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                if (lastSpace < 0) {
                    lastSpace = i;
                }
                if (i > start + LONGEST / 2 && ".!?;".indexOf(text.charAt(i - 1)) >= 0) {
                    return i;
                }
            }
            if (lastSpace >= 0 && i <= start + LONGEST / 2) {
                break;
            }
        }
        return lastSpace;
    }
}
