package mx.observa.app;

import java.util.Set;

import org.apache.camel.spi.PropertiesSource;

import mx.observa.config.ObservaConfig;
import mx.observa.intake.TakenFromInbox;

/**
 * Lets every {@code {{observa.*}}} placeholder in the YAML routes resolve through {@link ObservaConfig}, so a value
 * set in config/observa.properties, with -D, an OBSERVA_* variable or a command-line option reaches the routes the
 * same way it reaches the Java code: the routes write no defaults of their own ({@code {{observa.x}}}, never
 * {@code {{observa.x:1}}}), and a placeholder whose key has no default fails at start-up, naming the key.
 * The three folders below are derived from the data folder, not settings of their own; the processing threads may be
 * {@code auto} ({@link ProcessingThreads}).
 */
public final class ConfigPropertiesSource implements PropertiesSource {

    private final ObservaConfig config;

    public ConfigPropertiesSource(ObservaConfig config) {
        this.config = config;
    }

    @Override
    public String getName() {
        return "observa-config";
    }

    /** Placeholders the routes use that are folders derived from other settings. */
    public static final Set<String> DERIVED = Set.of("observa.inbox", "observa.control", "observa.inbox.taken");

    @Override
    public String getProperty(String name) {
        if ("observa.inbox".equals(name)) {
            return config.inboxDir().toString();
        }
        if ("observa.control".equals(name)) {
            return Retries.requestDir(config).toString();
        }
        if ("observa.inbox.taken".equals(name)) {
            return TakenFromInbox.dir(config).toString();
        }
        if (ProcessingThreads.KEY.equals(name)) {
            return Integer.toString(ProcessingThreads.of(config));
        }
        return name.startsWith("observa.") ? config.get(name) : null;
    }
}
