package mx.observa.app;

import org.apache.camel.spi.PropertiesSource;

import mx.observa.config.ObservaConfig;
import mx.observa.intake.TakenFromInbox;

/**
 * Lets every {@code {{observa.*}}} placeholder in the YAML routes resolve through {@link ObservaConfig}, so a value
 * set in config/observa.properties, with -D, an OBSERVA_* variable or a command-line option reaches the routes the
 * same way it reaches the Java code.
 */
final class ConfigPropertiesSource implements PropertiesSource {

    private final ObservaConfig config;

    ConfigPropertiesSource(ObservaConfig config) {
        this.config = config;
    }

    @Override
    public String getName() {
        return "observa-config";
    }

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
        return name.startsWith("observa.") ? config.get(name, null) : null;
    }
}
