package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * What the twenty-third blind set taught: a work named by its author and a figure coordinated after a cycle's name stay
 * readable; a naming verb a few words before «como» names a person, not a manner likened; a phone number may say its
 * zero in English.
 */
class PersonNamesTwentyFourthTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void theAuthorOfANamedWorkIsNoPersonOfTheReport() {
        assertThat(personal("En el equipo de sonido pusieron la Sinfonía núm. 3 de Graciela Ontiveros Lugo.")).isEmpty();
        assertThat(personal("Los del comité recordaban las películas de Anselmo Valdepeñas mientras esperaban.")).isEmpty();
        // a letter is the neighbours' too: whoever wrote it stays a person
        assertThat(personal("Leímos la carta de Rosalinda Escárcega en voz alta.")).containsExactly("Rosalinda Escárcega");
    }

    @Test
    void aFigureCoordinatedAfterACyclesNameIsNoPerson() {
        assertThat(personal("El cine club anunciaba un ciclo Pedro Armendáriz y Dolores Sarabia toda la semana.")).isEmpty();
    }

    @Test
    void aNamingVerbAFewWordsBeforeComoNamesAPerson() {
        assertThat(personal("Repartía volantes un muchacho, conocido en el mercado como Fulgencio Arteaga."))
                .containsExactly("Fulgencio Arteaga");
        assertThat(personal("La escrutadora contaba las boletas rapidísimo como Frida Kahlo.")).isEmpty();
    }

    @Test
    void aPhoneNumberMaySayItsZeroInEnglish() {
        assertThat(Fixtures.detectedPersonalData("Márcale al 55 4412 zero siete nueve dos, es de mi primo.")).extracting(PersonalData::kind)
                .contains("telefono");
    }
}
