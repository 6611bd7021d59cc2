package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static Optional<Integer> value(String folded) {
        return NumberWords.parse(folded).map(NumberWords.Parsed::value);
    }

    @Test
    void cardinalsComposedFromUnitsAndTens() {
        assertThat(value("cinco")).hasValue(5);
        assertThat(value("catorce")).hasValue(14);
        assertThat(value("dieciseis")).hasValue(16);
        assertThat(value("diez y seis")).hasValue(16);
        assertThat(value("veintiseis")).hasValue(26);
        assertThat(value("veinte y uno")).hasValue(21);
        assertThat(value("treinta y tres")).hasValue(33);
        assertThat(value("cuarenta y ocho")).hasValue(48);
        assertThat(NumberWords.parse("treinta").orElseThrow().ordinal()).isFalse();
    }

    @Test
    void ordinalsInTheirSeparateFusedAndPartitiveForms() {
        assertThat(value("septimo")).hasValue(7);
        assertThat(value("tercer")).hasValue(3);
        assertThat(value("segunda")).hasValue(2);
        assertThat(value("decimo")).hasValue(10);
        assertThat(value("undecimo")).hasValue(11);
        assertThat(value("duodecima")).hasValue(12);
        assertThat(value("decimo primero")).hasValue(11);
        assertThat(value("decimonoveno")).hasValue(19);
        assertThat(value("decimoctavo")).hasValue(18);
        assertThat(value("vigesimo cuarto")).hasValue(24);
        assertThat(value("vigesimocuarta")).hasValue(24);
        assertThat(value("trigesimo tercero")).hasValue(33);
        assertThat(value("onceavo")).hasValue(11);
        assertThat(value("dieciseisavo")).hasValue(16);
        assertThat(value("treintavo")).hasValue(30);
        assertThat(value("octavo")).as("an ordinal, not a partitive of «oct»").hasValue(8);
        assertThat(NumberWords.parse("vigesimo cuarto").orElseThrow().ordinal()).isTrue();
    }

    @Test
    void tensAndUnitsWrittenAsOneWordAsTheyAreSaid() {
        assertThat(value("treintaitres")).hasValue(33);
        assertThat(value("treintaiuno")).hasValue(31);
        assertThat(value("cuarentaydos")).hasValue(42);
        assertThat(NumberWords.parse("sesentaicinco").orElseThrow().ordinal()).isFalse();
        assertThat(value("treintaitantos")).as("no unit after the joint").isEmpty();
        assertThat(value("treintai")).isEmpty();
    }

    @Test
    void wordsThatAreNotNumbers() {
        assertThat(value("distrito")).isEmpty();
        assertThat(value("nueva")).isEmpty();
        assertThat(value("centavo")).isEmpty();
        assertThat(value("treinta y")).isEmpty();
        assertThat(value("cuarto oscuro")).as("the whole text must be one number").isEmpty();
    }

    @Test
    void theLongestNumberAtAPosition() {
        String text = "distrito treinta y tres, alcaldia";
        assertThat(NumberWords.at(text, 9)).hasValueSatisfying(p -> {
            assertThat(p.value()).isEqualTo(33);
            assertThat(text.substring(p.start(), p.end())).isEqualTo("treinta y tres");
        });
        assertThat(NumberWords.at("distrito veinte, uno de los", 9).orElseThrow().value())
                .as("a comma ends the number").isEqualTo(20);
    }
}
