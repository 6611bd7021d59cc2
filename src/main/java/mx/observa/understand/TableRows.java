package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import mx.observa.text.CsvDelimiter;

/**
 * A table written with pipes, as text exports and forms pasted into mail write them ("| 3 | Material completo |
 * SÍ | |"), read as the questionnaire it is: each row becomes "item: answer notes" — its first cell that is only a
 * number stays as the item's number, the cell after the item is its answer — so the row is judged like a form's
 * label and its answer. The header row (the one above the "|---|---|" rule) and the rule itself become blank. Same
 * length as the input, so offsets still point into the report; one pass over the text.
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

    private TableRows() {
    }

    static String asLabels(String text) {
        if (text.indexOf('|') < 0) {
            return text;
        }
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
            int cells = innerCells(line);
            if (cells > 0) {
                int nextEnd = end < text.length() ? text.indexOf('\n', end + 1) : -1;
                String next = end < text.length() ? text.substring(end + 1, nextEnd < 0 ? text.length() : nextEnd) : "";
                boolean inTable = cells == lastInner || innerCells(next) == cells;
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

    /** A first row of short names without figures: the column headings. */
    private static boolean isHeader(String line) {
        for (String cell : line.strip().split("\\s\\|\\s")) {
            String c = cell.strip();
            if (c.matches(".*\\d.*") || c.split("\\s+").length > 3 || !Character.isUpperCase(c.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

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
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int headerEnd = text.indexOf('\n', first);
        if (headerEnd < 0) {
            return null;
        }
        char delimiter = CsvDelimiter.of(text.substring(first, headerEnd));
        List<List<int[]>> records = new ArrayList<>();
        int pos = first;
        while (pos < text.length()) {
            List<int[]> record = new ArrayList<>();
            pos = readRecord(text, pos, delimiter, record);
            if (pos < 0) {
                return null; // a quote left open: not a CSV export
            }
            boolean blank = record.size() == 1 && text.substring(record.get(0)[0], record.get(0)[1]).isBlank();
            if (!blank) {
                records.add(record);
            }
        }
        if (records.size() < 2) {
            return null;
        }
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
