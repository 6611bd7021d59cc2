package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;

/**
 * Scopes of topic cues (config/taxonomia.yaml, twenty-fourth round), each tried on invented sentences: the routine
 * presence of the three officials that yields to a judgement of them, what the guideline calls the conditions to
 * observe (photographed, sent away, let stay — not a voter denied the vote nor a form's remark), and the police named
 * only as who handled the incident before.
 */
class TopicScopesTest {

    private static Set<String> topics(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence().keySet();
    }

    /** Passage number → topics of every finding the rules alone read in a report. */
    private static Map<Integer, Set<String>> findingTopics(String report) {
        List<Finding> findings = Fixtures.RULES_ONLY.understand(report, "nota.txt").findings();
        Map<Integer, Set<String>> topics = new java.util.TreeMap<>();
        findings.forEach(f -> topics.put(f.number(), f.evidence().keySet()));
        return topics;
    }

    @Test
    void theThreeOfficialsThereAreTheOpeningOnlyWhenNothingElseIsSaidOfThem() {
        assertThat(topics("Cuando llegué ya estaban los tres funcionarios acomodando las sillas.")).contains("instalacion");
        assertThat(topics("Las tres funcionarias completas y muy amables con la gente mayor."))
                .contains("funcionariado").doesNotContain("instalacion");
        assertThat(topics("Los 3 completos, bien capacitados y pacientes con quien no entendía la papeleta."))
                .contains("funcionariado").doesNotContain("instalacion");
        // … the opening told with its hour stays the opening, whatever is said of them
        assertThat(topics("Abrieron a las 9:05 con los tres funcionarios completos y muy amables.")).contains("instalacion", "funcionariado");
    }

    @Test
    void theirPresenceAloneStaysTheOpeningEvenWhenTheOfficialsCuesSayIt() {
        // the officials' cue here is the presence itself, no judgement of them
        assertThat(topics("Las tres funcionarias sí están completas.")).contains("instalacion");
        assertThat(topics("Desde las 9:10 estaba puesta la mesa bajo la lona.")).contains("instalacion");
    }

    @Test
    void peopleBroughtInAVehicleAreCampaigningNotTurnout() {
        Map<Integer, Set<String>> brought = findingTopics(
                "A las once llegó un microbús con quince personas y todas votaron por la cancha que les dijeron.");
        assertThat(brought.get(1)).contains("proselitismo").doesNotContain("participacion");
        assertThat(findingTopics("A las once ya había quince personas formadas.").get(1)).contains("participacion");
    }

    @Test
    void channelsDeniedAlongWithCampaigningSayThereWasNoPropagandaNotHowTheConsultationWasMadeKnown() {
        assertThat(findingTopics("Por la plaza no pasó ningún perifoneo ni se repartieron trípticos de proyectos; nadie hizo campaña.").get(1))
                .contains("proselitismo").doesNotContain("difusion");
        // a channel that was missing, with no propaganda denied, is how the consultation was (not) made known
        assertThat(findingTopics("No hubo perifoneo ni trípticos de la consulta, y los vecinos llegaban sin saber qué se votaba.").get(1))
                .contains("difusion");
        // a channel that worked stays, beside the propaganda denied
        assertThat(findingTopics("Hubo perifoneo de la consulta toda la semana y nadie hizo campaña cerca de la mesa.").get(1))
                .contains("difusion");
    }

    @Test
    void beingPhotographedOrSentAwayIsAConditionToObserve() {
        assertThat(topics("Un muchacho de la planilla me tomó varias fotos con su celular mientras anotaba.")).contains("observacion");
        assertThat(topics("Al rato el escrutador me mandó a la esquina de enfrente.")).contains("observacion");
        assertThat(topics("Dijo en voz alta que los observadores nomás estorban.")).contains("observacion");
        assertThat(topics("El responsable pidió que nos dejaran estar cerca de la urna.")).contains("observacion");
        // … a photograph of something else, and an errand, are not
        assertThat(topics("Le tomé fotos a la urna antes de que la sellaran.")).doesNotContain("observacion");
        assertThat(topics("Me mandaron a la otra mesa porque ahí estaba mi sección.")).doesNotContain("observacion");
    }

    @Test
    void aVoterDeniedTheVoteOrAFormsRemarkIsNoConditionToObserve() {
        assertThat(topics("No salí en la lista y no me dejaron opinar.")).doesNotContain("observacion");
        assertThat(topics("Sin credencial no nos dejaron votar.")).doesNotContain("observacion");
        assertThat(topics("Llegué con mi gafete y no me dejaron pasar a la mesa.")).contains("observacion");
        assertThat(topics("La observadora que entrega hace constar lo recibido y lo revisado.")).doesNotContain("observacion");
        assertThat(topics("Las observadoras fueron recibidas con mucha amabilidad.")).contains("observacion");
        assertThat(topics("Al observador lo recibieron muy bien.")).contains("observacion");
    }

    @Test
    void thePoliceNamedOnlyAsWhoHandledTheIncidentBeforeTakeItsTopics() {
        Map<Integer, Set<String>> handled = findingTopics("""
                A mediodía pasó una camioneta con altavoz pidiendo el voto por el proyecto del parque.

                El secretario le habló a la patrulla y la camioneta se fue.

                Otro señor repartía volantes de la planilla verde junto a la fila.

                Un policía lo escoltó hasta la avenida y ya no regresó.
                """);
        assertThat(handled.get(2)).contains("proselitismo").doesNotContain("seguridad");
        assertThat(handled.get(4)).contains("proselitismo").doesNotContain("seguridad");
    }

    @Test
    void thePoliceStaySecurityAfterAFightWhenTheHandlingFailedOrWhenTheyHandleNothing() {
        Map<Integer, Set<String>> fight = findingTopics("""
                Un hombre le pegó a otro en la fila.

                La patrulla llegó y se lo llevaron.
                """);
        assertThat(fight.get(2)).contains("seguridad");
        Map<Integer, Set<String>> failed = findingTopics("""
                A mediodía pasó una camioneta con altavoz pidiendo el voto por el proyecto del parque.

                La presidenta llamó a la patrulla pero nunca llegó.
                """);
        assertThat(failed.get(2)).contains("seguridad");
        assertThat(findingTopics("Había dos policías en la entrada de la escuela.").get(1)).contains("seguridad");
    }

    @Test
    void thePostersAndExplanationOfTheProjectsArePartOfTheOpeningTheMaterialOrTheOfficialsTheyGoWith() {
        assertThat(findingTopics("Abrieron a las 8:55 y ya tenían pegada la cartulina con los proyectos.").get(1))
                .contains("instalacion").doesNotContain("difusion");
        assertThat(findingTopics("Llegó el material completo: urna, papeletas, mampara y el cartel de los proyectos.").get(1))
                .contains("material").doesNotContain("difusion");
        assertThat(findingTopics("El escrutador, siempre muy atento y con paciencia, explicaba los proyectos a cada quien.").get(1))
                .contains("funcionariado").doesNotContain("difusion");
        // … and alone, or missing, they still say how the projects were made known
        assertThat(findingTopics("Junto a la fila colgaron una manta con los seis proyectos.").get(1)).contains("difusion");
        assertThat(findingTopics("No había ningún cartel con los proyectos y la gente preguntaba cuáles eran.").get(1))
                .contains("difusion");
    }

    @Test
    void aRecommendationOrAGoodPracticeKeepsThePostersAndTheOfficialsItNames() {
        assertThat(findingTopics("Recomiendo capacitar mejor a los funcionarios y que tengan un cartel con los proyectos.").get(1))
                .contains("recomendacion", "funcionariado", "difusion");
    }

    @Test
    void aPosterTornDownInAFightIsTheFightsObject() {
        assertThat(findingTopics("Un señor rompió el cartel de la consulta y se puso a golpear a un vecino en la fila.").get(1))
                .contains("seguridad").doesNotContain("difusion");
    }
}
