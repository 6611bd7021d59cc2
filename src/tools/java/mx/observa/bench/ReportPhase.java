package mx.observa.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import mx.observa.archive.JournalEntry;
import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.IndexSchema;
import mx.observa.model.Report;
import mx.observa.report.ReportWriter;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The consolidated report over {@code n} reports: a data folder whose journal and index hold {@code n} understood
 * reports is prepared (not timed), then {@link ReportWriter#write} — the public entry point the command and the
 * scheduler use — is timed end to end, reading the journal and every finding back from the index.
 */
final class ReportPhase {

    private ReportPhase() {
    }

    static PhaseResult run(ObservaConfig base, Path workDir, int reports, long seed) throws IOException {
        Path dir = workDir.resolve("informe-" + reports);
        Benchmark.deleteTree(dir);
        ObservaConfig config = base.with("observa.data", dir.resolve("data").toString())
                .with("observa.index", dir.resolve("index").toString());
        long findings = prepare(config, reports, seed);
        try (MemoryProbe memory = MemoryProbe.start()) {
            long start = System.nanoTime();
            List<Path> written = ReportWriter.write(config, dir.resolve("out"), null);
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = 0;
            for (Path p : written) {
                bytes += Files.size(p);
            }
            return new PhaseResult("informe", seconds, memory.peakHeapMb(), memory.peakRssMb(), Benchmark.figures(
                    "reports", reports, "findings", findings, "output_kb", bytes / 1024));
        }
    }

    /** Writes the journal (archived + indexed per report, as the pipeline would) and the index; returns findings. */
    private static long prepare(ObservaConfig config, int reports, long seed) throws IOException {
        List<Report> all = new SyntheticReports(seed).range(0, reports);
        Files.createDirectories(config.journalDir());
        // Written in the journal's own line format; appending through Journal would fsync 2n times for set-up only.
        try (BufferedWriter out = Files.newBufferedWriter(config.journalDir().resolve("journal.jsonl"),
                StandardCharsets.UTF_8)) {
            for (Report r : all) {
                var s = r.submission();
                line(out, new JournalEntry(s.receivedAt(), JournalEntry.Event.ARCHIVED.id(), s.folio(), s.sha256(),
                        s.channel().id(), s.sourceName(), null, null, null));
                line(out, new JournalEntry(s.receivedAt().plusSeconds(5), JournalEntry.Event.INDEXED.id(), s.folio(),
                        s.sha256(), s.channel().id(), s.sourceName(), null, null, r.findings().size()));
            }
        }
        try (FindingIndex index = FindingIndex.open(config.indexDir(), new FoldingSpanishAnalyzer(), new IndexSchema())) {
            all.parallelStream().forEach(index::replace);
            index.commit();
        }
        return all.stream().mapToLong(r -> r.findings().size()).sum();
    }

    private static void line(BufferedWriter out, JournalEntry entry) throws IOException {
        out.write(Json.MAPPER.writeValueAsString(entry));
        out.write('\n');
    }
}
