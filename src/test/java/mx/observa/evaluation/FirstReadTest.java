package mx.observa.evaluation;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.SearchFilters;
import mx.observa.index.SearchPlan;
import mx.observa.index.SearchRequest;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The search evaluation reads a query's first {@link SearchEvaluation#FIRST_READ} findings and reads again only when
 * they show fewer than {@link SearchEvaluation#K} files: its figures are the longer read's only if a shorter read's
 * findings are the first ones of the longer read, in the same order — the proximity's window ranked alike, ties
 * broken alike inside and past it.
 */
class FirstReadTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();

    @Test
    void theFirstReadIsTheHeadOfTheLongerRead() {
        assertThat(SearchEvaluation.FIRST_READ).isLessThanOrEqualTo(SearchPlan.RESCORED);
        try (FindingIndex index = FindingIndex.open(tmp.resolve("indice"), analyzer, new IndexSchema())) {
            // more findings than the window holds, with equal scores across its edge (the same sentence in many
            // reports), words near and far apart for the proximity, and reports of one finding or several (support)
            for (int i = 1; i <= SearchPlan.RESCORED + 60; i++) {
                var r = report("OBS-2022-%06d".formatted(i)).in(i % 2 == 0 ? "Tlalpan" : "Coyoacán", 1 + i % 33)
                        .source("f" + i + ".txt");
                r.finding(switch (i % 4) {
                    case 0 -> "Faltaron boletas en la mesa y la gente esperó.";
                    case 1 -> "La mesa abrió tarde; más tarde faltaron también las boletas de la consulta.";
                    case 2 -> "Faltaron boletas.";
                    default -> "Hubo boletas de sobra pero faltaron mamparas en la mesa " + i + ".";
                }, "material", "boletas");
                if (i % 3 == 0) {
                    r.finding("La gente esperó una hora porque faltaron boletas otra vez.", "material", "boletas");
                }
                index.replace(r.build());
                if (i % 25 == 0) {
                    index.commit();
                }
            }
            index.commit();
            FindingSearch search = FindingSearch.configured(ObservaConfig.load(Path.of(".")), index, analyzer);
            for (String q : List.of("faltaron boletas", "boletas mesa", "\"faltaron boletas\"", "esperó una hora")) {
                List<String> longer = ids(search, q, 200);
                List<String> first = ids(search, q, SearchEvaluation.FIRST_READ);
                assertThat(longer).as(q).hasSizeGreaterThan(SearchEvaluation.FIRST_READ);
                assertThat(first).as(q).isEqualTo(longer.subList(0, SearchEvaluation.FIRST_READ));
            }
        }
    }

    @Test
    void aReadDecidesTheScoresWhenItShowsEnoughFilesOrEveryFinding() {
        List<String> ten = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(SearchEvaluation.enough(ten, 50, 50)).isTrue();
        assertThat(SearchEvaluation.enough(ten.subList(0, 3), 12, 50)).as("every finding that matches is read").isTrue();
        assertThat(SearchEvaluation.enough(ten.subList(0, 3), 50, 50)).as("more may follow: read again").isFalse();
        assertThat(SearchEvaluation.enough(List.of(), 0, 50)).as("nothing matches").isTrue();
    }

    private static List<String> ids(FindingSearch search, String q, int n) {
        return search.export(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20), n).findings()
                .stream().map(f -> f.folio() + "#" + f.number()).toList();
    }
}
