package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Measured quality of understanding on the two labelled sets: the tuning part
 * ({@code src/test/resources/evaluacion}, used to write the rules) and the held-out part
 * ({@code src/test/resources/evaluacion-ciega}, written by someone else and never used to tune; evaluated when it
 * is there). Writes both side by side to {@code target/calidad.md} (docs/calidad.md is its copy) and gates the
 * held-out part on the targets of issue #14, the tuning part on floors a little under what it reaches.
 */
class UnderstandingQualityTest {

    /** The targets of issue #14 on reports the rules never saw. */
    static final Map<String, String> TARGETS = new LinkedHashMap<>(Map.of(
            "f1", "≥ 0.90", "precision_tema", "≥ 0.80", "tipo", "≥ 0.90", "graves", "≥ 0.95",
            "alcaldia", "≥ 0.97", "distrito", "≥ 0.95", "fecha", "≥ 0.95"));

    private static List<EvaluationCorpus.Item> tuningSet;
    private static QualityReport tuning;
    private static QualityReport heldOut;

    @BeforeAll
    static void evaluate() throws IOException {
        ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(Path.of(".")), new FoldingSpanishAnalyzer());
        tuningSet = EvaluationCorpus.load(EvaluationCorpus.TUNING);
        tuning = evaluate(understander, tuningSet);
        if (Files.isRegularFile(EvaluationCorpus.HELD_OUT.resolve("etiquetas.csv"))) {
            heldOut = evaluate(understander, EvaluationCorpus.load(EvaluationCorpus.HELD_OUT));
        }
        String table = QualityReport.markdown(tuning, heldOut, TARGETS);
        System.out.println(table);
        Path out = Path.of("target", "calidad.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Calidad de `understand`: conjunto de ajuste y conjunto ciego\n\n" + table, StandardCharsets.UTF_8);
    }

    private static QualityReport evaluate(ReportUnderstander understander, List<EvaluationCorpus.Item> items) {
        QualityReport report = new QualityReport(TopicRules.TAXONOMY_IDS);
        for (EvaluationCorpus.Item item : items) {
            report.add(item, understander.understand(item.text(), item.file()));
        }
        return report;
    }

    @Nested
    class TuningSet {

        @Test
        void isLargeVariedAndLabelledPassageByPassage() {
            assertThat(tuningSet).hasSizeGreaterThanOrEqualTo(110);
            assertThat(tuningSet.stream().map(EvaluationCorpus.Item::format).map(f -> f.replaceAll(";.*", "")).distinct())
                    .contains("text/plain", "text/html", "message/rfc822", "application/rtf", "application/pdf",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "application/vnd.oasis.opendocument.text");
            assertThat(tuningSet).allSatisfy(item -> assertThat(item.text()).as(item.file()).isNotBlank());
            assertThat(tuningSet).allSatisfy(item -> assertThat(item.passages()).as(item.file()).isNotEmpty());
            assertThat(tuning.notInText()).as("every labelled fragment is in its report's text").isEmpty();
        }

        @Test
        void topicsAndKinds() {
            assertThat(tuning.reportMicro().f1()).isGreaterThanOrEqualTo(0.95);
            assertThat(tuning.lowestTopicPrecision()).isGreaterThanOrEqualTo(0.88);
            assertThat(tuning.passageMicro().f1()).isGreaterThanOrEqualTo(0.92);
            assertThat(tuning.kindAccuracy()).isGreaterThanOrEqualTo(0.95);
        }

        @Test
        void seriousIncidentsSegmentationAndIllegibleText() {
            assertThat(tuning.seriousPrecision()).isGreaterThanOrEqualTo(0.97);
            assertThat(tuning.seriousRecall()).isGreaterThanOrEqualTo(0.95);
            assertThat(tuning.noFindingAccuracy()).isGreaterThanOrEqualTo(0.97);
            assertThat(tuning.illegibleRecall()).isEqualTo(1.0);
            assertThat(tuning.illegiblePrecision()).isEqualTo(1.0);
        }

        @Test
        void metadata() {
            assertThat(tuning.accuracy("alcaldia")).isGreaterThanOrEqualTo(0.98);
            assertThat(tuning.accuracy("distrito")).isGreaterThanOrEqualTo(0.98);
            assertThat(tuning.accuracy("ut")).isGreaterThanOrEqualTo(0.95);
            assertThat(tuning.accuracy("fecha")).isGreaterThanOrEqualTo(0.97);
        }
    }

    /** The issue's targets, on the held-out part (skipped, with the reason, until that part is in the repository). */
    @Nested
    class HeldOutSet {

        @Test
        void meetsTheTargetsOfTheIssue() {
            assumeTrue(heldOut != null, "el conjunto ciego " + EvaluationCorpus.HELD_OUT + " aún no está en el repositorio");
            // every target missed is named, not only the first
            SoftAssertions.assertSoftly(soft -> {
                soft.assertThat(heldOut.reports()).as("informes del conjunto ciego").isGreaterThanOrEqualTo(40);
                soft.assertThat(heldOut.reportMicro().f1()).as("F1 micro de temas").isGreaterThanOrEqualTo(0.90);
                soft.assertThat(heldOut.lowestTopicPrecision()).as("precisión de cada tema").isGreaterThanOrEqualTo(0.80);
                soft.assertThat(heldOut.kindAccuracy()).as("exactitud del tipo").isGreaterThanOrEqualTo(0.90);
                soft.assertThat(heldOut.seriousPrecision()).as("precisión de incidencias graves").isGreaterThanOrEqualTo(0.95);
                soft.assertThat(heldOut.accuracy("alcaldia")).as("alcaldía").isGreaterThanOrEqualTo(0.97);
                soft.assertThat(heldOut.accuracy("distrito")).as("distrito").isGreaterThanOrEqualTo(0.95);
                soft.assertThat(heldOut.accuracy("fecha")).as("fecha").isGreaterThanOrEqualTo(0.95);
            });
        }
    }
}
