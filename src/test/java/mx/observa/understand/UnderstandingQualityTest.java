package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Measured quality of understanding on the labelled sets: the tuning sets ({@link EvaluationCorpus#TUNING}: the
 * project's own {@code evaluacion/}, and {@code evaluacion-ciega/}, {@code -2/}, {@code -3/} and {@code -4/}, the
 * first four held-out sets, each seen once blind and tuned on since) and the held-out set
 * ({@link EvaluationCorpus#HELD_OUT}, written by someone who never saw the rules; evaluated when it is there and has
 * not joined the tuning sets). Writes them side by side to
 * {@code target/calidad.md} (docs/calidad.md copies it) and gates the held-out set on what it measured blind, once,
 * each tuning set on floors a little under what it reaches.
 *
 * <p>The nearest-passage classifier ({@link NearestPassages}) learns from the tuning sets' passages; each tuning set
 * is understood by a classifier that learnt from the other four (leave one set out), so its figures are
 * cross-validated for the classifier (the rules were still written looking at all of them). The held-out set is
 * understood as in production, with every tuning passage.
 *
 * <p>A new batch of reports can be evaluated once, before it joins the tuning sets, with
 * {@code -Dcalidad.comprobacion=path/to/folder}: its figures get a column of their own, and its differences with
 * the labels are not printed.
 *
 * <p>While rules are being tuned, {@code -Dcalidad.soloAjuste=true} leaves the held-out set alone (not loaded, not
 * evaluated): it is evaluated once, by the integrator, when the rules are done.
 */
class UnderstandingQualityTest {

    /** The targets of issue #14 on reports the rules never saw. */
    static final Map<String, String> TARGETS = new LinkedHashMap<>(Map.of(
            "f1", "≥ 0.90", "precision_tema", "≥ 0.80", "tipo", "≥ 0.90", "graves", "≥ 0.95",
            "alcaldia", "≥ 0.97", "distrito", "≥ 0.95", "fecha", "≥ 0.95"));

    /** Tuning only: the held-out set is neither loaded nor evaluated. */
    private static final boolean TUNING_ONLY = Boolean.getBoolean("calidad.soloAjuste");

    private static List<EvaluationCorpus.Item> ownSet;
    private static QualityReport own;
    private static QualityReport seen;
    private static QualityReport seen2;
    private static QualityReport seen3;
    private static QualityReport seen4;
    private static QualityReport heldOut;

    @BeforeAll
    static void evaluate() throws IOException {
        ObservaConfig config = ObservaConfig.load(Path.of("."));
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        ReportUnderstander understander = new ReportUnderstander(config, analyzer);
        LabelledPassages passages = LabelledPassages.load(config.configDir().resolve(LabelledPassages.FILE));
        ownSet = EvaluationCorpus.load(EvaluationCorpus.TUNING.get(0));
        own = evaluate(leavingOut(config, analyzer, passages, 0), ownSet);
        seen = evaluate(leavingOut(config, analyzer, passages, 1), EvaluationCorpus.load(EvaluationCorpus.TUNING.get(1)));
        seen2 = evaluate(leavingOut(config, analyzer, passages, 2), EvaluationCorpus.load(EvaluationCorpus.TUNING.get(2)));
        seen3 = evaluate(leavingOut(config, analyzer, passages, 3), EvaluationCorpus.load(EvaluationCorpus.TUNING.get(3)));
        seen4 = evaluate(leavingOut(config, analyzer, passages, 4), EvaluationCorpus.load(EvaluationCorpus.TUNING.get(4)));
        if (evaluatesHeldOut() && Files.isRegularFile(EvaluationCorpus.HELD_OUT.resolve("etiquetas.csv"))) {
            heldOut = evaluate(understander, EvaluationCorpus.load(EvaluationCorpus.HELD_OUT));
        }
        List<QualityReport.Column> columns = new ArrayList<>(List.of(
                new QualityReport.Column("ajuste", own, false),
                new QualityReport.Column("ciega 1 (vista, ajuste)", seen, false),
                new QualityReport.Column("ciega 2 (vista, ajuste)", seen2, false),
                new QualityReport.Column("ciega 3 (vista, ajuste)", seen3, false),
                new QualityReport.Column("ciega 4 (vista, ajuste)", seen4, false)));
        String check = System.getProperty("calidad.comprobacion", "");
        if (!check.isBlank()) {
            columns.add(new QualityReport.Column("comprobación", evaluate(understander, EvaluationCorpus.load(Path.of(check))), true));
        }
        if (evaluatesHeldOut()) {
            columns.add(new QualityReport.Column("ciega " + EvaluationCorpus.HELD_OUT.getFileName().toString()
                    .replaceAll("\\D+", ""), heldOut, true));
        }
        String table = QualityReport.markdown(columns, TARGETS);
        System.out.println(table);
        Path out = Path.of("target", "calidad.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Calidad de `understand`: conjuntos de ajuste y conjunto ciego\n\n" + table, StandardCharsets.UTF_8);
    }

    /** The held-out set is evaluated unless told to leave it alone or it has already joined the tuning sets. */
    private static boolean evaluatesHeldOut() {
        return !TUNING_ONLY && EvaluationCorpus.heldOutIsBlind();
    }

    /** Understanding whose nearest-passage classifier never saw the passages of this tuning set. */
    private static ReportUnderstander leavingOut(ObservaConfig config, FoldingSpanishAnalyzer analyzer,
                                                 LabelledPassages passages, int tuningSet) {
        String set = EvaluationCorpus.TUNING.get(tuningSet).getFileName().toString();
        return new ReportUnderstander(config, analyzer, new NearestPassages(passages.without(set), analyzer));
    }

    private static QualityReport evaluate(ReportUnderstander understander, List<EvaluationCorpus.Item> items) {
        QualityReport report = new QualityReport(TopicRules.TAXONOMY_IDS);
        for (EvaluationCorpus.Item item : items) {
            report.add(item, understander.understand(item.text(), item.file()));
        }
        return report;
    }

    /** The project's own tuning set ({@code evaluacion/}). */
    @Nested
    class TuningSet {

        @Test
        void isLargeVariedAndLabelledPassageByPassage() {
            assertThat(ownSet).hasSizeGreaterThanOrEqualTo(110);
            assertThat(ownSet.stream().map(EvaluationCorpus.Item::format).map(f -> f.replaceAll(";.*", "")).distinct())
                    .contains("text/plain", "text/html", "message/rfc822", "application/rtf", "application/pdf",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "application/vnd.oasis.opendocument.text");
            assertThat(ownSet).allSatisfy(item -> assertThat(item.text()).as(item.file()).isNotBlank());
            assertThat(ownSet).allSatisfy(item -> assertThat(item.passages()).as(item.file()).isNotEmpty());
            assertThat(own.notInText()).as("every labelled fragment is in its report's text").isEmpty();
        }

        @Test
        void topicsAndKinds() {
            assertThat(own.reportMicro().f1()).isGreaterThanOrEqualTo(0.95);
            assertThat(own.lowestTopicPrecision()).isGreaterThanOrEqualTo(0.88);
            assertThat(own.passageMicro().f1()).isGreaterThanOrEqualTo(0.92);
            assertThat(own.kindAccuracy()).isGreaterThanOrEqualTo(0.95);
        }

        @Test
        void seriousIncidentsSegmentationAndIllegibleText() {
            assertThat(own.seriousPrecision()).isGreaterThanOrEqualTo(0.97);
            assertThat(own.seriousRecall()).isGreaterThanOrEqualTo(0.94);
            assertThat(own.noFindingAccuracy()).isGreaterThanOrEqualTo(0.97);
            assertThat(own.illegibleRecall()).isEqualTo(1.0);
            assertThat(own.illegiblePrecision()).isEqualTo(1.0);
        }

        @Test
        void metadata() {
            assertThat(own.accuracy("alcaldia")).isGreaterThanOrEqualTo(0.98);
            assertThat(own.accuracy("distrito")).isGreaterThanOrEqualTo(0.98);
            assertThat(own.accuracy("ut")).isGreaterThanOrEqualTo(0.95);
            assertThat(own.accuracy("fecha")).isGreaterThanOrEqualTo(0.98);
        }
    }

    /**
     * The first held-out set ({@code evaluacion-ciega/}), seen once blind and tuned on since: floors a little
     * under what it reaches, so that a rule written for one set does not break the other.
     */
    @Nested
    class SeenHeldOutSet {

        @Test
        void topicsAndKinds() {
            assertThat(seen.reports()).isGreaterThanOrEqualTo(50);
            assertThat(seen.reportMicro().f1()).isGreaterThanOrEqualTo(0.93);
            assertThat(seen.lowestTopicPrecision()).isGreaterThanOrEqualTo(0.80);
            assertThat(seen.kindAccuracy()).isGreaterThanOrEqualTo(0.96);
        }

        @Test
        void seriousIncidentsAndMetadata() {
            assertThat(seen.seriousPrecision()).isGreaterThanOrEqualTo(0.97);
            assertThat(seen.accuracy("alcaldia")).isGreaterThanOrEqualTo(0.98);
            assertThat(seen.accuracy("distrito")).isGreaterThanOrEqualTo(0.98);
            assertThat(seen.accuracy("fecha")).isGreaterThanOrEqualTo(0.96);
        }
    }

    /**
     * The second held-out set ({@code evaluacion-ciega-2/}), measured blind once (2026-12-03: F1 0.845, kind 0.766,
     * serious incidents 0.750, fecha 0.880) and tuned on in the third round: floors a little under what it reaches
     * now, never under that blind measurement.
     */
    @Nested
    class SecondSeenHeldOutSet {

        @Test
        void topicsAndKinds() {
            assertThat(seen2.reports()).isGreaterThanOrEqualTo(50);
            assertThat(seen2.reportMicro().f1()).isGreaterThanOrEqualTo(0.87);
            assertThat(seen2.lowestTopicPrecision()).isGreaterThanOrEqualTo(0.60);
            assertThat(seen2.kindAccuracy()).isGreaterThanOrEqualTo(0.82);
        }

        @Test
        void seriousIncidentsAndMetadata() {
            assertThat(seen2.seriousPrecision()).isGreaterThanOrEqualTo(0.84);
            assertThat(seen2.accuracy("alcaldia")).isGreaterThanOrEqualTo(0.98);
            assertThat(seen2.accuracy("distrito")).isGreaterThanOrEqualTo(0.95);
            assertThat(seen2.accuracy("fecha")).isGreaterThanOrEqualTo(0.95);
        }
    }

    /**
     * The third held-out set ({@code evaluacion-ciega-3/}), measured blind once (2026-12-03: F1 0.882, lowest topic
     * precision 0.667, kind 0.769, serious incidents 0.786, fecha 0.900) and tuned on in the fourth round: floors a
     * little under what it reaches now (its classifier learnt from the other three sets), never under that blind
     * measurement.
     */
    @Nested
    class ThirdSeenHeldOutSet {

        @Test
        void topicsAndKinds() {
            assertThat(seen3.reports()).isGreaterThanOrEqualTo(30);
            assertThat(seen3.reportMicro().f1()).isGreaterThanOrEqualTo(0.88);
            assertThat(seen3.lowestTopicPrecision()).isGreaterThanOrEqualTo(0.66);
            assertThat(seen3.kindAccuracy()).isGreaterThanOrEqualTo(0.80);
        }

        @Test
        void seriousIncidentsAndMetadata() {
            assertThat(seen3.seriousPrecision()).isGreaterThanOrEqualTo(0.78);
            assertThat(seen3.accuracy("alcaldia")).isGreaterThanOrEqualTo(0.97);
            assertThat(seen3.accuracy("distrito")).isGreaterThanOrEqualTo(0.97);
            assertThat(seen3.accuracy("fecha")).isGreaterThanOrEqualTo(0.90);
        }
    }

    /**
     * The fourth held-out set ({@code evaluacion-ciega-4/}), measured blind once (2026-12-03, third session: F1 0.802,
     * kind 0.819, serious incidents 0.769, alcaldía 0.867, distrito 0.833, fecha 0.867) and tuned on in the fifth
     * round: floors a little under what it reaches now (its classifier learnt from the other four sets).
     */
    @Nested
    class FourthSeenHeldOutSet {

        @Test
        void topicsAndKinds() {
            assertThat(seen4.reports()).isGreaterThanOrEqualTo(30);
            assertThat(seen4.reportMicro().f1()).isGreaterThanOrEqualTo(0.81);
            assertThat(seen4.lowestTopicPrecision()).isGreaterThanOrEqualTo(0.81);
            assertThat(seen4.kindAccuracy()).isGreaterThanOrEqualTo(0.84);
        }

        @Test
        void seriousIncidentsAndMetadata() {
            assertThat(seen4.seriousPrecision()).isGreaterThanOrEqualTo(0.95);
            assertThat(seen4.accuracy("alcaldia")).isGreaterThanOrEqualTo(0.97);
            assertThat(seen4.accuracy("distrito")).isGreaterThanOrEqualTo(0.97);
            assertThat(seen4.accuracy("ut")).isGreaterThanOrEqualTo(0.96);
            assertThat(seen4.accuracy("fecha")).isGreaterThanOrEqualTo(0.93);
        }
    }

    /**
     * The held-out set of the fifth round ({@code evaluacion-ciega-5/}), measured blind once by the integrator after
     * the rules were final (2026-12-03, fourth session); docs/calidad.md publishes the figures beside the issue's
     * targets. Its floors are that measurement, rounded down: floors, not targets. Nobody changes a rule because of
     * this set.
     */
    @Nested
    class HeldOutSet {

        @Test
        void holdsWhatItMeasuredBlind() {
            assumeTrue(!TUNING_ONLY, "conjunto ciego omitido a propósito (-Dcalidad.soloAjuste)");
            assumeTrue(EvaluationCorpus.heldOutIsBlind(), EvaluationCorpus.HELD_OUT
                    + " ya es de ajuste: falta apuntar HELD_OUT al conjunto ciego siguiente");
            assumeTrue(heldOut != null, "el conjunto ciego " + EvaluationCorpus.HELD_OUT + " aún no está en el repositorio");
            // every figure that fell is named, not only the first
            SoftAssertions.assertSoftly(soft -> {
                soft.assertThat(heldOut.reports()).as("informes del conjunto ciego").isGreaterThanOrEqualTo(30);
                soft.assertThat(heldOut.reportMicro().f1()).as("F1 micro de temas").isGreaterThanOrEqualTo(0.81);
                soft.assertThat(heldOut.lowestTopicPrecision()).as("precisión de cada tema").isGreaterThanOrEqualTo(0.50);
                soft.assertThat(heldOut.kindAccuracy()).as("exactitud del tipo").isGreaterThanOrEqualTo(0.75);
                soft.assertThat(heldOut.seriousPrecision()).as("precisión de incidencias graves").isGreaterThanOrEqualTo(0.78);
                soft.assertThat(heldOut.accuracy("alcaldia")).as("alcaldía").isGreaterThanOrEqualTo(0.96);
                soft.assertThat(heldOut.accuracy("distrito")).as("distrito").isGreaterThanOrEqualTo(0.96);
                soft.assertThat(heldOut.accuracy("fecha")).as("fecha").isGreaterThanOrEqualTo(0.93);
            });
        }
    }
}
