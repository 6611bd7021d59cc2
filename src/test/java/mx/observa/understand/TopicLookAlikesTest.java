package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * Topic cues of the thirty-fourth round (config/taxonomia.yaml): words that pull a passage into a topic, serious ones
 * above all, in a sense that is not that topic's. The screen carried to a voter who cannot reach the mesa is
 * accessibility; «hablar golpeado» and «contestar mal» are how an official treats people, not a blow nor the
 * information; a photograph of the ballot is no theft of it; the list grabbed or thrown in a fight is the thing thrown;
 * leaving one's things to go and observe is no permission to observe. Invented sentences in other words than the labelled sets', each with the case the rule must not touch.
 */
class TopicLookAlikesTest {

    /** Passage number → the finding the rules alone read in a report. */
    private static Map<Integer, Finding> findings(String report) {
        List<Finding> findings = Fixtures.RULES_ONLY.understand(report, "nota.txt").findings();
        Map<Integer, Finding> byNumber = new TreeMap<>();
        findings.forEach(f -> byNumber.put(f.number(), f));
        return byNumber;
    }

    private static Set<String> topicsOf(String passage) {
        return findings(passage).get(1).evidence().keySet();
    }

    @Test
    void theScreenCarriedToAVoterIsAccessibilityNotSecrecy() {
        // the guideline: accessibility aids are accesibilidad, not secreto_voto
        Finding carried = Fixtures.onlyFinding(
                "Como el abuelo no podía subir la escalera, la escrutadora le llevó la papeleta y la mampara hasta su silla para que marcara.");
        assertThat(carried.evidence()).containsKey("accesibilidad").doesNotContainKey("secreto_voto");
        assertThat(topicsOf("Los funcionarios bajaron la mampara portátil hasta el zaguán para una señora con muletas."))
                .doesNotContain("secreto_voto");
        // … a screen nobody carried, with someone telling the voter what to mark, is still the secrecy of the vote
        assertThat(topicsOf("Un señor entró a la mampara con su esposa y le dijo qué marcar.")).contains("secreto_voto");
        assertThat(topicsOf("El escrutador se quedó junto a la mampara mirando lo que marcaba cada quien."))
                .contains("secreto_voto");
        // … and so is a ballot alone taken to the voter when someone watches what is marked, or a screen moved
        assertThat(topicsOf("Le llevaron la boleta a la banqueta y el secretario se quedó viendo lo que marcaba."))
                .contains("secreto_voto");
        assertThat(topicsOf("Llevaron la mampara junto a la ventana y desde la calle se veía lo que marcaban."))
                .contains("secreto_voto");
    }

    @Test
    void speakingRoughlyOrScoldingIsHowOfficialsTreatPeopleNotABlow() {
        Finding rude = Fixtures.onlyFinding("El secretario les hablaba golpeado a las señoras de la fila.");
        assertThat(rude.evidence()).containsKey("funcionariado").doesNotContainKey("seguridad");
        Finding scolded = Fixtures.onlyFinding("La presidenta regañó a gritos a una señora que se formó en la fila equivocada.");
        assertThat(scolded.evidence()).containsKey("funcionariado").doesNotContainKey("seguridad");
        // … a blow is a blow, and a voter who shouts at the mesa is a disturbance
        assertThat(topicsOf("Un vecino le reclamó a gritos a la presidenta que no lo dejaran opinar.")).contains("seguridad");
        assertThat(topicsOf("Un borracho le pegó al escrutador con el puño.")).contains("seguridad");
        assertThat(topicsOf("Dos vecinos se agarraron a golpes junto a la urna.")).contains("seguridad");
    }

    @Test
    void aPhotographOfTheBallotIsNoTheftOfIt() {
        assertThat(topicsOf("Un joven le tomó una fotografía a su boleta dentro de la mampara."))
                .contains("secreto_voto").doesNotContain("seguridad");
        assertThat(topicsOf("Un hombre tomó la urna y salió corriendo.")).contains("seguridad");
    }

    @Test
    void theListGrabbedOrThrownInAFightIsWhatWasThrownNotWhoCouldVote() {
        Finding grabbed = Fixtures.onlyFinding("Un muchacho le arrebató el listado de las manos al secretario para ver quién había venido.");
        assertThat(grabbed.kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(grabbed.evidence()).containsKey("seguridad").doesNotContainKey("identificacion");
        assertThat(topicsOf("Una señora enojada le aventó la lista de proyectos al escrutador.")).contains("seguridad")
                .doesNotContain("difusion");
        // … someone not found in the list is who could give an opinion, fight or not
        assertThat(topicsOf("A dos vecinos no los encontraron en el listado y se fueron sin opinar.")).contains("identificacion");
        assertThat(topicsOf("No encontraron a un señor en el listado y empezó a insultar a la presidenta."))
                .contains("identificacion", "seguridad");
    }

    @Test
    void anOfficialWhoAnswersRudelyIsTheOfficialsConduct() {
        Finding rude = Fixtures.onlyFinding("La secretaria contestaba mal a los que preguntaban por los proyectos.");
        assertThat(rude.evidence()).containsKey("funcionariado").doesNotContainKey("difusion");
        // … nobody to answer about the projects is how they were made known
        assertThat(topicsOf("Nadie supo explicar los proyectos a quien preguntaba por ellos.")).contains("difusion");
    }

    @Test
    void leavingOnesThingsToObserveIsNoPermissionToObserve() {
        assertThat(topicsOf("Cerré la ferretería temprano y dejé el negocio con mi hermano para observar la consulta."))
                .doesNotContain("observacion");
        assertThat(topicsOf("Dejé a mis hijos con la vecina para observar la mesa de la colonia.")).doesNotContain("observacion");
        // … being let observe, or not, is the conditions for observing
        assertThat(topicsOf("La presidenta no me dejó observar el conteo.")).contains("observacion");
        assertThat(topicsOf("Me dejaron observar desde la mesa sin problema.")).contains("observacion");
    }
}
