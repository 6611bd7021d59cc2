package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A thing or a place described by its noun, then given its name by an apposition, a naming verb or a copula («la
 * avenida que …, …», «el mercado se llama …», «el monumento es a …»): the name is the thing's, whoever it honours, and
 * stays readable. A person's noun in the phrase, a phrase that is a circumstance («En la escuela, …») or a name that
 * goes on as the subject of a verb keep the person.
 */
class PersonNamesDescribedThingsTest {

    private static List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aPlaceGivenItsNameByANamingVerbOrACopulaKeepsIt() {
        assertThat(personal("La secundaria del pueblo se llama Leopoldo Ríos Cuevas y ahí pusieron la mesa.")).isEmpty();
        assertThat(personal("La glorieta nueva es a Rosario Castellanos Tapia, con su busto.")).isEmpty();
        assertThat(personal("La cerrada de atrás era Florentino Mancilla cuando yo era niña.")).isEmpty();
    }

    @Test
    void aPlaceDescribedAtLengthThenItsNameInApposition() {
        assertThat(personal("La calzada que baja hasta el canal, Florencio Tapia, estaba cerrada por obras.")).isEmpty();
    }

    @Test
    void aThingPeopleNameKeepsItsName() {
        assertThat(personal("Los muñecos de la kermés se llaman Don Chucho y la Tía Cleta.")).isEmpty();
    }

    @Test
    void aCircumstanceOfPlaceBeforeAPersonIsNoApposition() {
        assertThat(anyContains(personal("En la biblioteca, Florencio Tapia nos prestó sillas."), "Florencio Tapia")).isTrue();
    }

    @Test
    void aPersonsNounInThePhraseKeepsThePerson() {
        assertThat(anyContains(personal("La papelería de la maestra de enfrente, Leonila Ocaranza, abrió tarde."), "Leonila Ocaranza")).isTrue();
        assertThat(anyContains(personal("Mi comadre se llama Leonila Ocaranza y vende tamales."), "Leonila Ocaranza")).isTrue();
    }

    @Test
    void aNicknameLabelInAFormIsNoThing() {
        assertThat(anyContains(personal("Campo,Respuesta\nApodo en el tianguis,el Chamoy\n"), "Chamoy")).isTrue();
    }
}
