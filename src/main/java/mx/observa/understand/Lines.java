package mx.observa.understand;

/** Line arithmetic on a text without splitting it, so offsets stay those of the original. */
final class Lines {

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
