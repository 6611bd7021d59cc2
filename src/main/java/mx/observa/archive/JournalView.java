package mx.observa.archive;

import java.util.List;

/**
 * A consistent snapshot of the journal.
 *
 * @param submissions every archived submission with its current state
 * @param repeats     deliveries of bytes already received (no folio of their own)
 * @param rejected    deliveries quarantined before they could be archived (e.g. over the size limit)
 */
public record JournalView(List<SubmissionState> submissions, List<JournalEntry> repeats, List<JournalEntry> rejected) {

    public long indexedCount() {
        return submissions.stream().filter(SubmissionState::isIndexed).count();
    }

    /** Reports counted by the commission: indexed and not a near-duplicate of an earlier one. */
    public long distinctReportCount() {
        return submissions.stream().filter(s -> s.isIndexed() && s.duplicateOf() == null).count();
    }

    public long quarantinedCount() {
        return submissions.stream().filter(SubmissionState::isQuarantined).count() + rejected.size();
    }

    /** Repeated deliveries of the same bytes plus near-identical reports linked to a first one. */
    public long duplicateCount() {
        return repeats.size() + submissions.stream().filter(s -> s.isIndexed() && s.duplicateOf() != null).count();
    }
}
