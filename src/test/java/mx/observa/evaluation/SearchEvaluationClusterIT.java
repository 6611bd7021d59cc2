package mx.observa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchBackends;
import mx.observa.support.TestCluster;
import mx.observa.support.TestHome;

/**
 * The search quality evaluation on both backends, over one ingest of the judged corpus: the embedded index and the
 * tests' three-node OpenSearch cluster give the same recall@10, nDCG@10 and MRR on every part (within 0.02).
 */
class SearchEvaluationClusterIT {

    private static final double PARITY = 0.02;

    @TempDir
    Path tmp;

    @Test
    void bothBackendsGiveTheSameFiguresOnEveryPart() throws Exception {
        ObservaConfig config = ObservaConfig.load(TestHome.projectRoot())
                .with("observa.index.backend", "opensearch")
                .with("observa.opensearch.hosts", String.join(",", TestCluster.cluster().httpHosts()))
                .with("observa.opensearch.index", "prueba-evaluacion");

        Map<String, SearchEvaluation.Result> both = SearchEvaluation.onBothBackends(config,
                TestHome.projectRoot().resolve("src/test/resources/busqueda"), tmp.resolve("trabajo"));

        SearchEvaluation.Result lucene = both.get(SearchBackends.LUCENE);
        SearchEvaluation.Result cluster = both.get(SearchBackends.OPENSEARCH);
        assertThat(lucene.findings()).isGreaterThan(100);
        for (SearchEvaluation.PartResult part : lucene.parts()) {
            SearchEvaluation.PartResult other = cluster.part(part.part()).orElseThrow();
            System.out.printf("%s: Lucene %s | OpenSearch %s%n", part.part(), part.observa(), other.observa());
            assertThat(other.observa().recall()).as(part.part() + " recall@10")
                    .isCloseTo(part.observa().recall(), within(PARITY));
            assertThat(other.observa().ndcg()).as(part.part() + " nDCG@10").isCloseTo(part.observa().ndcg(), within(PARITY));
            assertThat(other.observa().mrr()).as(part.part() + " MRR").isCloseTo(part.observa().mrr(), within(PARITY));
            assertThat(other.emptyPages()).isEqualTo(part.emptyPages());
        }
    }
}
