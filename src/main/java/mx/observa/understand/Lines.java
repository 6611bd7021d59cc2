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
