package mx.observa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;

class ReviewedValuesTest {

    private static final String FOLIO = "OBS-2022-000007";
    private static final Reviews.Reviewer ANA = new Reviews.Reviewer("analista", "analista");

    @TempDir
    Path dir;

    private static IndexedFinding finding(int n, String text, String kind, List<String> topics) {
        return new IndexedFinding(FOLIO, n, "informe.txt", "carpeta", "Coyoacán", 26, "03-040", "MRO 1",
                LocalDate.parse("2022-05-01"), topics, text, "{}", "2022-05-02T10:00:00Z", null, kind, List.of(),
                false, List.of("Ana Pérez"));
    }

    private static final IndexedFinding PROPAGANDA = finding(1, "Había propaganda del proyecto junto a la urna.",
            "incidencia", List.of("proselitismo"));
    private static final IndexedFinding HEADING = finding(2, "Datos de la mesa receptora", "contexto", List.of());

    private static IndexedReport report(IndexedFinding... findings) {
        return new IndexedReport(FOLIO, "sha", "informe.txt", "text/plain", "carpeta", "2022-05-02T10:00:00Z",
                "Coyoacán", 26, "03-040", "MRO 1", LocalDate.parse("2022-05-01"), null, null, List.of(findings));
    }

    private Reviews reviews() {
        return new Reviews(ReviewLog.in(dir), Clock.fixed(Instant.parse("2026-12-03T05:00:00Z"), ZoneOffset.UTC));
    }

    private static Reviews.Change ofFinding(IndexedFinding f, ReviewField field, String before, String after) {
        return new Reviews.Change(f.number(), ReviewedValues.fingerprint(f.text()), field, before, after);
    }

    @Test
    void withoutReviewsEverythingIsAsObservaUnderstoodIt() {
        ReviewedValues values = reviews().current();
        IndexedReport r = report(PROPAGANDA, HEADING);
        assertThat(values.apply(r)).isSameAs(r);
        assertThat(values.published(r.findings())).containsExactly(PROPAGANDA, HEADING);
    }

    @Test
    void reviewedPlaceKindAndTopicsReplaceTheAutomaticOnesAndTheLastChangeWins() {
        Reviews reviews = reviews();
        reviews.record(ANA, FOLIO, List.of(new Reviews.Change(null, null, ReviewField.ALCALDIA, "Coyoacán", "Tlalpan"),
                new Reviews.Change(null, null, ReviewField.DISTRITO, "26", "14"),
                new Reviews.Change(null, null, ReviewField.FECHA, "2022-05-01", "2022-05-03")));
        reviews.record(ANA, FOLIO, List.of(new Reviews.Change(null, null, ReviewField.DISTRITO, "14", "15"),
                ofFinding(PROPAGANDA, ReviewField.TIPO, "incidencia", "conforme"),
                ofFinding(PROPAGANDA, ReviewField.TEMAS, "proselitismo", "proselitismo|material")));

        IndexedReport r = reviews.current().apply(report(PROPAGANDA, HEADING));
        assertThat(r.alcaldia()).isEqualTo("Tlalpan");
        assertThat(r.distrito()).isEqualTo(15);
        assertThat(r.ut()).isEqualTo("03-040");
        assertThat(r.date()).isEqualTo(LocalDate.parse("2022-05-03"));
        assertThat(r.findings().get(0).kind()).isEqualTo("conforme");
        assertThat(r.findings().get(0).topics()).containsExactly("material", "proselitismo");
        assertThat(r.findings().get(0).alcaldia()).isEqualTo("Tlalpan");
        assertThat(r.findings().get(0).personalData()).containsExactly("Ana Pérez");
        assertThat(r.findings().get(1).kind()).isEqualTo("contexto");
    }

    @Test
    void aPassageThatIsNotAFindingIsShownButNeverPublished() {
        Reviews reviews = reviews();
        reviews.record(ANA, FOLIO, List.of(ofFinding(HEADING, ReviewField.TIPO, "contexto", ReviewField.NOT_A_FINDING)));
        ReviewedValues values = reviews.current();
        assertThat(values.notAFinding(HEADING)).isTrue();
        assertThat(values.apply(report(PROPAGANDA, HEADING)).findings()).hasSize(2);
        assertThat(values.published(List.of(PROPAGANDA, HEADING))).extracting(IndexedFinding::number).containsExactly(1);
    }

    @Test
    void aReviewFollowsItsPassageWhenAReindexNumbersTheFindingsDifferently() {
        Reviews reviews = reviews();
        reviews.record(ANA, FOLIO, List.of(ofFinding(PROPAGANDA, ReviewField.TIPO, "incidencia", "contexto")));
        // the same text, now third, written without accents and with other spacing
        IndexedFinding renumbered = finding(3, "Habia  propaganda del proyecto junto a la URNA.", "incidencia",
                List.of("proselitismo"));
        assertThat(reviews.current().apply(renumbered).kind()).isEqualTo("contexto");
        assertThat(reviews.current().apply(finding(1, "Otro texto del todo.", "incidencia", List.of())).kind())
                .isEqualTo("incidencia");
    }

    @Test
    void aSecondReaderOfTheSameFolderCatchesUpWithWhatTheFirstWrote() {
        Reviews writer = reviews();
        Reviews reader = reviews();
        assertThat(reader.current().touched(FOLIO)).isFalse();
        writer.record(ANA, FOLIO, List.of(new Reviews.Change(null, null, ReviewField.NOTA, null, "Llamar a la observadora")));
        assertThat(reader.current().touched(FOLIO)).isTrue();
        assertThat(reader.current().notes(FOLIO)).extracting(ReviewEntry::after).containsExactly("Llamar a la observadora");
        // a restart reads the same from the log
        assertThat(reviews().current().notes(FOLIO)).hasSize(1);
    }

    @Test
    void aModelReportIsPublishedWithItsReviewedValuesForReadersOfTheStore() {
        Reviews reviews = reviews();
        var report = mx.observa.support.ReportFixtures.report(FOLIO).in("Coyoacán", 26).observedOn("2022-05-01")
                .finding(PROPAGANDA.text(), "proselitismo", "propaganda").finding(HEADING.text()).build();
        assertThat(reviews.current().published(report)).isSameAs(report);
        reviews.record(ANA, FOLIO, List.of(new Reviews.Change(null, null, ReviewField.ALCALDIA, "Coyoacán", "Tlalpan"),
                ofFinding(PROPAGANDA, ReviewField.TIPO, "contexto", "incidencia"),
                ofFinding(PROPAGANDA, ReviewField.TEMAS, "proselitismo", "proselitismo|seguridad"),
                ofFinding(HEADING, ReviewField.TIPO, "contexto", ReviewField.NOT_A_FINDING)));
        var published = reviews.current().published(report);
        assertThat(published.metadata().alcaldia()).isEqualTo("Tlalpan");
        assertThat(published.findings()).hasSize(1);
        assertThat(published.findings().get(0).kind()).isEqualTo(mx.observa.model.FindingKind.INCIDENCIA);
        assertThat(published.findings().get(0).topics()).containsExactly("proselitismo", "seguridad");
        assertThat(published.findings().get(0).evidence().get("proselitismo")).containsExactly("propaganda");

        ReviewCoverage.Tally tally = new ReviewCoverage.Tally(reviews.current(), mx.observa.report.Sections::serious);
        tally.accept(report);
        assertThat(tally.coverage(java.util.Set.of(FOLIO))).isEqualTo(new ReviewCoverage(1, 0, 1, 0, 0));
    }

    @Test
    void splitsAndMergesApplyInTheOrderMadeAndTheConsolidatedReportPublishesTheNewCut() {
        Reviews reviews = reviews();
        String twoSentences = "Faltaron boletas en la mesa. La funcionaria pidió la credencial a todos.";
        var report = mx.observa.support.ReportFixtures.report(FOLIO).in("Coyoacán", 26).observedOn("2022-05-01")
                .finding(twoSentences, "material", "boletas").finding(HEADING.text())
                .finding(PROPAGANDA.text(), "proselitismo", "propaganda").build();
        assertThat(ReviewInput.splitPoints(twoSentences)).containsExactly("Faltaron boletas en la mesa.");
        assertThat(ReviewInput.splitPoints(HEADING.text())).isEmpty();

        reviews.record(ANA, FOLIO, List.of(new Reviews.Change(1, ReviewedValues.fingerprint(twoSentences),
                ReviewField.DIVIDIR, twoSentences, "Faltaron boletas en la mesa.")));
        reviews.record(ANA, FOLIO, List.of(new Reviews.Change(3, ReviewedValues.fingerprint(HEADING.text()),
                ReviewField.UNIR, HEADING.text() + "\n\n" + PROPAGANDA.text(),
                ReviewedValues.joined(HEADING.text(), PROPAGANDA.text()))));
        var published = reviews.current().published(report);
        assertThat(published.findings()).extracting(mx.observa.model.Finding::number).containsExactly(1, 2, 3);
        assertThat(published.findings()).extracting(mx.observa.model.Finding::text).containsExactly(
                "Faltaron boletas en la mesa.", "La funcionaria pidió la credencial a todos.",
                HEADING.text() + " " + PROPAGANDA.text());
        // the halves keep what Observa understood of the passage they came from
        assertThat(published.findings().get(1).topics()).containsExactly("material");
        // the merged passage has the topics of both
        assertThat(published.findings().get(2).topics()).containsExactly("proselitismo");
        // and the index gets the same cut, automatic and reviewed alike
        var indexed = reviews.current().indexed(report);
        assertThat(indexed.automatic().findings()).hasSize(3);
        assertThat(indexed.values().findings()).hasSize(3);

        // a split whose passage is gone (another text) changes nothing
        reviews.record(ANA, FOLIO, List.of(new Reviews.Change(9, ReviewedValues.fingerprint("otro texto"),
                ReviewField.DIVIDIR, "otro texto. Y más.", "otro texto.")));
        assertThat(reviews.current().published(report).findings()).hasSize(3);
    }

    @Test
    void oneFormIsOneBatch() {
        List<ReviewEntry> written = reviews().record(ANA, FOLIO, List.of(
                new Reviews.Change(null, null, ReviewField.UT, "03-040", "03-041"),
                new Reviews.Change(null, null, ReviewField.MRO, "MRO 1", "MRO 1")));
        assertThat(written).extracting(ReviewEntry::batch).containsOnly(written.get(0).batch());
        assertThat(written.get(1).confirms()).isTrue();
        assertThat(written.get(0).confirms()).isFalse();
    }
}
