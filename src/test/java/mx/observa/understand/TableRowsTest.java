package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aLongRowIsReadInOnePass() {
        String row = "|" + " x |".repeat(200_000) + "\n";
        assertThat(TableRows.asLabels(row)).hasSameSizeAs(row);
    }
}
