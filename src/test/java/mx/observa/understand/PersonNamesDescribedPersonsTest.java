package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A person described by their noun and a phrase in lower case that says which one (a complement, an adjective, a
 * relative clause), then a colon or a comma: the capitalized words right after are that person's name, whatever the
 * lists know of them. A thing's noun or a capital inside the phrase is left alone.
 */
class PersonNamesDescribedPersonsTest {

    private static List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aPersonDescribedByARelativeClauseGivesTheNameAfterTheCopulaThatEndsIt() {
        assertThat(anyContains(personal("El vecino del tercer piso que trajo las sillas fue Eustorgio Zamacona."), "Eustorgio Zamacona")).isTrue();
        assertThat(anyContains(personal("la chica de la papelería que nos prestó el engrapador es Yaretzi Coapanco, muy amable"),
                "Yaretzi Coapanco")).isTrue();
        // a thing's noun heads no such clause; after the copula, a lower-case word or a place is no name
        assertThat(personal("La calle que cerraron toda la mañana es Calzada de Tlalpan.")).isEmpty();
        assertThat(personal("El muchacho que se subió al camión era de Tepito.")).isEmpty();
    }

    @Test
    void aPersonToldApartByOneAdjectiveGivesTheNameAfterTheCopula() {
        assertThat(anyContains(personal("Nos ayudó con las sillas un joven; el muchacho alto era Ulises Bracamontes."), "Ulises Bracamontes")).isTrue();
        assertThat(anyContains(personal("La que se desmayó en la fila, la señora embarazada, fue atendida; la señora embarazada era Maricruz Oyervides."),
                "Maricruz Oyervides")).isTrue();
        // a thing's noun, or a copula that gives no capitalized name, says nobody
        assertThat(personal("La escuela primaria es Benito Juárez y la mesa estaba en el patio.")).isEmpty();
        assertThat(personal("La señora embarazada era la que llegó primero; la mesa abrió a las nueve.")).isEmpty();
        assertThat(personal("El señor enojado era de la colonia Roma.")).isEmpty();
    }

    @Test
    void aRoleDescribedByARelativeClauseGivesTheNameAfterItsColon() {
        assertThat(anyContains(personal("La escrutadora que contó dos veces las boletas: Filomena Quiahua."), "Filomena Quiahua")).isTrue();
        assertThat(anyContains(personal("el suplente que nunca llegó: Baudelio Tzompa, según la lista"), "Baudelio Tzompa")).isTrue();
    }

    @Test
    void aNeighbourDescribedAtLengthGivesTheNameAfterItsComma() {
        assertThat(anyContains(personal("Nos prestó la mesa plegable la vecina que vive junto a la tortillería, Ofelia Xicoténcatl, sin cobrar."),
                "Ofelia Xicoténcatl")).isTrue();
        assertThat(anyContains(personal("Lo ayudó el señor del puesto de jugos de la entrada, Gumaro Tepale."), "Gumaro Tepale")).isTrue();
    }

    @Test
    void aLabelWithAComplementOpeningItsSentenceGivesTheName() {
        assertThat(anyContains(personal("Llegamos a las ocho. Secretario con chaleco rojo: Hilario Zempoalteca."), "Hilario Zempoalteca")).isTrue();
    }

    @Test
    void theOneWhoDidSomethingGivesTheNameInCapitals() {
        assertThat(anyContains(personal("Firmaron el acta la presidenta y la que trajo el sello, OTILIA MENDIOLA CRUZ, antes de irse."),
                "OTILIA MENDIOLA CRUZ")).isTrue();
    }

    @Test
    void aThingDescribedSoIsNoPerson() {
        assertThat(personal("La avenida que cruza frente a la escuela, Florencio Tapia, estaba cerrada por obras.")).isEmpty();
        assertThat(personal("El salón que prestaron para la mesa: Salón Morelos.")).isEmpty();
    }

    @Test
    void aCapitalInsideThePhraseIsNotTaken() {
        assertThat(personal("Llegó la señora de Iztacalco, Tepito Grande queda lejos de ahí.")).isEmpty();
    }

    @Test
    void aNounOfSomeoneWhoDoesSomethingWithARelativeClauseGivesTheNameAfterItsColon() {
        // no list of offices or trades knows «motociclista» or «cargador»: the ending and what the clause tells do
        assertThat(anyContains(personal("El motociclista que se llevó el paquete electoral: Tadeo Yépez, sin casco."), "Tadeo Yépez")).isTrue();
        assertThat(anyContains(personal("la cargadora que acomodó las mamparas: Zenaida Ocampo."), "Zenaida Ocampo")).isTrue();
    }

    @Test
    void aNounOfSomeoneWhoDoesSomethingNeedsItsClauseAndANameAfterIt() {
        // without a relative clause, a short word with that ending, or no capital after the colon: nothing is named
        assertThat(personal("El ciclista que pasó por la avenida: nadie supo quién era.")).isEmpty();
        assertThat(personal("La lista que nos dieron: Morelos y Guerrero, nada más.")).isEmpty();
        assertThat(anyContains(personal("El mostrador que pusieron en la entrada: Benito Juárez 45, junto a la escuela."), "Benito")).isFalse();
    }
}
