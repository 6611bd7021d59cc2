package mx.observa.samples;

/**
 * One layout unit of a rendered report; every writer maps each kind to its own formatting.
 *
 * @param label a bold prefix (field name, question) or null
 */
public record Block(Kind kind, String label, String text) {

    public enum Kind {
        /** Organization name at the top of a letter. */
        LETTERHEAD,
        /** Small centered line under the letterhead (address, phone). */
        LETTERHEAD_LINE,
        /** Right-aligned "Ciudad de México, a ..." line. */
        PLACE_DATE,
        /** Bold, centered title. */
        TITLE,
        /** Bold section heading. */
        HEADING,
        /** "Label: value" pair of a form or questionnaire. */
        FIELD,
        /** A question; its answer follows as a PARAGRAPH. */
        QUESTION,
        PARAGRAPH,
        BULLET,
        /** A short line kept tight with its neighbours (addressee, data lines, signature). */
        LINE
    }

    public static Block of(Kind kind, String text) {
        return new Block(kind, null, text);
    }

    public static Block field(String label, String value) {
        return new Block(Kind.FIELD, label, value);
    }

    /** The block as one line of plain text (label and text separated by a space). */
    public String plain() {
        if (label == null) {
            return text;
        }
        return text == null || text.isEmpty() ? label : label + " " + text;
    }

    Block map(java.util.function.UnaryOperator<String> f) {
        return new Block(kind, label == null ? null : f.apply(label), text == null ? null : f.apply(text));
    }
}
