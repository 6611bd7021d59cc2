package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DistritoParserTest {

    private final DistritoParser parser = new DistritoParser();

    private Optional<Integer> distrito(String text) {
        return DistritoParser.choose(parser.find(text)).map(Mention::value);
    }

    @Test
    void arabicAndRomanInTheWaysObserversWriteThem() {
        assertThat(distrito("distrito 24")).hasValue(24);
        assertThat(distrito("DD XXIV")).hasValue(24);
        assertThat(distrito("Dtto. Local XXIV")).hasValue(24);
        assertThat(distrito("DTTO. 24")).hasValue(24);
        assertThat(distrito("Distrito Electoral Local 06")).hasValue(6);
        assertThat(distrito("DISTRITO ELECTORAL LOCAL XXVII")).hasValue(27);
        assertThat(distrito("Distrito: Dtto. 11")).hasValue(11);
        assertThat(distrito("XVII Distrito Local, Benito Juarez")).hasValue(17);
        assertThat(distrito("la dirección distrital 33")).hasValue(33);
    }

    @Test
    void notDistritos() {
        assertThat(distrito("Distrito Federal")).isEmpty();
        assertThat(distrito("distrito 34")).isEmpty();
        assertThat(distrito("distrito 0")).isEmpty();
        assertThat(distrito("la dirección distrital")).isEmpty();
        assertThat(distrito("se veía el dd iv del vecino")).as("dd only in capitals").isEmpty();
    }

    @Test
    void aLabelledDistritoWinsOverOneInPassing() {
        assertThat(distrito("Antes vivía en el distrito 5.\nDistrito: 12")).hasValue(12);
    }

    @Test
    void romanNumerals() {
        assertThat(RomanNumerals.parse("XXXIII")).hasValue(33);
        assertThat(RomanNumerals.parse("IX")).hasValue(9);
        assertThat(RomanNumerals.parse("IIII")).isEmpty();
        assertThat(RomanNumerals.parse("VX")).isEmpty();
    }
}
