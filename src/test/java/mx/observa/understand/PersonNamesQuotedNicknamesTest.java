package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * What the twentieth blind set's misses taught about nicknames in quotes: the given name before a nickname that a
 * surname follows belongs to the same person, listed or not; a quoted word that is no given name is a nickname before
 * a surname the lists know, but not before any capitalized word (a shop, a song).
 */
class PersonNamesQuotedNicknamesTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void anUnlistedGivenNameBeforeAQuotedNicknameAndASurnameIsPartOfTheName() {
        assertThat(personal("Firmó la lista Aurelio \"el Tanque\" Roque sin credencial."))
                .containsExactly("Aurelio \"el Tanque\" Roque");
        assertThat(personal("10:20,Foto de la boleta,Dairon \"el Chapo\" Roque\n"))
                .containsExactly("Dairon \"el Chapo\" Roque");
    }

    @Test
    void aVerbBeforeTheQuotedNicknameStaysOutOfTheName() {
        assertThat(personal("Llegó \"el Tanque\" Roque con una bolsa de tortas.")).containsExactly("\"el Tanque\" Roque");
    }

    @Test
    void aQuotedWordBeforeAListedSurnameIsANickname() {
        assertThat(personal("- El que repartía volantes: \"Chivo\" Gallardo, del mercado.")).containsExactly("\"Chivo\" Gallardo");
    }

    @Test
    void aQuotedWordBeforeAnUnlistedCapitalizedWordIsNoPerson() {
        assertThat(personal("Fuimos a la taquería \"Chivo\" Express y luego a votar.")).isEmpty();
        assertThat(personal("Junto a la mesa sonaba \"Bamba\" Remix todo el rato.")).isEmpty();
    }
}
