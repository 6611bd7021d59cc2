package mx.observa.index;

import mx.observa.model.Report;

/**
 * What the pipeline writes to the index: a report's findings, then a refresh (searches see them) and a commit (they
 * are durable, and only then journaled as indexed). The embedded {@link FindingIndex}, or a {@link SearchBackend}.
 */
public interface IndexWrites {

    /**
     * Adds a report's findings as people reviewed them (filtered and counted by the reviewed values), replacing
     * whatever was indexed before under the same folio (idempotent).
     */
    void replace(ReviewedReport reviewed);

    /** The same, for a report nobody reviewed. */
    default void replace(Report report) {
        replace(ReviewedReport.none(report));
    }

    /** Makes every write so far durable and visible to searches. */
    void commit();

    /** Lets searches see the writes so far (near-real-time; not durable yet). */
    void refresh();
}
