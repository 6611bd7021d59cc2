package mx.observa.extract;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.PipesConfigBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.config.ObservaConfig;

/**
 * Where parsing runs. By default in a pool of warm child JVMs (Tika Pipes, {@link PipesReader}), so a parser that
 * hangs, loops or runs out of memory on a hostile file is stopped and the service keeps running; {@code in-process}
 * is for tools and unit tests. The children load Observa's own classes (its jar, or target/classes) before the jars
 * in {@code lib/}, so they run with the same Tika set-up as this JVM: Observa's encoding detector included.
 */
final class ParserIsolation {

    private static final Logger LOG = LoggerFactory.getLogger(ParserIsolation.class);

    /** What the children are configured with: Tika's defaults, plus the fetcher they read archived files with. */
    private static final String CHILD_TIKA_CONFIG = """
            <properties>
              <fetchers>
                <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                  <name>%s</name>
                  <allowAbsolutePaths>true</allowAbsolutePaths>
                </fetcher>
              </fetchers>
            </properties>
            """.formatted(PipesReader.FETCHER);

    private ParserIsolation() {
    }

    /**
     * @param workDir  where the children's Tika config is written (Observa's temporary folder in its data folder)
     * @param probe    a tiny document any working parser reads: each new child reads it before it takes work
     */
    static TikaReader create(ObservaConfig config, TikaConfig tika, int maxChars, Path workDir, Path probe) {
        String mode = config.get("observa.extract.isolation");
        if (!"fork".equals(mode)) {
            return new InProcessReader(tika, maxChars);
        }
        List<Path> classpath = classpath(config);
        if (classpath == null) {
            LOG.warn("No se encontró la carpeta de bibliotecas (target/lib); Tika se ejecuta dentro del proceso, sin aislamiento.");
            return new InProcessReader(tika, maxChars);
        }
        if (Boolean.parseBoolean(config.get("observa.extract.shared-workers").strip())) {
            return shared(config, classpath, maxChars, probe);
        }
        return new PipesReader(pipes(config, classpath, write(workDir, "tika-pipes-", ".xml", CHILD_TIKA_CONFIG)),
                workers(config), maxChars, (int) config.getLong("observa.extract.files-per-worker"), probe);
    }

    private static PipesConfigBase pipes(ObservaConfig config, List<Path> classpath, Path tikaConfig) {
        PipesConfigBase pipes = new PipesConfigBase();
        pipes.setTikaConfig(tikaConfig);
        pipes.setJavaPath(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pipes.setForkedJvmArgs(jvmArgs(config, classpath));
        pipes.setTimeoutMillis(parseTimeoutMillis(config));
        pipes.setStartupTimeoutMillis(config.getLong("observa.extract.worker-start-s") * 1000);
        pipes.setSleepOnStartupTimeoutMillis(1000);
        pipes.setMaxForEmitBatchBytes(-1); // every result comes back to this JVM: the children emit nothing
        pipes.setShutdownClientAfterMillis(0); // an idle child stays warm; it ends when this JVM ends or closes it
        pipes.setNumClients(workers(config));
        return pipes;
    }

    /**
     * The pools of this JVM that {@code observa.extract.shared-workers} extractors share, by everything a pool's
     * children are started and used with: extractors of the same settings read through the same warm children.
     */
    private static final Map<List<Object>, PipesReader> SHARED = new HashMap<>();
    private static Path sharedDir;

    /**
     * A pool of this JVM's, shared with every extractor of the same settings, which closing the extractor leaves
     * running (its children end with this JVM): for a JVM that starts many short-lived services, as the tests do,
     * each of which would otherwise start and warm up children of its own. Its Tika config and warm-up page live in
     * a folder of this JVM's, not in the data folder of the service that happened to start it.
     */
    private static synchronized TikaReader shared(ObservaConfig config, List<Path> classpath, int maxChars, Path probe) {
        int workers = workers(config);
        int filesPerWorker = (int) config.getLong("observa.extract.files-per-worker");
        List<Object> key = List.of(jvmArgs(config, classpath), parseTimeoutMillis(config),
                config.getLong("observa.extract.worker-start-s"), workers, maxChars, filesPerWorker);
        PipesReader pool = SHARED.get(key);
        if (pool == null) {
            Path dir = sharedDir();
            Path sharedProbe = dir.resolve("comprobacion-" + SHARED.size() + ".html");
            try {
                Files.copy(probe, sharedProbe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sharedProbe.toFile().deleteOnExit();
            Path tikaConfig = write(dir, "tika-pipes-", ".xml", CHILD_TIKA_CONFIG);
            tikaConfig.toFile().deleteOnExit();
            pool = new PipesReader(pipes(config, classpath, tikaConfig), workers, maxChars, filesPerWorker, sharedProbe);
            SHARED.put(key, pool);
        }
        PipesReader shared = pool;
        return new TikaReader() {
            @Override
            public RawText read(Path file, String sourceName, ParseContext context) {
                return shared.read(file, sourceName, context);
            }

            @Override
            public void close() {
                // the pool outlives this extractor: the next one of the same settings reads through it
            }
        };
    }

    private static Path sharedDir() {
        if (sharedDir == null) {
            try {
                sharedDir = Files.createTempDirectory("observa-tika-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sharedDir.toFile().deleteOnExit(); // registered first, deleted last: after the files in it
        }
        return sharedDir;
    }

    /** Child JVMs that read files at once: {@code observa.extract.workers}, {@code auto} = one per core. */
    static int workers(ObservaConfig config) {
        return (int) Math.max(1, config.getLong("observa.extract.workers", Runtime.getRuntime()::availableProcessors));
    }

    static long parseTimeoutMillis(ObservaConfig config) {
        return config.getLong("observa.limits.parse-timeout-s") * 1000;
    }

    private static List<String> jvmArgs(ObservaConfig config, List<Path> classpath) {
        List<String> args = new ArrayList<>();
        args.add("-cp");
        args.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        args.add("-Xmx" + config.get("observa.extract.worker-heap"));
        // No -XX:+ExitOnOutOfMemoryError: the child reports the OOM itself (a typed outcome), then exits.
        args.add("-Djava.awt.headless=true");
        args.add("-Dfile.encoding=UTF-8");
        args.add("--enable-native-access=ALL-UNNAMED");
        args.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        // the children's compiler and collector (bench/README.md: measured against the JVM's defaults)
        String options = config.get("observa.extract.worker-java-options").trim();
        if (!options.isEmpty()) {
            args.addAll(List.of(options.split("\\s+")));
        }
        return args;
    }

    /**
     * Observa's code (its jar, or target/classes; or the jar {@code observa.extract.code} names) and every jar of the
     * folder of runtime jars: configured, or {@code lib/} beside the code. Null when there is no such folder.
     */
    static List<Path> classpath(ObservaConfig config) {
        try {
            Path code = code(config);
            String configured = config.get("observa.extract.lib");
            Path lib = configured.isBlank() ? code.getParent().resolve("lib") : Path.of(configured);
            if (!Files.isDirectory(lib) || !hasTika(lib)) {
                return null;
            }
            return List.of(code.toAbsolutePath(), lib.toAbsolutePath().resolve("*"));
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The code the children load Observa's classes from: this JVM's own, unless {@code observa.extract.code} names a
     * jar of the same build. The integration tests name target/observa.jar for the services they run inside the test
     * JVM (whose own code is target/classes): a child started from the jar reads its classes from the AOT cache the
     * build trains for that jar's class path, and one started from target/classes cannot.
     */
    private static Path code(ObservaConfig config) throws URISyntaxException {
        Path own = Path.of(ParserIsolation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String configured = config.get("observa.extract.code").strip();
        if (configured.isEmpty()) {
            return own;
        }
        Path jar = Path.of(configured);
        if (!Files.isRegularFile(jar)) {
            LOG.warn("No existe {} (observa.extract.code); las JVM hijas de Tika cargan el código de {}.", jar, own);
            return own;
        }
        return jar;
    }

    private static boolean hasTika(Path lib) {
        File[] jars = lib.toFile().listFiles((d, n) -> n.startsWith("tika-core"));
        return jars != null && jars.length > 0;
    }

    /** A file of this instance's own (several extractors may share a data folder); deleted on close. */
    static Path write(Path dir, String prefix, String suffix, String content) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(Files.createTempFile(dir, prefix, suffix), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
