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
    void aLongRowIsReadInOnePass() {
        String row = "|" + " x |".repeat(200_000) + "\n";
        assertThat(TableRows.asLabels(row)).hasSameSizeAs(row);
    }
}
