package mx.observa.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import mx.observa.model.DeclaredField;

/**
 * One form exported sideways: a CSV whose rows are «label, value» pairs of a single form («Domicilio,"Calle …"»,
 * «Teléfono,55 …»), the way a spreadsheet template or a form tool's «export this response» writes it. Read row by row,
 * such a file becomes as many one-line reports as it has fields, and each value loses the label that says what it is
 * (an address no longer follows «Domicilio»); read as the same form exported wide — one row whose headers are the
 * labels — it is one report with its questions and answers, which is what the sender delivered and what the receipt
 * should count.
 *
 * <p>What makes a list of rows a list of fields is its first column: every row's first cell is a label — short, not
 * a number or an hour, never the same label twice, and seldom a person's name or a numbered thing — and no row holds
 * more than a label, a value and a note; notes beside most values make a table («Material, Entregó, Comentario»)
 * unless a header says the first column holds the labels («Pregunta, Respuesta, Comentario», {@code rotulos} in
 * {@code config/csv-columnas.yaml}). A file keyed by hour («8:30», «9:00»), by a numbered thing («Mesa 1», «Mesa
 * 2»), by person or by a repeated value («Tlalpan», «Tlalpan») is a table of many records and keeps one report per
 * row, as does an export whose first header names a column Observa knows («Alcaldía», «Correo», «Marca temporal») —
 * unless it is a person's label with a name beside it («Nombre,María López»): that is the form's first field.
 */
final class SidewaysForm {

    /** A form has a few dozen fields; a longer list is a table. */
    private static final int MAX_FIELDS = 80;
    private static final int MIN_ROWS = 3;
    /** A label is a few words («Fecha de nacimiento / CURP»); a longer first cell is an answer or a sentence. */
    private static final int MAX_LABEL = 80;
    /** Label, value and at most one note («Campo, Respuesta, Observaciones»). */
    private static final int MAX_CELLS = 3;
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^\\p{N}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\p{N}");

    /** One field of the form: its label and what was written beside it. */
    record Field(String label, String value) {
    }

    private SidewaysForm() {
    }

    /**
     * The fields of the file when it is one form written sideways, in order.
     *
     * @param records every row of the file, the first one included (in a sideways form it is a field too), each as its
     *                cells
     */
    static Optional<List<Field>> fields(List<List<String>> records, CsvColumns columns) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> record : records) {
            List<String> cells = trimmed(record);
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (rows.size() < MIN_ROWS || rows.size() > MAX_FIELDS) {
            return Optional.empty();
        }
        if (!(columns.roleOf(rows.getFirst().getFirst()) instanceof CsvColumns.Question) && !personBesideTheirLabel(rows.getFirst(), columns)) {
            return Optional.empty();
        }
        // a note beside a few values is a form's; a third column on most rows is a table's, unless a header says the
        // first column holds the labels («Pregunta,Respuesta,Comentario»)
        long withNote = rows.stream().filter(row -> row.size() > 2).count();
        boolean labelColumn = rows.stream().anyMatch(row -> row.size() > 1 && columns.namesLabelColumn(row.getFirst()));
        if (withNote * 4 > rows.size() && !labelColumn) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        int recordKeys = 0;
        boolean anyValue = false;
        for (List<String> row : rows) {
            String label = row.getFirst();
            if (row.size() > MAX_CELLS || !isLabel(label) || !seen.add(CsvColumns.key(label))) {
                return Optional.empty();
            }
            if (isRecordKey(label)) {
                recordKeys++;
            }
            anyValue |= row.size() > 1;
        }
        // a title or a label in capitals may read as a name, and a label may hold a number («Calle y número 2»), but a
        // first column mostly of names or numbered things keys records: «Gregoria Llamas», «Mesa 1», «Mesa 2»…
        if (!anyValue || recordKeys * 4 > rows.size()) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        for (List<String> row : rows) {
            fields.add(new Field(row.getFirst(), String.join("\n", row.subList(1, row.size()))));
        }
        return Optional.of(fields);
    }

    /**
     * A first row that is the form's first field though its label is a column Observa knows: a person's label with a
     * person's name beside it («Nombre,María López»). A wide export's header names a second column there («Nombre,Correo»,
     * «Nombre,Qué pasó»), never a person.
     */
    private static boolean personBesideTheirLabel(List<String> first, CsvColumns columns) {
        return first.size() >= 2
                && columns.roleOf(first.getFirst()) instanceof CsvColumns.Declared declared && declared.field() == DeclaredField.NOMBRE
                && columns.roleOf(first.get(1)) instanceof CsvColumns.Question
                && !CsvRows.namesIn(first.get(1)).isEmpty();
    }

    /** Short, and not a number, a date or an hour. */
    private static boolean isLabel(String cell) {
        return !cell.isEmpty() && cell.length() <= MAX_LABEL && !STARTS_WITH_DIGIT.matcher(cell).find();
    }

    /** A first cell that names a record rather than a field: a person's name, or a thing with its number. */
    private static boolean isRecordKey(String cell) {
        return HAS_DIGIT.matcher(cell).find() || !CsvRows.namesIn(cell).isEmpty();
    }

    /** The cells stripped, the empty ones at the end dropped; an empty first cell keeps its place. */
    private static List<String> trimmed(List<String> record) {
        List<String> cells = new ArrayList<>();
        for (String cell : record) {
            cells.add(cell == null ? "" : cell.strip());
        }
        while (!cells.isEmpty() && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        // a note column left empty in the middle: «Domicilio,,» is a label without a value, still a field
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (i == 0 || !cells.get(i).isEmpty()) {
                kept.add(cells.get(i));
            }
        }
        return kept;
    }
}
