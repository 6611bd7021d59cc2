package mx.observa.archive;

import java.time.Instant;

import mx.observa.archive.JournalEntry.Event;

/**
 * Where one submission stands, folded from its journal events.
 *
 * @param status archived (waiting to be processed or being processed), indexed or quarantined
 */
public record SubmissionState(String folio, String sha256, String channel, String source, Instant receivedAt,
                              String status, String reason, Integer findings, String duplicateOf) {

    static SubmissionState first(JournalEntry e) {
        return new SubmissionState(e.folio(), e.sha256(), e.channel(), e.source(), e.at(), e.event(), e.reason(),
                e.findings(), e.duplicateOf());
    }

    SubmissionState after(JournalEntry e) {
        return new SubmissionState(folio, sha256, channel, source, receivedAt, e.event(), e.reason(),
                e.findings() != null ? e.findings() : findings, e.duplicateOf() != null ? e.duplicateOf() : duplicateOf);
    }

    public boolean isIndexed() {
        return Event.INDEXED.id().equals(status);
    }

    public boolean isQuarantined() {
        return Event.QUARANTINED.id().equals(status);
    }

    /** Processing ended one way or the other; an archived-only submission is resumed after a crash. */
    public boolean isSettled() {
        return isIndexed() || isQuarantined();
    }
}
