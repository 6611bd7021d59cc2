package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;

/**
 * Topic cues of the thirtieth round (config/taxonomia.yaml): who a sentence's act falls on, and where a thing stands.
 * An official shouted at is the mesa's order, not how the officials treated people; information kept away from the
 * mesa, or missing near it, is the propaganda the law keeps away, not how the consultation was made known; an official
 * who talks with whoever caused a problem, or shows them a paper, and is obeyed, tells how it was handled. Invented
 * sentences in other words than the labelled sets', each with the case the rule must not touch.
 */
class TopicTargetsTest {

    private static Set<String> topicsOf(String passage) {
        return Fixtures.RULES_ONLY.understand(passage, "nota.txt").findings().getFirst().evidence().keySet();
    }

    @Test
    void anOfficialShoutedAtIsNoJudgementOfTheOfficials() {
        assertThat(topicsOf("A media tarde un borracho le gritó al escrutador que era un vendido y pateó la silla."))
                .doesNotContain("funcionariado");
        assertThat(topicsOf("Dos vecinas muy molestas le gritaban a la secretaria porque querían pasar antes."))
                .doesNotContain("funcionariado");
    }

    @Test
    void anOfficialWhoShoutsOrWhoIsToBeTrainedStaysTheOfficials() {
        // the official is who shouts
        assertThat(topicsOf("La presidenta le gritó a una señora mayor que se formara otra vez.")).contains("funcionariado");
        // … and training an official, named by office, is about the officials
        assertThat(topicsOf("Que capaciten al secretario para llenar el acta sin prisas.")).contains("funcionariado");
    }

    @Test
    void whatIsOrIsNotNearTheMesaIsPropagandaNotInformation() {
        assertThat(topicsOf("Ni volantes ni perifoneo cerca de la mesa en toda la mañana.")).doesNotContain("difusion");
        assertThat(topicsOf("Durante la tarde hubo perifoneo frente a la mesa con el número de una planilla."))
                .doesNotContain("difusion");
    }

    @Test
    void howTheConsultationWasMadeKnownStaysInformation() {
        // the channels missing in the neighbourhood, with nobody knowing what was asked
        assertThat(topicsOf("En la colonia no hubo perifoneo ni volantes de la consulta y muchos no sabían que se votaba."))
                .contains("difusion");
        // … and the projects' poster put up beside the mesa to inform whoever comes
        assertThat(topicsOf("Sugiero que cada mesa tenga una lista de proyectos pegada junto a la urna.")).contains("difusion");
    }

    @Test
    void anOfficialWhoTalksWithWhoeverCausedTheProblemAndIsObeyedHandledIt() {
        List<Finding> findings = Fixtures.RULES_ONLY.understand("""
                Un señor con megáfono anunciaba un proyecto junto a la gente formada.

                La presidenta le enseñó el reglamento de la consulta y se fue sin discutir.
                """, "nota.txt").findings();
        assertThat(findings).hasSize(2);
        assertThat(findings.get(1).evidence().keySet()).contains("proselitismo").doesNotContain("funcionariado");
    }

    @Test
    void anOfficialWhoTeachesTheOneFillingInStaysTheOfficials() {
        assertThat(topicsOf("La presidenta le enseñó a la vecina que suplía al secretario cómo llenar el acta."))
                .contains("funcionariado");
    }
}
