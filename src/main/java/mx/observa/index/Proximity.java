package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * The best results of a query, with the proximity of its words added to their score: the first pass ranks every
 * matching finding by its concepts, topic and kind; then the best {@value #RESCORED} are rescored with the positions
 * of consecutive concepts and, on a large index, the query's common concepts ({@link RankingQuery}). Reading positions for the few findings that can reach a page, not
 * for every match, keeps a query in plain words fast on a large index (the usual "rescore window" of search engines).
 * Proximity only adds, so the findings beyond the window stay below those in it; so does the support of a finding's
 * report ({@link ReportSupport}), added last. Findings of equal score keep the order of their folio and number, not
 * of their place in the index: a corpus taken in twice, its reports processed in another order or its segments merged
 * otherwise, ranks the same.
 */
final class Proximity {

    static final int RESCORED = 100;

    /**
     * The first pass: by score, equal scores by folio and number. Which findings enter the rescored window, and which
     * fill the last places asked for, is decided there; broken by index order, a tie across the window's edge (common
     * in a small index: many findings match the same words or only the topic) let the segment layout of one ingest
     * choose which finding got its proximity and support, and two ingests of one corpus ranked differently.
     */
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexSchema.FOLIO, SortField.Type.STRING), new SortField(IndexSchema.NUMBER, SortField.Type.INT));

    private Proximity() {
    }

    /** The first {@code n} findings of {@code ranked} (by date when {@code sort} is given), proximity rescored. */
    static TopDocs top(IndexSearcher searcher, Query ranked, Query proximity, int n, Sort sort) throws IOException {
        if (sort != null) {
            return searcher.search(ranked, n, sort);
        }
        TopDocs first = searcher.search(ranked, Math.max(n, RESCORED), BY_SCORE, true);
        int window = Math.min(RESCORED, first.scoreDocs.length);
        TopDocs head = new TopDocs(first.totalHits, Arrays.copyOf(first.scoreDocs, window));
        if (proximity != null) {
            head = new QueryRescorer(proximity) {
                @Override
                protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                    return firstPassScore + (secondPassMatches ? secondPassScore : 0);
                }
            }.rescore(searcher, head, window);
        }
        TopDocs rescored = new TopDocs(first.totalHits, stable(searcher, ReportSupport.add(searcher, head.scoreDocs)));
        ScoreDoc[] all = new ScoreDoc[Math.min(n, first.scoreDocs.length)];
        int fromRescored = Math.min(all.length, window);
        System.arraycopy(rescored.scoreDocs, 0, all, 0, fromRescored);
        ScoreDoc[] rest = stable(searcher, Arrays.copyOfRange(first.scoreDocs, fromRescored, all.length));
        System.arraycopy(rest, 0, all, fromRescored, rest.length);
        return new TopDocs(first.totalHits, all);
    }

    /**
     * The findings, already by score, with each run of equal scores put in the order of folio and number (the search
     * and the support break ties by index order). Ties are few, so only their keys are read: no cost on the rest.
     */
    static ScoreDoc[] stable(IndexSearcher searcher, ScoreDoc[] byScore) throws IOException {
        ScoreDoc[] out = byScore.clone();
        for (int from = 0; from < out.length; ) {
            int to = from + 1;
            while (to < out.length && out[to].score == out[from].score) {
                to++;
            }
            if (to - from > 1) {
                sortByFolioAndNumber(searcher, out, from, to);
            }
            from = to;
        }
        return out;
    }

    private static void sortByFolioAndNumber(IndexSearcher searcher, ScoreDoc[] findings, int from, int to)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        record Keyed(ScoreDoc finding, String folio, long number) {
        }
        List<Keyed> tied = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(findings[i].doc, leaves));
            int doc = findings[i].doc - leaf.docBase;
            SortedDocValues folio = leaf.reader().getSortedDocValues(IndexSchema.FOLIO);
            NumericDocValues number = leaf.reader().getNumericDocValues(IndexSchema.NUMBER);
            tied.add(new Keyed(findings[i],
                    folio != null && folio.advanceExact(doc) ? folio.lookupOrd(folio.ordValue()).utf8ToString() : "",
                    number != null && number.advanceExact(doc) ? number.longValue() : 0));
        }
        tied.sort(Comparator.comparing(Keyed::folio).thenComparingLong(Keyed::number));
        for (int i = from; i < to; i++) {
            findings[i] = tied.get(i - from).finding();
        }
    }
}
