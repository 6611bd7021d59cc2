package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;

/**
 * Topic cues of the forty-first round (config/taxonomia.yaml, {@code atencion_cumplida}): the one asked to leave who
 * goes off with his own things («recogió sus volantes», «se llevó su garrafón») did as asked, so the officials' words
 * tell how the problem was handled, not their conduct (labelling criteria, «Cómo se registró o atendió un problema»).
 * A request not obeyed, and an official who takes her own things away, still tell the officials. Invented sentences,
 * in genres of their own.
 */
class TopicWhoDidAsAskedTest {

    private static List<Finding> findingsOf(String report) {
        return Fixtures.RULES_ONLY.understand(report, "nota.txt").findings();
    }

    @Test
    void whoLeavesWithHisOwnThingsDidAsAsked() {
        List<Finding> minutes = findingsOf("""
                Acuerdo 4. Una señora ofrecía tamales a quien opinara por la cancha de frontón.
                Acuerdo 5. El secretario le pidió que se alejara y la señora recogió su canasta sin protestar.
                """);
        assertThat(minutes.get(1).evidence()).containsKey("proselitismo").doesNotContainKey("funcionariado");
        List<Finding> diary = findingsOf("""
                Querido diario: junto a la fila un muchacho pegaba calcomanías de un proyecto en las bancas.
                El escrutador le pidió que se fuera y él se llevó sus calcomanías a la otra cuadra.
                """);
        assertThat(diary.get(1).evidence()).doesNotContainKey("funcionariado");
    }

    @Test
    void aRequestNotObeyedStillTellsTheOfficials() {
        List<Finding> log = findingsOf("""
                11:20 Un vecino repartía plumas con el logo de un proyecto a los de la fila.
                11:25 La presidenta le pidió que se fuera y él siguió repartiendo como si nada.
                """);
        assertThat(log.get(1).evidence()).containsKey("funcionariado");
        // … and what an official takes away is no compliance of anyone («la presidenta se llevó sus cosas a comer»)
        List<Finding> lunch = findingsOf("""
                Dos vecinos se empujaron en la fila y uno cayó al suelo.
                La presidenta no dijo nada y se llevó sus cosas a la fonda.
                """);
        assertThat(lunch.get(1).evidence()).containsKey("funcionariado");
    }
}
