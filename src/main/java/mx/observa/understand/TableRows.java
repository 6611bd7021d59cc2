package mx.observa.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import mx.observa.text.CsvDelimiter;
import mx.observa.text.Folding;

/**
 * A table written with pipes, as text exports and forms pasted into mail write them ("| 3 | Material completo |
 * SÍ | |"), read as the questionnaire it is: each row becomes "item: answer notes" — its first cell that is only a
 * number stays as the item's number, the cell after the item is its answer — so the row is judged like a form's
 * label and its answer. The header row (the one above the "|---|---|" rule) and the rule itself become blank. Same
 * length as the input, so offsets still point into the report; one pass over the text. A checklist whose columns
 * are the answers ("Pregunta | Sí | No | Observaciones", a mark under one of them) is left as it is: its rows are
 * read by {@link #checklist}.
 */
final class TableRows {

    private static final Pattern RULE = Pattern.compile("^[\\s|:\\-+=]*$");
    private static final int MIN_PIPES = 3;
    /** A questionnaire export has a column per question: fewer, and a line of prose with commas could pass for one. */
    private static final int MIN_CSV_COLUMNS = 4;
    /** A column header names a field or asks a question; longer, the line is prose. */
    private static final int MAX_HEADER_WORDS = 20;

    /**
     * One answer of a questionnaire export written as CSV text: the column's header and where the cell's value is
     * in the text (inside its quotes).
     */
    record Cell(String header, int start, int end) {
    }

    /**
     * A row of a checklist whose columns are its answers ("1. ¿Hubo propaganda? | X | | Cartulinas en los postes"
     * under "Pregunta | Sí | No | Observaciones"), or its header row.
     *
     * @param lead   the cells before the answer columns, joined ("1. ¿Hubo propaganda?")
     * @param mark   the mark as written ("X"), or "" when no answer column (or more than one) is marked
     * @param answer the header of the marked column ("Sí", "No"), or null
     * @param rest   the cells after the answer columns, joined (the observations)
     */
    record ChecklistRow(boolean header, String lead, String mark, String answer, String rest) {

        /** The row as quoted: its cells without the pipes or the empty answer columns. */
        String text() {
            return String.join(" ", java.util.stream.Stream.of(lead, mark, rest).filter(s -> !s.isBlank()).toList());
        }

        /**
         * The row as read: the mark replaced by the column it is under ("1. ¿Hubo propaganda? Sí. Cartulinas…"), or
         * null when nothing is marked.
         */
        String reading() {
            if (answer == null) {
                return null;
            }
            String said = lead.strip().endsWith("?") ? lead.strip() + " " + answer : lead.strip() + ": " + answer;
            return rest.isBlank() ? said : said + ". " + rest;
        }
    }

    /** How a checklist names the columns a mark answers with. */
    private static final Pattern ANSWER_COLUMN = Pattern.compile(
            "si|no|n/?a|no aplica|no se observo|no observado|parcial(?:mente)?|a veces|regular|bien|mal|cumple|no cumple");
    private static final Pattern YES = Pattern.compile("si|cumple|bien");
    private static final Pattern NO = Pattern.compile("no|no cumple|mal");
    /** A mark in an answer cell: a cross, a tick, a dot. */
    private static final Pattern MARK = Pattern.compile("[xX✓✔☑☒✗✘•●■*]{1,3}");

    private TableRows() {
    }

    /**
     * The rows of the checklists in the text, by the offset their line starts at: a header row naming a column for yes
     * and one for no (and maybe others), and under it rows with as many pipe-separated cells or fewer (the empty
     * trailing ones left out), each with a mark in at most one answer column. A line that does not continue a row
     * (a line without pipes starting in lower case) ends the checklist.
     */
    static Map<Integer, ChecklistRow> checklist(String text) {
        Map<Integer, ChecklistRow> rows = new HashMap<>();
        if (text.indexOf('|') < 0) {
            return rows;
        }
        List<String> header = null;
        List<Integer> answers = List.of();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            List<String> cells = line.indexOf('|') < 0 ? null : cells(line);
            if (header != null && cells != null && RULE.matcher(line).matches()) {
                rows.put(start, new ChecklistRow(true, "", "", null, ""));
            } else if (header != null && cells != null && cells.size() <= header.size() && cells.size() > answers.get(0)) {
                rows.put(start, row(cells, header, answers));
            } else if (header != null && cells == null && (line.isBlank() || Character.isLowerCase(line.strip().charAt(0)))) {
                // a row's text wrapped onto the next line, or a blank line between rows
            } else {
                header = null;
                List<Integer> columns = cells == null ? List.of() : answerColumns(cells);
                if (!columns.isEmpty()) {
                    header = cells;
                    answers = columns;
                    rows.put(start, new ChecklistRow(true, "", "", null, ""));
                }
            }
            start = end + 1;
        }
        return rows;
    }

    /** The cells of a line split at its pipes, without the outer ones. */
    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    /** The answer columns of a header row with a column for yes and one for no, after at least one other; else none. */
    private static List<Integer> answerColumns(List<String> header) {
        List<Integer> answers = new ArrayList<>();
        boolean yes = false;
        boolean no = false;
        for (int i = 0; i < header.size(); i++) {
            String h = Folding.foldLower(header.get(i)).replaceAll("[.:]+$", "").strip();
            if (ANSWER_COLUMN.matcher(h).matches()) {
                answers.add(i);
                yes |= YES.matcher(h).matches();
                no |= NO.matcher(h).matches();
            }
        }
        boolean contiguous = !answers.isEmpty() && answers.get(answers.size() - 1) - answers.get(0) == answers.size() - 1;
        return yes && no && contiguous && answers.get(0) > 0 ? answers : List.of();
    }

    private static ChecklistRow row(List<String> cells, List<String> header, List<Integer> answers) {
        int first = answers.get(0);
        int last = answers.get(answers.size() - 1);
        String mark = "";
        String answer = null;
        int marked = 0;
        for (int i = first; i <= last && i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            marked++;
            if (MARK.matcher(cells.get(i)).matches()) {
                mark = cells.get(i);
                answer = header.get(i);
            }
        }
        if (marked != 1) {
            mark = "";
            answer = null;
        }
        String lead = String.join(" ", cells.subList(0, first).stream().filter(c -> !c.isEmpty()).toList());
        String rest = last + 1 >= cells.size() ? ""
                : String.join(" ", cells.subList(last + 1, cells.size()).stream().filter(c -> !c.isEmpty()).toList());
        return new ChecklistRow(false, lead, mark, answer, rest);
    }

    static String asLabels(String text) {
        if (text.indexOf('|') < 0) {
            return text;
        }
        Map<Integer, ChecklistRow> checklist = checklist(text);
        char[] out = text.toCharArray();
        int start = 0;
        int previousRow = -1; // start of the previous line when it was a table row
        int lastInner = -1; // cells of the last row written without outer pipes, across one blank line
        String before = null; // the line before this one
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (checklist.containsKey(start)) {
                start = end + 1; // read row by row with its answer columns (checklist)
                previousRow = -1;
                lastInner = -1;
                before = line;
                continue;
            }
            int cells = innerCells(line);
            if (cells > 0) {
                boolean inTable = cells == lastInner || innerCells(nextRow(text, end)) == cells;
                if (inTable) {
                    if (lastInner != cells && isHeader(line)) {
                        blank(out, start, end); // "Cargo | Nombre | Observaciones": the names of the columns
                    } else {
                        label(out, start, "|" + line + "|", -1);
                    }
                    lastInner = cells;
                    before = line;
                    start = end + 1;
                    previousRow = -1;
                    continue;
                }
            }
            if (!line.isBlank() || before != null && before.isBlank()) {
                lastInner = -1; // one blank line may part the rows of a table, text ends it
            }
            before = line;
            if (isRow(line)) {
                if (RULE.matcher(line).matches()) {
                    blank(out, start, end);
                    if (previousRow >= 0) {
                        blank(out, previousRow, start - 1); // the header above the rule names the columns
                    }
                } else {
                    label(out, start, line, 0);
                }
                previousRow = start;
            } else {
                previousRow = -1;
            }
            start = end + 1;
        }
        return new String(out);
    }

    /**
     * The line after the one ending at {@code end}, or the one after it when that is blank: one blank line may part
     * the rows of a table (a list of rows extracted item by item).
     */
    private static String nextRow(String text, int end) {
        String next = "";
        for (int line = 0, from = end; line < 2 && from < text.length(); line++) {
            int nextEnd = text.indexOf('\n', from + 1);
            next = text.substring(from + 1, nextEnd < 0 ? text.length() : nextEnd);
            if (!next.isBlank()) {
                return next;
            }
            from = nextEnd < 0 ? text.length() : nextEnd;
        }
        return next;
    }

    private static boolean isRow(String line) {
        String s = line.strip();
        return s.length() > 1 && s.charAt(0) == '|' && s.charAt(s.length() - 1) == '|'
                && s.chars().filter(c -> c == '|').count() >= MIN_PIPES;
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to && i < out.length; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }

    /**
     * The cells of a row written without outer pipes ("Responsable | Eréndira Zamudio | llegó 8:30"), or 0: at
     * least three cells, none empty, none a long sentence — not a site's menu on one line (a table has rows).
     */
    private static int innerCells(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.charAt(0) == '|' || s.charAt(s.length() - 1) == '|') {
            return 0;
        }
        String[] cells = s.split("\\s\\|\\s", -1);
        if (cells.length < MIN_PIPES) {
            return 0;
        }
        for (String c : cells) {
            if (c.isBlank() || c.contains("|")) {
                return 0;
            }
        }
        return cells.length;
    }

    /**
     * A first row of names without figures: the column headings. A name of a few words ("Cargo", "Valor nominal"), or a
     * longer one that names what the column holds without saying what happened: no verb ("Valor medido en uso",
     * "Motivo de la compra"), no sentence's end.
     */
    private static boolean isHeader(String line) {
        for (String cell : line.strip().split("\\s\\|\\s")) {
            String c = cell.strip();
            int words = c.split("\\s+").length;
            if (c.matches(".*\\d.*") || !Character.isUpperCase(c.codePointAt(0))) {
                return false;
            }
            boolean namesTheColumn = words <= 3 || words <= HEADER_WORDS && !c.matches(".*[.;:!?]$")
                    && Segmenter.verbless(c);
            if (!namesTheColumn) {
                return false;
            }
        }
        return true;
    }

    /** The most words of a column's heading that names what the column holds. */
    private static final int HEADER_WORDS = 7;

    /**
     * "| 3 | Item | SÍ | nota |" → "  3.  Item:  SÍ   nota  ": a numbered item, a label and its answer.
     *
     * @param shift where the line's characters are in {@code line} relative to {@code start}: -1 when the outer
     *              pipes were added to a row written without them
     */
    private static void label(char[] out, int start, String line, int shift) {
        String[] cells = line.strip().split("\\|", -1); // "", " 3 ", " Item ", " SÍ ", " nota ", ""
        boolean numbered = cells.length > 2 && cells[1].strip().matches("#?\\d{1,3}[.)]?");
        int numberPipe = numbered ? 2 : -1; // the pipe after the number, counted from 1
        int answerPipe = numbered ? 3 : 2; // the pipe that opens the answer cell
        int base = start + shift;
        int pipe = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != '|') {
                continue;
            }
            pipe++;
            if (shift == 0 || i > 0 && i < line.length() - 1) {
                out[base + i] = ' ';
            }
            if (pipe == numberPipe) {
                markAfterText(out, base, i, '.');
            } else if (pipe == answerPipe && pipe < cells.length - 1) {
                markAfterText(out, base, i, ':');
            }
        }
    }

    /** Writes {@code mark} on the blank just after the cell's last character before the pipe at {@code pipe}. */
    private static void markAfterText(char[] out, int start, int pipe, char mark) {
        int i = start + pipe - 1;
        while (i > start && out[i] == ' ') {
            i--;
        }
        if (i + 1 < start + pipe && out[i] != ' ' && out[i] != '\n') {
            out[i + 1] = mark;
        }
    }

    /**
     * The answer cells of a text that is a questionnaire export in CSV (Google Forms, KoboToolbox): a header line of
     * at least {@value #MIN_CSV_COLUMNS} short column names, separated by commas, semicolons or tabs, and below it
     * only records with exactly as many cells (quoted cells may hold separators, doubled quotes and line breaks).
     * Each non-empty cell of each record, with its column's header, in order; null when the text is not such a table.
     * A row is several answers, each its own finding, not one passage.
     */
    static List<Cell> csvCells(String text) {
        CsvText csv = CsvText.of(text);
        if (csv == null || csv.records().size() < 2) {
            return null;
        }
        char delimiter = csv.delimiter();
        List<List<int[]>> records = csv.records();
        List<String> headers = new ArrayList<>();
        for (int[] h : records.get(0)) {
            String header = text.substring(h[0], h[1]).strip();
            if (header.isEmpty() || Boilerplate.words(header) > MAX_HEADER_WORDS || header.indexOf('\n') >= 0
                    || header.matches(".*[.!;]$") || headers.contains(header)) {
                return null; // a sentence, or the same name twice: prose with commas, not the names of columns
            }
            headers.add(header);
        }
        if (headers.size() < MIN_CSV_COLUMNS) {
            return null;
        }
        boolean quoted = records.subList(1, records.size()).stream().flatMap(List::stream).anyMatch(c -> c[2] == 1);
        if (delimiter == ',' && records.size() < 3 && !quoted) {
            return null; // two lines with as many commas and nothing quoted: as likely prose as one answered row
        }
        List<Cell> cells = new ArrayList<>();
        for (List<int[]> record : records.subList(1, records.size())) {
            if (record.size() != headers.size()) {
                return null;
            }
            for (int i = 0; i < record.size(); i++) {
                int[] c = record.get(i);
                if (!text.substring(c[0], c[1]).isBlank()) {
                    cells.add(new Cell(headers.get(i), c[0], c[1]));
                }
            }
        }
        return cells;
    }

    /**
     * The answers of a sheet of two columns, a question or a field's name and its answer, saved as CSV ("Pregunta,
     * Respuesta del observador" / "¿Material completo?,No. Urna sin etiqueta…"): each answer cell with the question
     * beside it as its header, in order; null when the text is not such a sheet. At least {@value #MIN_TABLE_ROWS}
     * rows of exactly two cells (quoted cells may hold separators), the first of each a short name or question; a
     * first row of two column names (no figure, no question) names the columns and is left out.
     */
    static List<Cell> questionAnswerRows(String text) {
        CsvText csv = CsvText.of(text);
        if (csv == null) {
            return null;
        }
        List<List<int[]>> records = csv.records();
        for (List<int[]> record : records) {
            if (record.size() != 2) {
                return null;
            }
            String question = text.substring(record.get(0)[0], record.get(0)[1]).strip();
            if (question.isEmpty() || question.indexOf('\n') >= 0 || Boilerplate.words(question) > MAX_HEADER_WORDS
                    || question.matches(".*[.!;]$")) {
                return null;
            }
        }
        if (records.size() < MIN_TABLE_ROWS || !columnNames(text, records.get(0))) {
            return null;
        }
        // lines of notes with one comma each could pass for such rows: a sheet quotes a cell, or asks in its first column
        boolean quoted = records.stream().flatMap(List::stream).anyMatch(c -> c[2] == 1);
        long asking = records.stream().filter(r -> text.substring(r.get(0)[0], r.get(0)[1]).strip().endsWith("?")).count();
        if (!quoted && asking * 3 < records.size()) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        for (List<int[]> record : records.subList(1, records.size())) {
            int[] a = record.get(1);
            if (!text.substring(a[0], a[1]).isBlank()) {
                cells.add(new Cell(text.substring(record.get(0)[0], record.get(0)[1]).strip(), a[0], a[1]));
            }
        }
        return cells;
    }

    /**
     * A row of a checklist saved as CSV: the cells before its answer column joined ({@code lead}), where its answer is
     * ({@code answer}, or null when left blank) and where its note is ({@code note}: the first filled cell after the
     * answer, or null).
     */
    record AnsweredRow(String lead, int[] answer, int[] note) {
    }

    /** The least share of a checklist's rows that answer in its answer column. */
    private static final double ANSWERED_SHARE = 0.5;

    /**
     * The rows of a checklist saved as CSV ("Aspecto a verificar,Sí/No,Observación" / "La mesa se instaló a la hora
     * prevista,Sí,Abrió 8:57…"): a header of short column names and at least {@value #MIN_TABLE_ROWS} rows of as many
     * cells, at least three, one column after the first holding only yes, no and the like ({@link #ANSWER_COLUMN}) or
     * nothing, and filled in at least half the rows. Null when the text is not such a checklist.
     */
    static List<AnsweredRow> answeredRows(String text) {
        CsvText csv = CsvText.of(text);
        if (csv == null || csv.records().size() < MIN_TABLE_ROWS + 1) {
            return null;
        }
        List<List<int[]>> records = csv.records();
        int columns = records.get(0).size();
        if (columns < 3 || records.stream().anyMatch(r -> r.size() != columns)) {
            return null;
        }
        for (int[] h : records.get(0)) {
            String name = text.substring(h[0], h[1]).strip();
            if (name.isEmpty() || Boilerplate.words(name) > COLUMN_NAME_WORDS || name.matches(".*[\\d?¿].*")) {
                return null;
            }
        }
        List<List<int[]>> rows = records.subList(1, records.size());
        for (int c = 1; c < columns; c++) {
            int answered = 0;
            boolean onlyAnswers = true;
            for (List<int[]> row : rows) {
                String value = Folding.foldLower(text.substring(row.get(c)[0], row.get(c)[1]).strip()).replaceAll("[.!]+$", "");
                if (value.isEmpty()) {
                    continue;
                }
                if (!ANSWER_COLUMN.matcher(value).matches()) {
                    onlyAnswers = false;
                    break;
                }
                answered++;
            }
            if (onlyAnswers && answered >= rows.size() * ANSWERED_SHARE) {
                return rowsAnsweredIn(text, rows, c);
            }
        }
        return null;
    }

    private static List<AnsweredRow> rowsAnsweredIn(String text, List<List<int[]>> rows, int answerColumn) {
        List<AnsweredRow> out = new ArrayList<>();
        for (List<int[]> row : rows) {
            List<String> lead = new ArrayList<>();
            for (int c = 0; c < answerColumn; c++) {
                String cell = text.substring(row.get(c)[0], row.get(c)[1]).strip();
                if (!cell.isEmpty()) {
                    lead.add(cell);
                }
            }
            int[] answer = row.get(answerColumn);
            int[] note = null;
            for (int c = answerColumn + 1; c < row.size() && note == null; c++) {
                if (!text.substring(row.get(c)[0], row.get(c)[1]).isBlank()) {
                    note = row.get(c);
                }
            }
            out.add(new AnsweredRow(String.join(" ", lead), text.substring(answer[0], answer[1]).isBlank() ? null : answer, note));
        }
        return out;
    }

    /** A text read as CSV: the delimiter of its first line and its non-blank records, each cell {start, end, quoted}. */
    private record CsvText(char delimiter, List<List<int[]>> records) {

        /** Null when the text has a single line or leaves a quote open (then it is no CSV export). */
        static CsvText of(String text) {
            int first = 0;
            while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            int firstEnd = text.indexOf('\n', first);
            if (firstEnd < 0) {
                return null;
            }
            char delimiter = CsvDelimiter.of(text.substring(first, firstEnd));
            List<List<int[]>> records = new ArrayList<>();
            int pos = first;
            while (pos < text.length()) {
                List<int[]> record = new ArrayList<>();
                pos = readRecord(text, pos, delimiter, record);
                if (pos < 0) {
                    return null;
                }
                if (record.size() != 1 || !text.substring(record.get(0)[0], record.get(0)[1]).isBlank()) {
                    records.add(record);
                }
            }
            return new CsvText(delimiter, records);
        }
    }

    private static final int COLUMN_NAME_WORDS = 6;

    /** Two short names of columns, no figure and no question in them: "Pregunta,Respuesta del observador". */
    private static boolean columnNames(String text, List<int[]> record) {
        for (int[] c : record) {
            String name = text.substring(c[0], c[1]).strip();
            if (name.isEmpty() || Boilerplate.words(name) > COLUMN_NAME_WORDS || name.matches(".*[\\d?¿].*")) {
                return false;
            }
        }
        return true;
    }

    /** The fewest rows, and the share of the lines written, that make a text a spreadsheet saved row by row. */
    private static final int MIN_TABLE_ROWS = 4;
    private static final double TABLE_SHARE = 0.6;

    /**
     * Whether lines are the rows of a spreadsheet saved as comma-separated text that {@link #csvCells} does not read as
     * a questionnaire (a title row and a data row above the header, merged cells left empty): at least
     * {@value #MIN_TABLE_ROWS} lines, and most of them, have the same number of separators outside quotes, at least two.
     */
    static boolean isDelimitedRows(List<String> lines) {
        Map<Integer, Integer> bySeparators = new java.util.HashMap<>();
        int written = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            written++;
            int separators = separatorsOutsideQuotes(line);
            if (separators >= 2) {
                bySeparators.merge(separators, 1, Integer::sum);
            }
        }
        int rows = bySeparators.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return rows >= MIN_TABLE_ROWS && rows >= written * TABLE_SHARE;
    }

    /** A row of column names: every cell filled with a name of at most three words, no figure in any. */
    static boolean isColumnNames(String line) {
        String[] cells = line.strip().split("[,;\\t]", -1);
        if (cells.length < 3) {
            return false;
        }
        for (String cell : cells) {
            String c = cell.strip();
            if (c.isEmpty() || Boilerplate.words(c) > 3 || c.matches(".*\\d.*")) {
                return false;
            }
        }
        return true;
    }

    /** The column that tells what was observed says at least this many words a row, on average. */
    private static final int PROSE_WORDS = 4;
    /** ... and clearly more than any other column: this many times the next one. */
    private static final double PROSE_MARGIN = 1.5;

    /**
     * The column of a spreadsheet saved row by row that tells what was observed ("Indicador,Valor,Meta,Comentario": the
     * comments), or -1: the column whose cells say the most words on average, at least {@value #PROSE_WORDS} and
     * clearly more than any other. The other columns name, count or grade what that cell tells ("Personas no
     * encontradas en el listado, 11, 0"): the row's heading, not a finding of their own.
     */
    static int proseColumn(List<String> lines) {
        Map<Integer, Integer> bySeparators = new java.util.HashMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                bySeparators.merge(separatorsOutsideQuotes(line), 1, Integer::sum);
            }
        }
        int columns = bySeparators.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0) + 1;
        if (columns < 3) {
            return -1;
        }
        double[] words = new double[columns];
        int rows = 0;
        for (String line : lines) {
            List<int[]> cells = cellsOf(line);
            if (cells == null || cells.size() != columns || isColumnNames(line)) {
                continue;
            }
            rows++;
            for (int c = 0; c < columns; c++) {
                words[c] += Boilerplate.words(line.substring(cells.get(c)[0], cells.get(c)[1]));
            }
        }
        if (rows == 0) {
            return -1;
        }
        int best = 0;
        for (int c = 1; c < columns; c++) {
            best = words[c] > words[best] ? c : best;
        }
        for (int c = 0; c < columns; c++) {
            if (c != best && words[best] < words[c] * PROSE_MARGIN) {
                return -1;
            }
        }
        return words[best] / rows >= PROSE_WORDS ? best : -1;
    }

    /** The offsets of a row's cells (inside the quotes when quoted), or null when a quote is left open. */
    static List<int[]> cellsOf(String line) {
        List<int[]> cells = new ArrayList<>();
        return readRecord(line, 0, CsvDelimiter.of(line), cells) < 0 ? null : cells;
    }

    private static int separatorsOutsideQuotes(String line) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                n++;
            }
        }
        return n;
    }

    /**
     * Reads one record from {@code pos}: each cell's value offsets (inside the quotes when quoted) and whether it was
     * quoted (1 or 0) into {@code cells}.
     * The position after the record's line end, or -1 when a quote is left open.
     */
    private static int readRecord(String text, int pos, char delimiter, List<int[]> cells) {
        int i = pos;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                int start = i + 1;
                int j = start;
                while (true) {
                    j = text.indexOf('"', j);
                    if (j < 0) {
                        return -1;
                    }
                    if (j + 1 < text.length() && text.charAt(j + 1) == '"') {
                        j += 2; // a doubled quote inside the value
                        continue;
                    }
                    break;
                }
                cells.add(new int[] {start, j, 1});
                i = j + 1;
                while (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\n') {
                    i++; // stray characters after the closing quote belong to nothing
                }
            } else {
                int start = i;
                while (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\n') {
                    i++;
                }
                int end = i;
                while (end > start && text.charAt(end - 1) == '\r') {
                    end--;
                }
                cells.add(new int[] {start, end, 0});
            }
            if (i >= text.length()) {
                return text.length();
            }
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
            i++; // the delimiter
        }
    }
}
