package mx.observa.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;

import mx.observa.access.Users;
import mx.observa.archive.Json;

/**
 * The searches each user saved, one file per user under {@code datos/busquedas/USUARIO.json}. A file is rewritten
 * whole and atomically (written beside it, forced to disk, moved over it), so after a crash it holds either the
 * searches before the change or after it, never half of them. Each saved search remembers when its owner last
 * opened it, so the dashboard can count what arrived since.
 */
public final class SavedSearches {

    /**
     * One saved search.
     *
     * @param search the search as the search page's URL carries it: {@code q}, and each filter as a list of values
     *               ({@code tema}, {@code tipo}, {@code alcaldia}, {@code distrito}, {@code canal}) or a value
     *               ({@code desde}, {@code hasta}, {@code orden}, {@code agrupar}, {@code como})
     * @param opened when its owner last opened it (at first, when it was saved)
     */
    public record SavedSearch(@JsonProperty("id") String id, @JsonProperty("nombre") String name,
                              @JsonProperty("consulta") Map<String, Object> search,
                              @JsonProperty("creada") Instant created, @JsonProperty("vista") Instant opened) {
    }

    private static final TypeReference<List<SavedSearch>> LIST = new TypeReference<>() { };
    /** A name is a label on the dashboard: one line, not a document. */
    static final int MAX_NAME = 120;

    private final Path dir;
    private final Clock clock;
    private final int maxPerUser;

    public SavedSearches(Path dir, Clock clock, int maxPerUser) {
        this.dir = dir;
        this.clock = clock;
        this.maxPerUser = maxPerUser;
    }

    /** {@code datos/busquedas/} under the data folder. */
    public static SavedSearches in(Path dataDir, Clock clock, int maxPerUser) {
        return new SavedSearches(dataDir.resolve("busquedas"), clock, maxPerUser);
    }

    /** The user's saved searches, oldest first. */
    public synchronized List<SavedSearch> of(String user) {
        Path file = fileOf(user);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(Json.MAPPER.readValue(file.toFile(), LIST));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudieron leer las búsquedas guardadas de " + user, e);
        }
    }

    /**
     * Saves a search under a name (blank: "Búsqueda N"); the same search saved again keeps one entry, renamed.
     *
     * @throws InvalidReview when the user already has as many saved searches as allowed
     */
    public synchronized SavedSearch save(String user, String name, Map<String, Object> search) {
        List<SavedSearch> all = new ArrayList<>(of(user));
        Map<String, Object> kept = new LinkedHashMap<>(search);
        String label = label(name, all.size() + 1);
        Instant now = clock.instant();
        for (int i = 0; i < all.size(); i++) {
            SavedSearch s = all.get(i);
            if (s.search().equals(kept)) {
                SavedSearch renamed = new SavedSearch(s.id(), label, s.search(), s.created(), s.opened());
                all.set(i, renamed);
                write(user, all);
                return renamed;
            }
        }
        if (all.size() >= maxPerUser) {
            throw new InvalidReview("Ya tiene " + all.size() + " búsquedas guardadas, el máximo. Borre alguna antes de "
                    + "guardar otra.");
        }
        SavedSearch saved = new SavedSearch(UUID.randomUUID().toString().substring(0, 8), label, kept, now, now);
        all.add(saved);
        write(user, all);
        return saved;
    }

    /** Notes that the user opened the search now (what arrives after counts as new); empty when it does not exist. */
    public synchronized Optional<SavedSearch> open(String user, String id) {
        List<SavedSearch> all = new ArrayList<>(of(user));
        for (int i = 0; i < all.size(); i++) {
            SavedSearch s = all.get(i);
            if (s.id().equals(id)) {
                SavedSearch opened = new SavedSearch(s.id(), s.name(), s.search(), s.created(), clock.instant());
                all.set(i, opened);
                write(user, all);
                return Optional.of(opened);
            }
        }
        return Optional.empty();
    }

    /** Deletes one of the user's searches; whether it existed. */
    public synchronized boolean delete(String user, String id) {
        List<SavedSearch> all = new ArrayList<>(of(user));
        boolean removed = all.removeIf(s -> s.id().equals(id));
        if (removed) {
            write(user, all);
        }
        return removed;
    }

    /** The users who have saved searches. */
    public synchronized List<String> users() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .filter(u -> Users.USERNAME.matcher(u).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la carpeta de búsquedas guardadas " + dir, e);
        }
    }

    /** When the user's last e-mail digest was computed and sent, or null if never. */
    public synchronized Instant lastDigest(String user) {
        Path file = fileOf(user).resolveSibling(user + ".resumen");
        try {
            return Files.isRegularFile(file) ? Instant.parse(Files.readString(file).strip()) : null;
        } catch (IOException | java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Notes that the digest computed at {@code at} was sent to the user. */
    public synchronized void digestSent(String user, Instant at) {
        writeAtomically(fileOf(user).resolveSibling(user + ".resumen"), at.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String label(String name, int n) {
        String clean = name == null ? "" : name.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return "Búsqueda " + n;
        }
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }

    private Path fileOf(String user) {
        // user names are checked when the users file is read; this keeps a bad one from naming a path elsewhere
        if (user == null || !Users.USERNAME.matcher(user).matches()) {
            throw new IllegalArgumentException("Nombre de usuario inválido: " + user);
        }
        return dir.resolve(user + ".json");
    }

    private void write(String user, List<SavedSearch> all) {
        try {
            writeAtomically(fileOf(user), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeAtomically(Path file, byte[] bytes) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // a search that cannot be kept must not look saved: the request fails
            throw new UncheckedIOException("No se pudo escribir " + file, e);
        }
    }
}
