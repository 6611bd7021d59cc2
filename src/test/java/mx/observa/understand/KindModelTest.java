package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

class KindModelTest {

    private static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();

    private static LabelledPassages.Passage passage(String text, FindingKind kind) {
        return new LabelledPassages.Passage(text, kind, Set.of(), "prueba");
    }

    @Test
    void aDeniedWordIsAFeatureOfItsOwnUntilTheClauseTurns() {
        KindModel model = KindModel.learn(LabelledPassages.none(), ANALYZER);

        assertThat(model.features("No hubo propaganda, pero sí acarreo"))
                .contains("!hubo", "!propagand", "propagand", "no_hubo", "acarre")
                .doesNotContain("!acarre", "!si");
        assertThat(model.features("¿Hubo propaganda?")).contains("?");
        assertThat(model.isEmpty()).isTrue();
    }

    @Test
    void learnsPolarityFromLabelledPassagesAndSaysWhichWordsWeighed() {
        KindModel model = KindModel.learn(new LabelledPassages(List.of(
                passage("faltaron boletas en la mesa", FindingKind.INCIDENCIA),
                passage("repartían despensas frente a la mesa", FindingKind.INCIDENCIA),
                passage("hubo una riña entre vecinos", FindingKind.INCIDENCIA),
                passage("no hubo propaganda cerca de la mesa", FindingKind.CONFORME),
                passage("no faltó ningún material", FindingKind.CONFORME),
                passage("no se presentó ningún incidente", FindingKind.CONFORME),
                passage("sugiero que haya más mamparas", FindingKind.RECOMENDACION),
                passage("sugiero más difusión en la colonia", FindingKind.RECOMENDACION))), ANALYZER);

        KindModel.Prediction denied = model.predict("no hubo riña ni despensas");
        KindModel.Prediction told = model.predict("faltaron mamparas y hubo despensas");
        KindModel.Prediction asked = model.predict("sugiero capacitar mejor");

        assertThat(denied.kind()).isEqualTo(FindingKind.CONFORME);
        assertThat(told.kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(asked.kind()).isEqualTo(FindingKind.RECOMENDACION);
        assertThat(asked.probability()).isGreaterThan(1.0 / FindingKind.values().length);
        assertThat(asked.why()).as("the words as written, not their stems").contains("sugiero");
    }

    @Test
    void theSameFileLearnsTheSameWeights() {
        LabelledPassages all = LabelledPassages.load(Path.of("config", LabelledPassages.FOLDER));
        KindModel one = KindModel.learnAfresh(all, ANALYZER);
        KindModel two = KindModel.learnAfresh(all, ANALYZER);
        String text = "nadie entraba acompañado a la mampara y no hubo propaganda";

        assertThat(one.predict(text)).isEqualTo(two.predict(text));
    }

    @Test
    void aJvmLearnsTheSamePassagesOnceAndRemembersWhatLearningGives() {
        LabelledPassages all = LabelledPassages.load(Path.of("config", LabelledPassages.FOLDER));
        String text = "nadie entraba acompañado a la mampara y no hubo propaganda";
        KindModel learnt = KindModel.learn(all, ANALYZER);

        LabelledPassages reread = LabelledPassages.load(Path.of("config", LabelledPassages.FOLDER));
        // CPU time of this thread: a busy machine does not stretch it
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        KindModel again = KindModel.learn(reread, new FoldingSpanishAnalyzer());
        long againNanos = cpu.getCurrentThreadCpuTime() - start;
        start = cpu.getCurrentThreadCpuTime();
        KindModel afresh = KindModel.learnAfresh(reread, ANALYZER);
        long afreshNanos = cpu.getCurrentThreadCpuTime() - start;

        assertThat(again.predict(text)).isEqualTo(afresh.predict(text)).isEqualTo(learnt.predict(text));
        assertThat(againNanos).as("remembered, not learnt again").isLessThan(afreshNanos / 4);
        KindModel other = KindModel.learn(all.without("evaluacion"), ANALYZER);
        assertThat(other.predict(text).probability()).as("other passages, another model")
                .isNotEqualTo(learnt.predict(text).probability());
    }
}
