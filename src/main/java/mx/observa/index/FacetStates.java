package mx.observa.index;

import java.io.IOException;

import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinals of the current reader, and the counts over all its findings, built once per reader (the
 * near-real-time manager hands out the same reader until the index changes) instead of once per search.
 */
final class FacetStates {

    private final FacetsConfig config;
    private IndexReader reader;
    private SortedSetDocValuesReaderState state;
    private Facets all;

    FacetStates(FacetsConfig config) {
        this.config = config;
    }

    /** The state of {@code r}, or null when nothing with facets was indexed yet. */
    synchronized SortedSetDocValuesReaderState of(IndexReader r) throws IOException {
        if (r != reader) {
            state = build(r);
            all = null;
            reader = r;
        }
        return state;
    }

    /**
     * Every dimension counted over all the findings of {@code r} (null when nothing with facets was indexed yet): the
     * sideways counts of a search that is only one filter ("incidencias en Iztapalapa" lists the alcaldías with all
     * their findings), which would otherwise read every finding of the index at each such search.
     */
    synchronized Facets ofAll(IndexReader r) throws IOException {
        SortedSetDocValuesReaderState s = of(r);
        if (s != null && all == null) {
            all = new SortedSetDocValuesFacetCounts(s);
        }
        return all;
    }

    private SortedSetDocValuesReaderState build(IndexReader r) throws IOException {
        FieldInfo field = FieldInfos.getMergedFieldInfos(r).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (field == null || field.getDocValuesType() != DocValuesType.SORTED_SET) {
            return null;
        }
        return new DefaultSortedSetDocValuesReaderState(r, config);
    }
}
