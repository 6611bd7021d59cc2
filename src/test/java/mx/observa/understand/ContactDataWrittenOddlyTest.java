package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Phones, e-mails and addresses written in ways a pattern of their usual shape misses: figures one at a time or with
 * a letter for a digit, a spelled address in capitals wrapped by a page, a house number said before its street. Every sentence invented; each kind with a case it must not fire on.
 */
class ContactDataWrittenOddlyTest {

    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    private List<String> texts(String text, String kind) {
        return detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text), KnownPersonalData.NONE)
                .stream().filter(p -> p.kind().equals(kind)).map(PersonalData::text).toList();
    }

    @Test
    void aPhoneWithALetterForADigitBesideItsOtherGroups() {
        assertThat(texts("Para recoger las llaves, al 5523 81 O4 con la portera.", "telefono")).containsExactly("5523 81 O4");
        assertThat(texts("Mi número es 55 l7 62 30 48, márqueme temprano.", "telefono")).containsExactly("55 l7 62 30 48");
        // a word beside figures keeps its letters: «IO» of «el aula IO tiene 23», «Ola 12», «lo 34»
        assertThat(texts("Vinieron a las 12 y a las 13 horas; el aula IO tiene 23 bancas.", "telefono")).isEmpty();
        assertThat(OcrLetters.read("Ola 12, lo 34, Oso 56")).isEqualTo("Ola 12, lo 34, Oso 56");
        assertThat(OcrLetters.read("llamar al 55 4l 2O 30 18")).isEqualTo("llamar al 55 41 20 30 18");
        assertThat(OcrLetters.read("llamar al 4l 2O 3O")).isEqualTo("llamar al 4l 2O 3O");
    }

    @Test
    void aPhoneWrittenOneFigureAtATimeWithADashBetweenItsHalves() {
        assertThat(texts("Rifa del comité, pregunte al 5 6 2 1 - 3 3 0 8 o en la tienda.", "telefono"))
                .containsExactly("5 6 2 1 - 3 3 0 8");
        // single counts in a row are no number, nor is an eight-figure tally without the dash
        assertThat(texts("Votos por hora: 3 5 2 0 1 4 2 6 en total.", "telefono")).isEmpty();
        assertThat(texts("Marcador final 3 - 1, luego 2 - 0.", "telefono")).isEmpty();
    }

    @Test
    void aSpelledAddressInCapitalsThatAPageWrapped() {
        assertThat(texts("escríbale a tomasa.rivera ARROBA vecinos PUNTO\nexample para los recibos", "correo"))
                .containsExactly("tomasa.rivera ARROBA vecinos PUNTO\nexample");
        assertThat(texts("Correo: lalo.paz ARROBA\nbarrio PUNTO example.", "correo")).containsExactly("lalo.paz ARROBA\nbarrio PUNTO example");
        // «arroba» in a sentence, with no spelled dot after a domain, is no address
        assertThat(texts("Le dijeron que pusiera la arroba\ny el punto final en su nombre.", "correo")).isEmpty();
    }

    @Test
    void aHouseNumberSaidBeforeItsStreet() {
        assertThat(texts("Quien gritaba era el del número 112 de la calle Norte 45, según la vecina.", "domicilio"))
                .containsExactly("número 112 de la calle Norte 45");
        assertThat(texts("Nos recibió en el 8 de la cerrada Los Pinos y de ahí fuimos a votar.", "domicilio"))
                .containsExactly("8 de la cerrada Los Pinos");
        // where the mesa stood is a public place; a date is no house number
        assertThat(texts("La mesa se puso frente al número 30 de la avenida Central.", "domicilio")).isEmpty();
        assertThat(texts("El 5 de mayo se publicaron los resultados en la calle.", "domicilio")).isEmpty();
    }
}
