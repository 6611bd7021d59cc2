package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnouncedNamesTest {

    @Test
    void theCapitalizedRunsOfEveryAnnouncementAreCandidatesButNotAnOfficeOrAPlace() {
        String text = "Atentamente\nCoordinación Distrital 08\n\nC.c.p. Lic. Evaristo Galindo Pámanes, asesor.\n"
                + "Atendió: agente R. Olmos, de la mesa de ayuda.\nNotes by Gilberto Ruiz-Tagle (call me later)\n"
                + "Responsable: Jardín de Niños Rosaura Zapata\nMe llamo Casilda Mórtola y observé la mesa.";
        assertThat(AnnouncedNames.find(text).names()).contains("Evaristo Galindo Pámanes", "R. Olmos", "Gilberto Ruiz-Tagle",
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

    @Test
    void everyItemOfAListOfPeopleAndTheSpeakerOfAChatTagAreAnnounced() {
        String text = "Asisten: EVELIA SANTIBÁÑEZ, HERMENEGILDA OYARZÚN y el Güero Maldonado\n"
                + "[moderador Dante Villegas] Bienvenidos\n[streamer 17:10] ya abrieron\n[X] Revisar boletas\n"
                + "Asistentes: observadora y coordinador de zona.\nInvitados: Dirección Distrital 03 y Comité Vecinal";
        AnnouncedNames.Found found = AnnouncedNames.find(text);
        assertThat(found.listed()).containsExactly("EVELIA SANTIBÁÑEZ", "HERMENEGILDA OYARZÚN", "Güero Maldonado", "Dante Villegas");
        assertThat(found.spans()).extracting(s -> text.substring(s[0], s[1])).containsExactlyInAnyOrder("EVELIA SANTIBÁÑEZ",
                "HERMENEGILDA OYARZÚN", "Güero Maldonado", "Dante Villegas");
    }

    @Test
    void anOfficeAfterALabelAndASentenceAfterASignatureAreNoAnnouncement() {
        assertThat(AnnouncedNames.spans("Autoridad que atendió: Secretaría de Seguridad Ciudadana, patrulla 14")).isEmpty();
        String signed = "Atentamente, M. Iturbide S.\nSe turna a la Unidad Técnica de Asuntos Jurídicos para su conocimiento.";
        assertThat(AnnouncedNames.spans(signed)).extracting(s -> signed.substring(s[0], s[1])).containsExactly("M. Iturbide S.");
        String postscript = "Atentamente,\nrodolfo estrada\nPD: Estudié en la Escuela Nacional para Ciegos.";
        assertThat(AnnouncedNames.spans(postscript)).extracting(s -> postscript.substring(s[0], s[1])).containsExactly("rodolfo estrada");
    }

    @Test
    void whoSaysHowSheIsCalledAndAFamilyNamedByItsSurnamesAreAnnouncedButAPlaceThatIsCalledSoIsNot() {
        String text = "Sustituta de la fila: dijo llamarse Sagrario Núñez Peña. Cambio.\nEl señor de la bocina se presentó como "
                + "integrante del comité.\nDe: la familia Ocotitla Rayón.\nJ'habite chez la famille Urquiza, à Nápoles.\n"
                + "La colonia donde votamos se llama Miguel Hidalgo.\nAsistieron padres de familia Sr. Anaya y otros.\n"
                + "Lo atendió el Sistema para el Desarrollo Integral de la Familia Ciudad de México.";
        assertThat(AnnouncedNames.spans(text)).extracting(s -> text.substring(s[0], s[1]))
                .containsExactlyInAnyOrder("Sagrario Núñez Peña", "familia Ocotitla Rayón", "famille Urquiza", "Anaya");
        assertThat(AnnouncedNames.find(text).names()).contains("Sagrario Núñez Peña", "Ocotitla Rayón", "Urquiza");
        assertThat(AnnouncedNames.find(text).listed()).containsExactlyInAnyOrder("Sagrario Núñez Peña", "familia Ocotitla Rayón",
                "famille Urquiza");
    }
}
