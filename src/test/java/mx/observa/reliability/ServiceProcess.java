package mx.observa.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

/**
 * Observa as a separate JVM with a 512 MB heap, as an operator would run it ({@code observa serve}, or any other
 * command), so a test can kill it.
 */
final class ServiceProcess {

    private ServiceProcess() {
    }

    /** @param properties extra -D settings, e.g. {@code "observa.limits.parse-timeout-s=5"} */
    static Process start(ObservaConfig config, Path log, String... properties) throws IOException {
        return command(config, log, List.of("serve", "--port", config.get("observa.port")), properties);
    }

    /**
     * {@code observa serve} allowed at most {@code fileLimit} open files (sockets included), as a process whose limit
     * is low — or about to be reached — would be.
     */
    static Process startWithFileLimit(ObservaConfig config, Path log, int fileLimit, String... properties)
            throws IOException {
        return command(config, log, "ulimit -n " + fileLimit + " && exec \"$@\"",
                List.of("serve", "--port", config.get("observa.port")), properties);
    }

    /** {@code observa <args>} on the data folder and index of {@code config}; output appended to {@code log}. */
    static Process command(ObservaConfig config, Path log, List<String> args, String... properties) throws IOException {
        return command(config, log, null, args, properties);
    }

    /** @param shell a bash command line run before the JVM, ending with {@code exec "$@"}; null for none */
    private static Process command(ObservaConfig config, Path log, String shell, List<String> args,
                                   String... properties) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>();
        if (shell != null) {
            cmd.addAll(List.of("bash", "-c", shell, "bash"));
        }
        cmd.addAll(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-Dobserva.home=" + TestHome.projectRoot(),
                "-Dobserva.inbox.min-age-ms=100", "-Dobserva.inbox.poll-ms=100",
                // the test home's accounts (QuickDemoUsers): a sign-in at the shipped work factor costs a C1 JVM 1.2 s
                "-Dobserva.usuarios=" + mx.observa.access.Users.file(config)));
        for (String p : properties) {
            cmd.add("-D" + p);
        }
        cmd.addAll(List.of("-jar", TestHome.projectRoot().resolve("target/observa.jar").toString(),
                "--data", config.dataDir().toString(), "--index", config.indexDir().toString()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
