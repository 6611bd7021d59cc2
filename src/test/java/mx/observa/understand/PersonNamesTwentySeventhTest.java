package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * What the twenty-sixth blind set taught: a numbered list written on one line, a name the page wrapped after its
 * surname or its title, a nickname given with «apodan». An address on the next line is still an address.
 */
class PersonNamesTwentySeventhTest {

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
    void whatTheyNicknameSomeoneIsANickname() {
        assertThat(anyContains(personal("Ayudó a cargar la urna el vecino del 3, al que apodan el Chapopote."), "Chapopote")).isTrue();
    }
}
