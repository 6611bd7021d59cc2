package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.text.FoldingSpanishAnalyzer;

class ReportSupportTest {

    @TempDir
    Path tmp;

    @Test
    void aFindingWhoseReportSaysMoreOfTheQueryElsewhereRanksAboveALoneMatchOfTheSameScore() throws Exception {
        try (FindingIndex index = FindingIndex.open(tmp.resolve("index"), new FoldingSpanishAnalyzer(), new IndexSchema())) {
            index.replace(report("OBS-2022-000001").finding("Dos hombres se acercaron a la observadora.")
                    .finding("Le dijeron que se fuera o le iría mal.").build());
            index.replace(report("OBS-2022-000002").finding("Amenazaron al responsable de la mesa.").build());
            index.commit();
            IndexSearcher searcher = index.acquire();
            try {
                int threat1 = doc(searcher, "OBS-2022-000001", 2);
                int observer1 = doc(searcher, "OBS-2022-000001", 1);
                int threat2 = doc(searcher, "OBS-2022-000002", 1);
                ScoreDoc[] ranked = ReportSupport.add(searcher, new ScoreDoc[] {
                        new ScoreDoc(threat2, 0.6f), new ScoreDoc(threat1, 0.6f), new ScoreDoc(observer1, 0.4f)});

                assertThat(Arrays.stream(ranked).mapToInt(sd -> sd.doc).toArray()).containsExactly(threat1, threat2, observer1);
                assertThat(ranked[0].score).isEqualTo(0.6f + ReportSupport.SHARE * 0.4f);
                assertThat(ranked[1].score).as("no other finding of its report: nothing added").isEqualTo(0.6f);
                assertThat(ranked[2].score).as("below its report's best").isLessThan(ranked[0].score);
            } finally {
                index.release(searcher);
            }
        }
    }

    private static int doc(IndexSearcher searcher, String folio, int number) throws Exception {
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IndexSchema.FOLIO, folio)), 10).scoreDocs) {
            if (searcher.storedFields().document(sd.doc).getField(IndexSchema.NUMBER).numericValue().intValue() == number) {
                return sd.doc;
            }
        }
        throw new AssertionError(folio + "#" + number);
    }
}
