package mx.observa.understand;

import java.util.regex.Pattern;

/** Undoes the hard wrapping of plain-text exports and PDF extraction, without moving any offset. */
final class LineUnwrapper {

    private LineUnwrapper() {
    }

    /**
     * A paragraph hard-wrapped at a fixed width (plain-text exports, some PDFs) becomes one line, so each line is
     * not judged on its own: newlines inside it turn into spaces, and a hyphen that split a word at the line end
     * into soft hyphens (removed from the finding's text). The result has the same length as the input, so
     * offsets still point into the report.
     */
    static String unwrap(String text) {
        char[] out = text.toCharArray();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            unwrapIfWrapped(text, start, end, out);
            start = end + 2;
        }
        return new String(out);
    }

    /**
     * What opens a line of its own: a bullet, a number, a label, or a date and an hour ("02/05/22, 09:35 - Toño: …",
     * "[1/5/22, 8:52:10] …", "01/05/2022 08:55 — …"), as a chat export or a log starts each message or entry.
     */
    private static final Pattern STARTS_STRUCTURE = Pattern.compile(
            "^\\s*(?:[-*•·▪–¿]|\\(?\\d{1,2}[.)]|\\(?[a-zA-Z]\\)|[a-zA-Z]\\.\\s|[\\p{L} ()]{2,40}:"
                    + "|\\[?\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?,?\\s+\\d{1,2}:\\d{2})");
    private static final int MIN_WRAP_WIDTH = 50;

    private static void unwrapIfWrapped(String text, int start, int end, char[] out) {
        String[] lines = text.substring(start, end).split("\n", -1);
        if (lines.length < 2) {
            return;
        }
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, l.strip().length());
        }
        if (width < MIN_WRAP_WIDTH) {
            return;
        }
        // in a text written all in capitals every line starts with one: the sentence end alone tells a wrap
        boolean capitals = allCapitals(text, start, end);
        int continued = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String l = lines[i].strip();
            if (l.length() < width * 0.6 || (i > 0 && STARTS_STRUCTURE.matcher(lines[i]).find())) {
                return;
            }
            String next = lines[i + 1].strip();
            String nextWord = next.split("\\s+", 2)[0];
            if (l.length() + 1 + nextWord.length() < width * 0.9) {
                return; // the next line's first word would have fit: this line was ended on purpose, not wrapped
            }
            if (!l.matches(".*[.!?:]$") && !next.isEmpty() && (capitals || Character.isLowerCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))) {
                continued++;
            }
        }
        // wrapped prose breaks mid-sentence: the next line usually goes on in lower case; a letterhead does not
        if (STARTS_STRUCTURE.matcher(lines[lines.length - 1]).find() || continued * 2 < lines.length - 1) {
            return;
        }
        int pos = start;
        for (int i = 0; i < lines.length - 1; i++) {
            pos += lines[i].length();
            String trimmed = lines[i].stripTrailing();
            boolean hyphen = trimmed.endsWith("-") && trimmed.length() > 1 && Character.isLetter(trimmed.charAt(trimmed.length() - 2))
                    && !lines[i + 1].isBlank() && Character.isLowerCase(lines[i + 1].stripLeading().charAt(0));
            if (hyphen) {
                out[start + (pos - start) - (lines[i].length() - trimmed.length()) - 1] = SOFT_HYPHEN;
                out[pos] = SOFT_HYPHEN;
            } else {
                out[pos] = ' ';
            }
            pos += 1;
        }
    }

    static final char SOFT_HYPHEN = '\u00AD';

    private static boolean allCapitals(String text, int start, int end) {
        int upper = 0;
        int lower = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 20 && lower * 20 < upper;
    }

}
