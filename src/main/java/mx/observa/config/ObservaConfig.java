package mx.observa.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Where things live and the limits in force, read from {@code config/observa.properties} under the Observa home,
 * overridable by system properties ({@code -Dobserva.data=...}) and environment variables ({@code OBSERVA_DATA}).
 * Every other configuration file a person edits (taxonomy, geography, calendar, users) is found under
 * {@link #configDir()}.
 */
public final class ObservaConfig {

    private final Path home;
    private final Properties values = new Properties();
    private final Properties overrides = new Properties();

    private ObservaConfig(Path home, Properties fileValues) {
        this.home = home.toAbsolutePath().normalize();
        this.values.putAll(fileValues);
    }

    /** The configuration of the Observa home given by {@code observa.home} (the launcher sets it), else the working directory. */
    public static ObservaConfig load() {
        String home = firstNonBlank(System.getProperty("observa.home"), System.getenv("OBSERVA_HOME"), ".");
        return load(Path.of(home));
    }

    public static ObservaConfig load(Path home) {
        Properties fileValues = new Properties();
        Path file = home.resolve("config").resolve("observa.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                fileValues.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo leer la configuración " + file, e);
            }
        }
        return new ObservaConfig(home, fileValues);
    }

    /** A copy with one value overridden (command-line options win over everything). */
    public ObservaConfig with(String key, String value) {
        ObservaConfig copy = new ObservaConfig(home, values);
        copy.overrides.putAll(this.overrides);
        copy.overrides.setProperty(key, value);
        return copy;
    }

    /** Value of a key: command-line override, then system property, then environment, then file, then default. */
    public String get(String key, String defaultValue) {
        String env = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        return firstNonBlank(overrides.getProperty(key), System.getProperty(key), env, values.getProperty(key), defaultValue);
    }

    public long getLong(String key, long defaultValue) {
        return Long.parseLong(get(key, Long.toString(defaultValue)).trim());
    }

    public Path home() {
        return home;
    }

    public Path configDir() {
        return home.resolve("config");
    }

    /** An editable file: the path in {@code key} (absolute, or relative to the home), else {@code config/defaultName}. */
    public Path configFile(String key, String defaultName) {
        String path = get(key, null);
        return path == null ? configDir().resolve(defaultName) : resolve(path);
    }

    public Path routesDir() {
        return resolve(get("observa.routes", "routes"));
    }

    public Path dataDir() {
        return resolve(get("observa.data", "data"));
    }

    public Path indexDir() {
        return resolve(get("observa.index", "index"));
    }

    public Path inboxDir() {
        return dataDir().resolve("inbox");
    }

    public Path archiveDir() {
        return dataDir().resolve("archive");
    }

    public Path quarantineDir() {
        return dataDir().resolve("quarantine");
    }

    public Path journalDir() {
        return dataDir().resolve("journal");
    }

    /** What Observa understood of each report (see {@code mx.observa.store.ReportStore}). */
    public Path storeDir() {
        return dataDir().resolve("store");
    }

    public Path samplesDir() {
        return home.resolve("sample-reports");
    }

    public Path outDir() {
        return resolve(get("observa.out", "out"));
    }

    /** OCR with Spanish Tesseract: {@code off}, {@code auto} (when tesseract is installed) or {@code on}. */
    public String ocrMode() {
        return get("observa.ocr", "auto").trim().toLowerCase(Locale.ROOT);
    }

    public long maxFileBytes() {
        return getLong("observa.limits.max-file-mb", 50) * 1024 * 1024;
    }

    /** Files (attachments, uploads, entries of a ZIP) one container may hold. */
    public int maxAttachments() {
        return (int) getLong("observa.limits.max-attachments", 50);
    }

    /** Containers inside containers are unpacked up to this depth (a ZIP in a ZIP, a message forwarded in a message). */
    public int maxContainerDepth() {
        return (int) getLong("observa.limits.max-depth", 3);
    }

    /** Bytes a ZIP may unpack to per compressed byte, for each entry and for the whole archive. */
    public long maxExpansionRatio() {
        return getLong("observa.limits.max-expansion-ratio", 100);
    }

    /** Bytes all the entries of one ZIP may unpack to together. */
    public long maxUnpackedBytes() {
        return getLong("observa.limits.max-unpacked-mb", 200) * 1024 * 1024;
    }

    public int maxExtractedChars() {
        return (int) getLong("observa.limits.max-chars", 2_000_000);
    }

    /**
     * Pages OCR reads of a scanned PDF or a multi-page TIFF; the rest are left out and the text marked incomplete.
     * 20 pages take about 70 s on a busy 2-core machine, well inside the default parse timeout of 120 s.
     */
    public int maxOcrPages() {
        return (int) Math.max(1, getLong("observa.limits.max-ocr-pages", 20));
    }

    public String folioPrefix() {
        return get("observa.folio.prefix", "OBS-2022");
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        return (p.isAbsolute() ? p : home.resolve(p)).normalize();
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }
}
