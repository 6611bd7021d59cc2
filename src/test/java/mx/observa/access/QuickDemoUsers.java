package mx.observa.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.support.SearchFixture;
import mx.observa.support.TestHome;

/**
 * The accounts of {@code config/usuarios.yaml} for the tests' services: the same users, names, roles, demo marks and
 * passwords, with the demo passwords hashed at a small work factor. Every sign-in checks a password at the shipped
 * factor (600,000 PBKDF2 rounds: 0.2–0.5 s of CPU in the test JVM, about 1.2 s in the JVMs the tests start, which
 * compile with C1 only), and the integration tests sign in a few hundred times; the factor itself is tested by
 * {@code AccessModelTest} on the shipped file. The factor is read from each hash, so nothing else changes.
 */
public final class QuickDemoUsers {

    /** Rounds of the tests' demo hashes: enough to run the whole PBKDF2 path, cheap enough to sign in often. */
    static final int ROUNDS = 1_000;
    private static final Pattern ACCOUNT = Pattern.compile("usuario:\\s*\"?([a-z0-9._-]+)\"?\\s*,.*?hash:\\s*\"([^\"]+)\"");
    private static Path file;

    private QuickDemoUsers() {
    }

    /**
     * The users file of this JVM's tests, to be set as {@code observa.usuarios}: one per JVM under {@code target/}
     * (never in a test's own folder, whose files some tests list), written once, deleted when the JVM ends.
     */
    public static synchronized Path file() {
        if (file == null) {
            try {
                Path target = Files.createDirectories(TestHome.projectRoot().resolve("target"));
                Path written = Files.createTempFile(target, "usuarios-de-prueba-", ".yaml");
                Files.writeString(written, content(), StandardCharsets.UTF_8);
                written.toFile().deleteOnExit();
                file = written;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** The shipped file with each demo password's hash made again at {@link #ROUNDS}. */
    static String content() throws IOException {
        List<String> lines = Files.readAllLines(TestHome.projectRoot().resolve("config/usuarios.yaml"),
                StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            Matcher m = ACCOUNT.matcher(line);
            String password = m.find() ? SearchFixture.PASSWORDS.get(m.group(1)) : null;
            out.append(password == null ? line : line.substring(0, m.start(2))
                    + Passwords.hash(password.toCharArray(), ROUNDS) + line.substring(m.end(2))).append('\n');
        }
        return out.toString();
    }
}
