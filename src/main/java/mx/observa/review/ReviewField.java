package mx.observa.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an analyst can confirm or correct: the report's place and date, a finding's kind, topics and tags, and a note. The
 * ids are what the review log ({@code datos/revisiones/revisiones.jsonl}) and the audit log write.
 */
public enum ReviewField {

    ALCALDIA("alcaldia", "Alcaldía", false),
    DISTRITO("distrito", "Distrito local", false),
    UT("ut", "Unidad territorial", false),
    MRO("mro", "Mesa (MRO)", false),
    FECHA("fecha", "Fecha observada", false),
    /** A finding's kind id, or {@link #NOT_A_FINDING} when the passage is not a finding at all. */
    TIPO("tipo", "Tipo", true),
    /** A finding's topic ids, sorted, separated by {@code |} (as in the labelled data). */
    TEMAS("temas", "Temas", true),
    /** A finding's tags (free words analysts use to group findings), sorted, separated by {@code |}. */
    ETIQUETAS("etiquetas", "Etiquetas", true),
    NOTA("nota", "Nota", false),
    /**
     * A finding split in two at a sentence boundary: {@code antes} its whole text, {@code despues} the first part's
     * (the second is the rest).
     */
    DIVIDIR("dividir", "División", true),
    /**
     * A finding merged with the next one of its report: {@code antes} both texts separated by a blank line,
     * {@code despues} the merged text.
     */
    UNIR("unir", "Unión", true);

    /** The kind value that says "this passage is not a finding" (as {@code tipo} in the labelled data). */
    public static final String NOT_A_FINDING = mx.observa.index.ReviewedReport.NOT_A_FINDING;

    private final String id;
    private final String label;
    private final boolean ofFinding;

    ReviewField(String id, String label, boolean ofFinding) {
        this.id = id;
        this.label = label;
        this.ofFinding = ofFinding;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether the field belongs to a finding (kind, topics) rather than to its report. */
    public boolean ofFinding() {
        return ofFinding;
    }

    /** Whether the field changes how a report is cut into findings (split, merge) rather than a value. */
    public boolean segments() {
        return this == DIVIDIR || this == UNIR;
    }

    public static Optional<ReviewField> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
