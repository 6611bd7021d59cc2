package mx.observa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.index.IndexedFinding;
import mx.observa.report.Sections;

class ReviewQualityTest {

    private static final Reviews.Reviewer ANA = new Reviews.Reviewer("analista", "analista");

    private static IndexedFinding finding(String folio, int n, String alcaldia, String kind, String text, String... topics) {
        return new IndexedFinding(folio, n, "f.txt", "carpeta", alcaldia, 5, null, null, LocalDate.parse("2022-05-01"),
                List.of(topics), text, "{}", "2022-05-02T10:00:00Z", null, kind, List.of(), false, List.of());
    }

    private static Reviews.Change change(IndexedFinding f, ReviewField field, String after) {
        return new Reviews.Change(f.number(), ReviewedValues.fingerprint(f.text()), field, null, after);
    }

    @Test
    void comparesEachReviewedValueWithWhatObservaUnderstood(@TempDir Path dir) {
        IndexedFinding threat = finding("OBS-2022-000001", 1, "Iztapalapa", "incidencia", "Amenazaron a la mesa.", "seguridad");
        IndexedFinding rumour = finding("OBS-2022-000001", 2, "Iztapalapa", "incidencia", "Dicen que hubo acarreo.",
                "proselitismo");
        IndexedFinding heading = finding("OBS-2022-000002", 1, null, "contexto", "Datos de la mesa", "material");
        IndexedFinding unreviewed = finding("OBS-2022-000002", 2, null, "incidencia", "Faltaron boletas.", "material");
        Reviews reviews = new Reviews(ReviewLog.in(dir), Clock.systemUTC());
        reviews.record(ANA, "OBS-2022-000001", List.of(change(threat, ReviewField.TIPO, "incidencia"),
                change(threat, ReviewField.TEMAS, "seguridad|proselitismo"),
                change(rumour, ReviewField.TIPO, "contexto"),
                new Reviews.Change(null, null, ReviewField.ALCALDIA, "Iztapalapa", "Iztapalapa")));
        reviews.record(ANA, "OBS-2022-000002", List.of(change(heading, ReviewField.TIPO, ReviewField.NOT_A_FINDING),
                change(heading, ReviewField.TEMAS, ""),
                new Reviews.Change(null, null, ReviewField.ALCALDIA, null, "Tlalpan")));

        ReviewQuality q = ReviewQuality.measure(Stream.of(List.of(threat, rumour), List.of(heading, unreviewed)),
                reviews.current(), Sections::serious);

        assertThat(q.kinds()).isEqualTo(new ReviewQuality.Agreement(3, 1));
        assertThat(q.seriousPrecision()).isEqualTo(new ReviewQuality.Agreement(2, 1));
        assertThat(q.fields().get(ReviewField.ALCALDIA)).isEqualTo(new ReviewQuality.Agreement(2, 1));
        assertThat(q.fields().get(ReviewField.DISTRITO).rate()).isNull();
        // threat: seguridad right, proselitismo missed; heading: material wrong
        assertThat(q.topicFindings()).isEqualTo(2);
        assertThat(q.topicPrecision()).isEqualTo(0.5);
        assertThat(q.topicRecall()).isEqualTo(0.5);
        assertThat(q.toText()).contains("Tipo de hallazgo").contains("3 revisados; coincide lo automático en 1 (33.3 %)")
                .contains("Distrito local").contains("sin datos");
        assertThat(q.toJson()).containsKeys("datos_del_informe", "tipo_de_hallazgo", "temas", "incidencias_graves_precision");
    }
}
