package mx.observa.archive;

import mx.observa.model.Submission;

/**
 * The archive's answer to a delivery.
 *
 * @param submission the archived submission (for a duplicate: the first one, whose folio the sender gets back)
 */
public record Receipt(Submission submission, Kind kind) {

    public enum Kind {
        /** First time these bytes arrive: archived and journaled, ready for extraction. */
        NEW,
        /** Archived by an earlier run that stopped before finishing; process it again under the same folio. */
        RESUMED,
        /** The same bytes were already received; nothing new is created. */
        DUPLICATE
    }

    public boolean needsProcessing() {
        return kind != Kind.DUPLICATE;
    }
}
