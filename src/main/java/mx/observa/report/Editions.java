package mx.observa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;


/**
 * The editions written for the commission's sessions, one folder per session ({@code data/reports/AAAA-MM-DD/},
 * the session date), each complete or absent (written aside and renamed into place). This is what the commission's
 * page lists and serves: {@link #list()} and {@link #html(LocalDate)}.
 */
public final class Editions {

    /**
     * @param session session date (the folder name)
     * @param cutoff  the edition's cut-off
     * @param files   the edition's files, in the order of {@link ReportWriter#FILES}
     */
    public record Edition(LocalDate session, String sessionName, LocalDate cutoff, Path dir, List<Path> files) {
    }

    private final Path dir;

    public Editions(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path folderOf(LocalDate session) {
        return dir.resolve(session.toString());
    }

    public boolean exists(LocalDate session) {
        return Files.isRegularFile(folderOf(session).resolve(ReportWriter.JSON));
    }

    /** Every edition, most recent session first. */
    public List<Edition> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Edition> editions = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.sorted().toList()) {
                sessionOf(folder).filter(this::exists).ifPresent(s -> editions.add(read(s)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudieron listar las ediciones en " + dir, e);
        }
        editions.sort(Comparator.comparing(Edition::session).reversed());
        return editions;
    }

    /**
     * The edition {@code observa report} wrote into {@code folder} (out/ by default), if it holds a complete one. Its
     * session is the one of its cut-off, or null when the cut-off belongs to no session of the calendar.
     */
    public static Optional<Edition> inFolder(Path folder) {
        if (!Files.isRegularFile(folder.resolve(ReportWriter.JSON))) {
            return Optional.empty();
        }
        String sessionDate = json(folder).at("/edicion/sesion/fecha").asText(null);
        LocalDate session = null;
        try {
            session = sessionDate == null ? null : LocalDate.parse(sessionDate);
        } catch (DateTimeParseException notADate) {
            // listed without a session
        }
        return Optional.of(edition(folder, session));
    }

    /**
     * The edition's JSON (numbers, and what changed since the previous edition under {@code cambios}), without the
     * lists of incidents and good practices, and each report only by its folio.
     */
    public static JsonNode json(Edition edition) {
        return json(edition.dir());
    }

    /** The HTML edition of a session, to show in the browser. */
    public Optional<String> html(LocalDate session) {
        Path html = folderOf(session).resolve(ReportWriter.HTML);
        try {
            return Files.isRegularFile(html) ? Optional.of(Files.readString(html, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + html, e);
        }
    }

    /** The JSON of the latest edition whose cut-off is before {@code cutoff}: what a new edition compares with. */
    public Optional<JsonNode> previousOf(LocalDate cutoff) {
        return list().stream()
                .filter(e -> e.cutoff().isBefore(cutoff))
                .max(Comparator.comparing(Edition::cutoff))
                .map(e -> json(e.dir()));
    }

    private Edition read(LocalDate session) {
        return edition(folderOf(session), session);
    }

    private static Edition edition(Path folder, LocalDate session) {
        JsonNode json = json(folder);
        List<Path> files = ReportWriter.FILES.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
        return new Edition(session, json.at("/edicion/sesion/nombre").asText(null), EditionJson.cutoffOf(json), folder,
                files);
    }

    /** The edition's JSON without its long lists (see {@link EditionJson#readSummary}): an edition can be huge. */
    private static JsonNode json(Path folder) {
        try {
            return EditionJson.readSummary(folder.resolve(ReportWriter.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("Edición ilegible en " + folder, e);
        }
    }

    private static Optional<LocalDate> sessionOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(folder.getFileName().toString()));
        } catch (DateTimeParseException notAnEdition) {
            return Optional.empty(); // staging folders (".2022-06-23.incompleto-…") and anything else a person left there
        }
    }
}
