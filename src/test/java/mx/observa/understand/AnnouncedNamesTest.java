package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
    void aTitleBeforeASaintsNameAnnouncesADevotionButBeforeAGivenNameAPerson() {
        assertThat(AnnouncedNames.spans("Los niños cantaron Señora Santa Ana mientras esperaban a sus papás.")).isEmpty();
        assertThat(AnnouncedNames.spans("En la kermés tocaron «Señor San José» con guitarra.")).isEmpty();
        String neighbour = "Nos prestó la mesa la Señora Santos Quiroga, vecina del 12.";
        assertThat(AnnouncedNames.spans(neighbour)).extracting(s -> neighbour.substring(s[0], s[1])).containsExactly("Santos Quiroga");
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
    void whoIsCalledSoAndAFamilyAreTheVocabularysAnnouncementsAndAPlaceThatIsCalledSoIsNoPerson() {
        // announced in config/privacidad/vocabulario.yaml only: the safety net's patterns leave them to the detector
        String text = "En la fila de adultos mayores, uno dijo llamarse Leocadio Tzintzun Prieto y otro se hace llamar Chema.\n"
                + "Nos prestó la silla la familia Iturbide Calixto.\nLa unidad habitacional se llama Ignacio Zaragoza.\n"
                + "Apoyó el Sistema para el Desarrollo Integral de la Familia de la alcaldía.";
        assertThat(AnnouncedNames.find(text).names()).isEmpty();
        PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);
        List<String> found = detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text),
                KnownPersonalData.NONE).stream().map(p -> p.text()).toList();
        assertThat(String.join(" | ", found)).contains("Leocadio Tzintzun Prieto", "Chema", "Iturbide Calixto")
                .doesNotContain("Zaragoza", "Desarrollo", "Familia de");
    }

    @Test
    void whoObservedIsAListOfPeopleEvenWhenNoListKnowsTheirNames() {
        String text = "Observaron: Yaotl Cuahtli Maceda y Ixchel Tonatzin, de la Red Vecinal del Sur.";
        assertThat(AnnouncedNames.find(text).listed()).containsExactly("Yaotl Cuahtli Maceda y Ixchel Tonatzin");
    }
}
