package mx.observa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.understand.QueryReader.Place;
import mx.observa.understand.QueryReader.PlaceKind;

/** When a UT name read in a query is only the start of a longer name the query writes. */
class PlacesTest {

    /** The place whose words are {@code name} in {@code query}, as the query reader reports it. */
    private static Place ut(String query, String name) {
        int start = query.indexOf(name);
        return new Place(PlaceKind.UT, "14-066", "UT " + name, start, start + name.length());
    }

    @Test
    void aCapitalizedWordRightAfterTheNameMakesItAnotherPlace() {
        String q = "¿cómo estuvo la fila en la mesa de Lomas Poniente?";
        assertThat(Places.continuedName(q, ut(q, "Lomas"), List.of())).isTrue();
        String caps = "BOLETAS EN LOMAS PONIENTE";
        assertThat(Places.continuedName(caps, ut(caps, "LOMAS"), List.of())).isTrue();
    }

    @Test
    void theNameEndsAtPunctuationALowerCaseWordAClaveOrAnotherPlace() {
        String comma = "mesa de Lomas, Benito Juárez";
        assertThat(Places.continuedName(comma, ut(comma, "Lomas"), List.of())).isFalse();
        String lower = "mesa de Lomas sin boletas";
        assertThat(Places.continuedName(lower, ut(lower, "Lomas"), List.of())).isFalse();
        String clave = "UT 14-066 Lomas";
        assertThat(Places.continuedName(clave, ut(clave, "UT 14-066"), List.of())).isFalse();
        // an abbreviation in capitals after a name that is not: "Lomas BJ" is the alcaldía after the colonia
        String abbreviation = "mesa de Lomas BJ";
        assertThat(Places.continuedName(abbreviation, ut(abbreviation, "Lomas"), List.of())).isFalse();
        String alcaldia = "mesa de Lomas Benito Juárez";
        int at = alcaldia.indexOf("Benito");
        Place benito = new Place(PlaceKind.ALCALDIA, "Benito Juárez", "Benito Juárez", at, alcaldia.length());
        assertThat(Places.continuedName(alcaldia, ut(alcaldia, "Lomas"), List.of(benito))).isFalse();
    }

    @Test
    void onlyAUtNameIsContinued() {
        String q = "incidencias en Coyoacán Centro";
        int at = q.indexOf("Coyoacán");
        Place coyoacan = new Place(PlaceKind.ALCALDIA, "Coyoacán", "Coyoacán", at, at + "Coyoacán".length());
        assertThat(Places.continuedName(q, coyoacan, List.of(coyoacan))).isFalse();
    }
}
