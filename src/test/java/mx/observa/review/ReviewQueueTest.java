package mx.observa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.index.IndexedFinding;
import mx.observa.report.Sections;

class ReviewQueueTest {

    private static final Reviews.Reviewer ANA = new Reviews.Reviewer("analista", "analista");

    @TempDir
    Path dir;

    private static IndexedFinding finding(String folio, int n, String alcaldia, Integer distrito, String duplicateOf,
                                          String kind, boolean illegible, String text, String... topics) {
        return new IndexedFinding(folio, n, "f.txt", "carpeta", alcaldia, distrito, null, null, LocalDate.parse("2022-05-01"),
                List.of(topics), text, "{}", "2022-05-02T10:00:00Z", duplicateOf, kind, List.of(), illegible, List.of());
    }

    private static final List<IndexedFinding> ALL = List.of(
            finding("OBS-2022-000001", 1, "Iztapalapa", 24, null, "incidencia", false, "Amenazaron a la mesa.", "seguridad"),
            new IndexedFinding("OBS-2022-000001", 2, "f.txt", "carpeta", "Iztapalapa", 24, null, null,
                    LocalDate.parse("2022-05-01"), List.of("proselitismo"), "No hubo propaganda.",
                    "{\"proselitismo\":[\"propaganda\",\"no hubo\"]}", "2022-05-02T10:00:00Z", null, "conforme",
                    List.of("no hubo"), false, List.of()),
            finding("OBS-2022-000002", 1, null, 5, null, "incidencia", false, "Repartían despensas.", "proselitismo"),
            finding("OBS-2022-000002", 2, null, 5, null, "contexto", true, "qee tuerce asin ~~ lI1"),
            finding("OBS-2022-000003", 1, "Coyoacán", 30, "OBS-2022-000001", "incidencia", false, "Amenazaron a la mesa.",
                    "seguridad"));

    private ReviewQueue queue(Reviews reviews, ReviewQueue.Filter filter) {
        return queue(reviews, filter, 10);
    }

    /** The queue of ALL, read one report at a time, holding {@code kept} items per category. */
    private ReviewQueue queue(Reviews reviews, ReviewQueue.Filter filter, int kept) {
        Map<String, List<IndexedFinding>> byReport = new LinkedHashMap<>();
        ALL.forEach(f -> byReport.computeIfAbsent(f.folio(), k -> new ArrayList<>()).add(f));
        return ReviewQueue.of(byReport.values().stream(), reviews.current(), Sections::serious, 0.5, filter, kept);
    }

    @Test
    void listsWhatNeedsAPersonInQueueOrder() {
        Reviews reviews = new Reviews(ReviewLog.in(dir), Clock.systemUTC());
        ReviewQueue q = queue(reviews, new ReviewQueue.Filter(null, null));
        assertThat(q.items(ReviewQueue.Category.INCIDENCIAS_GRAVES)).extracting(i -> i.folio() + "#" + i.finding())
                .containsExactly("OBS-2022-000001#1", "OBS-2022-000002#1");
        assertThat(q.items(ReviewQueue.Category.SIN_LUGAR)).extracting(ReviewQueue.Item::folio).containsExactly("OBS-2022-000002");
        assertThat(q.items(ReviewQueue.Category.ILEGIBLES)).extracting(ReviewQueue.Item::finding).containsExactly(2);
        assertThat(q.items(ReviewQueue.Category.CASI_IDENTICOS)).extracting(ReviewQueue.Item::folio).containsExactly("OBS-2022-000003");
        assertThat(q.total()).isEqualTo(5);
        assertThat(q.next().folio()).isEqualTo("OBS-2022-000001");
        // «Siguiente» moves past an item the analyst leaves unreviewed, round to the start
        assertThat(q.after("OBS-2022-000001", 1)).extracting(i -> i.folio() + "#" + i.finding())
                .isEqualTo("OBS-2022-000002#1");
        assertThat(q.after("OBS-2022-000002", 2).folio()).isEqualTo("OBS-2022-000003");
        assertThat(q.after("OBS-2022-000003", null)).isEqualTo(q.next());
        assertThat(q.after("OBS-2022-000001", 2)).as("not pending: the first").isEqualTo(q.next());

        ReviewQueue one = queue(reviews, new ReviewQueue.Filter("Iztapalapa", null));
        assertThat(one.total()).isEqualTo(1);
        assertThat(one.after(one.next().folio(), one.next().finding())).as("nothing else pending").isNull();
        assertThat(queue(reviews, new ReviewQueue.Filter(null, "proselitismo")).items(ReviewQueue.Category.INCIDENCIAS_GRAVES))
                .extracting(ReviewQueue.Item::folio).containsExactly("OBS-2022-000002");
    }

    @Test
    void reviewedItemsLeaveTheQueueUntilItIsClear() {
        Reviews reviews = new Reviews(ReviewLog.in(dir), Clock.systemUTC());
        for (IndexedFinding f : List.of(ALL.get(0), ALL.get(2), ALL.get(3))) {
            reviews.record(ANA, f.folio(), List.of(new Reviews.Change(f.number(), ReviewedValues.fingerprint(f.text()),
                    ReviewField.TIPO, f.kind(), f == ALL.get(2) ? "contexto" : f.kind())));
        }
        ReviewQueue q = queue(reviews, new ReviewQueue.Filter(null, null));
        assertThat(q.items(ReviewQueue.Category.INCIDENCIAS_GRAVES)).isEmpty();
        assertThat(q.items(ReviewQueue.Category.ILEGIBLES)).isEmpty();
        // touched: no longer an unchecked near-duplicate; its place confirmed unknown: no longer pending either
        reviews.record(ANA, "OBS-2022-000003", List.of(new Reviews.Change(null, null, ReviewField.NOTA, null, "Mismo informe")));
        reviews.record(ANA, "OBS-2022-000002", List.of(new Reviews.Change(null, null, ReviewField.ALCALDIA, null, null)));
        q = queue(reviews, new ReviewQueue.Filter(null, null));
        assertThat(q.total()).isZero();
        assertThat(q.next()).isNull();
    }

    @Test
    void listsTheFindingsTheClassifierWasLeastSureOfFirstAndKeepsOnlyTheLeastSure() {
        Reviews reviews = new Reviews(ReviewLog.in(dir), Clock.systemUTC());
        List<List<IndexedFinding>> reports = List.of(
                List.of(doubtful("OBS-2022-000010", 1, "conforme", List.of("no hubo"), "{\"material\":[\"boletas\"]}", "material"),
                        doubtful("OBS-2022-000010", 2, "recomendacion", List.of(), "{}")),
                List.of(doubtful("OBS-2022-000011", 1, "conforme", List.of("a tiempo", "sin novedad"),
                                "{\"instalacion\":[\"se instalo\",\"a tiempo\"]}", "instalacion"),
                        doubtful("OBS-2022-000011", 2, "contexto", List.of(), "{}"),
                        doubtful("OBS-2022-000011", 3, "buena_practica", List.of("buena practica"),
                                "{\"accesibilidad\":[\"rampa\"]}", "accesibilidad")));
        ReviewQueue q = ReviewQueue.of(reports.stream(), reviews.current(), Sections::serious, 0.7, new ReviewQueue.Filter(null, null), 2);
        // a recommendation no cue decided (0.3), then kinds or topics of a single word (0.5), then context without a
        // cue (0.6); a conforme with two cues and two words per topic (0.75) is sure enough; only two are kept
        assertThat(q.count(ReviewQueue.Category.DUDOSOS)).isEqualTo(4);
        assertThat(q.items(ReviewQueue.Category.DUDOSOS)).extracting(i -> i.folio() + "#" + i.finding())
                .containsExactly("OBS-2022-000010#2", "OBS-2022-000010#1");
        assertThat(q.items(ReviewQueue.Category.DUDOSOS)).extracting(ReviewQueue.Item::certainty).containsExactly(0.3, 0.5);
        assertThat(q.next().folio() + "#" + q.next().finding()).isEqualTo("OBS-2022-000010#2");

        // once a person reviews its topics, it leaves
        IndexedFinding first = reports.get(0).get(1);
        reviews.record(ANA, first.folio(), List.of(new Reviews.Change(first.number(), ReviewedValues.fingerprint(first.text()),
                ReviewField.TEMAS, "", "")));
        q = ReviewQueue.of(reports.stream(), reviews.current(), Sections::serious, 0.7, new ReviewQueue.Filter(null, null), 2);
        assertThat(q.count(ReviewQueue.Category.DUDOSOS)).isEqualTo(3);
        assertThat(q.items(ReviewQueue.Category.DUDOSOS)).extracting(ReviewQueue.Item::certainty).containsExactly(0.5, 0.5);
    }

    private static IndexedFinding doubtful(String folio, int n, String kind, List<String> kindEvidence, String evidence,
                                           String... topics) {
        return new IndexedFinding(folio, n, "f.txt", "carpeta", "Tlalpan", 14, null, null, LocalDate.parse("2022-05-01"),
                List.of(topics), "Hallazgo " + folio + " " + n + ".", evidence, "2022-05-02T10:00:00Z", null, kind,
                kindEvidence, false, List.of());
    }
}
