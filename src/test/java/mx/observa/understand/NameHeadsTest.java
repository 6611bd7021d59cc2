package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A name found only from its surnames opens with the capitalized words right before it in the middle of a sentence
 * (a given name no list knows); never at the start of a sentence, a line or a label, across anything but one space,
 * over a title, a role or a function word, nor over a place's name after its place word.
 */
class NameHeadsTest {

    private static final Set<String> NOT_A_NAME = Set.of("ingeniera", "presidenta", "la", "el", "de", "mi");
    private static final Predicate<String> PLACE_WORD = Set.of("colonia", "calle", "barrio")::contains;

    /** The text from where {@link NameHeads} opens the found span to its end. */
    private static String opensAt(String text, String found) {
        int start = text.indexOf(found);
        int end = start + found.length();
        return text.substring(NameHeads.start(text, start, end, 0, NOT_A_NAME::contains, PLACE_WORD), end);
    }

    @Test
    void aGivenNameNoListKnowsGoesWithTheSurnamesFoundAfterIt() {
        assertThat(opensAt("Bitácora de la regata — Tamaz Ugalde Ríos, timonel suplente", "Ugalde Ríos"))
                .as("after a dash set apart").isEqualTo("Tamaz Ugalde Ríos");
        assertThat(opensAt("Llegó su cuñada, Ketevan Ugalde, con las llaves del salón.", "Ugalde"))
                .as("after a comma").isEqualTo("Ketevan Ugalde");
        assertThat(opensAt("El inventario lo firmó el bodeguero Zurab Ugalde al cerrar.", "Ugalde"))
                .as("after a word in lower case").isEqualTo("Zurab Ugalde");
        assertThat(opensAt("Los boletos (Tamaz Ugalde los vendió) se acabaron.", "Ugalde")).as("after a parenthesis")
                .isEqualTo("Tamaz Ugalde");
    }

    @Test
    void whatOpensASentenceALineOrALabelOrIsNoNameStaysReadable() {
        assertThat(opensAt("Ayer Ugalde no abrió la bodega.", "Ugalde")).as("the start of the text").isEqualTo("Ugalde");
        assertThat(opensAt("Se fue la luz. Ayer Ugalde no abrió.", "Ugalde")).as("after a period").isEqualTo("Ugalde");
        assertThat(opensAt("Timonel: Tamaz Ugalde", "Ugalde")).as("a label's value").isEqualTo("Ugalde");
        assertThat(opensAt("lista de turnos\nTamaz Ugalde", "Ugalde")).as("the start of a line").isEqualTo("Ugalde");
        assertThat(opensAt("con la Ingeniera Ugalde revisamos", "Ugalde")).as("a title").isEqualTo("Ugalde");
        assertThat(opensAt("se lo dio a Tamaz  Ugalde", "Ugalde")).as("two spaces").isEqualTo("Ugalde");
        assertThat(opensAt("lo revisó el IECM Ugalde", "Ugalde")).as("a word in capitals").isEqualTo("Ugalde");
        assertThat(opensAt("vive en la colonia Guerrero Ugalde dice", "Ugalde")).as("a place after its place word")
                .isEqualTo("Ugalde");
        assertThat(opensAt("con los de Escuela Benito Ugalde", "Ugalde")).as("a capitalized word before the word, one word only")
                .isEqualTo("Ugalde");
        assertThat(opensAt("la maqueta la pintó mi primo Tornike Gela Ugalde en una tarde", "Ugalde"))
                .as("a capitalized word before the word").isEqualTo("Ugalde");
        assertThat(opensAt("la regata de Ugalde", "Ugalde")).as("a word in lower case").isEqualTo("Ugalde");
        assertThat(opensAt("un señor de Nuevo-Ugalde", "Ugalde")).as("no space").isEqualTo("Ugalde");
    }

    @Test
    void theDetectorHidesTheGivenNameBeforeSurnamesItKnows() {
        String text = "Bitácora de la regata — Tamaz Salgado Ortega, timonel suplente.\nLa lancha la llevó su hermano, Giorgi Salgado.";
        List<String> names = Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
        assertThat(names).as("the names the detector reports").anySatisfy(n -> assertThat(n).startsWith("Tamaz Salgado"));
        assertThat(names).anySatisfy(n -> assertThat(n).contains("Giorgi Salgado"));
    }

    @Test
    void theDetectorLeavesAPlaceNamedAfterSomeoneReadable() {
        String text = "Nos vimos en la calle Melchor Ocampo con la señora Hortensia Salgado Ortega, vecina del barrio.";
        List<String> names = Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
        assertThat(names).noneSatisfy(n -> assertThat(n).contains("Melchor"));
        assertThat(names).noneSatisfy(n -> assertThat(n).contains("señora Hortensia").contains("vecina"));
    }
}
