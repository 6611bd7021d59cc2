package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mx.observa.config.ObservaConfig;

/** The command line of a fresh JVM for a measured process, with the launcher's flags and the service's heap limit. */
final class JavaCommand {

    static final String HEAP = "512m";

    private JavaCommand() {
    }

    static List<String> of(ObservaConfig config, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Xmx" + HEAP, "-Dobserva.home=" + config.home()));
        cmd.addAll(jvmOptions);
        return cmd;
    }

    /**
     * The service jar plus the folder (or jar) the benchmark's own classes come from: a child JVM that runs a bench
     * class needs both, since the tools are never packed into the service's jar.
     */
    static String classPathWithTools(Path serviceJar) {
        try {
            Path tools = Path.of(JavaCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return serviceJar + java.io.File.pathSeparator + tools;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("No se pudo ubicar las clases del banco de pruebas", e);
        }
    }

    /** Starts the process and makes sure it does not outlive the benchmark (Ctrl+C, a failed phase). */
    static Process start(ProcessBuilder builder) throws IOException {
        // The measured JVM runs with these flags only: the test suite sets C1 and the serial collector for its own
        // JVMs through the environment, and a benchmark must not inherit that (nor read the serial collector's log).
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "bench-fin-" + process.pid()));
        return process;
    }
}
