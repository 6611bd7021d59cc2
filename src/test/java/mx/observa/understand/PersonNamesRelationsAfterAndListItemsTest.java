package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Where a name sits says it is one, though the lists lack it ({@link PersonNames}): a relation said right after it
 * («…, mi suegra», «…, hijo de …»), the last of a pair that closes its sentence, a place word between a given name and
 * a known surname, a calendar given name with an unknown
 * surname as an item of a list, a nickname with its article after a copula, a chat contact saved with an initial or
 * a nickname's article. Each with a sentence where the same words name no person.
 */
class PersonNamesRelationsAfterAndListItemsTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aRelationSaidRightAfterANameMakesItAPersons() {
        assertThat(personal("Fui a votar con Clotilde, mi suegra, muy temprano.")).containsExactly("Clotilde");
        assertThat(personal("Dejé la credencial con Rómulo Ayala, mi compadre.")).containsExactly("Rómulo Ayala");
        assertThat(personal("Nos abrió el portón el Cuervo, hijo de la portera.")).containsExactly("el Cuervo");
        assertThat(personal("Armamos la mampara con Leonila Castañeda, mi ayudante.")).containsExactly("Leonila Castañeda");
    }

    @Test
    void aPlaceOrAGreetingBeforeARelationStaysReadable() {
        assertThat(personal("Vinimos de Tláhuac, mi alcaldía, en el camión de las nueve.")).isEmpty();
        assertThat(personal("Oye, mi hermano, ¿ya votaste?")).as("a word opening the sentence").isEmpty();
        assertThat(personal("Pasamos por Santa Cruz, mi vecina colonia, a dejar volantes.")).as("the end of a longer name").isEmpty();
    }

    @Test
    void theLastOfAPairClosingItsSentenceIsAPersonThoughAPeriodFollowsIt() {
        assertThat(personal("Contaron los votos Hipólito Zárate y Maud. Después cerraron la mesa.")).contains("Hipólito Zárate", "Maud");
        assertThat(personal("Votaron los vecinos de Tlalpan y Coyoacán.")).isEmpty();
    }

    @Test
    void aCalendarGivenNameWithAnUnknownSurnameIsAnItemOfAListOfPeople() {
        assertThat(personal("Escrutadores: Abril Xolalpa (suplente), Ninfa Rosas.")).contains("Abril Xolalpa");
        assertThat(personal("Meses de trabajo: Abril Mayo Junio.")).isEmpty();
        assertThat(personal("Fechas de entrega: Abril 2022, Mayo 2022.")).isEmpty();
        assertThat(personal("Mes de la consulta: Abril, Semana Santa.")).isEmpty();
        // after a possessive relation, as after a list's comma; not after a possessive that is no relation, nor where
        // the month goes on with a word that closes no item
        assertThat(personal("Llevó las sillas don Isaías y su sobrina Abril Tzompantzi.")).anyMatch(p -> p.contains("Abril Tzompantzi"));
        assertThat(personal("Lo cambiaron para su cita Abril Tzompantzi.")).noneMatch(p -> p.contains("Abril"));
    }

    @Test
    void aNicknameWithItsArticleAfterACopulaIsWhoTheSubjectIs() {
        assertThat(personal("El de los elotes era el Pirata Nicanor, que se fue temprano.")).contains("Pirata Nicanor");
        assertThat(personal("El de la esquina era el Oxxo de siempre.")).as("a thing left out after «el de»").isEmpty();
        assertThat(personal("El señor de la gorra era el Presidente de la mesa.")).as("a role").isEmpty();
    }

    @Test
    void aChatContactSavedWithAnInitialOrANicknamesArticleIsAPerson() {
        assertThat(personal("2/5/22 09:10 - Nena R. (prima): ya llegué a la escuela")).anySatisfy(n -> assertThat(n).startsWith("Nena R."));
        assertThat(personal("2/5/22 09:12 - Elotes La Flaca: ahí voy con las sillas")).containsExactly("Elotes La Flaca");
        assertThat(personal("2/5/22 09:00 - Los mensajes y las llamadas están cifrados de extremo a extremo.")).isEmpty();
    }

    @Test
    void aPlaceWordBetweenAGivenNameAndAKnownSurnameIsTheFirstSurname() {
        assertThat(personal("Firmó el acta la secretaria Rufina Calzada Ortiz y se fue.\nGracias."))
                .anySatisfy(n -> assertThat(n).endsWith("Rufina Calzada Ortiz"));
        assertThat(personal("La presidenta Rufina Villa vive en Coapa desde niña.\nGracias."))
                .as("no known surname after the place word").noneSatisfy(n -> assertThat(n).contains("Coapa"));
    }
}
