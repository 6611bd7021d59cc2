package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * On an index large enough for a word to be common ("mesa" in every report), a common word of the query does not
 * make a finding a result, but still ranks the results its rarer words selected, in the rescoring of the best ones:
 * two findings alike but for that word (far from the others, so proximity does not tell them apart).
 */
class CommonWordsTest {

    private static final int FILLER_REPORTS = RankingQuery.COMMON_MIN + 100;

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void buildIndex() throws Exception {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        for (int i = 0; i < FILLER_REPORTS; i++) {
            index.replace(report("OBS-2022-%06d".formatted(i + 1)).in("Coyoacán", 26)
                    .finding("La mesa abrió a las nueve y cerró a las cinco.", "instalacion", "abrió")
                    .build());
        }
        index.replace(report("OBS-2022-900001").in("Tlalpan", 14)
                .finding("Robaron la urna en la calle de enfrente y por eso durante toda la tarde no hubo opiniones en la plaza.",
                        "seguridad", "robaron").build());
        index.replace(report("OBS-2022-900002").in("Tlalpan", 14)
                .finding("Robaron la urna en la calle de enfrente y por eso durante toda la tarde no hubo opiniones en la mesa.",
                        "seguridad", "robaron").build());
        index.commit();
        search = new FindingSearch(index, analyzer);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aCommonWordRanksTheResultsOfTheRarerOnesWithoutAddingItsOwn() {
        SearchResult r = search.search(new SearchRequest("robaron urna mesa", SearchFilters.NONE,
                SearchRequest.Order.RELEVANCE, 0, 10));

        assertThat(r.total()).isEqualTo(2);
        List<String> folios = r.hits().stream().map(SearchHit::folio).toList();
        assertThat(folios).containsExactly("OBS-2022-900002", "OBS-2022-900001");
        assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
    }

    @Test
    void byReportTheCountsComeFromTheSameResults() {
        SearchResult r = search.search(new SearchRequest("robaron urna mesa", SearchFilters.NONE,
                SearchRequest.Order.RELEVANCE, 0, 10, SearchRequest.Grouping.REPORT, null));

        assertThat(r.totalReports()).isEqualTo(2);
        assertThat(r.reports()).extracting(rh -> rh.best().folio()).containsExactly("OBS-2022-900002", "OBS-2022-900001");
        assertThat(r.reports()).allSatisfy(rh -> assertThat(rh.moreFindings()).isZero());
    }
}
