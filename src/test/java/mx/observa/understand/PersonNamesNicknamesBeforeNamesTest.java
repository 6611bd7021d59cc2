package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Where a name sits says who it is, though the lists lack it ({@link PersonNames}): a nickname said first and the name
 * given as its apposition, a relation of teaching or training before a name, a label qualified by one word, an
 * abbreviated rank, a nickname the writer is called by near an animal, a given name that is also a word, the author after a title's
 * dash. Each with a sentence where the same shape names no person.
 */
class PersonNamesNicknamesBeforeNamesTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aNicknameSetApartRightBeforeANameIsThatPersons() {
        assertThat(personal("Los que aventaron las sillas fueron el Tlacuache —Hermenegildo Ruiz Pozos— y otro más."))
                .contains("el Tlacuache", "Hermenegildo Ruiz Pozos");
        assertThat(personal("Quien se llevó la urna, dice la portera: la Tiznada, Maclovia Santos."))
                .contains("la Tiznada", "Maclovia Santos");
        assertThat(personal("Llegó temprano el Chapulín (Octavio Mendoza Ruiz) con las lonas."))
                .anySatisfy(n -> assertThat(n).contains("Chapulín"));
    }

    @Test
    void aPlaceOrAPaperBeforeANameStaysReadable() {
        assertThat(personal("Nos encontramos en el Centro, Maclovia Santos y yo.")).containsExactly("Maclovia Santos");
        assertThat(personal("El Heraldo, Maclovia Santos escribió la nota del domingo.")).as("the name opens a clause of its own")
                .containsExactly("Maclovia Santos");
        assertThat(personal("Llegó el Presidente, Maclovia Santos, a las ocho.")).noneSatisfy(n -> assertThat(n).contains("Presidente"));
    }

    @Test
    void aPupilOrATrainerNamedAfterAPossessiveIsAPerson() {
        assertThat(personal("Vino a votar mi alumna Yatziri Coyotl Mena con su mamá.")).anySatisfy(n -> assertThat(n).contains("Yatziri Coyotl"));
        assertThat(personal("Mi entrenador, Obdulio Nkemelu, cargó las sillas.")).anySatisfy(n -> assertThat(n).contains("Obdulio Nkemelu"));
        assertThat(personal("El entrenador del equipo de futbol llegó tarde a votar.")).isEmpty();
        assertThat(personal("Mi alumno más aplicado ya tiene credencial.")).isEmpty();
    }

    @Test
    void aLabelQualifiedByOneWordIsStillALabel() {
        assertThat(personal("Nombre: Evaristo Tolentino Ruiz Nombre artístico: Zarapico")).contains("Zarapico");
        assertThat(personal("Nombre comercial: Paletería La Michoacana")).isEmpty();
    }

    @Test
    void aNicknameTheWriterIsCalledByIsNoPetsNameThoughAnAnimalIsNear() {
        assertThat(personal("Vendo tamales y cuido un perro; en el mercado me dicen Chabelo el de los tamales."))
                .anySatisfy(n -> assertThat(n).startsWith("Chabelo"));
        assertThat(personal("Tenemos un perro grande; le dicen Canelo y cuida la casa.")).as("the clitic points to the dog").isEmpty();
    }

    @Test
    void aGivenNameThatIsAlsoAWordIsANameWithACapitalAndAWordWithout() {
        assertThat(personal("La que recogió las boletas fue Clemencia Urrutia Olguín.")).contains("Clemencia Urrutia Olguín");
        assertThat(personal("Los funcionarios actuaron con clemencia y con prudencia.")).isEmpty();
    }

    @Test
    void theAuthorAfterTheTitlesDashOnTheFirstLineIsAPerson() {
        assertThat(personal("Bitácora de la jornada — Tobías Nkemelu Ledesma, San Lorenzo Tezonco\nLa mesa abrió tarde."))
                .anySatisfy(n -> assertThat(n).contains("Tobías Nkemelu Ledesma"));
        assertThat(personal("Crónica de la consulta — Beridze Ocampo\nLa mesa abrió tarde.")).contains("Beridze Ocampo");
        assertThat(personal("Informe de la mesa — Benito Juárez, casilla 3\nLa mesa abrió tarde.")).as("an alcaldía").isEmpty();
        assertThat(personal("Notas de campo — Escuela Primaria Lázaro Cárdenas\nTodo en orden.")).isEmpty();
        assertThat(personal("La mesa abrió tarde.\nCrónica de la consulta — Beridze Ocampo")).as("not the first line").isEmpty();
    }

    @Test
    void anAbbreviatedRankGoesWithTheName() {
        assertThat(personal("Recibió: Cap. Anselmo Quiroz")).containsExactly("Cap. Anselmo Quiroz");
        assertThat(personal("Ver el Cap. 4 del instructivo de la mesa.")).isEmpty();
    }
}
