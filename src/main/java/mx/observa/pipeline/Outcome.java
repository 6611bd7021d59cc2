package mx.observa.pipeline;

/**
 * What became of one delivery, for the sender's receipt and the run summary.
 *
 * @param folio  the receipt (for a duplicate: the folio of the first delivery); null when nothing was archived
 * @param reason Spanish, when quarantined or failed
 */
public record Outcome(Kind kind, String folio, String source, String reason) {

    public enum Kind {
        /** Archived and journaled: what the channels answer; processing follows from the journal. */
        RECEIVED,
        /** Processed: understood and indexed. */
        ACCEPTED,
        /** The same bytes were received before, or the same text from the same observer (indexed, counted once). */
        DUPLICATE,
        /** The sender's file cannot be taken: quarantined with its reason. */
        QUARANTINED,
        /** Observa's own failure, even after retrying: it will be retried (at the next start, observa reintentar). */
        FAILED
    }

    public static final String PROPERTY = "observaOutcome";
}
