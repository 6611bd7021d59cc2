package mx.observa.intake;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import mx.observa.model.Channel;
import mx.observa.model.DeclaredField;
import mx.observa.model.RejectedSubmission;
import mx.observa.text.CsvDelimiter;

/**
 * The rows of a questionnaire export (Google Forms, KoboToolbox, Microsoft Forms) as reports: UTF-8 with or
 * without BOM, UTF-16 with BOM, or Latin-1/Windows-1252; comma, semicolon or tab, detected from the header;
 * quoted answers spanning several lines. Each row becomes a {@link DeclaredDocument} with its declared fields
 * (mapped by {@link CsvColumns}) and keeps its row number as the spreadsheet shows it (the header is row 1).
 * Completely empty rows are skipped; rows with declared data but no answers are quarantined with the reason. A file
 * that is one form written sideways, rows of «label, value» ({@link SidewaysForm}), is one report, as if exported wide.
 */
public final class CsvRows {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CsvColumns columns;

    public CsvRows(CsvColumns columns) {
        this.columns = columns;
    }

    /** An iterator over the rows that must be closed (the split closes it when done). */
    public interface Rows extends Iterator<Part>, Closeable {
    }

    /**
     * @param fileName the export's name, shown with the row number ("respuestas.csv, fila 7")
     * @param sender   who delivered the file (used when a row declares no e-mail)
     */
    public Rows rows(Path csv, String fileName, String sender) {
        try {
            Map<String, String> people = HeaderPeople.declared(people(parser(csv, true)));
            Optional<List<SidewaysForm.Field>> form = SidewaysForm.fields(firstRecords(csv), columns);
            if (form.isPresent()) {
                return oneForm(report(form.get(), fileName, null, sender, people));
            }
            return new RowIterator(parser(csv, true), fileName, sender, people);
        } catch (IOException | UncheckedIOException e) {
            throw new RejectedSubmission("No se pudo leer el archivo CSV: " + e.getMessage(), e);
        }
    }

    /** @param header whether the first row is read as the header (an export's) or as a row like the others */
    private static CSVParser parser(Path csv, boolean header) throws IOException {
        Charset charset = charsetOf(csv);
        BufferedReader reader = new BufferedReader(new InputStreamReader(withoutBom(csv), charset));
        reader.mark(64 * 1024);
        char delimiter = delimiterOf(firstLine(reader));
        reader.reset();
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true);
        if (header) {
            format.setHeader()
                    .setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL);
        }
        return CSVParser.parse(reader, format.get());
    }

    /** Rows read to tell a form written sideways: one more than a form can have is enough to say it is none. */
    private static final int FORM_ROWS = 100;

    /**
     * The file's first rows, its first line included, each as its cells; none when it cannot be read so far (the rows
     * then report the error where they stop).
     */
    private static List<List<String>> firstRecords(Path csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = parser(csv, false)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
                if (records.size() >= FORM_ROWS) {
                    break;
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
        return records;
    }

    /** How many rows are read for the people of a file: bounds what a long export costs before its first row. */
    private static final int PEOPLE_ROWS = 5_000;
    /**
     * A cell that is nothing but a name: two to five capitalized words or initials, «de», «la»… between them, the
     * surnames maybe first and a comma after them ("Almanza, Crisóforo").
     */
    private static final Pattern NAME_CELL = Pattern.compile(
            "(?u)\\p{Lu}[\\p{L}'’.-]*(?:,?[ \\t]+(?:(?:de|del|la|las|los|y)[ \\t]+)*\\p{Lu}[\\p{L}'’.-]*){1,4}");
    /**
     * An abbreviated title before a name ("Lic. ", "Sra. ", "Profra. ", "MTRA. "): how the person is addressed, not part
     * of her name. Kept with the name, the detector reads the whole cell as no person (a title is no name word), and
     * the name no longer travels to the other rows («Firma: H. G. Y.» two rows below «Profra. Hortensia Galván Yáñez»).
     */
    private static final Pattern TITLE = Pattern.compile("(?u)^\\p{Lu}(?:\\p{Ll}{1,5}|\\p{Lu}{1,5})\\.[ \\t]+");
    /** A cell that is nothing but an e-mail address. */
    private static final Pattern EMAIL_CELL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    /**
     * The people a file names in cells of their own ("Macrina Solórzano Pichardo", "M. Solórzano", an e-mail
     * address), in any row: every row is a report of its own, yet one delivery, and a name written whole in one row is
     * the same person's abbreviated in the next («Recibió: M. Solórzano»). They travel with each row as the declared
     * value {@link DeclaredField#PEOPLE}, as a message's headers do with its parts, capped ({@link HeaderPeople}); the
     * detector keeps those that look like people's names, so a heading («Folio Del Paquete») stays readable, and reads
     * a place in a cell («Mercado Benito Juárez») as a place. Declared places and dates (alcaldía, UT) are no people. A
     * file that cannot be read to the end names the people of the rows read; the rows themselves report the error.
     */
    private List<String> people(CSVParser parser) {
        Set<String> people = new LinkedHashSet<>();
        try (parser) {
            List<String> headers = parser.getHeaderNames();
            int rows = 0;
            for (CSVRecord record : parser) {
                if (++rows > PEOPLE_ROWS) {
                    break;
                }
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i) == null ? "" : record.get(i).strip().replaceAll("\\s+", " ");
                    String header = i < headers.size() && !headers.get(i).isBlank() ? headers.get(i) : "Columna " + (i + 1);
                    boolean declaredNonPerson = columns.roleOf(header) instanceof CsvColumns.Declared d
                            && d.field() != DeclaredField.NOMBRE && d.field() != DeclaredField.CORREO;
                    if (!declaredNonPerson) {
                        people.addAll(namesIn(value));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // what was read names people; the rows report what could not be read
        }
        return new ArrayList<>(people);
    }

    /** Where the names of a list cell part: a semicolon, a comma, a conjunction between two names. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?u)[ \\t]*[;,][ \\t]*|[ \\t]+[ye][ \\t]+");

    /**
     * The names a cell holds: the cell itself when it is nothing but a name or an address, or each name of a list
     * cell — names parted by semicolons, commas or «y» («Abigail Ruvalcaba, Kenia Peralta y Santiago Ulloa»;
     * «ULLOA BECERRIL, ROGELIO; PERALTA, MARISOL»). A team or the parents who signed are often written so, one cell for
     * all, and a row that names one of them again is as much the delivery's as the cell. A part that is a name whole
     * («Cuautle Zárate, Herminia») stays whole; a list is read only when each of its parts is a name of two words or
     * more, or where the cell as a whole is no name («Acompañaron: Abigail Ruvalcaba, Kenia Peralta»).
     */
    static List<String> namesIn(String cell) {
        List<String> names = new ArrayList<>();
        for (String piece : cell.split(";")) {
            String part = untitled(piece.strip());
            List<String> listed = new ArrayList<>();
            boolean allNames = true;
            for (String sub : LIST_SEPARATOR.split(part)) {
                String name = untitled(sub.strip());
                if (name.isEmpty()) {
                    continue;
                }
                boolean person = isName(name);
                allNames &= person;
                if (person) {
                    listed.add(name);
                }
            }
            if (isName(part) && !(allNames && listed.size() > 1)) {
                names.add(part);
            } else {
                names.addAll(listed);
            }
        }
        return names;
    }

    private static boolean isName(String value) {
        return value.length() <= 80 && (NAME_CELL.matcher(value).matches() || EMAIL_CELL.matcher(value).matches());
    }

    /** "Lic. Zenaida Aburto": the name is "Zenaida Aburto". */
    private static String untitled(String value) {
        Matcher title = TITLE.matcher(value);
        return title.find() && value.indexOf(' ', title.end()) > 0 ? value.substring(title.end()) : value;
    }

    /**
     * One report from its labelled cells — a row under the export's headers, or every field of a form written
     * sideways — or null when every cell is empty: declared fields (alcaldía, e-mail…) become the report's metadata,
     * the rest its questions and answers.
     *
     * @param row the row as the spreadsheet shows it, or null for a whole file that is one form
     */
    private Part report(List<SidewaysForm.Field> cells, String fileName, Long row, String sender,
                        Map<String, String> people) {
        Map<String, String> declared = new LinkedHashMap<>();
        List<DeclaredDocument.Answer> details = new ArrayList<>();
        List<DeclaredDocument.Answer> answers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        boolean anything = false;
        for (SidewaysForm.Field cell : cells) {
            String value = cell.value();
            String header = cell.label();
            if (value == null || value.isBlank()) {
                // a form's line with no value beside it is its title or a heading («HORARIO DE CLASES — Grupo …»): shown
                // as text, though a heading alone is no report
                if (row == null && !header.isBlank()) {
                    headings.add(header);
                }
                continue;
            }
            anything = true;
            switch (columns.roleOf(header)) {
                case CsvColumns.Declared d when !declared.containsKey(d.field().key()) ->
                        declared.put(d.field().key(), value.strip());
                case CsvColumns.Text t -> texts.add(value);
                case CsvColumns.Detail d -> details.add(new DeclaredDocument.Answer(header, value));
                case CsvColumns.Ignored ig -> { }
                default -> answers.add(new DeclaredDocument.Answer(header, value));
            }
        }
        if (!anything) {
            return null;
        }
        String name = row == null ? fileName : fileName + ", fila " + row;
        String rowSender = declared.getOrDefault(DeclaredField.CORREO.key(), sender);
        String text = String.join("\n\n", texts);
        String shown = String.join("\n\n", java.util.stream.Stream.concat(headings.stream(), texts.stream()).toList());
        Map<String, String> withRow = new LinkedHashMap<>(declared);
        if (row != null) {
            withRow.put(DeclaredField.FILA.key(), Long.toString(row));
        }
        withRow.putAll(people);
        byte[] rendering = DeclaredDocument.render("Respuesta de cuestionario", declared, details, answers, shown);
        if (!DeclaredDocument.hasContent(answers, text)) {
            return Part.refused(name, rendering, Channel.CSV, rowSender, withRow,
                    row == null ? "El formulario no tiene respuestas ni texto del informe."
                            : "La fila no tiene respuestas ni texto del informe.");
        }
        return Part.of(name, rendering, Channel.CSV, rowSender, withRow);
    }

    /** A file that is one form: one report, already read (none when the form had nothing written in it). */
    private static Rows oneForm(Part form) {
        Iterator<Part> parts = form == null ? List.<Part>of().iterator() : List.of(form).iterator();
        return new Rows() {
            @Override
            public boolean hasNext() {
                return parts.hasNext();
            }

            @Override
            public Part next() {
                return parts.next();
            }

            @Override
            public void close() {
                // nothing left open: the file was read whole
            }
        };
    }

    private final class RowIterator implements Rows {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> headers;
        private final String fileName;
        private final String sender;
        private final Map<String, String> people;
        private Part next;
        private long lastRow = 1;

        RowIterator(CSVParser parser, String fileName, String sender, Map<String, String> people) {
            this.parser = parser;
            this.records = parser.iterator();
            this.headers = parser.getHeaderNames();
            this.fileName = fileName;
            this.sender = sender;
            this.people = people;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return false;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new RejectedSubmission("El archivo CSV no se pudo leer después de la fila " + lastRow
                            + ": hay comillas sin cerrar o el archivo está cortado. Las filas anteriores sí se recibieron.", e);
                }
                lastRow = record.getRecordNumber() + 1;
                next = part(record, lastRow);
            }
            return true;
        }

        @Override
        public Part next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Part p = next;
            next = null;
            return p;
        }

        /** The row as a report, or null when every cell is empty. */
        private Part part(CSVRecord record, long row) {
            List<SidewaysForm.Field> cells = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String header = i < headers.size() && !headers.get(i).isBlank() ? headers.get(i) : "Columna " + (i + 1);
                cells.add(new SidewaysForm.Field(header, record.get(i)));
            }
            return report(cells, fileName, row, sender, people);
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** UTF-16 when a BOM says so; UTF-8 when every byte sequence is valid UTF-8; else Windows-1252 (Latin-1). */
    static Charset charsetOf(Path csv) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(csv)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(Files.newInputStream(csv), utf8)) {
            char[] buf = new char[8192];
            while (r.read(buf) >= 0) {
                // reading to the end is the check
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The file's bytes without a UTF-8 or UTF-16 byte order mark. */
    private static InputStream withoutBom(Path csv) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(csv));
        in.mark(3);
        byte[] head = in.readNBytes(3);
        int skip = 0;
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            skip = 2;
        }
        in.reset();
        in.skipNBytes(skip);
        return in;
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) >= 0 && line.length() < 60_000) {
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                break;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** The separator that splits the header into the most columns, quotes respected; comma on a tie. */
    static char delimiterOf(String header) {
        return CsvDelimiter.of(header);
    }
}
