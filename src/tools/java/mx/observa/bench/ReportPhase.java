package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import mx.observa.config.ObservaConfig;
import mx.observa.report.Publishing;
import mx.observa.report.ReportWriter;

/**
 * The consolidated report over {@code n} reports: a data folder whose journal and report store hold {@code n}
 * understood reports is prepared (not timed), then {@link ReportWriter#write} — the public entry point the command and
 * the scheduler use — is timed end to end, reading the journal and every report from the store.
 */
final class ReportPhase {

    private ReportPhase() {
    }

    static PhaseResult run(ObservaConfig base, Path workDir, int reports, long seed) throws IOException {
        Path dir = workDir.resolve("informe-" + reports);
        Benchmark.deleteTree(dir);
        ObservaConfig config = base.with("observa.data", dir.resolve("data").toString())
                .with("observa.index", dir.resolve("index").toString());
        long findings = SyntheticDataFolder.write(config, reports, seed);
        try (MemoryProbe memory = MemoryProbe.start()) {
            long start = System.nanoTime();
            List<Path> written = ReportWriter.write(config, Publishing.configured(config), dir.resolve("out"), null);
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = 0;
            for (Path p : written) {
                bytes += Files.size(p);
            }
            return new PhaseResult("informe", seconds, memory.peakHeapMb(), memory.peakRssMb(), Benchmark.figures(
                    "reports", reports, "findings", findings, "output_kb", bytes / 1024));
        }
    }
}
