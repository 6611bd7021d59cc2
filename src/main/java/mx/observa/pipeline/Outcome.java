package mx.observa.pipeline;

/**
 * What became of one delivery, for the sender's receipt and the run summary.
 *
 * @param folio  the receipt (for a duplicate: the folio of the first delivery); null when nothing was archived
 * @param reason Spanish, when quarantined
 */
public record Outcome(Kind kind, String folio, String source, String reason) {

    public enum Kind { ACCEPTED, DUPLICATE, QUARANTINED }

    public static final String PROPERTY = "observaOutcome";
}
