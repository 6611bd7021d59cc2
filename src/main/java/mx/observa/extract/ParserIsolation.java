package mx.observa.extract;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.config.ObservaConfig;

/**
 * Where parsing runs. By default in a pool of child JVMs (Tika's {@link ForkParser}), so a parser that hangs, loops or
 * runs out of memory on a hostile file is killed after a timeout and the service keeps running; {@code in-process}
 * is for tools and unit tests. The children load the same jars as the application ({@code target/lib} beside
 * {@code observa.jar}).
 */
final class ParserIsolation {

    private static final Logger LOG = LoggerFactory.getLogger(ParserIsolation.class);

    private ParserIsolation() {
    }

    static Parser create(ObservaConfig config, TikaConfig tika) {
        String mode = config.get("observa.extract.isolation", "fork");
        Path libDir = libDir(config);
        if (!"fork".equals(mode)) {
            return new AutoDetectParser(tika);
        }
        if (libDir == null) {
            LOG.warn("No se encontró la carpeta de bibliotecas (target/lib); Tika se ejecuta dentro del proceso, sin aislamiento.");
            return new AutoDetectParser(tika);
        }
        ForkParser fork = new ForkParser(libDir, new ParserFactoryFactory(
                "org.apache.tika.parser.AutoDetectParserFactory", new HashMap<>()));
        fork.setPoolSize((int) config.getLong("observa.extract.workers", Runtime.getRuntime().availableProcessors()));
        fork.setServerParseTimeoutMillis(parseTimeoutMillis(config));
        // how long an idle worker waits for the next file; not the parse limit (a short one would kill starting workers)
        fork.setServerWaitTimeoutMillis(Math.max(parseTimeoutMillis(config), 120_000));
        fork.setMaxFilesProcessedPerServer((int) config.getLong("observa.extract.files-per-worker", 500));
        fork.setJavaCommand(javaCommand(config));
        return fork;
    }

    static long parseTimeoutMillis(ObservaConfig config) {
        return config.getLong("observa.limits.parse-timeout-s", 120) * 1000;
    }

    private static List<String> javaCommand(ObservaConfig config) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + config.get("observa.extract.worker-heap", "768m"));
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        return cmd;
    }

    /** The folder of runtime jars: configured, or {@code lib/} beside the jar (or beside target/classes). */
    private static Path libDir(ObservaConfig config) {
        String configured = config.get("observa.extract.lib", null);
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path code = Path.of(ParserIsolation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = code.getParent().resolve("lib");
            return Files.isDirectory(lib) && hasTika(lib) ? lib : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static boolean hasTika(Path lib) {
        File[] jars = lib.toFile().listFiles((d, n) -> n.startsWith("tika-core"));
        return jars != null && jars.length > 0;
    }
}
