package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A known person's namesake who is a figure ({@link FigureNamesakes}): what is known about a report (a signer, an
 * e-mail address) finds its given name elsewhere; where that name goes on with a word nobody known has and the context
 * says a figure, it stays readable, and the known person's own name is hidden whatever its context.
 */
class FigureNamesakesTest {

    private static List<String> names(String text, List<String> known) {
        return Fixtures.DETECTOR.detect(text, Fixtures.NAMES.find(text), KnownPersonalData.of(known)).stream()
                .filter(p -> p.kind().equals(PersonalDataDetector.NOMBRE)).map(PersonalData::text).toList();
    }

    @Test
    void aKnownGivenNameWithAnotherSurnameInAFiguresContextIsTheFigure() {
        String text = "En la feria compré un grabado, obra de Rosendo Villalpando.\nAtentamente";
        assertThat(names(text, List.of("Rosendo Icaza Medel"))).isEmpty();
    }

    @Test
    void theKnownPersonInTheSameContextOrAnotherContextStaysHidden() {
        // all its words are known: it is the known person, whatever the phrase before says
        assertThat(names("En la feria vendí un grabado, obra de Rosendo Icaza.", List.of("Rosendo Icaza Medel")))
                .containsExactly("Rosendo Icaza");
        // another surname, but nothing says a figure: the namesake is read like any name
        assertThat(names("Luego llegó Rosendo Villalpando con las boletas.", List.of("Rosendo Icaza Medel")))
                .containsExactly("Rosendo Villalpando");
    }

    @Test
    void aGivenNameAnAddressSpellsIsNotAFiguresName() {
        String text = "Correo: rosendo.grabador@taller.example\nAdmiro los murales del mercado, obra de Rosendo Villalpando.\n"
                + "ROSENDO ICAZA";
        assertThat(String.join(" | ", names(text, List.of()))).doesNotContain("Villalpando").contains("ROSENDO ICAZA");
    }
}
