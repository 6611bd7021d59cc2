package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * How layout and trade words decide a name ({@link PersonNames}, {@link NoPersonContext}): a numbered list written on
 * one line, a name the page wrapped after its surname or its title, a business named after its owner by its trade
 * («la Carnicería Don …», a quoted name after the trade), a figure known by their music or their prints, a nickname
 * given with «apodan». The same words said of a neighbour still name a person, and an address on the next line is
 * still an address.
 */
class PersonNamesItemsWrapsAndTradesTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void theNextItemsNumberOnTheSameLineIsNoStreetNumber() {
        List<String> found = personal("Faltaron en la lista:\n1. Anacleto Durán 2. Rebeca Solís Ordaz 3. Tomasa Ibarra\n");
        assertThat(anyContains(found, "Anacleto Durán")).isTrue();
        assertThat(anyContains(found, "Rebeca Solís Ordaz")).isTrue();
        assertThat(anyContains(personal("Votaron sin credencial: 4) Leocadio Parra  5) Ofelia Sanabria"), "Leocadio Parra")).isTrue();
    }

    @Test
    void aNumberThatFollowsNoItemIsStillAStreetNumber() {
        assertThat(personal("La casilla estaba en Anacleto Durán 2. Había mucha gente.")).noneMatch(f -> f.equals("Anacleto Durán"));
        // item 1 then «3.»: not the next item, so the number is the street's
        assertThat(personal("1. La casilla estaba en Anacleto Durán 3. Había mucha gente.")).noneMatch(f -> f.equals("Anacleto Durán"));
    }

    @Test
    void aSurnameOnTheNextLineEndsTheNameThePageWrapped() {
        assertThat(anyContains(personal("Llegó tarde la secretaria, la señora Eufemia Rangel\nOchoa, y se disculpó."), "Ochoa")).isTrue();
        assertThat(anyContains(personal("Quien nos prestó la llave del salón: Profesora Anatolia\nRangel Ochoa\n"), "Rangel Ochoa")).isTrue();
    }

    @Test
    void anAddressOnTheNextLineIsNotTheRestOfTheName() {
        List<String> found = personal("Saludos cordiales, el licenciado Abundio Rangel\nMorelos 45, colonia Centro\n");
        assertThat(anyContains(found, "Abundio Rangel")).isTrue();
        assertThat(found).noneMatch(f -> f.contains("Rangel\nMorelos"));
    }

    @Test
    void aBusinessNamedByItsTradeAndItsOwnersTitleIsNoPerson() {
        assertThat(personal("Las tortas las compramos en la Carnicería Don Rafa, frente a la escuela.")).isEmpty();
        assertThat(personal("En la esquina estaba estacionado el camión de «Fletes y Mudanzas Doña Chole».")).isEmpty();
    }

    @Test
    void aQuotedNameRightAfterATradeIsTheBusinesss() {
        assertThat(personal("Pusieron la mampara junto a la tintorería «La Burbuja de Doña Tere» y se veía bien.")).isEmpty();
        assertThat(personal("Compramos cinta en la tlapalería \"El Chato Robles\" para pegar los carteles.")).isEmpty();
    }

    @Test
    void aQuotedNicknameAfterAnyOtherWordIsAPerson() {
        assertThat(anyContains(personal("Al señor le gritaban «El Chato Robles» y repartía despensas."), "Chato Robles")).isTrue();
        // the trade in lower case before the owner's title is where the person works
        assertThat(anyContains(personal("Las tortas las compramos en la carnicería de don Rafa Villegas."), "Rafa Villegas")).isTrue();
    }

    @Test
    void theMusicOrThePrintsOfAFigureNameNoPerson() {
        assertThat(personal("En el puesto de enfrente la música era de Lucha Villa y de Chavela Vargas toda la mañana.")).isEmpty();
        assertThat(personal("En la biblioteca colgaba un grabado de Leopoldo Méndez junto a la mesa.")).isEmpty();
    }

    @Test
    void aNeighboursMusicWithHisTitleIsStillAPerson() {
        assertThat(anyContains(personal("La música de don Efrén Lozoya estaba tan alta que nadie oía a la presidenta."), "Efrén Lozoya")).isTrue();
        assertThat(anyContains(personal("Cuidaba la fila el hijo de Marcela Ugalde y de Ramiro Tovar, muy serio."), "Ramiro Tovar")).isTrue();
    }

    @Test
    void whatTheyNicknameSomeoneIsANickname() {
        assertThat(anyContains(personal("Ayudó a cargar la urna el vecino del 3, al que apodan el Chapopote."), "Chapopote")).isTrue();
    }

    @Test
    void aBusinessNamedByItsGoodsInThePluralAndItsOwnersTitleIsNoPerson() {
        // no place word before: the capitalized goods inside the sentence open the business's name
        assertThat(personal("Las sillas nos las prestó Mudanzas Don Goyo, que está junto a la casilla.")).isEmpty();
        assertThat(personal("La comida la pedimos a Tacos Doña Chela y llegó fría.")).isEmpty();
    }

    @Test
    void aTitleOpeningTheSentenceAfterTheGoodsIsStillAPerson() {
        assertThat(anyContains(personal("Faltaron sillas. Don Goyo Salinas trajo las suyas."), "Goyo Salinas")).isTrue();
    }

    @Test
    void anEntryWrittenSurnameFirstInAnIndexOrACardIsAName() {
        assertThat(personal("Villaseñor, Crescencia, tesorera, págs. 4 y 9")).anyMatch(p -> p.contains("Villaseñor"));
        assertThat(personal("Reseñas: Urquiza Molina, Eleuterio; Bañuelos, Rosalba. Tema: la fila."))
                .anyMatch(p -> p.contains("Urquiza Molina")).anyMatch(p -> p.contains("Bañuelos"));
    }

    @Test
    void aPlaceBeforeACommaAndAGivenNameIsNoSurname() {
        assertThat(personal("Coyoacán, Rosalba, mesa 3; Tlalpan, Eleuterio.")).noneMatch(p -> p.contains("Coyoacán") || p.contains("Tlalpan"));
    }
}
