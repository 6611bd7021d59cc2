package mx.observa.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The accounts of the web app, from {@code config/usuarios.yaml}: one user per line, as a YAML flow mapping, so
 * {@code observa user add} can add or replace a line and keep the file's comments. Read again when the file
 * changes, so a new user can sign in without a restart.
 *
 * <pre>
 * usuarios:
 *   - {usuario: ana, nombre: "Ana López", rol: analista, hash: "pbkdf2-sha256$600000$…$…"}
 * </pre>
 */
public final class Users {

    /** User names: lower-case letters, digits, dot, dash, underscore; 2–40 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path file;
    private FileTime loadedAt;
    private Map<String, UserAccount> accounts = Map.of();

    /** {@code observa.usuarios}, by default {@code config/usuarios.yaml}. */
    public static Path file(mx.observa.config.ObservaConfig config) {
        return config.configFile("observa.usuarios");
    }

    public Users(Path file) {
        this.file = file;
    }

    public synchronized Optional<UserAccount> find(String username) {
        reloadIfChanged();
        return username == null ? Optional.empty()
                : Optional.ofNullable(accounts.get(username.strip().toLowerCase(Locale.ROOT)));
    }

    public synchronized List<UserAccount> all() {
        reloadIfChanged();
        return List.copyOf(accounts.values());
    }

    public Path file() {
        return file;
    }

    private void reloadIfChanged() {
        try {
            if (!Files.isRegularFile(file)) {
                accounts = Map.of();
                loadedAt = null;
                return;
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(loadedAt)) {
                accounts = parse(Files.readString(file, StandardCharsets.UTF_8));
                loadedAt = modified;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el archivo de usuarios " + file, e);
        }
    }

    static Map<String, UserAccount> parse(String yaml) throws IOException {
        FileModel model = yaml.isBlank() ? null : YAML.readValue(yaml, FileModel.class);
        Map<String, UserAccount> out = new LinkedHashMap<>();
        if (model == null || model.users == null) {
            return out;
        }
        for (Entry e : model.users) {
            if (e.username == null || e.role == null || e.hash == null) {
                throw new IOException("Cada usuario necesita usuario, rol y hash: " + e.username);
            }
            String name = e.username.strip().toLowerCase(Locale.ROOT);
            out.put(name, new UserAccount(name, e.name == null ? name : e.name, Role.of(e.role), e.hash, e.demo));
        }
        return out;
    }

    /** The line that describes one account in the file. */
    static String line(UserAccount a) {
        return "  - {usuario: " + a.username() + ", nombre: " + quoted(a.displayName()) + ", rol: " + a.role().id()
                + ", hash: \"" + a.passwordHash() + "\"" + (a.demo() ? ", demo: true" : "") + "}";
    }

    /**
     * Adds the account, or replaces the line of an account with the same user name, keeping everything else in the
     * file (comments included). Written to a temporary file and renamed, so a reader never sees half a file.
     *
     * @return true when the user already existed
     */
    public synchronized boolean save(UserAccount account) {
        try {
            List<String> lines = Files.isRegularFile(file)
                    ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new ArrayList<>(List.of("# Usuarios de Observa. Agregue o cambie usuarios con: observa user add USUARIO --rol ROL",
                    "usuarios:"));
            if (lines.stream().noneMatch(l -> l.strip().equals("usuarios:"))) {
                lines.add("usuarios:");
            }
            Pattern same = Pattern.compile("^\\s*-\\s*\\{\\s*usuario:\\s*\"?" + Pattern.quote(account.username()) + "\"?\\s*,.*");
            boolean existed = false;
            for (int i = 0; i < lines.size(); i++) {
                if (same.matcher(lines.get(i)).matches()) {
                    lines.set(i, line(account));
                    existed = true;
                }
            }
            if (!existed) {
                lines.add(line(account));
            }
            String content = String.join("\n", lines) + "\n";
            parse(content);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            loadedAt = null;
            return existed;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el archivo de usuarios " + file, e);
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class FileModel {
        @JsonProperty("usuarios")
        List<Entry> users;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Entry {
        @JsonProperty("usuario")
        String username;
        @JsonProperty("nombre")
        String name;
        @JsonProperty("rol")
        String role;
        @JsonProperty("hash")
        String hash;
        @JsonProperty("demo")
        boolean demo;
    }
}
