package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Measured quality on the labelled evaluation set (src/test/resources/evaluacion): per-topic precision, recall
 * and F1, and the accuracy of alcaldía, distrito, UT and date. Prints the table, writes it to
 * target/calidad.md, and fails below the thresholds of the issue.
 */
class UnderstandingQualityTest {

    private static QualityReport report;
    private static List<EvaluationCorpus.Item> corpus;

    @BeforeAll
    static void evaluate() throws IOException {
        ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(Path.of(".")), new FoldingSpanishAnalyzer());
        corpus = EvaluationCorpus.load();
        report = new QualityReport(TopicRules.TAXONOMY_IDS);
        for (EvaluationCorpus.Item item : corpus) {
            Understanding u = understander.understand(item.text(), item.file());
            report.add(item, u);
        }
        String table = report.markdown();
        System.out.println(table);
        Path out = Path.of("target", "calidad.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Calidad de `understand` sobre el conjunto de evaluación\n\n" + table, StandardCharsets.UTF_8);
    }

    @Test
    void theSetIsLargeAndVariedEnough() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        assertThat(corpus.stream().map(EvaluationCorpus.Item::format).map(f -> f.replaceAll(";.*", "")).distinct())
                .contains("text/plain", "text/html", "message/rfc822", "application/rtf", "application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.oasis.opendocument.text");
        assertThat(corpus).allSatisfy(item -> assertThat(item.text()).as(item.file()).isNotBlank());
    }

    @Test
    void topicMicroF1() {
        assertThat(report.microF1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void alcaldiaAccuracy() {
        assertThat(report.accuracy("alcaldia")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void distritoAccuracy() {
        assertThat(report.accuracy("distrito")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void dateAccuracy() {
        assertThat(report.accuracy("fecha")).isGreaterThanOrEqualTo(0.90);
    }
}
