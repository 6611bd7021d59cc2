package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class MisreadPhoneNumbersTest {

    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    private List<String> phones(String text) {
        return detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text), KnownPersonalData.NONE).stream()
                .filter(p -> p.kind().equals(PersonalDataDetector.TELEFONO)).map(PersonalData::text).toList();
    }

    @Test
    void aNumberWithLookAlikeLettersInSeveralGroupsIsReadWhole() {
        // a scanned delivery note, a dictated message, a hand-copied list: the letters differ, the ten figures do not
        assertThat(phones("recibió el paquete su cuñado, cel. 33 36l5 OO42, en la caseta")).containsExactly("33 36l5 OO42");
        assertThat(phones("Whats del proveedor: 81-83O4-OOl2 (tarde)")).containsExactly("81-83O4-OOl2 (tarde)");
        assertThat(phones("si no estoy dejen recado al S5 2B14 O9q1 con la vecina")).containsExactly("S5 2B14 O9q1");
        assertThat(phones("Tel 55 56O2 OOO7 desde 2019")).containsExactly("55 56O2 OOO7");
    }

    @Test
    void wordsCodesAndCountsKeepTheirLetters() {
        assertThat(phones("Casilla 3B, folio OBS-2022-000001, sección 5O1; abrió a las 10am")).isEmpty();
        assertThat(phones("Lote 1O Mz 4O, bodega S2 y G8; Sol dijo que lo 12 de mayo")).isEmpty();
        assertThat(phones("Votos por planilla: 1O 2O 3O 4O 5O")).isEmpty();
        assertThat(phones("clave de elector GLRSTR80010109M300, CURP ROEC680202MDFBSR04")).isEmpty();
    }
}
