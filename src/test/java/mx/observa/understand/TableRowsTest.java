package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableRowsTest {

    @Test
    void aPipeTableIsReadAsItemsWithTheirAnswers() {
        String table = """
                | # | Pregunta | Respuesta | Nota |
                |---|---|---|---|
                | 4 | Propaganda a menos de 50 metros | NO | |
                | 5 | Material completo | SÍ | faltó un marcador |
                """;
        String read = TableRows.asLabels(table);
        assertThat(read).hasSameSizeAs(table);
        assertThat(read.lines().map(String::strip).toList()).containsExactly("", "",
                "4.  Propaganda a menos de 50 metros:  NO", "5.  Material completo:  SÍ   faltó un marcador");
    }

    @Test
    void aTableWithoutANumberColumnAndTextWithoutTablesAreLeftAsTheyAre() {
        assertThat(TableRows.asLabels("| Rampa | NO |\n").strip()).isEqualTo("Rampa:  NO");
        assertThat(TableRows.asLabels("La fila | iba rápido\n")).isEqualTo("La fila | iba rápido\n");
    }

    @Test
    void rowsWrittenWithoutOuterPipesAreATableWhenThereAreSeveral() {
        String table = """
                Cargo | Nombre | Observaciones
                Responsable | Eréndira Zamudio | llegó 8:30
                Secretario | Rubén Galindo | suplente

                Suplente general | Hipólito Cázares | no se presentó
                Inicio | Mis informes | Ayuda | Salir
                """;
        String read = TableRows.asLabels(table);
        assertThat(read).hasSameSizeAs(table);
        assertThat(read.lines().map(s -> s.strip().replaceAll("\\s+", " ")).toList()).as("the header names the columns; "
                        + "one blank line does not end the table; a menu on one line is no table")
                .containsExactly("", "Responsable: Eréndira Zamudio llegó 8:30", "Secretario: Rubén Galindo suplente", "",
                        "Suplente general: Hipólito Cázares no se presentó", "Inicio | Mis informes | Ayuda | Salir");
    }

    @Test
    void aHeadingThatNamesWhatItsColumnHoldsIsNoRow() {
        String table = """
                Turno | Lugar asignado a la brigada | Observación de la brigada en su turno
                Mañana | Entrada norte | Abrieron a las 9:10 con las tres personas.
                Tarde | Entrada sur | La fila llegó a la esquina.
                """;
        assertThat(TableRows.asLabels(table).lines().map(String::strip).toList()).as("the first row names the columns")
                .first().isEqualTo("");
        String noHeader = """
                Presidenta | Llegó tarde y sin el acta de la jornada | Sustituida
                Secretario | Atendió bien a la fila toda la mañana | Presente
                """;
        assertThat(TableRows.asLabels(noHeader).lines().map(String::strip).toList()).as("a first row that tells what happened")
                .first().asString().contains("Llegó tarde");
    }

    @Test
    void rowsExtractedItemByItemWithABlankLineBetweenThemAreStillATable() {
        String table = """
                \tAspecto | Puntos | Lo que vi

                \tApertura | 2 | abrieron a las 9:40 porque no llegaba la llave

                \tMaterial | 4 | todo completo y en buen estado
                """;
        String read = TableRows.asLabels(table);
        assertThat(read).hasSameSizeAs(table);
        assertThat(read.lines().map(s -> s.strip().replaceAll("\\s+", " ")).toList()).as("a list's items extracted with a "
                        + "blank line between them: the first row is a header only because the row after the blank line matches it")
                .containsExactly("", "", "Apertura: 2 abrieron a las 9:40 porque no llegaba la llave", "",
                        "Material: 4 todo completo y en buen estado");
    }

    @Test
    void aLongRowIsReadInOnePass() {
        String row = "|" + " x |".repeat(200_000) + "\n";
        assertThat(TableRows.asLabels(row)).hasSameSizeAs(row);
    }

    @Test
    void aCsvExportsCellsComeWithTheirColumnsHeader() {
        String csv = "Fecha;Alcaldía;Instalación;Comentarios\n01/05/2022;Tlalpan;\"Abrió tarde; a las 9:40\";\n"
                + "01/05/2022;Tlalpan;A tiempo;\"Dijo \"\"ya voté\"\"\nen voz alta\"\n";
        List<TableRows.Cell> cells = TableRows.csvCells(csv);
        assertThat(cells).extracting(TableRows.Cell::header).containsExactly("Fecha", "Alcaldía", "Instalación", "Fecha",
                "Alcaldía", "Instalación", "Comentarios");
        assertThat(cells).extracting(c -> csv.substring(c.start(), c.end())).as("inside the quotes; a quoted cell keeps its "
                        + "separators and line breaks; an empty cell is none")
                .containsExactly("01/05/2022", "Tlalpan", "Abrió tarde; a las 9:40", "01/05/2022", "Tlalpan", "A tiempo",
                        "Dijo \"\"ya voté\"\"\nen voz alta");
    }

    @Test
    void textThatIsNoExportHasNoCells() {
        assertThat(TableRows.csvCells("La mesa abrió tarde, a las 9:40, sin mampara, sin urna.\nLuego vino la policía, revisó, se fue, volvió.\n"))
                .as("sentences").isNull();
        assertThat(TableRows.csvCells("Fecha,Alcaldía,Instalación,Comentarios\n01/05/2022,Tlalpan,A tiempo\n"))
                .as("a row with fewer cells than columns").isNull();
        assertThat(TableRows.csvCells("Fecha,Alcaldía\n01/05/2022,Tlalpan\n")).as("two columns").isNull();
        assertThat(TableRows.csvCells("Fecha,Alcaldía,Instalación,Comentarios\n\"01/05/2022,Tlalpan,A tiempo,bien\n"))
                .as("a quote left open").isNull();
    }

    @Test
    void aChecklistWithAnswerColumnsIsLeftForItsRowsToBeReadWithTheMarkedColumn() {
        String table = """
                | Punto | Sí | No | N/A | Nota |
                |---|---|---|---|---|
                | Mampara de espaldas a la pared | ✔ | | | |
                | Rampa o acceso sin escalones | | x | | dos escalones |
                | Intérprete de señas | | | X | |
                """;
        assertThat(TableRows.asLabels(table)).as("left as written").isEqualTo(table);
        var rows = TableRows.checklist(table);
        assertThat(rows.values().stream().filter(r -> !r.header()).map(TableRows.ChecklistRow::reading).toList())
                .containsExactlyInAnyOrder("Mampara de espaldas a la pared: Sí", "Rampa o acceso sin escalones: No. dos escalones",
                        "Intérprete de señas: N/A");
        assertThat(rows.values().stream().filter(TableRows.ChecklistRow::header).count()).as("header and rule").isEqualTo(2);
    }

    @Test
    void aTableWithoutAYesAndANoColumnIsNoChecklist() {
        assertThat(TableRows.checklist("Cargo | Sí | Nombre\nResponsable | X | Ana\n")).isEmpty();
        assertThat(TableRows.checklist("Hora | Lugar | Nota\n9:00 | patio | abrió\n")).isEmpty();
    }
}
