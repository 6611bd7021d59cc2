package mx.observa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
            finding("OBS-2022-000001", 2, "Iztapalapa", 24, null, "conforme", false, "No hubo propaganda.", "proselitismo"),
            finding("OBS-2022-000002", 1, null, 5, null, "incidencia", false, "Repartían despensas.", "proselitismo"),
            finding("OBS-2022-000002", 2, null, 5, null, "contexto", true, "qee tuerce asin ~~ lI1"),
            finding("OBS-2022-000003", 1, "Coyoacán", 30, "OBS-2022-000001", "incidencia", false, "Amenazaron a la mesa.",
                    "seguridad"));

    private ReviewQueue queue(Reviews reviews, ReviewQueue.Filter filter) {
        return ReviewQueue.of(ALL, reviews.current(), Sections::serious, filter);
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

        assertThat(queue(reviews, new ReviewQueue.Filter("Iztapalapa", null)).total()).isEqualTo(1);
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
}
