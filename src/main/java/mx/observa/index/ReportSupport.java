package mx.observa.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * A finding whose report says more of what the query asks, in its other passages, ranks higher: each of the best
 * findings gets {@value #SHARE} of the score of the best other finding of its report. An observer tells one event over
 * several passages ("se acercaron dos hombres…", "me tomaron fotos…", "me pidieron que me retirara"), and a query
 * names all of it ("amenazaron a la observadora"); a report with a single incidental match gets nothing. The best
 * finding of a report stays its best, and a finding without the query's words never rises above its report's best.
 * Near-duplicate reports are other reports here: a copy does not lift its original.
 */
public final class ReportSupport {

    static final float SHARE = 0.2f;

    private ReportSupport() {
    }

    /** The findings, each with its share of its report's best other finding added, best first. */
    static ScoreDoc[] add(IndexSearcher searcher, ScoreDoc[] findings) throws IOException {
        String[] folios = new String[findings.length];
        float[] scores = new float[findings.length];
        for (int i = 0; i < findings.length; i++) {
            folios[i] = folio(searcher, findings[i].doc);
            scores[i] = findings[i].score;
        }
        float[] added = added(folios, scores);
        ScoreDoc[] supported = new ScoreDoc[findings.length];
        for (int i = 0; i < findings.length; i++) {
            supported[i] = new ScoreDoc(findings[i].doc, added[i], findings[i].shardIndex);
        }
        Arrays.sort(supported, Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
        return supported;
    }

    /**
     * The scores with the support added, whichever engine ranked them: {@code scores[i]} plus {@value #SHARE} of the
     * best other score among the findings of report {@code folios[i]}.
     */
    public static float[] added(String[] folios, float[] scores) {
        Map<String, float[]> bestTwo = new HashMap<>();
        for (int i = 0; i < folios.length; i++) {
            float[] two = bestTwo.computeIfAbsent(folios[i], k -> new float[] {0f, 0f});
            float s = scores[i];
            if (s > two[0]) {
                two[1] = two[0];
                two[0] = s;
            } else if (s > two[1]) {
                two[1] = s;
            }
        }
        float[] added = new float[folios.length];
        for (int i = 0; i < folios.length; i++) {
            float[] two = bestTwo.get(folios[i]);
            float other = scores[i] == two[0] ? two[1] : two[0];
            added[i] = scores[i] + SHARE * other;
        }
        return added;
    }

    private static String folio(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = leaf.reader().getSortedDocValues(IndexSchema.FOLIO);
        if (values != null && values.advanceExact(doc - leaf.docBase)) {
            return values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return "#" + doc; // no folio: a report of its own
    }
}
