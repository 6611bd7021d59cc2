package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.Channel;
import mx.observa.model.RejectedSubmission;
import mx.observa.support.TestHome;

class CsvRowsTest {

    @TempDir
    Path tmp;

    private final CsvRows rows = new CsvRows(CsvColumns.load(TestHome.projectRoot().resolve("config/csv-columnas.yaml")));

    private List<Part> read(String name, byte[] content) throws Exception {
        Path file = Files.write(tmp.resolve(name), content);
        List<Part> parts = new ArrayList<>();
        try (CsvRows.Rows r = rows.rows(file, name, "entrega@example.org")) {
            r.forEachRemaining(parts::add);
        }
        return parts;
    }

    private static String html(Part p) {
        return new String((byte[]) p.content(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Charset cs, boolean bom, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.write(text.getBytes(cs));
        return out.toByteArray();
    }

    @Test
    void googleFormsExportWithBomCommasAndAMultiLineAnswerGivesOneReportPerRow() throws Exception {
        String csv = """
                Marca temporal,Dirección de correo electrónico,Nombre completo,Alcaldía,Distrito local,¿Se instaló la mesa a tiempo?,Describa lo observado
                2022/05/01 10:15:00 a. m. GMT-5,ana@example.org,Ana Pérez,Iztapalapa,24,Sí,"Llegaron las boletas tarde.

                La mesa abrió a las 10:00, con ""retraso""."
                2022/05/01 11:00:00 a. m. GMT-5,luis@example.org,Luis Ñúñez,coyoacan,XXX,No,Faltaron mamparas.
                ,,,,,,
                """;
        List<Part> parts = read("respuestas.csv", bytes(StandardCharsets.UTF_8, true, csv));

        assertThat(parts).hasSize(2);
        Part ana = parts.get(0);
        assertThat(ana.name()).isEqualTo("respuestas.csv, fila 2");
        assertThat(ana.channel()).isEqualTo(Channel.CSV);
        assertThat(ana.sender()).isEqualTo("ana@example.org");
        assertThat(ana.declared()).containsEntry("nombre", "Ana Pérez").containsEntry("alcaldia", "Iztapalapa")
                .containsEntry("distrito", "24").containsEntry("correo", "ana@example.org").containsEntry("fila", "2");
        assertThat(html(ana))
                .contains("<meta name=\"observa:nombre\" content=\"Ana Pérez\">")
                .contains("<meta name=\"observa:dato\" content=\"Marca temporal: 2022/05/01 10:15:00 a. m. GMT-5\">")
                .contains("<p><strong>¿Se instaló la mesa a tiempo?</strong> Sí</p>")
                .contains("<p>Llegaron las boletas tarde.</p>")
                .contains("con &quot;retraso&quot;.")
                .doesNotContain("fila");
        assertThat(parts.get(1).name()).isEqualTo("respuestas.csv, fila 3");
        assertThat(parts.get(1).declared()).containsEntry("nombre", "Luis Ñúñez").containsEntry("distrito", "XXX");
    }

    @Test
    void latin1SemicolonExportFromKoboWithGroupPathsIsReadWithItsAccents() throws Exception {
        String csv = "start;end;datos_generales/alcaldia;datos_generales/mro;Observaciones;_index;_uuid\r\n"
                + "2022-05-01T09:00;2022-05-01T18:00;Álvaro Obregón;M-03;La votación transcurrió sin incidentes y con buena participación.;1;a1b2\r\n";
        List<Part> parts = read("kobo.csv", bytes(Charset.forName("windows-1252"), false, csv));

        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.declared()).containsEntry("alcaldia", "Álvaro Obregón").containsEntry("mro", "M-03");
            assertThat(html(p)).contains("<p>La votación transcurrió sin incidentes y con buena participación.</p>")
                    .contains("content=\"_uuid: a1b2\"")
                    .doesNotContain("_index");
            assertThat(p.sender()).isEqualTo("entrega@example.org");
        });
    }

    @Test
    void tabSeparatedExportIsDetected() throws Exception {
        String csv = "Id\tNombre\tCorreo electrónico\tTexto del informe\n7\tMarta\tmarta@example.org\tSe cerró la mesa a las 17:00.\n";
        List<Part> parts = read("forms.tsv", bytes(StandardCharsets.UTF_8, false, csv));
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.declared()).containsEntry("nombre", "Marta");
            assertThat(html(p)).contains("Se cerró la mesa a las 17:00.");
        });
    }

    @Test
    void theSameRowRendersTheSameBytesWhateverItsPositionAndARowWithoutAnswersIsRefused() throws Exception {
        String header = "Marca temporal,Nombre,Alcaldía,Informe\n";
        String row = "2022/05/02,Ana,Tlalpan,Todo en orden en la mesa.\n";
        List<Part> first = read("a.csv", bytes(StandardCharsets.UTF_8, false, header + row));
        List<Part> later = read("b.csv", bytes(StandardCharsets.UTF_8, false,
                header + "2022/05/01,Eva,Tlalpan,Otra cosa.\n" + row + "2022/05/03,Sin texto,Tlalpan,\n"));

        assertThat(later).hasSize(3);
        assertThat((byte[]) later.get(1).content()).isEqualTo((byte[]) first.get(0).content());
        assertThat(later.get(1).declared()).containsEntry("fila", "3");
        assertThat(later.get(2).problem()).isEqualTo("La fila no tiene respuestas ni texto del informe.");
        assertThat(new String((byte[]) later.get(2).content(), StandardCharsets.UTF_8)).contains("content=\"Sin texto\"");
        assertThat(later.get(2).declared()).containsEntry("fila", "4");
    }

    @Test
    void anUnclosedQuoteStopsWithTheRowWhereReadingFailed() throws Exception {
        String csv = "Nombre,Informe\nAna,Todo bien.\nLuis,\"Empieza y nunca termina\n";
        Path file = Files.writeString(tmp.resolve("cortado.csv"), csv);
        try (CsvRows.Rows r = rows.rows(file, "cortado.csv", null)) {
            assertThat(r.next().name()).isEqualTo("cortado.csv, fila 2");
            assertThatThrownBy(r::hasNext).isInstanceOf(RejectedSubmission.class)
                    .hasMessageStartingWith("El archivo CSV no se pudo leer después de la fila 2");
        }
    }

    @Test
    void theCellsThatNameSomeoneInAnyRowTravelWithEveryRowButAPlaceOrASentenceDoNot() throws Exception {
        String csv = """
                BITÁCORA DE ENTREGA,,
                Encargada del paquete,Herminia Cuautle Zárate,h.cuautle@correo.example
                Material,Entregó,Comentario
                Boletas,H. Cuautle,Llegaron completas
                Crayones,Herminia,La caja venía abierta
                Sellos,"Cuautle Zárate, Herminia",Los trajo la Ing. Olegaria Tepox
                Tinta,Ing. Olegaria Tepox,Cierre y conteo
                Lugar,Deportivo Plan Sexenal,
                """;
        List<Part> parts = read("bitacora.csv", bytes(StandardCharsets.UTF_8, false, csv));
        assertThat(parts).hasSize(7).allSatisfy(p -> assertThat(mx.observa.model.DeclaredField.people(p.declared()))
                .contains("Herminia Cuautle Zárate", "h.cuautle@correo.example", "H. Cuautle", "Cuautle Zárate, Herminia",
                        "Olegaria Tepox")
                .doesNotContain("Llegaron completas", "La caja venía abierta", "Encargada del paquete", "Herminia",
                        "Cierre y conteo", "Los trajo la Ing. Olegaria Tepox"));
        // the rendering shows the row's own cells only: who a delivery names is for the detector, not for a reader
        assertThat(html(parts.get(1))).doesNotContain("Herminia Cuautle Zárate");
    }

    @Test
    void aNameAfterALongerOrCapitalizedTitleTravelsWithoutIt() {
        assertThat(CsvRows.namesIn("Profra. Leticia Arvizu Moll")).containsExactly("Leticia Arvizu Moll");
        assertThat(CsvRows.namesIn("MTRA. CANDELARIA OSUNA")).containsExactly("CANDELARIA OSUNA");
        assertThat(CsvRows.namesIn("Licda. Paz Ordóñez")).containsExactly("Paz Ordóñez");
        // an abbreviation that is the whole cell but one word is no title before a name
        assertThat(CsvRows.namesIn("Profra. Arvizu")).containsExactly("Profra. Arvizu");
    }

    @Test
    void theNamesOfAListCellTravelWithEveryRowEachAsAPersonOfItsOwn() throws Exception {
        String csv = """
                Hora,Quiénes,Nota
                8:30,"Odilia Carranco, Baltazar Meneses y Fidela Urquiza",llegaron a tiempo
                9:00,"MENESES ROBLEDO, ANACLETO; URQUIZA, REBECA",
                17:00,Boletas y actas,"Contaron los votos, sin incidentes"
                """;
        List<Part> parts = read("brigada.csv", bytes(StandardCharsets.UTF_8, false, csv));
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(mx.observa.model.DeclaredField.people(p.declared()))
                .contains("Odilia Carranco", "Baltazar Meneses", "Fidela Urquiza", "MENESES ROBLEDO, ANACLETO",
                        "URQUIZA, REBECA")
                .doesNotContain("Odilia Carranco, Baltazar Meneses y Fidela Urquiza", "Boletas y actas",
                        "Contaron los votos", "sin incidentes"));
    }

    @Test
    void aNameWrittenSurnamesFirstIsOneNameNotAList() {
        assertThat(CsvRows.namesIn("Cuautle Zárate, Herminia")).containsExactly("Cuautle Zárate, Herminia");
        assertThat(CsvRows.namesIn("Ortega y Gasset")).containsExactly("Ortega y Gasset");
        assertThat(CsvRows.namesIn("Acompañaron: Abigail Ruvalcaba, Kenia Peralta")).containsExactly("Kenia Peralta");
        assertThat(CsvRows.namesIn("Cierre y conteo")).isEmpty();
    }

    @Test
    void aFormExportedSidewaysIsOneReportWhoseValuesKeepTheirLabels() throws Exception {
        String csv = """
                FICHA DEL VOLUNTARIO,Brigada vecinal de la cuadra
                Datos de quien llena,,
                Nombre completo,Rosendo Ibarra Quiñones
                Domicilio,"Privada Los Fresnos 12, col. El Mirador"
                Teléfono,55 1234 0000,sólo en las tardes
                ¿Qué pasó en la mesa?,Abrieron tarde porque no llegaba quien tenía la llave
                Firma,R. I. Q.
                """;
        List<Part> parts = read("ficha.csv", bytes(StandardCharsets.UTF_8, true, csv));
        assertThat(parts).hasSize(1);
        Part form = parts.getFirst();
        assertThat(form.name()).isEqualTo("ficha.csv");
        assertThat(form.problem()).isNull();
        assertThat(form.declared()).containsEntry("nombre", "Rosendo Ibarra Quiñones").doesNotContainKey("fila");
        assertThat(html(form))
                .contains("<strong>Domicilio:</strong> Privada Los Fresnos 12, col. El Mirador")
                .contains("<strong>Teléfono:</strong> 55 1234 0000<br>\nsólo en las tardes")
                .contains("<strong>FICHA DEL VOLUNTARIO:</strong> Brigada vecinal de la cuadra")
                .contains("<strong>¿Qué pasó en la mesa?</strong> Abrieron tarde")
                .contains("<p>Datos de quien llena</p>");
    }

    @Test
    void aFormExportedSidewaysWhoseFirstFieldIsTheNameOfWhoFilledItIsOneReport() throws Exception {
        String csv = """
                Nombre,Gumaro Tlatoani Vences
                Domicilio,"Cerrada del Ocote 4, barrio La Asunción"
                Celular,55 4321 0000
                Lo que vi,Faltó una mampara y la fila se hizo larga
                """;
        List<Part> parts = read("mi_hoja.csv", bytes(StandardCharsets.UTF_8, false, csv));
        assertThat(parts).hasSize(1);
        assertThat(parts.getFirst().declared()).containsEntry("nombre", "Gumaro Tlatoani Vences");
        assertThat(html(parts.getFirst())).contains("<strong>Domicilio:</strong> Cerrada del Ocote 4, barrio La Asunción");
        // the same label heading a wide export: its row is a header, each row under it a record
        String wide = """
                Nombre,Correo,Comentario
                Gumaro Tlatoani Vences,gumaro@correo.example,Faltó una mampara
                Itzel Cuautle Ramos,itzel@correo.example,Todo bien
                Primitivo Sosa Lara,primi@correo.example,Abrió tarde
                """;
        assertThat(read("ancho_nombres.csv", bytes(StandardCharsets.UTF_8, false, wide))).hasSize(3);
        // and beside a question it is a header too: the names below key the records
        String asked = """
                Nombre,Qué pasó
                Gumaro Tlatoani Vences,Faltó una mampara
                Itzel Cuautle Ramos,Todo bien
                Primitivo Sosa Lara,Abrió tarde
                """;
        assertThat(read("preguntado.csv", bytes(StandardCharsets.UTF_8, false, asked))).hasSize(3);
    }

    @Test
    void aTableKeyedByHourPersonNumberOrRepeatedValueKeepsOneReportPerRow() throws Exception {
        String hours = """
                Hora,Qué pasó
                9:00,Abrieron con todo el material
                11:30,Se fue la luz media hora
                16:00,Cerraron y contaron
                """;
        assertThat(read("bitacora.csv", bytes(StandardCharsets.UTF_8, false, hours))).hasSize(3);
        String people = """
                Quién,Qué dijo
                Amalia Cortés Reyna,Que la fila avanzaba lento
                Teodoro Salinas,Que faltaba una mampara
                Rebeca Ugalde,Que todo bien
                """;
        assertThat(read("testimonios.csv", bytes(StandardCharsets.UTF_8, false, people))).hasSize(3);
        String numbered = """
                Casilla,Comentario
                Mesa 1,Abrió a tiempo
                Mesa 2,Abrió tarde
                Mesa 3,No abrió
                """;
        assertThat(read("mesas.csv", bytes(StandardCharsets.UTF_8, false, numbered))).hasSize(3);
        String repeated = """
                Lugar,Comentario
                Deportivo,Abrió a tiempo
                Deportivo,Faltó la urna
                Mercado,Sin novedad
                """;
        assertThat(read("lugares.csv", bytes(StandardCharsets.UTF_8, false, repeated))).hasSize(3);
        String known = """
                Alcaldía,Comentario
                Tlalpan,Abrió a tiempo
                Coyoacán,Faltó la urna
                Iztacalco,Sin novedad
                """;
        assertThat(read("alcaldias.csv", bytes(StandardCharsets.UTF_8, false, known))).hasSize(3);
        String wide = """
                Lugar,Apertura,Material,Cierre,Comentario
                Deportivo,9:00,completo,17:00,sin novedad
                Mercado,9:30,faltó urna,17:10,llovió
                Escuela,9:00,completo,17:00,todo bien
                """;
        assertThat(read("ancho.csv", bytes(StandardCharsets.UTF_8, false, wide))).hasSize(3);
    }

    @Test
    void aFormWithANoteBesideEveryValueIsOneReportWhenItsHeaderSaysTheFirstColumnHoldsTheLabels() throws Exception {
        String csv = """
                Respuestas de la coordinación,,
                Pregunta,Respuesta,Comentario
                Lugar,Explanada del mercado,bajo la lona
                Apertura,9:20,"tarde, faltaba la urna"
                Funcionarios,Completos,uno llegó con su hijo
                """;
        assertThat(read("respuestas.csv", bytes(StandardCharsets.UTF_8, false, csv))).singleElement()
                .satisfies(p -> assertThat(html(p)).contains("<strong>Apertura:</strong> 9:20<br>\ntarde, faltaba la urna"));
        String table = """
                Material,Entregó,Comentario
                Boletas,Presidenta,completas
                Urna,Secretario,con el sello roto
                Mamparas,Presidenta,dos
                """;
        assertThat(read("material.csv", bytes(StandardCharsets.UTF_8, false, table))).hasSize(3);
    }

    @Test
    void theDeliveredFormsOfTheLabelledSetsAreOneReportAndTheirLogsAndInventoriesOneReportPerRow() throws Exception {
        Path resources = TestHome.projectRoot().resolve("src/test/resources");
        for (String form : List.of("privacidad-ciega-27/17_solicitud_de_empleo_solicitante.csv",
                "privacidad-ciega-23/13_formulario_contadora_datos.csv", "evaluacion-ciega-26/14_ao_galeana_formulario_cohetero.csv")) {
            assertThat(read("forma.csv", Files.readAllBytes(resources.resolve(form)))).as(form).hasSize(1);
        }
        for (String table : List.of("evaluacion-ciega-10/16_ao_tejocote_bitacora_brigada.csv",
                "privacidad-ciega-13/09_inventario_responsables.csv", "evaluacion-ciega-25/09_izc_infonavit_ii_almanaque_agricola.csv")) {
            assertThat(read("tabla.csv", Files.readAllBytes(resources.resolve(table)))).as(table).hasSizeGreaterThan(3);
        }
    }
}
