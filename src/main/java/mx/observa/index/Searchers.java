package mx.observa.index;

import org.apache.lucene.search.IndexSearcher;

/** Where a search gets its point-in-time view of the index: the service's writer, or a read-only reader. */
public interface Searchers {

    IndexSearcher acquire();

    void release(IndexSearcher searcher);
}
