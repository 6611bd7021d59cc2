package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Where a name the lists lack sits next to someone already named or described: a person described and then named
 * between commas, a word coordinated with a relative's name or opening a list of names, a nickname or stage name
 * said after the full name. Invented sentences of several genres, and what must stay readable.
 */
class PersonNamesSecondMentionsTest {

    private static List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aPersonDescribedWithAComplementThenNamedBetweenCommas() {
        assertThat(anyContains(personal("Le ayudamos a la señora del puesto de flores, Eulalia Tinajero, a subir la rampa."),
                "Eulalia Tinajero")).isTrue();
        assertThat(anyContains(personal("Pasó primero un señor con muletas del piso 3, Fortino Arellano, y luego los demás."),
                "Fortino Arellano")).isTrue();
    }

    @Test
    void aDescriptionWithACapitalizedPlaceIsNoDescribedPerson() {
        assertThat(anyContains(personal("La señora de la tienda de Tlalpan, Coyoacán y Tláhuac abrió temprano."), "Coyoac")).isFalse();
    }

    @Test
    void aWordCoordinatedWithARelativesNameIsAPerson() {
        assertThat(anyContains(personal("Cargaron las mamparas Tranquilino y su cuñado Odilón Ibarra Meza."), "Tranquilino")).isTrue();
        assertThat(anyContains(personal("En la fila esperaban Yunuén y mi vecina Reyna Castañeda."), "Yunuén")).isTrue();
    }

    @Test
    void aPlaceCoordinatedWithARelativesNameStaysReadable() {
        assertThat(anyContains(personal("Vinimos desde Xochimilco y su delegado Amancio Ruiz Lara nos recibió."), "Xochimilco")).isFalse();
    }

    @Test
    void theFirstWordOfAListOfNamesEndingInAFullNameIsAPerson() {
        assertThat(anyContains(personal("Firmaron de recibido: Ildefonsa, Rubén y Nereida Solís Pacheco."), "Ildefonsa")).isTrue();
    }

    @Test
    void aWordOpeningASentenceBeforeAListIsNoPerson() {
        List<String> found = personal("Así quedó todo. Gracias, Rubén y Nereida Solís Pacheco, por venir.");
        assertThat(anyContains(found, "Nereida Solís Pacheco")).isTrue();
        assertThat(anyContains(found, "Gracias")).isFalse();
    }

    @Test
    void aStageNameAfterAParticipleAndWhereItIsUsed() {
        assertThat(anyContains(personal("Firma Anacleto Ruvalcaba, conocido en las ferias como el mago Fantasmín, vecino de la sección."),
                "el mago Fantasmín")).isTrue();
        assertThat(anyContains(personal("Mi tía, conocida entre los vecinos como la Chata, llegó a las nueve."), "Chata")).isTrue();
    }

    @Test
    void aBuildingKnownByAnotherNameIsNoNickname() {
        assertThat(anyContains(personal("Votamos en el edificio conocido en la colonia como el Centro de Salud."), "Salud")).isFalse();
        assertThat(anyContains(personal("Votamos en la escuela, conocida en la colonia como la Prepa Popular."), "Prepa")).isFalse();
        assertThat(anyContains(personal("La mesa quedó registrada en la lista como el número 14."), "número")).isFalse();
    }

    @Test
    void aQuotedNicknameWithItsOriginAfterAName() {
        assertThat(anyContains(personal("Abrió la mesa Rogelio Andrade Mena, «el Gallo de Tepito», muy puntual."), "el Gallo de Tepito"))
                .isTrue();
    }

    @Test
    void aQuotedNicknameWithItsOriginAfterARelation() {
        assertThat(anyContains(personal("Vino a votar su compadre «el Gallo de Tepito» con toda su familia."), "el Gallo de Tepito"))
                .isTrue();
        assertThat(personal("La tienda «la Perla de Oriente» abrió temprano.")).isEmpty();
    }

    @Test
    void aVerbOpeningTheSentenceBeforeAnEpithetIsNoName() {
        assertThat(anyContains(personal("Ganó la de la izquierda, por poquito."), "Ganó")).isFalse();
        assertThat(anyContains(personal("Ahí andaba Chucho el de las flores."), "Chucho")).isTrue();
    }

    @Test
    void oneWhoCallsMeByANickname() {
        assertThat(anyContains(personal("Soy Rosario Ibarra Tenorio, pero mi abuela me dice Chayito desde niña."), "Chayito")).isTrue();
        assertThat(anyContains(personal("El presidente me dice que ya no hay boletas."), "presidente")).isFalse();
    }
}
