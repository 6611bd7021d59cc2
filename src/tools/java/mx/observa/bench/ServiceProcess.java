package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.config.ObservaConfig;

/**
 * {@code observa serve} in its own JVM with {@code -Xmx512m}, exactly as an operator starts it (the real jar, the real
 * routes, the folder channel), so the heap limit and the process boundaries are real. Its GC log gives the heap
 * high-water mark from outside.
 */
final class ServiceProcess implements AutoCloseable {

    static final String HEAP = JavaCommand.HEAP;
    private static final String READY = "Observa en marcha";
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private static final Pattern HEAP_USED = Pattern.compile("heap[^\\n]*?used (\\d+)K");

    private final Process process;
    private final Path log;
    private final Path gcLog;
    private long lastHeapMb;

    private ServiceProcess(Process process, Path log, Path gcLog) {
        this.process = process;
        this.log = log;
        this.gcLog = gcLog;
    }

    /**
     * Starts the service on {@code config}'s data and index folders and waits until it says it is running.
     *
     * @param properties extra {@code -D} settings (isolation mode, OCR)
     * @param quick      whether this is the quick run ({@link JavaCommand#toolOptions})
     */
    static ServiceProcess start(ObservaConfig config, Path jar, Path runDir, List<String> properties, boolean profile,
                                boolean quick) throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        Path log = runDir.resolve("servicio.log");
        Path gcLog = runDir.resolve("gc.log");
        List<String> cmd = new ArrayList<>(JavaCommand.of(config, List.of("-Xlog:gc:file=" + gcLog)));
        // to compare other JVM settings of the service (compiler, collector) in a run; a later flag wins
        String extra = System.getenv().getOrDefault("OBSERVA_BENCH_SERVICE_JAVA_OPTIONS", "").trim();
        if (!extra.isEmpty()) {
            cmd.addAll(List.of(extra.split("\\s+")));
        }
        if (profile) {
            cmd.add("-XX:StartFlightRecording=filename=" + runDir.resolve("ingesta.jfr") + ",settings=profile");
        }
        properties.forEach(p -> cmd.add("-D" + p));
        cmd.addAll(List.of("-jar", jar.toString(),
                "--data", config.dataDir().toString(), "--index", config.indexDir().toString(),
                "serve", "--port", Integer.toString(freePort())));
        Process p = JavaCommand.start(new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())), quick);
        ServiceProcess service = new ServiceProcess(p, log, gcLog);
        service.awaitReady(Duration.ofMinutes(2));
        return service;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log).contains(READY)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("El servicio no arrancó; vea " + log + ":\n" + Files.readString(log));
            }
            Thread.sleep(100); // polling another process's log: there is no event to wait on
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /**
     * The heap in use right now, asked through {@code jcmd GC.heap_info}: the high-water mark between collections is
     * in the GC log, but a run that ends between two collections has its last stretch only here.
     */
    void sampleHeap() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.heap_info")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        Matcher m = HEAP_USED.matcher(out);
        if (m.find()) {
            lastHeapMb = Long.parseLong(m.group(1)) / 1024;
        }
    }

    /** The largest heap occupancy the service's collector saw before a collection (or at the last sample), in MB. */
    long peakHeapMb() throws IOException {
        return Math.max(lastHeapMb, peakHeapMb(gcLog));
    }

    /**
     * The largest heap occupancy in a JVM's GC log, in MB (0 without one): before each collection, and at exit when
     * the log has {@code gc+heap+exit} (a short run may end before its first collection).
     */
    static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_HEAP.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, toMb(Long.parseLong(m.group(1)), m.group(2)));
                }
                Matcher exit = HEAP_USED.matcher(line);
                if (line.contains("exit") && exit.find()) {
                    peak = Math.max(peak, Long.parseLong(exit.group(1)) / 1024);
                }
            }
        }
        return peak;
    }

    private static long toMb(long value, String unit) {
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the service as Ctrl+C would (its shutdown hook closes the index and the Tika workers). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
