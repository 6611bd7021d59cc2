package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Report;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * One corpus taken in twice ranks the same: the order its reports were processed in and how its segments were
 * written (each ingest commits, and merges, at its own moments) decide where a finding sits in the index, and that
 * must never decide its place in a ranking, least of all which findings enter the window that proximity and a
 * report's support rescore.
 */
class IngestOrderRankingTest {

    /** More findings with the same words than the rescored window holds, so ties cross its edge. */
    private static final int REPORTS = Proximity.RESCORED + 40;

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final ObservaConfig config = ObservaConfig.load(Path.of("."));

    @Test
    void twoIngestsInOtherOrdersAndSegmentsRankAlike() {
        List<Report> reports = new ArrayList<>();
        for (int i = 1; i <= REPORTS; i++) {
            // the same passage in every report (a form many observers filled alike): equal scores everywhere
            reports.add(report("OBS-2022-%06d".formatted(i)).in("Tlalpan", 14).source("r" + i + ".txt")
                    .finding("La mesa abrió tarde porque el mobiliario llegó después de las nueve.", "instalacion", "abrió tarde")
                    .finding("Se contaron las opiniones frente a los vecinos.", "escrutinio", "contaron")
                    .build());
        }
        List<Report> reversed = new ArrayList<>(reports);
        java.util.Collections.reverse(reversed);

        // in folio order, a commit every few reports (many small segments); in reverse order, one segment
        List<String> inOrder = ranking("a", reports, 7, "la mesa abrió tarde por el mobiliario");
        List<String> inReverse = ranking("b", reversed, REPORTS, "la mesa abrió tarde por el mobiliario");

        assertThat(inOrder).hasSize(REPORTS);
        assertThat(inReverse).isEqualTo(inOrder);
        // equal scores go by folio: the first folios fill the first page whatever the ingest
        assertThat(inOrder.subList(0, 3)).containsExactly("OBS-2022-000001#1", "OBS-2022-000002#1", "OBS-2022-000003#1");
    }

    @Test
    void aPageOfReportsIsTheSameWhicheverIngest() {
        List<Report> reports = new ArrayList<>();
        for (int i = 1; i <= REPORTS; i++) {
            reports.add(report("OBS-2022-%06d".formatted(i)).in("Coyoacán", 26).source("c" + i + ".txt")
                    .finding("Faltaron boletas a media tarde y varias personas se retiraron.", "material", "faltaron boletas")
                    .build());
        }
        List<Report> reversed = new ArrayList<>(reports);
        java.util.Collections.reverse(reversed);

        List<String> first = page("c", reports, 3, "faltaron boletas");
        List<String> second = page("d", reversed, 50, "faltaron boletas");

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    /** Every finding of {@code q}, in rank order, as folio#number. */
    private List<String> ranking(String dir, List<Report> reports, int commitEvery, String q) {
        List<String> ids = new ArrayList<>();
        withIndex(dir, reports, commitEvery, search -> search.export(
                        new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20), 1_000).findings()
                .forEach(f -> ids.add(f.folio() + "#" + f.number())));
        return ids;
    }

    /** The first page of {@code q} as the web shows it, as folio#number. */
    private List<String> page(String dir, List<Report> reports, int commitEvery, String q) {
        List<String> ids = new ArrayList<>();
        withIndex(dir, reports, commitEvery, search -> search.search(
                        new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .forEach(h -> ids.add(h.folio() + "#" + h.finding())));
        return ids;
    }

    private void withIndex(String dir, List<Report> reports, int commitEvery, Consumer<FindingSearch> use) {
        try (FindingIndex index = FindingIndex.open(tmp.resolve(dir), analyzer, new IndexSchema())) {
            int taken = 0;
            for (Report r : reports) {
                index.replace(r);
                if (++taken % commitEvery == 0) {
                    index.commit();
                }
            }
            index.commit();
            use.accept(FindingSearch.configured(config, index, analyzer));
        }
    }
}
