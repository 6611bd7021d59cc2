package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Figures named by how the writer stands towards them ({@link NoPersonContext}): someone admired from afar, and
 * someone a thing is named after with the title the figure is known by («lleva el nombre de Padre …»). The same words
 * said of someone of the report — a kin, a role or a courtesy title before the name, who they are after it — keep the
 * name hidden.
 */
class PersonNamesHonouredAndAdmiredTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void someoneAdmiredFromAfarIsAFigure() {
        assertThat(personal("Desde chamaco admiraba a Rodolfo Neri Vela y sus viajes.")).isEmpty();
        assertThat(personal("En el taller de costura todas admiramos a Coco Chanel, aunque nadie la conoció.")).isEmpty();
    }

    @Test
    void someoneOfTheReportAdmiredIsStillAPerson() {
        // a kin or a courtesy title before the name, a role in apposition after it
        assertThat(personal("Admiro a mi comadre Eustolia Ramírez por su paciencia.")).contains("Eustolia Ramírez");
        assertThat(personal("Todos admiramos a doña Eustolia Ramírez.")).anySatisfy(p -> assertThat(p).contains("Eustolia Ramírez"));
        assertThat(personal("Admiramos a Eustolia Ramírez, la presidenta, por su paciencia.")).contains("Eustolia Ramírez");
    }

    @Test
    void whatBearsTheNameOfAFigureKnownByATitleNamesTheFigure() {
        assertThat(personal("La capilla es vieja y la escalinata lleva el nombre de Padre Anselmo Cortina.")).isEmpty();
        assertThat(personal("Junto a la casilla, la fuente lleva el nombre de General Próspero Anaya.")).isEmpty();
    }

    @Test
    void whatBearsTheNameOfAKinOrANeighbourStillHidesIt() {
        // a kin in lower case, a possessive, a courtesy title: a person of the report
        assertThat(personal("La cooperativa lleva el nombre de su padre Anselmo Cortina, que la fundó.")).anySatisfy(
                p -> assertThat(p).contains("Anselmo Cortina"));
        assertThat(personal("La fonda lleva el nombre de mi Tía Refugio Lozada.")).anySatisfy(
                p -> assertThat(p).contains("Refugio Lozada"));
        assertThat(personal("Le escribí al Padre Anselmo Cortina para avisarle.")).anySatisfy(
                p -> assertThat(p).contains("Anselmo Cortina"));
    }
}
