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
 * The words of a query as the analyst wrote them lift the findings that say them over those that say the same with a
 * synonym; its loose words, function words too, order what the plan scores alike and select nothing; and equal scores
 * keep one order whatever order the reports were indexed in.
 */
class LiteralWordsTest {

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
    void aFindingThatSaysTheWordAsWrittenComesBeforeOneThatSaysItsSynonym() {
        // "móvil" and "celular" are synonyms (sinonimos.txt): both are found, the one the analyst wrote first, even
        // when the other has the lower folio and was indexed first
        index.replace(report("OBS-2022-000101").finding("Al móvil de la capacitadora se le acabó la pila temprano.").build());
        index.replace(report("OBS-2022-000102").finding("Al celular de la capacitadora se le acabó la pila temprano.").build());

        assertThat(found("al celular se le acabó la pila")).containsExactly("OBS-2022-000102#1", "OBS-2022-000101#1");
        assertThat(found("al móvil se le acabó la pila")).containsExactly("OBS-2022-000101#1", "OBS-2022-000102#1");
    }

    @Test
    void findingsOfEqualScoreAreInFolioOrderWhateverTheOrderTheyWereIndexedIn() {
        index.replace(report("OBS-2022-000203").finding("La lona del toldo se rasgó con el viento.").build());
        index.replace(report("OBS-2022-000201").finding("La lona del toldo se rasgó con el viento.").build());
        index.replace(report("OBS-2022-000202").finding("La lona del toldo se rasgó con el viento.").build());

        assertThat(found("lona rasgada")).containsExactly("OBS-2022-000201#1", "OBS-2022-000202#1", "OBS-2022-000203#1");
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
