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

    // twenty-first round: a serious or rare topic's word used about something else makes a false report topic

    @Test
    void aReceiptIsTheInternetVoteOnlyWhenItCameFromVotingOnline() {
        assertThat(topics("Un joven traía el comprobante del trámite de su credencial y no lo dejaron votar."))
                .doesNotContain("remota");
        assertThat(topics("Al ratito me llegó el comprobante al correo, con su folio.")).contains("remota");
    }

    @Test
    void theMesasTabletThatWillNotLoadTheListIsIdentificationNotTheInternetVote() {
        assertThat(Fixtures.RULES_ONLY.understand("Se cayó el sistema de la tableta y no cargaba el listado nominal.", "t.txt")
                .findings()).singleElement().satisfies(f -> assertThat(f.topics()).contains("identificacion").doesNotContain("remota"));
        assertThat(topics("El sistema se cayó a las doce y no pude terminar mi registro.")).contains("remota");
    }

    @Test
    void aBadgeAskedOfSomeoneElseSaysNothingOfTheObserversConditions() {
        assertThat(topics("El escrutador le pidió el gafete al muchacho de la playera roja y el muchacho se fue."))
                .doesNotContain("observacion");
        assertThat(topics("A mí me pidieron el gafete antes de dejarme pasar.")).contains("observacion");
    }

    @Test
    void theObserversJobIsWhoSheIsNotHerConditions() {
        assertThat(topics("Soy observadora y trabajo como enfermera en el centro de salud.")).doesNotContain("observacion");
        assertThat(topics("Respetaron en todo momento a la observadora.")).contains("observacion");
    }

    @Test
    void whatStandsBehindTheScreenOrAnUrnThatStayedShutIsNoMaterial() {
        assertThat(topics("Pusieron la mampara contra un poste de luz.")).doesNotContain("material");
        assertThat(topics("Que revisen que nadie pueda asomarse detrás de la mampara.")).doesNotContain("material");
        assertThat(topics("Con el empujón la urna se fue al suelo y se abolló, pero no se abrió.")).doesNotContain("material");
        assertThat(topics("La mampara venía rota de una pata.")).contains("material");
    }

    @Test
    void anIncidentThatOnlyDatesWhatIsToldIsNoNewSecurityFinding() {
        assertThat(topics("Después de la balacera ya casi nadie vino a opinar.")).doesNotContain("seguridad");
        assertThat(topics("Tras los empujones, la fila se quedó vacía una hora.")).doesNotContain("seguridad");
        assertThat(topics("Después del pleito, un señor le dio un golpe al secretario.")).contains("seguridad");
    }

    @Test
    void anObserverAskedToStayAwayOrNotLetNearIsObservingButACompanionKeptOutIsNot() {
        assertThat(topics("Se nos pidió permanecer a diez metros de la urna toda la mañana.")).contains("observacion");
        assertThat(topics("Al observador del colectivo no lo dejaron acercarse al conteo.")).contains("observacion");
        assertThat(topics("Mi papá quería que entrara con él, pero el secretario me pidió quedarme afuera."))
                .doesNotContain("observacion");
    }
}
