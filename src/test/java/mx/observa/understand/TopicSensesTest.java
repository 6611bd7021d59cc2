package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Words of a topic said in another sense (config/taxonomia.yaml, nineteenth round): what is open, the sign, the portal,
 * the screen set against something, how many screens came, and seeing the people who go to vote — each tried on invented
 * sentences, with the sense that is the topic beside the one that is not.
 */
class TopicSensesTest {

    private static Set<String> topics(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence().keySet();
    }

    @Test
    void whatIsOpenIsTheOpeningOnlyWhenItIsTheMesaItsPlaceOrItsHour() {
        assertThat(topics("A las 9:05 la mesa ya estaba abierta.")).contains("instalacion");
        assertThat(topics("Conviene confirmar que el local va a estar abierto desde temprano.")).contains("instalacion");
        assertThat(topics("La reja del estacionamiento se quedó abierta toda la tarde.")).doesNotContain("instalacion");
        assertThat(topics("La camioneta traía la cajuela abierta con bolsas.")).doesNotContain("instalacion");
        assertThat(topics("El cómputo fue abierto, sin prisas.")).doesNotContain("instalacion");
    }

    @Test
    void aSignIsTheOpeningWhenItSaysWhereTheMesaIs() {
        assertThat(topics("No había ningún letrero en la entrada del deportivo.")).contains("instalacion");
        assertThat(topics("Pusieron un letrero con flechas desde la avenida.")).contains("instalacion");
        assertThat(topics("Una vecina colgó en su ventana un letrero con el nombre del proyecto.")).doesNotContain("instalacion");
        assertThat(topics("Las jóvenes se enteraron del voto por internet por un letrero del salón.")).doesNotContain("instalacion");
    }

    @Test
    void whatOpensOnADeviceIsNoOpeningOfTheMesa() {
        assertThat(topics("Desde las 12:10 el formulario ni en mi celular abría.")).doesNotContain("instalacion");
        assertThat(topics("Se abrió la mesa a las 9:10.")).contains("instalacion");
    }

    @Test
    void aBuildingsPortalIsNoInternetVote() {
        assertThat(topics("La gente votó bajo el portal de la parroquia.")).doesNotContain("remota");
        assertThat(topics("No pude entrar al portal con mi contraseña.")).contains("remota");
    }

    @Test
    void whereTheScreenStandsIsItsSecrecyNotTheMaterial() {
        assertThat(topics("La mampara estaba contra la malla del patio."))
                .contains("secreto_voto").doesNotContain("material");
        assertThat(topics("mampara ok, en el rincón junto a la bodega")).contains("secreto_voto").doesNotContain("material");
        assertThat(topics("Revisaron el paquete contra la lista de material antes de firmar.")).contains("material");
    }

    @Test
    void materialWithoutSignLanguageIsAccessibilityNotMaterial() {
        assertThat(topics("Ningún material venía en lengua de señas.")).doesNotContain("material");
        assertThat(topics("Ningún material llegó a tiempo.")).contains("material");
    }

    @Test
    void howManyScreensCameIsMaterialNotSomeoneVotingAlone() {
        assertThat(topics("Para toda la unidad mandaron una sola mampara.")).doesNotContain("secreto_voto");
        assertThat(topics("De las mamparas llegó una sola, la otra se perdió.")).doesNotContain("secreto_voto");
        assertThat(topics("La señora votó sola en la mampara.")).contains("secreto_voto");
    }

    @Test
    void seeingThePeopleWhoGoToVoteIsNotSeeingTheirVote() {
        assertThat(topics("Desde la banqueta se veía mucha gente esperando para votar.")).doesNotContain("secreto_voto");
        assertThat(topics("Desde la fila se alcanzaba a ver lo que marcaban.")).contains("secreto_voto");
        assertThat(topics("El primo se asomaba por encima de la mampara al votar la tía.")).contains("secreto_voto");
    }

    @Test
    void theObserversOwnBadgeIsTheirAccreditationNotTheOfficials() {
        assertThat(topics("Cuando le mostré mi gafete de observadora, el secretario me dejó pasar.")).doesNotContain("funcionariado");
        assertThat(topics("El secretario estuvo toda la mañana sin su gafete.")).contains("funcionariado");
    }

    @Test
    void aPathWithoutObstaclesForVotersIsNoConditionForObserving() {
        assertThat(topics("El paso a la mesa quedó a nivel de la banqueta, sin obstáculos.")).doesNotContain("observacion");
        assertThat(topics("Pude trabajar toda la jornada sin obstáculos.")).contains("observacion");
    }
}
