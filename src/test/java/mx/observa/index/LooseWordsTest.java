package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A query's loose words, as a plain search reads them (function words too), order the findings the plan scores alike;
 * they select none.
 */
class LooseWordsTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final ObservaConfig config = ObservaConfig.load(Path.of("."));
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void open() {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> found(String q) {
        if (search == null) {
            index.commit();
            search = FindingSearch.configured(config, index, analyzer);
        }
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    @Test
    void aFindingThatSharesOnlyFunctionWordsWithTheQueryIsNoResult() {
        index.replace(report("OBS-2022-000401").finding("Una señora llegó en pantuflas y opinó sin problema.").build());
        index.replace(report("OBS-2022-000402").finding("Los que se fueron temprano regresaron por la tarde.").build());

        assertThat(found("¿y los que venían en pantuflas?")).containsExactly("OBS-2022-000401#1");
    }

    @Test
    void amongFindingsThePlanScoresAlikeTheOneWithMoreOfTheQuerysWordsComesFirst() {
        // both say «mampara» and «tardó»; only the longer one says «no se tardó», as the query does
        index.replace(report("OBS-2022-000701").finding("Un hombre entró a la mampara y se tardó bastante rato.").build());
        index.replace(report("OBS-2022-000702").finding("Un hombre entró a la mampara y no se tardó casi nada.").build());

        assertThat(found("¿en qué mampara no se tardaron?")).startsWith("OBS-2022-000702#1", "OBS-2022-000701#1");
    }
}
