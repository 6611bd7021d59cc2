package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnouncedNamesTest {

    @Test
    void theCapitalizedRunsOfEveryAnnouncementAreCandidatesButNotAnOfficeOrAPlace() {
        String text = "Atentamente\nCoordinación Distrital 08\n\nC.c.p. Lic. Evaristo Galindo Pámanes, asesor.\n"
                + "Atendió: agente R. Olmos, de la mesa de ayuda.\nNotes by Gilberto Ruiz-Tagle (call me later)\n"
                + "Responsable: Jardín de Niños Rosaura Zapata\nMe llamo Casilda Mórtola y observé la mesa.";
        assertThat(AnnouncedNames.names(text)).contains("Evaristo Galindo Pámanes", "R. Olmos", "Gilberto Ruiz-Tagle",
                "Casilda Mórtola").noneMatch(n -> n.startsWith("Coordinación") || n.startsWith("Jardín"));
    }

    @Test
    void aFactAfterALabelAnAppAfterPorAndAPlaceAfterATitleAreNoAnnouncement() {
        assertThat(AnnouncedNames.spans("Reportó: falta de boletas. Enviado por WhatsApp. Por Internet votaron 40.")).isEmpty();
        assertThat(AnnouncedNames.spans("La mesa estaba en la Clínica Dr. Ignacio Chávez.")).isEmpty();
        String attended = "Atendió: Rosa Díaz Trejo";
        assertThat(AnnouncedNames.spans(attended)).singleElement()
                .satisfies(s -> assertThat(attended.substring(s[0], s[1])).isEqualTo("Rosa Díaz Trejo"));
    }
}
