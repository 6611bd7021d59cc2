package mx.observa.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Where things live and the limits in force. Every setting has its one default in {@code config/observa.properties}
 * of the source tree, shipped inside the jar ({@value #DEFAULTS_RESOURCE}); over it, in increasing order of
 * precedence: the home's {@code config/observa.properties}, environment variables ({@code OBSERVA_DATA}), system
 * properties ({@code -Dobserva.data=...}) and command-line options ({@link #with}). A blank value at one level
 * lets the next one down decide. Every other configuration file a person edits (taxonomy, geography, calendar, users)
 * is found under {@link #configDir()}.
 */
public final class ObservaConfig {

    /** The project's config/observa.properties as the build packs it (see pom.xml). */
    static final String DEFAULTS_RESOURCE = "observa.properties";

    private static final Properties DEFAULTS = shippedDefaults();

    private final Path home;
    private final Properties values = new Properties();
    private final Properties overrides = new Properties();
    private final UnaryOperator<String> environment;

    private ObservaConfig(Path home, Properties fileValues, UnaryOperator<String> environment) {
        this.home = home.toAbsolutePath().normalize();
        this.values.putAll(fileValues);
        this.environment = environment;
    }

    /** The configuration of the Observa home given by {@code observa.home} (the launcher sets it), else the working directory. */
    public static ObservaConfig load() {
        String home = firstNonBlank(System.getProperty("observa.home"), System.getenv("OBSERVA_HOME"), ".");
        return load(Path.of(home));
    }

    public static ObservaConfig load(Path home) {
        return load(home, System::getenv);
    }

    /** @param environment the value of an environment variable by name (the process's, or a test's) */
    static ObservaConfig load(Path home, UnaryOperator<String> environment) {
        Path file = home.resolve("config").resolve("observa.properties");
        Properties fileValues = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                fileValues.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo leer la configuración " + file, e);
            }
        }
        return new ObservaConfig(home, fileValues, environment);
    }

    /** Every key Observa reads: those that have a default. */
    public static Set<String> keys() {
        return DEFAULTS.stringPropertyNames();
    }

    private static Properties shippedDefaults() {
        Properties defaults = new Properties();
        try (InputStream in = ObservaConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Falta " + DEFAULTS_RESOURCE + " (los valores por omisión) junto a "
                        + ObservaConfig.class.getName() + ": el programa no se construyó completo.");
            }
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudieron leer los valores por omisión de la configuración", e);
        }
        return defaults;
    }

    /** A copy with one value overridden (command-line options win over everything). */
    public ObservaConfig with(String key, String value) {
        ObservaConfig copy = new ObservaConfig(home, values, environment);
        copy.overrides.putAll(this.overrides);
        copy.overrides.setProperty(key, value);
        return copy;
    }

    /**
     * Value of a key: command-line override, then system property, then environment, then the home's file, then the
     * shipped default ({@code ""} when the setting is optional and unset). A key without a default is a programming
     * error: it fails here, naming the key.
     */
    public String get(String key) {
        String shipped = DEFAULTS.getProperty(key);
        if (shipped == null) {
            throw new IllegalArgumentException("La clave de configuración " + key
                    + " no tiene valor por omisión en config/observa.properties");
        }
        String env = environment.apply(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        String value = firstNonBlank(overrides.getProperty(key), System.getProperty(key), env, values.getProperty(key));
        return value != null ? value : shipped;
    }

    /** The sender of Observa's mail: {@code observa.mail.from}, else the mailbox user. */
    public String mailFrom() {
        String from = get("observa.mail.from");
        return from.isBlank() ? get("observa.mail.user") : from;
    }

    /** Where observers and analysts reach Observa, for links in mail: {@code observa.public-url}, else localhost. */
    public String publicUrl() {
        String configured = get("observa.public-url");
        return configured.isBlank() ? "http://localhost:" + get("observa.port") : configured;
    }

    /**
     * A setting named after a user ({@code prefix + user}), which has no shipped default because the users are data:
     * its value, or null when it is not set.
     */
    public String perUser(String prefix, String user) {
        String key = prefix + user;
        String env = environment.apply(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        return firstNonBlank(overrides.getProperty(key), System.getProperty(key), env, values.getProperty(key));
    }

    public long getLong(String key) {
        return Long.parseLong(get(key).trim());
    }

    /** A number, or {@code auto} for one this machine decides (e.g. from its cores). */
    public long getLong(String key, LongSupplier auto) {
        String value = get(key).trim();
        return "auto".equalsIgnoreCase(value) ? auto.getAsLong() : Long.parseLong(value);
    }

    public Path home() {
        return home;
    }

    public Path configDir() {
        return home.resolve("config");
    }

    /** An editable file: the path in {@code key}, absolute or relative to the home. */
    public Path configFile(String key) {
        return resolve(get(key));
    }

    public Path routesDir() {
        return resolve(get("observa.routes"));
    }

    public Path dataDir() {
        return resolve(get("observa.data"));
    }

    public Path indexDir() {
        return resolve(get("observa.index"));
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
        return resolve(get("observa.out"));
    }

    /** OCR with Spanish Tesseract: {@code off}, {@code auto} (when tesseract is installed) or {@code on}. */
    public String ocrMode() {
        return get("observa.ocr").trim().toLowerCase(Locale.ROOT);
    }

    public long maxFileBytes() {
        return getLong("observa.limits.max-file-mb") * 1024 * 1024;
    }

    /** Files (attachments, uploads, entries of a ZIP) one container may hold. */
    public int maxAttachments() {
        return (int) getLong("observa.limits.max-attachments");
    }

    /** Containers inside containers are unpacked up to this depth (a ZIP in a ZIP, a message forwarded in a message). */
    public int maxContainerDepth() {
        return (int) getLong("observa.limits.max-depth");
    }

    /** Bytes a ZIP may unpack to per compressed byte, for each entry and for the whole archive. */
    public long maxExpansionRatio() {
        return getLong("observa.limits.max-expansion-ratio");
    }

    /** Bytes all the entries of one ZIP may unpack to together. */
    public long maxUnpackedBytes() {
        return getLong("observa.limits.max-unpacked-mb") * 1024 * 1024;
    }

    public int maxExtractedChars() {
        return (int) getLong("observa.limits.max-chars");
    }

    /**
     * Pages OCR reads of a scanned PDF or a multi-page TIFF; the rest are left out and the text marked incomplete.
     * 20 pages take about 70 s on a busy 2-core machine, well inside the default parse timeout of 120 s.
     */
    public int maxOcrPages() {
        return (int) Math.max(1, getLong("observa.limits.max-ocr-pages"));
    }

    public String folioPrefix() {
        return get("observa.folio.prefix");
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
