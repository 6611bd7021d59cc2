package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Whether the nearest-passage classifier earns its place beside the rules: each tuning set is understood by the
 * rules alone and by the rules with a classifier that learnt from the other tuning sets (leave one set out), and the
 * classifier is kept only if the kind is right more often over all the sets and no set's serious incidents get less
 * precise. Writes the comparison to {@code target/validacion-cruzada.md} (docs/calidad.md, «Cuarta ronda»).
 *
 * <p>It understands every tuning set twice (some seconds): it runs with every build, so a rule or a labelled passage
 * that makes the classifier lose its place fails the build.
 */
class KindCrossValidationTest {

    @Test
    void theClassifierBeatsTheRulesOnSetsItDidNotLearnFrom() throws IOException {
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        ObservaConfig config = ObservaConfig.load(Path.of("."));
        LabelledPassages all = LabelledPassages.load(config.configDir().resolve(LabelledPassages.FILE));
        ReportUnderstander rulesAlone = new ReportUnderstander(config, analyzer, new NearestPassages(LabelledPassages.none(), analyzer));
        StringBuilder out = new StringBuilder("| conjunto (pasajes) | tipo: reglas | tipo: reglas + parecidos | graves P (R): reglas | graves P (R): reglas + parecidos | temas F1: reglas | temas F1: reglas + parecidos |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        double rightRules = 0;
        double rightBoth = 0;
        int passages = 0;
        List<String> lessPrecise = new ArrayList<>();
        for (Path set : EvaluationCorpus.TUNING) {
            String name = set.getFileName().toString();
            List<EvaluationCorpus.Item> items = EvaluationCorpus.load(set);
            QualityReport rules = evaluate(rulesAlone, items);
            QualityReport both = evaluate(new ReportUnderstander(config, analyzer, new NearestPassages(all.without(name), analyzer)), items);
            out.append(String.format("| %s (%d) | %.3f | %.3f | %.3f (%.3f) | %.3f (%.3f) | %.3f | %.3f |%n", name, rules.kindLabelled(),
                    rules.kindAccuracy(), both.kindAccuracy(), rules.seriousPrecision(), rules.seriousRecall(),
                    both.seriousPrecision(), both.seriousRecall(), rules.reportMicro().f1(), both.reportMicro().f1()));
            rightRules += rules.kindAccuracy() * rules.kindLabelled();
            rightBoth += both.kindAccuracy() * both.kindLabelled();
            passages += rules.kindLabelled();
            if (both.seriousPrecision() < rules.seriousPrecision()) {
                lessPrecise.add(name);
            }
        }
        out.append(String.format("| **todos** (%d) | %.3f | %.3f | | | | |%n", passages, rightRules / passages, rightBoth / passages));
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "validacion-cruzada.md"), out.toString(), StandardCharsets.UTF_8);

        assertThat(rightBoth / passages).as("exactitud del tipo con el clasificador, dejando fuera cada conjunto").isGreaterThan(rightRules / passages);
        assertThat(lessPrecise).as("conjuntos cuyas incidencias graves pierden precisión").isEmpty();
    }

    private static QualityReport evaluate(ReportUnderstander understander, List<EvaluationCorpus.Item> items) {
        QualityReport report = new QualityReport(TopicRules.TAXONOMY_IDS);
        items.forEach(item -> report.add(item, understander.understand(item.text(), item.file())));
        return report;
    }
}
