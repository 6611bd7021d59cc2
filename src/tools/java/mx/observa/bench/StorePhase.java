package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mx.observa.config.ObservaConfig;

/**
 * Everything that reads every report, at the size of a whole consultation: a data folder whose journal and report
 * store hold {@code n} understood reports (100,000 in the full run) is prepared once and kept in the work folder
 * (same size and seed, same data), then each reader runs as an operator runs it, in its own JVM with the service's
 * {@code -Xmx512m} and the real jar, timed from start to exit, its heap high-water mark taken from its GC log:
 *
 * <ol>
 *   <li>{@code status}: the counts (journal and store, no report read);</li>
 *   <li>{@code reindex}: the index rebuilt from the store (no file read again, no Tika);</li>
 *   <li>{@code ingest} of nothing: the service's start, which learns the near-duplicate signatures of every stored
 *       report;</li>
 *   <li>{@code report}: the whole consolidated edition (HTML, PDF, CSV, JSON, manifest).</li>
 * </ol>
 * A reader that needed more than the heap would fail with an out-of-memory error, and the phase with it.
 */
final class StorePhase {

    private StorePhase() {
    }

    /** @param quick whether this is the quick run ({@link JavaCommand#toolOptions}) */
    static List<PhaseResult> run(ObservaConfig base, Path workDir, Path jar, int reports, long seed,
                                 boolean quick) throws IOException, InterruptedException {
        Path dir = workDir.resolve("almacen-" + reports + "-" + seed);
        ObservaConfig config = base.with("observa.data", dir.resolve("data").toString())
                .with("observa.index", dir.resolve("index").toString());
        Path ready = dir.resolve(".listo");
        if (!Files.exists(ready)) {
            Benchmark.deleteTree(dir);
            Files.writeString(ready, Long.toString(SyntheticDataFolder.write(config, reports, seed)));
        }
        long findings = Long.parseLong(Files.readString(ready).strip());
        Benchmark.deleteTree(config.indexDir());
        Path empty = Files.createDirectories(dir.resolve("vacia"));
        long storeMb = Files.size(config.storeDir().resolve(mx.observa.store.SqliteReportStore.FILE)) / (1024 * 1024);
        List<PhaseResult> results = new ArrayList<>();
        results.add(command(config, jar, quick, dir, "almacen-status", reports, findings, storeMb,
                List.of("status", "--json")));
        results.add(command(config, jar, quick, dir, "almacen-reindex", reports, findings, storeMb,
                List.of("reindex")));
        results.add(command(config, jar, quick, dir, "almacen-arranque", reports, findings, storeMb,
                List.of("ingest", empty.toString())));
        results.add(command(config, jar, quick, dir, "almacen-informe", reports, findings, storeMb,
                List.of("report", "--out", dir.resolve("informe").toString())));
        return results;
    }

    private static PhaseResult command(ObservaConfig config, Path jar, boolean quick, Path dir, String name,
                                       int reports, long findings, long storeMb, List<String> args)
            throws IOException, InterruptedException {
        Path gcLog = dir.resolve(name + ".gc.log");
        Path log = dir.resolve(name + ".log");
        Files.deleteIfExists(gcLog);
        List<String> cmd = new ArrayList<>(JavaCommand.of(config, List.of("-Xlog:gc,gc+heap+exit:file=" + gcLog)));
        cmd.addAll(List.of("-jar", jar.toString(), "--data", config.dataDir().toString(),
                "--index", config.indexDir().toString()));
        cmd.addAll(args);
        long start = System.nanoTime();
        Process p = JavaCommand.start(new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())), quick);
        long rssMb;
        try (ProcessSampler sampler = new ProcessSampler(p.toHandle())) {
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(name + " no terminó en 60 minutos; véase " + log);
            }
            rssMb = sampler.rootPeakMb();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("observa " + String.join(" ", args) + " falló con -Xmx" + JavaCommand.HEAP
                    + " (código " + p.exitValue() + "); véase " + log);
        }
        return new PhaseResult(name, seconds, ServiceProcess.peakHeapMb(gcLog), rssMb, Benchmark.figures(
                "reports", reports, "findings", findings, "store_mb", storeMb, "heap_limit", JavaCommand.HEAP));
    }
}
