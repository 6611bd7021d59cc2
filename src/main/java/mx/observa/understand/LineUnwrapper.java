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
            if (!unwrapIfWrapped(text, start, end, out)) {
                joinLinesCutAtTheWidth(text, start, end, out);
            }
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
    /**
     * The narrowest page whose single wrapped lines are joined inside a paragraph that is not wrapped as a whole: a
     * verse or a list of short lines stays as written.
     */
    private static final int MIN_PAGE_WIDTH = 60;

    /** Whether the paragraph was wrapped prose and is now one line. */
    private static boolean unwrapIfWrapped(String text, int start, int end, char[] out) {
        String[] lines = text.substring(start, end).split("\n", -1);
        if (lines.length < 2) {
            return false;
        }
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, l.strip().length());
        }
        if (width < MIN_WRAP_WIDTH) {
            return false;
        }
        // in a text written all in capitals every line starts with one: the sentence end alone tells a wrap
        boolean capitals = allCapitals(text, start, end);
        int continued = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String l = lines[i].strip();
            if (l.length() < width * 0.6 || (i > 0 && STARTS_STRUCTURE.matcher(lines[i]).find())) {
                return false;
            }
            String next = lines[i + 1].strip();
            String nextWord = next.split("\\s+", 2)[0];
            if (l.length() + 1 + nextWord.length() < width * 0.9) {
                return false; // the next line's first word would have fit: this line was ended on purpose, not wrapped
            }
            if (!l.matches(".*[.!?:]$") && !next.isEmpty() && (capitals || Character.isLowerCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))) {
                continued++;
            }
        }
        // wrapped prose breaks mid-sentence: the next line usually goes on in lower case; a letterhead does not
        if (STARTS_STRUCTURE.matcher(lines[lines.length - 1]).find() || continued * 2 < lines.length - 1) {
            return false;
        }
        int pos = start;
        for (int i = 0; i < lines.length - 1; i++) {
            pos += lines[i].length();
            join(lines[i], lines[i + 1], pos, out);
            pos += 1;
        }
        return true;
    }

    /**
     * A page whose paragraphs are not set apart by blank lines (a form's headings, answers and notes one under the
     * other, as a PDF of a form extracts): the paragraph as a whole is no wrapped prose, but a sentence longer than
     * the page still breaks at its width. A line as wide as the page that stops mid-sentence (no period, colon or
     * semicolon) where the next line's first word would not have fit, and a next line that goes on in lower case and
     * opens no item or label of its own, is one line cut by the page — when the lines so cut end the sentence with its
     * period: notes written one thought a line, in lower case and without periods, stay as written.
     */
    private static void joinLinesCutAtTheWidth(String text, int start, int end, char[] out) {
        String[] lines = text.substring(start, end).split("\n", -1);
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, l.strip().length());
        }
        if (lines.length < 2 || width < MIN_PAGE_WIDTH) {
            return;
        }
        int[] breaks = new int[lines.length]; // where each line's newline is
        int pos = start;
        for (int i = 0; i < lines.length; i++) {
            pos += lines[i].length();
            breaks[i] = pos;
            pos += 1;
        }
        int i = 0;
        while (i < lines.length - 1) {
            int last = i;
            while (last < lines.length - 1 && cutByTheWidth(lines[last], lines[last + 1], width)) {
                last++;
            }
            if (last > i && lines[last].strip().matches(".*[.!?]$")) {
                for (int k = i; k < last; k++) {
                    join(lines[k], lines[k + 1], breaks[k], out);
                }
            }
            i = Math.max(i + 1, last);
        }
    }

    private static boolean cutByTheWidth(String line, String nextLine, int width) {
        String l = line.strip();
        String next = nextLine.strip();
        return l.length() >= width * 0.8 && !l.matches(".*[.!?:;]$") && !next.isEmpty()
                && Character.isLowerCase(next.charAt(0)) && !STARTS_STRUCTURE.matcher(nextLine).find()
                && l.length() + 1 + next.split("\\s+", 2)[0].length() >= width * 0.9;
    }

    /** The line break at {@code pos}, between {@code line} and {@code next}, made a space or a hyphen's soft hyphens. */
    private static void join(String line, String next, int pos, char[] out) {
        String trimmed = line.stripTrailing();
        boolean hyphen = trimmed.endsWith("-") && trimmed.length() > 1 && Character.isLetter(trimmed.charAt(trimmed.length() - 2))
                && !next.isBlank() && Character.isLowerCase(next.stripLeading().charAt(0));
        if (hyphen) {
            out[pos - (line.length() - trimmed.length()) - 1] = SOFT_HYPHEN;
            out[pos] = SOFT_HYPHEN;
        } else {
            out[pos] = ' ';
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
