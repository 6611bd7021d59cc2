package mx.observa.archive;

import java.time.Instant;

import mx.observa.archive.JournalEntry.Event;

/**
 * Where one submission stands, folded from its journal events.
 *
 * @param status archived (waiting to be processed or being processed), indexed, quarantined, failed (Observa's own
 *               failure: processed again at the next start or with observa reintentar), container (being unpacked)
 *               or unpacked
 * @param parent    folio of the submission it came with, or null
 * @param container whether it is a delivery that held reports (e-mail message, CSV export, form post) rather than
 *                  a report; it stays one if it is later quarantined (e.g. a CSV cut in the middle)
 */
public record SubmissionState(String folio, String sha256, String channel, String source, Instant receivedAt,
                              String status, String reason, Integer findings, String duplicateOf, String parent,
                              boolean container) {

    public SubmissionState(String folio, String sha256, String channel, String source, Instant receivedAt,
                           String status, String reason, Integer findings, String duplicateOf) {
        this(folio, sha256, channel, source, receivedAt, status, reason, findings, duplicateOf, null, false);
    }

    static SubmissionState first(JournalEntry e) {
        return new SubmissionState(e.folio(), e.sha256(), e.channel(), e.source(), e.at(), e.event(), e.reason(),
                e.findings(), e.duplicateOf(), e.parent(), e.is(Event.CONTAINER));
    }

    SubmissionState after(JournalEntry e) {
        return new SubmissionState(folio, sha256, channel, source, receivedAt, e.event(), e.reason(),
                e.findings() != null ? e.findings() : findings, e.duplicateOf() != null ? e.duplicateOf() : duplicateOf,
                parent, container);
    }

    public boolean isIndexed() {
        return Event.INDEXED.id().equals(status);
    }

    public boolean isQuarantined() {
        return Event.QUARANTINED.id().equals(status);
    }

    /** Observa itself failed to process it (not the sender's file): it waits to be retried. */
    public boolean isFailed() {
        return Event.FAILED.id().equals(status);
    }

    /** A report archived and neither settled nor failed: waiting in the journal to be processed, or being processed. */
    public boolean isWaiting() {
        return !container && !isSettled() && !isFailed();
    }

    /** A delivery that held reports (message, CSV export, ZIP archive, form post); not a report itself. */
    public boolean isContainer() {
        return container;
    }

    /**
     * Processing ended one way or the other; an archived-only submission is resumed after a crash, a failed one is
     * retried.
     */
    public boolean isSettled() {
        return isIndexed() || isQuarantined() || Event.CONTAINER.id().equals(status) || Event.UNPACKED.id().equals(status);
    }

    /** A container whose unpacking has not been seen to the end (stopped by a crash, or still going on). */
    public boolean isUnpackingUnfinished() {
        return container && Event.CONTAINER.id().equals(status);
    }
}
