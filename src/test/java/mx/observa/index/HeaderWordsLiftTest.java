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

/** What a report says of itself before its observations orders its findings among those alike ({@link RankingQuery#withHeaderWords}). */
class HeaderWordsLiftTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void buildIndex() {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-000401").in("Tlalpan", 14).source("tlalpan.txt")
                .header("Reporte de la jornada")
                .finding("Sólo había una cabina y la fila avanzó muy despacio.")
                .finding("Cerraron a las cinco en punto.")
                .build());
        index.replace(report("OBS-2022-000402").in("Tlalpan", 14).source("tlalpan-2.txt")
                .header("Reporte de la jornada\nMe tocó observar la mesa de junto al tianguis de los jueves")
                .finding("La fila avanzó muy despacio y sólo había una cabina.")
                .finding("Cerraron a las cinco y media.")
                .build());
        index.replace(report("OBS-2022-000403").in("Tlalpan", 14).source("tlalpan-3.txt")
                .finding("Los puestos del tianguis tapaban la entrada de la escuela.")
                .build());
        index.commit();
        search = FindingSearch.configured(ObservaConfig.load(Path.of(".")), index, analyzer);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    @Test
    void aReportThatSaysTheQuerysWordsBeforeItsObservationsGoesFirstAmongFindingsAlike() {
        List<String> found = ids("la fila iba muy despacio en la mesa del tianguis");
        assertThat(found.indexOf("OBS-2022-000402#1")).as("its writer said where she watched: by the tianguis")
                .isNotNegative().isLessThan(found.indexOf("OBS-2022-000401#1"));
    }

    @Test
    void theHeaderSelectsNothing() {
        // the lift only orders: a finding with none of the query's words is no result for what its header says
        assertThat(ids("la fila iba muy despacio en la mesa del tianguis")).doesNotContain("OBS-2022-000402#2");
        // both findings alike are still found when the header has none of the query's words
        assertThat(ids("la fila iba muy despacio")).contains("OBS-2022-000401#1", "OBS-2022-000402#1");
        assertThat(ids("cerraron a las cinco")).doesNotContain("OBS-2022-000403#1");
    }
}
