package mx.observa.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CVOE's sessions ({@code config/calendario-cvoe.csv}) and, for those where the consolidated report is presented,
 * the cut-off date of its edition.
 */
public final class CvoeCalendar {

    public static final String FILE = "calendario-cvoe.csv";

    /**
     * @param reportDue whether an edition of the consolidated report is presented at this session
     * @param cutoff    last day (Mexico City) whose reports the edition covers
     */
    public record Session(LocalDate date, String name, String type, boolean reportDue, LocalDate cutoff) {
    }

    private final List<Session> sessions;

    public CvoeCalendar(List<Session> sessions) {
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(Session::date));
        this.sessions = List.copyOf(sorted);
    }

    /** @param daysBefore cut-off when a row leaves it empty: this many days before the session */
    public static CvoeCalendar load(Path file, int daysBefore) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Session> sessions = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                sessions.add(session(row, daysBefore, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el calendario de sesiones " + file, e);
        }
        return new CvoeCalendar(sessions);
    }

    private static Session session(CSVRecord row, int daysBefore, Path file) {
        try {
            LocalDate date = LocalDate.parse(row.get("fecha"));
            String cut = row.isMapped("corte") ? row.get("corte") : "";
            LocalDate cutoff = cut.isEmpty() ? date.minusDays(daysBefore) : LocalDate.parse(cut);
            if (!cutoff.isBefore(date)) {
                throw new IllegalArgumentException("la fecha de corte debe ser anterior a la sesión");
            }
            boolean due = row.get("informe").toLowerCase(Locale.ROOT).matches("s[ií]");
            return new Session(date, row.get("sesion"), row.get("tipo"), due, cutoff);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Calendario " + file + ", línea " + row.getRecordNumber()
                    + ": " + e.getMessage() + " (fechas en formato AAAA-MM-DD)", e);
        }
    }

    public List<Session> sessions() {
        return sessions;
    }

    /** Sessions whose edition may be written on {@code today}: after its cut-off day and no later than the session. */
    public List<Session> dueOn(LocalDate today) {
        return sessions.stream()
                .filter(Session::reportDue)
                .filter(s -> today.isAfter(s.cutoff()) && !today.isAfter(s.date()))
                .toList();
    }

    /** The session a given cut-off belongs to, if the calendar has one with exactly that cut-off. */
    public Optional<Session> withCutoff(LocalDate cutoff) {
        return sessions.stream().filter(s -> s.reportDue() && s.cutoff().equals(cutoff)).findFirst();
    }
}
