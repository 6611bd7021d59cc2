package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.Understanding;

class RulesReadingsTest {

    /** Invented: a repeated passage, a follow-up, a question after a fact, a noisy tail, a dictated run-on paragraph. */
    private static final String REPORT = String.join("\n",
            "Informe de observación, Casilla 0412 básica, Coyoacán, 2 de junio.",
            "",
            "La mesa se instaló a las 8:05 con todo el material completo.",
            "",
            "Un hombre con gorra del partido regalaba despensas frente a la escuela.",
            "",
            "La responsable llamó a la patrulla y se lo llevaron.",
            "",
            "Una señora le tomó foto a su boleta marcada, ¿eso se puede?",
            "",
            "La mesa se instaló a las 8:05 con todo el material completo.",
            "",
            "Sugiero que la próxima vez haya más sombra para la fila. qx7 zzpt r3c3 ,, t0d0 vv8 kkq",
            "",
            "y luego llegó un señor que no traía credencial y le dijeron que no podía votar y se fue enojado y después "
                    + "llegaron dos muchachas que sí votaron y todo siguió tranquilo y al final contaron los votos y "
                    + "pegaron la sábana afuera y nadie se quejó de nada y ya nos fuimos.");

    @Test
    void findingsReadThroughSharedReadingsAreWhatEachUnderstanderReadsAlone() {
        // the learnt classifier and the rules alone: the quality test's two readings of every report
        ReportUnderstander first = Fixtures.UNDERSTANDER;
        ReportUnderstander second = Fixtures.RULES_ONLY;
        String clean = first.clean(REPORT);
        MetadataExtractor.Result meta = first.metadata(clean);
        List<Segmenter.Segment> segments = first.segments(clean, meta);
        RulesReadings shared = RulesReadings.shared();
        List<Finding> firstShared = first.findings(clean, meta, segments, shared);
        List<Finding> secondShared = second.findings(clean, meta, segments, shared);

        assertThat(firstShared).isNotEmpty().isEqualTo(first.findings(clean, meta, segments));
        assertThat(secondShared).isNotEmpty().isEqualTo(second.findings(clean, meta, segments));
        // and the whole path the quality test takes checks itself against understand, report by report
        Understanding[] both = TwiceUnderstood.understand(first, second, REPORT, "inventado.txt", true);
        assertThat(both[0].findings()).isEqualTo(firstShared);
        assertThat(both[1].findings()).isEqualTo(secondShared);
    }

    @Test
    void sharedReadingsComputeEachTextOnceAndNoneKeepsNothing() {
        RulesReadings shared = RulesReadings.shared();
        String passage = "No hubo propaganda cerca de la casilla, pero sí acarreo de votantes.";
        assertThat(shared.analyzed(Fixtures.ANALYZER, passage)).isSameAs(shared.analyzed(Fixtures.ANALYZER, passage));
        AtomicInteger asked = new AtomicInteger();
        shared.illegible(passage, t -> asked.incrementAndGet() < 0);
        shared.illegible(passage, t -> asked.incrementAndGet() < 0);
        assertThat(asked).hasValue(1);

        // production: every passage read afresh, nothing held from one report's passage to the next
        RulesReadings none = RulesReadings.none();
        assertThat(none.analyzed(Fixtures.ANALYZER, passage)).isNotSameAs(none.analyzed(Fixtures.ANALYZER, passage));
        none.illegible(passage, t -> asked.incrementAndGet() < 0);
        none.illegible(passage, t -> asked.incrementAndGet() < 0);
        assertThat(asked).hasValue(3);
    }
}
