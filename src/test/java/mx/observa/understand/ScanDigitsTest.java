package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanDigitsTest {

    @Test
    void aZeroInsideAWordIsTheLetterO() {
        assertThat(ScanDigits.asLetters("Alcaldia: Venustian0 Carranza  Distrit0 l0cal: 10"))
                .isEqualTo("Alcaldia: Venustiano Carranza  Distrito local: 10");
        assertThat(ScanDigits.asLetters("C0YOACAN")).isEqualTo("COYOACAN");
    }

    @Test
    void numbersStayNumbers() {
        String numbers = "UT 05-180, MRO-01, a las 10:05, 2022, 0 incidentes, 100 boletas";
        assertThat(ScanDigits.asLetters(numbers)).isEqualTo(numbers);
    }
}
