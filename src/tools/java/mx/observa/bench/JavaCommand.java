package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import mx.observa.config.ObservaConfig;

/** The command line of a fresh JVM for a measured process, with the launcher's flags and the service's heap limit. */
final class JavaCommand {

    static final String HEAP = "512m";
    private static final String TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
    private static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";

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

    /**
     * Starts the process and makes sure it does not outlive the benchmark (Ctrl+C, a failed phase).
     *
     * @param quick whether this is the quick run ({@link BenchOptions#quick()}): see {@link #toolOptions}
     */
    static Process start(ProcessBuilder builder, boolean quick) throws IOException {
        Map<String, String> environment = builder.environment();
        String kept = toolOptions(environment.remove(TOOL_OPTIONS), quick);
        if (!kept.isEmpty()) {
            environment.put(TOOL_OPTIONS, kept);
        }
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "bench-fin-" + process.pid()));
        return process;
    }

    /**
     * The {@code JAVA_TOOL_OPTIONS} a measured JVM keeps of the ones this JVM was given. The test suite sets C1, the
     * serial collector, no verifier of the class path and the AOT cache for its own JVMs through the environment. A
     * full benchmark measures the JVM as an operator starts it, so it keeps none of them. The quick run, which only
     * shows that every phase works (BenchQuickIT), keeps the cheaper start-up and compiler settings but not the serial
     * collector: its heap figures come from the collector's log, and the run that keeps the harness from rotting
     * should read the same collector's log as the full benchmark does.
     */
    static String toolOptions(String inherited, boolean quick) {
        if (!quick || inherited == null) {
            return "";
        }
        return Arrays.stream(inherited.trim().split("\\s+"))
                .filter(option -> !option.equals(SERIAL_COLLECTOR))
                .collect(Collectors.joining(" "));
    }
}
