package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;
import mx.observa.model.PersonalData;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.Detection;
import mx.observa.understand.KnownPersonalData;
import mx.observa.understand.ReportUnderstander;

class RedactorTest {

    private final Redactor safetyNet = Redactor.safetyNetOnly();

    @Test
    void labelledNamesAndContactsAreRemovedButTheObservationStays() {
        String out = safetyNet.redact("Nombre: María Guadalupe Sánchez Torres, teléfono 55 1234 5678, correo "
                + "lupita.sanchez@gmail.com. La mesa se instaló a las 10:15.");

        assertThat(out).doesNotContain("María", "Sánchez", "1234", "lupita", "gmail")
                .contains("Nombre: [dato personal]", "La mesa se instaló a las 10:15.");
    }

    @Test
    void aPhoneNumberAScanMisreadWithLettersForDigitsIsStillRemoved() {
        assertThat(safetyNet.redact("REMITE: FARMACIA SAN JUDAS  TEL 55 8O31 4l29  HOJA 1 DE 2"))
                .isEqualTo("REMITE: FARMACIA SAN JUDAS  TEL [dato personal]  HOJA 1 DE 2");
        assertThat(safetyNet.redact("llamar al 55-2l07-9O64 después de las 5")).isEqualTo("llamar al [dato personal] después de las 5");
        // words and codes keep their letters: only a run of digits with an O, o, l or I is read as a number
        assertThat(mx.observa.understand.OcrLetters.read("Olga llegó a las 10am a la casilla 3B; Hola, I")).isEqualTo("Olga llegó a las 10am a la casilla 3B; Hola, I");
        assertThat(mx.observa.understand.OcrLetters.read("tel 72l0")).isEqualTo("tel 7210");
    }

    @Test
    void aChatExportsDateAndTimeIsNoPhoneNumber() {
        assertThat(safetyNet.redact("[03.05.22 18:41] Vecinos Norte: ya cerraron la mesa"))
                .isEqualTo("[03.05.22 18:41] Vecinos Norte: ya cerraron la mesa");
        assertThat(safetyNet.redact("marcar al 55 12 34 56 78: contesta la coordinadora"))
                .isEqualTo("marcar al [dato personal]: contesta la coordinadora");
    }

    @Test
    void signaturesHonorificsAndSelfIntroductionsAreRemoved() {
        assertThat(safetyNet.redact("Sin más por el momento.\nAtentamente\nRoberto Carlos Méndez Ruiz\nCel. 5587654321"))
                .doesNotContain("Roberto", "Méndez", "5587654321").startsWith("Sin más por el momento.");
        assertThat(safetyNet.redact("Cerca de la mesa la Sra. Josefina Ramírez repartía despensas"))
                .isEqualTo("Cerca de la mesa la Sra. [dato personal] repartía despensas");
        assertThat(safetyNet.redact("Buenas tardes, me llamo Ana Karen Ortiz y observé la MRO-02."))
                .isEqualTo("Buenas tardes, me llamo [dato personal] y observé la MRO-02.");
        assertThat(safetyNet.redact("Observador(a): juan pérez, acreditado")).doesNotContain("juan");
        assertThat(safetyNet.redact("Nombre: Juan Pérez López\nAlcaldía Iztapalapa. La mesa abrió tarde."))
                .isEqualTo("Nombre: [dato personal]\nAlcaldía Iztapalapa. La mesa abrió tarde.");
    }

    @Test
    void whoAttendedAndBylinesAreRemovedButAnAppOrAFactIsNot() {
        assertThat(safetyNet.redact("Atendió: agente R. Olmos, de la mesa de ayuda.")).isEqualTo(
                "Atendió: agente [dato personal], de la mesa de ayuda.");
        assertThat(safetyNet.redact("Notes by Gilberto Ruiz-Tagle (call me later)")).isEqualTo(
                "Notes by [dato personal] (call me later)");
        assertThat(safetyNet.redact("Por Casilda Mórtola: comparto lo que vi.")).isEqualTo("Por [dato personal]: comparto lo que vi.");
        for (String kept : List.of("Enviado por WhatsApp, a las 10:00.", "Reportó: falta de boletas en la mesa.",
                "Por Internet votaron 40 personas.")) {
            assertThat(safetyNet.redact(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void placesNamedAfterADoctorInQuotesStayAndTableCellsAreLabels() {
        String office = "C. TITULAR DE LA DIRECCIÓN DISTRITAL 8\nPRESENTE";
        assertThat(safetyNet.redact(office)).as("a letter addressed to an office").isEqualTo(office);
        assertThat(safetyNet.redact("Lo atendió la C. Ramona Villa Lozano")).as("a person after C. is still removed")
                .doesNotContain("Ramona").doesNotContain("Lozano");
        String place = "La mesa estaba en la explanada del Centro de Salud \"Dr. Gustavo Baz Prada\" a las 9:05.";
        assertThat(safetyNet.redact(place)).isEqualTo(place);
        assertThat(safetyNet.redact("\tNombre\tFernando Ruelas Cabrera\n\tCorreo\tfruelas[at]observa.example"))
                .isEqualTo("\tNombre\t[dato personal]\n\tCorreo\t[dato personal]");
    }

    @Test
    void identifiersAndPhonesInEveryUsualShapeAreRemoved() {
        for (String id : List.of("SATM800101MDFNRR09", "SNTRMR80010109M800", "GOPL850312AB1", "IDMEX1234567890",
                "(55) 8765-4321", "+52 55 2468 1357", "55-12-34-56-78", "1234-5678", "5512345678", "12345678901234",
                "044 55 2468 1357", "045-33-1357-2468", "81·8340·1122", "01 (81) 8340 1122", "+1 (213) 555-0187")) {
            assertThat(safetyNet.redact("dato " + id + " fin")).as(id).isEqualTo("dato [dato personal] fin");
        }
    }

    @Test
    void folosDatesTimesAndCountsAreNotMistakenForPersonalData() {
        String text = "Folio OBS-2022-000123, UT 07-123, distrito 24, el 01-05-2022 (2022-05-01) de 9:00 a 17:00 "
                + "votaron 150 personas en la MRO-03. Nombre del proyecto: Parque Lineal.";
        assertThat(safetyNet.redact(text)).isEqualTo(text);
    }

    @Test
    void theDetectorsSpansAreRemovedToo() {
        String text = "La presidenta de la mesa, Lucía Fernández, explicó el procedimiento.";
        int start = text.indexOf("Lucía");
        Redactor withDetector = new Redactor((t, known) -> new Detection(List.of(new PersonalData("nombre", "Lucía Fernández", start,
                start + "Lucía Fernández".length())), List.of()));

        assertThat(withDetector.redact(text)).isEqualTo("La presidenta de la mesa, [dato personal], explicó el procedimiento.");
    }

    @Test
    void whatIsKnownAboutAReportIsRemovedInEveryFormAndFromItsFileName() {
        ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(Path.of(".")), new FoldingSpanishAnalyzer());
        Redactor redactor = new Redactor(understander::detection);
        KnownPersonalData known = redactor.known(List.of("Hortensia Barragán Ulloa", "55 4187 2290"), "Informe_Gumersindo_Alvear.pdf");

        assertThat(redactor.redact("Al final HORTENSIA BARRAGAN firmó el acta y la Sra. Barragán se fue; tel. 55-41-87-22-90.", known))
                .isEqualTo("Al final [dato personal] firmó el acta y la [dato personal] se fue; tel. [dato personal].");
        assertThat(redactor.redactFileName("Informe_Hortensia_Barragan.docx", known)).isEqualTo("Informe_[dato personal].docx");
        assertThat(redactor.redactFileName("Informe_Gumersindo_Alvear.pdf", redactor.known(List.of("G. Alvear"), "x.pdf")))
                .isEqualTo("Informe_[dato personal].pdf");
        assertThat(redactor.redact("La mesa estaba en la colonia Miguel Hidalgo.", redactor.known(List.of("Miguel Hidalgo Pérez"), null)))
                .isEqualTo("La mesa estaba en la colonia Miguel Hidalgo.");
    }

    @Test
    void aListedFigureAnnouncedByItsTitleStaysReadableWhileAPersonAfterTheSameTitleIsRemoved() {
        ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(Path.of(".")), new FoldingSpanishAnalyzer());
        Redactor redactor = new Redactor(understander::detection);

        assertThat(redactor.redact("Frente a la farmacia bailaba el Dr. Simi con una bocina; adentro el Dr. Anselmo Quiroga"
                + " tomaba la presión a una votante."))
                .isEqualTo("Frente a la farmacia bailaba el Dr. Simi con una bocina; adentro el [dato personal]"
                        + " tomaba la presión a una votante.");
    }

    @Test
    void whatIsKnownAboutAReportIsWorkedOutOnceForEveryPageThatShowsIt() {
        AtomicInteger fileNamesRead = new AtomicInteger();
        Redactor redactor = new Redactor((t, known) -> {
            fileNamesRead.incrementAndGet();
            return new Detection(List.of(), List.of());
        });

        KnownPersonalData first = redactor.known(List.of("Eleuterio Bañuelos"), "Informe_EB.pdf");
        KnownPersonalData again = redactor.known(new ArrayList<>(List.of("Eleuterio Bañuelos")), "Informe_EB.pdf");
        KnownPersonalData otherFile = redactor.known(List.of("Eleuterio Bañuelos"), "Informe_EB_2.pdf");

        assertThat(again).isSameAs(first);
        assertThat(otherFile).isNotSameAs(first);
        assertThat(fileNamesRead).hasValue(2);
        assertThat(again.strings()).containsExactly("Eleuterio Bañuelos");
    }


    @Test
    void aTextRedactedAgainWithWhatIsKnownOfItsReportIsReadByTheDetectorOnce() {
        AtomicInteger textsRead = new AtomicInteger();
        Redactor redactor = new Redactor((t, known) -> {
            textsRead.incrementAndGet();
            int start = t.indexOf("Filiberta");
            return new Detection(start < 0 ? List.of()
                    : List.of(new PersonalData("nombre", "Filiberta", start, start + "Filiberta".length())), List.of());
        });
        KnownPersonalData known = redactor.known(List.of("Filiberta"), null);
        int afterKnown = textsRead.get();
        String text = "Doña Filiberta cerró la MRO-05 antes de las 17 h; llamar al 55 2190 8734.";

        String once = redactor.redact(text, known);
        // the same words in a new string (another request reads them again from the index), and the spans handed out
        List<int[]> spans = redactor.spans(new String(text.toCharArray()), known);
        spans.get(0)[0] = 0;
        spans.clear();

        assertThat(redactor.redact(text, known)).isEqualTo(once)
                .isEqualTo("Doña [dato personal] cerró la MRO-05 antes de las 17 h; llamar al [dato personal].");
        assertThat(textsRead.get() - afterKnown).isEqualTo(1);
        // what another report knows is another question, asked again
        redactor.redact(text, redactor.known(List.of("Anacleto"), null));
        assertThat(redactor.spans(text, KnownPersonalData.NONE)).hasSize(2);
        assertThat(textsRead.get() - afterKnown).isEqualTo(3);
    }
    @Test
    void aContactLabelsValueEndsAtTheNextColumnOfItsLine() {
        // a form printed in columns: the second field is the office's, which the commission must read
        assertThat(safetyNet.redact("Domicilio: Calle Fresno 41 int. 3        Tel. de la oficina: Centro de Salud Tlacotal"))
                .isEqualTo("Domicilio: [dato personal]        Tel. de la oficina: Centro de Salud Tlacotal");
        // a personal field in the next column is still read as one
        assertThat(safetyNet.redact("Tel: 55 2840 1937     Domicilio: Privada Nogal 12, Col. Arenal"))
                .isEqualTo("Tel: [dato personal]     Domicilio: [dato personal]");
    }

    @Test
    void aContactLabelsValueEndsWhereItsSentenceDoes() {
        assertThat(safetyNet.redact("Clave de elector: MRLSJC81020315H200. Lo llevaron al Hospital General Xoco."))
                .isEqualTo("Clave de elector: [dato personal]. Lo llevaron al Hospital General Xoco.");
        assertThat(safetyNet.redact("Mi cel por si no contesto el correo: 55-55-55-48-14. Dejé la llave en la Biblioteca Zarco."))
                .isEqualTo("Mi cel por si no contesto el correo: [dato personal]. Dejé la llave en la Biblioteca Zarco.");
        // an abbreviation inside an address is no sentence end
        assertThat(safetyNet.redact("Domicilio: Av. Universidad 1200, Col. Xoco")).isEqualTo("Domicilio: [dato personal]");
    }

    @Test
    void anAddressSpeltOutInWordsIsRemovedButASentenceWithPuntoOrEnStaysReadable() {
        assertThat(safetyNet.redact("Mándenme fotos: cleotilde punto vargas en buzon punto mx y gracias."))
                .isEqualTo("Mándenme fotos: [dato personal] y gracias.");
        assertThat(safetyNet.redact("o a rigo_ayala arroba vecinal punto org punto mx"))
                .isEqualTo("o a [dato personal]");
        String readable = "Llegamos en punto de las nueve en la escuela y el acta quedó en orden punto por punto.";
        assertThat(safetyNet.redact(readable)).isEqualTo(readable);
    }
}
