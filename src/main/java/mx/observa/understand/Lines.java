package mx.observa.understand;

/**
 * Line arithmetic on a text without splitting it, so offsets stay those of the original. The {@code near} forms look
 * no further than {@link #REACH} characters from the position: rules that ask about a line for every word use them, so
 * that a hostile text of one very long line still takes linear time (no name, label or address is that long).
 */
final class Lines {

    static final int REACH = 1_000;

    private Lines() {
    }

    static int start(String text, int pos) {
        int i = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return i < 0 ? 0 : i + 1;
    }

    static int end(String text, int pos) {
        int i = text.indexOf('\n', pos);
        return i < 0 ? text.length() : i;
    }

    /** {@link #start}, or {@code pos - REACH} when the line starts farther back. */
    static int nearStart(String text, int pos) {
        int limit = Math.max(0, pos - REACH);
        for (int i = Math.min(pos, text.length()) - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return limit;
    }

    /** {@link #end}, or {@code pos + REACH} when the line ends farther on. */
    static int nearEnd(String text, int pos) {
        int limit = Math.min(text.length(), pos + REACH);
        for (int i = pos; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** {@link #after} within {@link #REACH}. */
    static String nearAfter(String text, int pos) {
        return text.substring(pos, nearEnd(text, pos));
    }

    /** {@link #continuedStart} within {@link #REACH} of each line's start. */
    static int nearContinuedStart(String text, int pos) {
        int start = nearStart(text, pos);
        if (start == 0 || text.charAt(start - 1) != '\n') {
            return start;
        }
        int previousStart = nearStart(text, start - 1);
        String previous = text.substring(previousStart, start - 1).strip();
        return previous.isEmpty() || ".!?:;".indexOf(previous.charAt(previous.length() - 1)) >= 0 ? start : previousStart;
    }

    /**
     * The start of {@code pos}'s line, or of the line before when that one runs on into it: not blank and not ending a
     * sentence ("…la Escuela Primaria\n«Profra. Carmen Serdán»", "…UT 07-150 SANTA\nCRUZ MEYEHUALCO").
     */
    static int continuedStart(String text, int pos) {
        int start = start(text, pos);
        if (start == 0) {
            return 0;
        }
        int previousStart = text.lastIndexOf('\n', start - 2) + 1;
        String previous = text.substring(previousStart, start - 1).strip();
        return previous.isEmpty() || ".!?:;".indexOf(previous.charAt(previous.length() - 1)) >= 0 ? start : previousStart;
    }

    /** The part of the line before {@code pos}. */
    static String before(String text, int pos) {
        return text.substring(start(text, pos), pos);
    }

    /** The part of the line after {@code pos}. */
    static String after(String text, int pos) {
        return text.substring(pos, end(text, pos));
    }

    static String lineAt(String text, int pos) {
        return text.substring(start(text, pos), end(text, pos));
    }
}
