package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Ways of writing of the thirty-third round (config/taxonomia.yaml), each tried on invented sentences beside one it must
 * not fire on: the material's state said with the opening, a turnout count written in words, the people of a proposal's
 * condition, nobody at the mesa at an hour, and the material broken or taken in an incident.
 */
class TopicCountsAndStatesTest {

    private static Set<String> topics(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence().keySet();
    }

    @Test
    void theMaterialsStateSaidWithTheOpeningIsMaterialToo() {
        assertThat(topics("La mesa abrió a las nueve en punto, con todo su material sobre la mesa."))
                .contains("instalacion", "material");
        assertThat(topics("La mesa abrió puntual y con el material completo.")).contains("instalacion", "material");
        // … the urn shown empty is the opening's procedure, not the material's state
        assertThat(topics("Abrieron a las nueve y enseñaron la urna vacía a los primeros.")).doesNotContain("material");
    }

    @Test
    void whatWasCheckedNearTheMaterialIsTheMaterialOnlyWhenItWasTheMaterial() {
        assertThat(topics("Antes de abrir revisaron el paquete pieza por pieza.")).contains("material");
        assertThat(topics("Verificaron que las papeletas vinieran foliadas.")).contains("material");
        // … not another thing checked a few words before a material word
        assertThat(topics("Revisaron cada credencial en el listado y después marcaron el pulgar con tinta."))
                .doesNotContain("material");
    }

    @Test
    void whatTheListadosTabletDidIsTheMaterial() {
        assertThat(topics("A media mañana la tableta se trabó y buscaron a la gente en el listado de papel."))
                .contains("material", "identificacion");
        assertThat(topics("Después de comer la tablet volvió a funcionar.")).contains("material");
        // … not the tablet that only served to find someone
        assertThat(topics("La presidenta la encontró en la tablet y la mandó a su mesa.")).doesNotContain("material");
    }

    @Test
    void theMaterialBrokenOrTakenInAFightOrATheftIsThatIncident() {
        assertThat(topics("Dos señores se pelearon a golpes en la fila y tiraron la mampara."))
                .contains("seguridad").doesNotContain("material");
        assertThat(topics("Un hombre arrebató la urna y se fue corriendo.")).contains("seguridad").doesNotContain("material");
        // … the material that failed by itself is still the material
        assertThat(topics("La mampara venía rota de una pata y no se sostenía.")).contains("material").doesNotContain("seguridad");
    }

    @Test
    void aCompoundCountWrittenInWordsIsTheTurnout() {
        assertThat(topics("En total pasaron setenta y cuatro personas por la mesa.")).contains("participacion");
        assertThat(topics("Votaron cincuenta y un vecinos de la unidad.")).contains("participacion");
        // … not the opinions counted at the close, nor a compound that counts something else
        assertThat(topics("Al cierre contaron sesenta y dos opiniones.")).doesNotContain("participacion");
        assertThat(topics("Trajeron cuarenta y dos boletas de más.")).doesNotContain("participacion");
    }

    @Test
    void thePeopleOfAProposalsConditionAreNotTheTurnoutSeen() {
        assertThat(topics("Propongo una segunda mampara en las colonias donde hay mucha gente.")).doesNotContain("participacion");
        assertThat(topics("Que la mesa avise a la dirección distrital cuando llega gente en grupo.")).doesNotContain("participacion");
        // … the turnout seen is still the turnout, told with «cuando» or not
        assertThat(topics("Cuando llegué ya había mucha gente formada.")).contains("participacion");
        assertThat(topics("Hubo mucha gente toda la mañana.")).contains("participacion");
    }

    @Test
    void nobodyAtTheMesaAtAnHourIsTheTurnout() {
        assertThat(topics("A las dos de la tarde ya no había nadie frente a la mesa.")).contains("participacion");
        assertThat(topics("No llegó nadie de la una a las tres.")).contains("participacion");
        // … not who was missing: an official, or someone to explain
        assertThat(topics("A las dos ya no había nadie de la mesa atendiendo.")).doesNotContain("participacion");
        assertThat(topics("No había nadie que explicara los proyectos.")).doesNotContain("participacion");
    }
}
