package mx.observa.index;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * The best results of a query, with the proximity of its words added to their score: the first pass ranks every
 * matching finding by its concepts, topic and kind; then the best {@value #RESCORED} are rescored with the positions
 * of consecutive concepts and, on a large index, the query's common concepts ({@link RankingQuery}). Reading positions for the few findings that can reach a page, not
 * for every match, keeps a query in plain words fast on a large index (the usual "rescore window" of search engines).
 * Proximity only adds, so the findings beyond the window stay below those in it; so does the support of a finding's
 * report ({@link ReportSupport}), added last.
 */
final class Proximity {

    static final int RESCORED = 100;

    private Proximity() {
    }

    /** The first {@code n} findings of {@code ranked} (by date when {@code sort} is given), proximity rescored. */
    static TopDocs top(IndexSearcher searcher, Query ranked, Query proximity, int n, Sort sort) throws IOException {
        if (sort != null) {
            return searcher.search(ranked, n, sort);
        }
        TopDocs first = searcher.search(ranked, Math.max(n, RESCORED));
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
        TopDocs rescored = new TopDocs(first.totalHits, ReportSupport.add(searcher, head.scoreDocs));
        ScoreDoc[] all = new ScoreDoc[Math.min(n, first.scoreDocs.length)];
        int fromRescored = Math.min(all.length, window);
        System.arraycopy(rescored.scoreDocs, 0, all, 0, fromRescored);
        System.arraycopy(first.scoreDocs, fromRescored, all, fromRescored, all.length - fromRescored);
        return new TopDocs(first.totalHits, all);
    }
}
