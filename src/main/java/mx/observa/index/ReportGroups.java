package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import mx.observa.index.SearchResult.Delivery;

/**
 * A search by report: findings grouped by the report they belong to, a report and its near-duplicates being one
 * ({@link IndexSchema#GROUP}; indexes made before that field group by folio). A report ranks where its best finding
 * does; pages are pages of reports.
 */
final class ReportGroups {

    private static final int FIRST_READ = 200;

    /** One report on the page: the document of its best finding and its group key. */
    record Group(ScoreDoc best, String key) {
    }

    private ReportGroups() {
    }

    /** The reports from {@code offset}, at most {@code limit}, in the order of their best findings. */
    static List<Group> page(IndexSearcher searcher, Query query, Query proximity, Sort sort, int offset, int limit)
            throws IOException {
        int wanted = offset + limit;
        int read = Math.max(FIRST_READ, wanted * 10);
        while (true) {
            TopDocs top = Proximity.top(searcher, query, proximity, read, sort);
            Map<String, ScoreDoc> firstOfGroup = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                firstOfGroup.putIfAbsent(key(searcher, sd.doc), sd);
                if (firstOfGroup.size() >= wanted) {
                    break;
                }
            }
            if (firstOfGroup.size() >= wanted || top.scoreDocs.length < read) {
                List<Group> groups = new ArrayList<>();
                firstOfGroup.forEach((k, sd) -> groups.add(new Group(sd, k)));
                return groups.subList(Math.min(offset, groups.size()), groups.size());
            }
            read *= 4;
        }
    }

    /** How many reports have a finding that matches. */
    static long count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new DistinctGroups()).size();
    }

    /**
     * How many reports the findings already collected (for the facet counts) belong to: the same as
     * {@link #count(IndexSearcher, Query)} without running the query again.
     */
    static long count(FacetsCollector matched) throws IOException {
        DistinctGroups.PerSlice groups = new DistinctGroups.PerSlice();
        for (FacetsCollector.MatchingDocs docs : matched.getMatchingDocs()) {
            DocIdSetIterator it = docs.totalHits() == 0 || docs.bits() == null ? null : docs.bits().iterator();
            if (it == null) {
                continue;
            }
            groups.doSetNextReader(docs.context());
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                groups.collect(d);
            }
        }
        groups.resolve();
        return groups.keys.size();
    }

    /** How many of the findings already collected belong to report {@code folio}: its postings against their bits. */
    static int matchedIn(FacetsCollector matched, String folio) throws IOException {
        Term term = new Term(IndexSchema.FOLIO, folio);
        int n = 0;
        for (FacetsCollector.MatchingDocs docs : matched.getMatchingDocs()) {
            DocIdSetIterator hits = docs.totalHits() == 0 || docs.bits() == null ? null : docs.bits().iterator();
            PostingsEnum ofReport = hits == null ? null : docs.context().reader().postings(term, PostingsEnum.NONE);
            if (ofReport == null) {
                continue;
            }
            // the collected bits hold only live findings
            int hit = -1;
            for (int d = ofReport.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && hit != DocIdSetIterator.NO_MORE_DOCS;
                 d = ofReport.nextDoc()) {
                hit = hit < d ? hits.advance(d) : hit;
                n += hit == d ? 1 : 0;
            }
        }
        return n;
    }

    /** The other deliveries of a report (its near-duplicates, or the original), with the name each arrived with. */
    static List<Delivery> otherDeliveries(IndexSearcher searcher, String key, String folio) throws IOException {
        Query heads = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.GROUP, key)), BooleanClause.Occur.MUST)
                .add(IntPoint.newExactQuery(IndexSchema.NUMBER, 1), BooleanClause.Occur.FILTER).build();
        StoredFields stored = searcher.storedFields();
        List<Delivery> others = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(heads, 100, new Sort(new org.apache.lucene.search.SortField(
                IndexSchema.FOLIO, org.apache.lucene.search.SortField.Type.STRING))).scoreDocs) {
            var doc = stored.document(sd.doc);
            if (!doc.get(IndexSchema.FOLIO).equals(folio)) {
                others.add(new Delivery(doc.get(IndexSchema.FOLIO), doc.get(IndexSchema.SOURCE)));
            }
        }
        return others;
    }

    private static String key(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = groupValues(leaf.reader());
        if (values != null && values.advanceExact(doc - leaf.docBase)) {
            return values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return "";
    }

    /** The group key of each finding: {@link IndexSchema#GROUP}, or the folio in a segment written before it. */
    private static SortedDocValues groupValues(LeafReader reader) throws IOException {
        SortedDocValues group = reader.getSortedDocValues(IndexSchema.GROUP);
        return group != null ? group : reader.getSortedDocValues(IndexSchema.FOLIO);
    }

    /** The distinct group keys of the matching findings: per segment a set of ordinals, resolved at the end. */
    private static final class DistinctGroups implements CollectorManager<DistinctGroups.PerSlice, Set<BytesRef>> {

        @Override
        public PerSlice newCollector() {
            return new PerSlice();
        }

        @Override
        public Set<BytesRef> reduce(Collection<PerSlice> slices) throws IOException {
            Set<BytesRef> keys = new HashSet<>();
            for (PerSlice s : slices) {
                s.resolve();
                keys.addAll(s.keys);
            }
            return keys;
        }

        static final class PerSlice extends SimpleCollector {
            private final Set<BytesRef> keys = new HashSet<>();
            private SortedDocValues values;
            private FixedBitSet ords;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                resolve();
                values = groupValues(context.reader());
                ords = values == null ? null : new FixedBitSet(Math.max(1, values.getValueCount()));
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values != null && values.advanceExact(doc)) {
                    ords.set(values.ordValue());
                }
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            void resolve() throws IOException {
                if (values == null) {
                    return;
                }
                for (int ord = ords.nextSetBit(0); ord != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                     ord = ord + 1 < ords.length() ? ords.nextSetBit(ord + 1) : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                    keys.add(BytesRef.deepCopyOf(values.lookupOrd(ord)));
                }
                values = null;
            }
        }
    }
}
