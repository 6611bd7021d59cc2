package mx.observa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ConfigPropertiesSource;
import mx.observa.support.TestHome;

/**
 * config/observa.properties is the one place every setting has its default: every key the code or a route reads is
 * there once, uncommented and explained; the jar carries the same file, so a home whose own file lacks a key still
 * gets that default; the home's file, the environment, system properties and command-line options override it in
 * that order.
 */
class ObservaConfigTest {

    private static final Path ROOT = TestHome.projectRoot();
    private static final Path FILE = ROOT.resolve("config/observa.properties");
    private static final Pattern KEY_LINE = Pattern.compile("^(observa\\.[a-z0-9.-]+)=(.*)$");
    private static final Pattern LITERAL = Pattern.compile("\"(observa\\.[a-z0-9.-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(observa\\.[^}]*)}}");
    /** String literals of src/main that start like a key but are not settings: file names and the home itself. */
    private static final Set<String> NOT_SETTINGS = Set.of(
            "observa.home", // where config/observa.properties is: read before it
            "observa.properties", "observa.lock", "observa.css", "observa.js",
            "observa.busquedas.resumen.correo."); // + a user's name (ObservaConfig.perUser): users are data

    @TempDir
    Path tmp;

    @Test
    void everyKeyOfTheFileIsWrittenOnceUncommentedAndExplained() throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        Map<String, Integer> times = new HashMap<>();
        boolean paragraphHasComment = false;
        List<String> unexplained = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).as("a default written as a comment").doesNotStartWith("#observa.");
            if (line.isBlank()) {
                paragraphHasComment = false;
            } else if (line.startsWith("#")) {
                paragraphHasComment = true;
            } else {
                Matcher key = KEY_LINE.matcher(line);
                assertThat(key.matches()).as("line «%s»", line).isTrue();
                times.merge(key.group(1), 1, Integer::sum);
                if (!paragraphHasComment) {
                    unexplained.add(key.group(1));
                }
            }
        }
        assertThat(times).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
        assertThat(unexplained).as("keys without a comment in their paragraph").isEmpty();
        assertThat(ObservaConfig.keys()).containsExactlyInAnyOrderElementsOf(times.keySet());
    }

    @Test
    void theJarCarriesTheSameFile() throws IOException {
        try (InputStream shipped = ObservaConfig.class.getResourceAsStream(ObservaConfig.DEFAULTS_RESOURCE)) {
            assertThat(shipped).isNotNull();
            assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(FILE));
        }
    }

    @Test
    void everyKeyTheCodeReadsHasItsDefaultInTheFileAndEveryKeyThereIsRead() throws IOException {
        Set<String> inJava = matches(ROOT.resolve("src/main/java"), ".java", LITERAL);
        inJava.removeAll(NOT_SETTINGS);
        Set<String> inRoutes = matches(ROOT.resolve("routes"), ".yaml", PLACEHOLDER);

        assertThat(inRoutes).as("route placeholders carry no default of their own").noneMatch(p -> p.contains(":"));
        inRoutes.removeAll(ConfigPropertiesSource.DERIVED);
        inJava.removeAll(ConfigPropertiesSource.DERIVED);
        assertThat(ObservaConfig.keys()).containsAll(inJava).containsAll(inRoutes);

        Set<String> read = new TreeSet<>(inJava);
        read.addAll(inRoutes);
        assertThat(read).as("keys of the file nobody reads").containsAll(ObservaConfig.keys());
    }

    @Test
    void aKeyMissingFromTheHomesFileGetsTheShippedDefault() throws IOException {
        Files.createDirectories(tmp.resolve("config"));
        Files.writeString(tmp.resolve("config/observa.properties"), "observa.port=9999\nobserva.limits.max-depth=\n");
        ObservaConfig config = ObservaConfig.load(tmp);

        assertThat(config.get("observa.port")).isEqualTo("9999");
        assertThat(config.get("observa.limits.max-file-mb")).isEqualTo(fileValue("observa.limits.max-file-mb"));
        assertThat(config.get("observa.limits.max-depth")).as("blank lets the default decide")
                .isEqualTo(fileValue("observa.limits.max-depth"));
        assertThat(config.get("observa.mail.password")).as("an optional setting, unset").isEmpty();
        assertThat(ObservaConfig.load(tmp.resolve("sin-config")).get("observa.port")).isEqualTo(fileValue("observa.port"));
    }

    @Test
    void theHomesFileThenEnvironmentThenSystemPropertiesThenCommandLineOptionsWin() throws IOException {
        String key = "observa.limits.max-header-kb";
        Files.createDirectories(tmp.resolve("config"));
        Files.writeString(tmp.resolve("config/observa.properties"), key + "=16\n");
        Map<String, String> environment = new HashMap<>();
        ObservaConfig config = ObservaConfig.load(tmp, environment::get);
        assertThat(fileValue(key)).isNotEqualTo("16");
        assertThat(config.getLong(key)).isEqualTo(16);

        environment.put("OBSERVA_LIMITS_MAX_HEADER_KB", "24");
        assertThat(config.getLong(key)).isEqualTo(24);
        System.setProperty(key, "32");
        try {
            assertThat(config.getLong(key)).isEqualTo(32);
            assertThat(config.with(key, "64").getLong(key)).isEqualTo(64);
        } finally {
            System.clearProperty(key);
        }
        assertThat(config.getLong(key)).isEqualTo(24);
        environment.clear();
        assertThat(config.getLong(key)).isEqualTo(16);
    }

    @Test
    void aKeyWithoutADefaultFailsNamingIt() {
        ObservaConfig config = ObservaConfig.load(tmp);
        assertThatThrownBy(() -> config.get("observa.no-existe")).hasMessageContaining("observa.no-existe");
        assertThatThrownBy(() -> new ConfigPropertiesSource(config).getProperty("observa.tampoco"))
                .hasMessageContaining("observa.tampoco");
    }

    @Test
    void autoProcessingThreadsAreTwoPerTikaChildAndTheRoutesGetTheNumber() {
        ObservaConfig config = ObservaConfig.load(tmp).with("observa.process.threads", "auto");
        assertThat(new ConfigPropertiesSource(config.with("observa.extract.workers", "3"))
                .getProperty("observa.process.threads")).isEqualTo("6");
        assertThat(new ConfigPropertiesSource(config.with("observa.extract.workers", "auto"))
                .getProperty("observa.process.threads"))
                .isEqualTo(Integer.toString(2 * Runtime.getRuntime().availableProcessors()));
        assertThat(new ConfigPropertiesSource(config.with("observa.process.threads", "5"))
                .getProperty("observa.process.threads")).isEqualTo("5");
    }

    @Test
    void autoLetsTheMachineDecide() {
        ObservaConfig config = ObservaConfig.load(tmp);
        assertThat(config.with("observa.extract.workers", "auto").getLong("observa.extract.workers", () -> 7)).isEqualTo(7);
        assertThat(config.with("observa.extract.workers", "3").getLong("observa.extract.workers", () -> 7)).isEqualTo(3);
    }

    private static String fileValue(String key) throws IOException {
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches() && m.group(1).equals(key)) {
                return m.group(2);
            }
        }
        throw new AssertionError(key + " is not in " + FILE);
    }

    private static Set<String> matches(Path dir, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
