package mx.observa.store;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import mx.observa.model.Report;

/**
 * What Observa understood about each report, kept beside the archive: the record the index, the consolidated report,
 * the status and the near-duplicate detector are built from. The archive holds what arrived; the store holds what it
 * was understood to say (metadata, findings with their topics and evidence, personal-data spans, the link to the first
 * copy, what a limit left unread); the index is a projection of the store, rebuilt from it without reading any file
 * again ({@code observa reindex}).
 *
 * <p>Written by the pipeline's store step, after understanding and before indexing: a report is in the store before
 * the index or the journal say anything about it.
 */
public interface ReportStore extends AutoCloseable {

    /** Writes (or replaces) the understanding of a report; it is on disk when the call returns. */
    void put(Report report);

    /**
     * Writes many reports with one commit (a bulk load: a benchmark's or a test's set-up); on disk when the call
     * returns. When one cannot be written the call fails, and those before it may be stored.
     */
    void putAll(Iterable<Report> reports);

    /** The stored report of a folio. */
    Optional<Report> get(String folio);

    /**
     * Every stored report in folio (arrival) order, read one at a time as the stream is consumed, so a reader holds
     * one report in memory, not the store. The stream must be closed (try-with-resources).
     */
    Stream<Report> stream();

    /** Folios of every stored report. */
    Set<String> folios();

    /** How many reports are stored. */
    long count();

    /** How many findings the stored reports have in all. */
    long findingCount();

    /**
     * Forgets a report: what was understood of it no longer counts (read again, its file went to quarantine). Durable
     * when the call returns.
     */
    boolean delete(String folio);

    @Override
    void close();
}
