package mx.observa.index;

import java.util.Map;

/**
 * What the rest of Observa needs from the index of findings, whichever engine holds it: the embedded Lucene index
 * ({@link LuceneBackend}, the default) or an OpenSearch cluster
 * ({@link mx.observa.index.opensearch.OpenSearchBackend}), chosen with {@code observa.index.backend} in
 * {@code config/observa.properties} ({@link SearchBackends}). The index is a projection of the report store:
 * {@code observa reindex} fills an empty one from it.
 *
 * <p>Writes ({@link #replace}, {@link #deleteAll}) are seen by searches after {@link #refresh} and are durable after
 * {@link #commit}; only the service (one process) writes. A failure talking to the engine is Observa's own
 * ({@link mx.observa.model.ServiceFailure}): retried, never the sender's.
 */
public interface SearchBackend extends IndexWrites, AutoCloseable {

    /** Empties the index (before {@code observa reindex}). */
    void deleteAll();

    /** The search the web app and the commands call, answered by this backend. */
    FindingSearch findingSearch();

    /** How many findings are indexed. */
    long size();

    /** One page of an analyst's search; {@code visible}: what the reader sees of each finding (null: everything). */
    SearchResult search(SearchRequest request, VisibleText visible);

    /** Every finding of the result set (up to {@code max}), in the request's order, as the reader sees them. */
    FindingSearch.Export export(SearchRequest request, int max, VisibleText visible);

    /** One report with all its findings in order, as Observa understood them (reviews are laid over them), or null. */
    IndexedReport report(String folio);

    /** The findings of one report with the words of {@code query} marked (finding number → HTML). */
    Map<Integer, String> highlightReport(String folio, String query);

    /** Counts for the analysts' dashboard (near-duplicates left out). */
    Dashboard dashboard();

    @Override
    void close();
}
