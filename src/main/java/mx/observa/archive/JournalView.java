package mx.observa.archive;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import mx.observa.model.Channel;

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

    /** Reports Observa failed to process on its own side (parser workers, index, disk): they wait to be retried. */
    public long failedCount() {
        return submissions.stream().filter(SubmissionState::isFailed).count();
    }

    /** Reports received and waiting in the journal to be processed (or being processed now). */
    public long waitingCount() {
        return submissions.stream().filter(SubmissionState::isWaiting).count();
    }

    /**
     * Reports delivered again: repeated bytes plus near-identical reports linked to a first one. A container
     * delivered again (the same message found in another folder, the same CSV dropped twice) is not a report, and a
     * CSV row seen again in a later, longer export of the same questionnaire is not a person sending it twice:
     * neither is counted.
     */
    public long duplicateCount() {
        Set<String> containers = submissions.stream().filter(SubmissionState::isContainer)
                .map(SubmissionState::folio).collect(Collectors.toSet());
        long repeated = repeats.stream()
                .filter(r -> !containers.contains(r.duplicateOf()))
                .filter(r -> !Channel.CSV.id().equals(r.channel()))
                .count();
        return repeated + submissions.stream().filter(s -> s.isIndexed() && s.duplicateOf() != null).count();
    }

    /** Deliveries that held reports (e-mail messages, CSV exports, form posts); none of them is a report. */
    public long containerCount() {
        return submissions.stream().filter(SubmissionState::isContainer).count();
    }
}
