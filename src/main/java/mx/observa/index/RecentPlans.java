package mx.observa.index;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The last plans made against one state of the index. Planning a request (word forms, typos, synonyms, what the
 * commission reads) costs more than running it; the same request is planned again for its next page, for its export,
 * and by the cluster, which plans against the embedded index before it answers. A plan depends only on the request,
 * on who reads ({@link VisibleText}), on the index's words and on the synonyms file, so it is kept per state of both: a
 * new state (a report indexed, the synonyms edited) is another key, and the oldest plans make room.
 */
final class RecentPlans {

    /** Enough for a page of searches by several readers, or one judged part of the search evaluation on two engines. */
    static final int SIZE = 128;

    /** Makes a plan when none is kept. */
    @FunctionalInterface
    interface Planning {
        QueryPlanner.Plan plan() throws IOException;
    }

    private record Key(IndexReader.CacheKey index, Object synonyms, SearchRequest request, VisibleText visible) {
    }

    private final Map<Key, QueryPlanner.Plan> plans = Collections.synchronizedMap(new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, QueryPlanner.Plan> eldest) {
            return size() > SIZE;
        }
    });

    /**
     * The plan kept for {@code request} against {@code searcher}'s index and the {@code synonyms} in use (compared by
     * identity), or a new one, planned outside the lock.
     */
    QueryPlanner.Plan of(IndexSearcher searcher, Object synonyms, SearchRequest request, VisibleText visible,
                         Planning planning) throws IOException {
        IndexReader.CacheHelper state = searcher.getIndexReader().getReaderCacheHelper();
        if (state == null) {
            return planning.plan();
        }
        Key key = new Key(state.getKey(), synonyms, request, visible);
        QueryPlanner.Plan plan = plans.get(key);
        if (plan == null) {
            plan = planning.plan();
            plans.put(key, plan);
        }
        return plan;
    }
}
