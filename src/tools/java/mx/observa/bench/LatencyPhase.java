package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inbox to searchable, under steady load: while the ingest service runs warm, files it has not seen are dropped into
 * its inbox one by one at a steady rate below its throughput (the bench runs it at two rates: half of it, and
 * {@link #LOADED} of it, where the service is busy most of the time and files queue behind each other), each written
 * as an operator's copy writes it (a hidden part file renamed into place, its time "now", so the inbox waits for it
 * to age like any other) under a name no other file of the run has. A file's latency runs from its rename to the
 * journal's timestamp of its report as indexed (of its last report, for an e-mail), which comes after the index
 * commit that covers it. The percentiles are of the files with text of their own (the target's "text formats"); on
 * the evaluation-like corpus, photos and scans arrive in the same stream, load the service with their OCR, and are
 * reported apart ({@code scans_*}).
 */
final class LatencyPhase {

    /** The share of the measured throughput files arrive at in the loaded run, the one the target is judged on. */
    static final double LOADED = 0.8;
    /** The share of the measured throughput in the run at half load (the only one before 2026-12-03 12:00). */
    static final double HALF = 0.5;

    private LatencyPhase() {
    }

    /**
     * @param throughput the service's throughput just measured, files per second
     * @param share      the share of it files are dropped at
     * @param tag        part of the names the files are dropped under (each run's own)
     * @return {@code files}, {@code rate_per_s}, {@code share_of_throughput}, {@code p50_ms}, {@code p95_ms}, {@code max_ms}, and the same
     *         percentiles from the file's archiving on ({@code archived_to_indexed_*}: without the inbox's wait)
     */
    static Map<String, Object> measure(Path inbox, JournalProgress progress, List<Path> files, double throughput,
                                       double share, String tag) throws IOException, InterruptedException {
        double perSecond = throughput * share;
        long intervalNanos = (long) (1e9 / perSecond);
        int settledBefore = progress.settled();
        Instant[] dropped = new Instant[files.size()];
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            Path part = inbox.resolve("." + name(files, i, tag) + ".part");
            Files.copy(files.get(i), part);
            Files.move(part, inbox.resolve(name(files, i, tag)));
            dropped[i] = Instant.now();
        }
        // Every file settles (indexed, quarantined, or a duplicate of bytes received before); only the indexed count.
        long deadline = System.nanoTime() + Duration.ofMinutes(5).plusSeconds(files.size()).toNanos();
        while (progress.settled() < settledBefore + files.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No se asentaron a tiempo los archivos de latencia " + tag + " ("
                        + (progress.settled() - settledBefore) + " de " + files.size() + ")");
            }
            Thread.sleep(50); // another process's journal: polled, there is no event to wait on
        }
        List<Double> text = new ArrayList<>();
        List<Double> textAfterArchive = new ArrayList<>();
        List<Double> scans = new ArrayList<>();
        int notIndexed = 0;
        for (int i = 0; i < files.size(); i++) {
            Instant indexed = progress.indexedAt(name(files, i, tag));
            if (indexed == null) {
                notIndexed++;
                continue;
            }
            double latency = Duration.between(dropped[i], indexed).toNanos() / 1e6;
            if (RealisticCorpus.isScan(files.get(i))) {
                scans.add(latency);
            } else {
                text.add(latency);
                textAfterArchive.add(Duration.between(progress.archivedAt(name(files, i, tag)), indexed).toNanos() / 1e6);
            }
        }
        double[] latencies = sorted(text);
        double[] afterArchive = sorted(textAfterArchive);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files.size());
        m.put("rate_per_s", Benchmark.round(perSecond));
        m.put("share_of_throughput", share);
        // the target is on files with text of their own; scans (OCR) arrive in the same stream and load the service
        m.put("text_files", latencies.length);
        m.put("p50_ms", Math.round(SearchPhase.percentile(latencies, 50)));
        m.put("p95_ms", Math.round(SearchPhase.percentile(latencies, 95)));
        m.put("max_ms", Math.round(latencies[latencies.length - 1]));
        // the part after the inbox handed the file over: processing and the wait for the index commit
        m.put("archived_to_indexed_p50_ms", Math.round(SearchPhase.percentile(afterArchive, 50)));
        m.put("archived_to_indexed_p95_ms", Math.round(SearchPhase.percentile(afterArchive, 95)));
        if (!scans.isEmpty()) {
            double[] ocr = sorted(scans);
            m.put("scans", ocr.length);
            m.put("scans_p50_ms", Math.round(SearchPhase.percentile(ocr, 50)));
            m.put("scans_p95_ms", Math.round(SearchPhase.percentile(ocr, 95)));
        }
        m.put("not_indexed", notIndexed);
        return m;
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The corpora of a run share file names: each file dropped here gets one of its own. */
    private static String name(List<Path> files, int i, String tag) {
        return "latencia-" + tag + "-" + i + "-" + files.get(i).getFileName();
    }
}
