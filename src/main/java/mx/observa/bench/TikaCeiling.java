package mx.observa.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import mx.observa.config.ObservaConfig;
import mx.observa.extract.TextExtractor;
import mx.observa.model.RejectedSubmission;

/**
 * The physical ceiling of ingest: the extraction stage alone ({@link TextExtractor}: type detection, Tika with the
 * pipeline's parse settings, the UTF-8 shortcut for plain text, text clean-up) on every file of the corpus, with as
 * many threads as cores and nothing else — no archive, journal, Camel, understanding or index. Measured in the given
 * isolation mode ({@code fork}: a pool of Tika child JVMs, the service's default; {@code in-process}).
 */
final class TikaCeiling {

    private TikaCeiling() {
    }

    static PhaseResult run(ObservaConfig base, String isolation, List<Path> warmup, List<Path> files, int workers)
            throws Exception {
        ObservaConfig config = base.with("observa.extract.isolation", isolation)
                .with("observa.extract.workers", Integer.toString(workers))
                .with("observa.ocr", "off");
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (MemoryProbe memory = MemoryProbe.start();
             RssSampler rss = new RssSampler(ProcessHandle.current());
             TextExtractor extractor = new TextExtractor(config)) {
            extractAll(extractor, warmup, pool);
            long start = System.nanoTime();
            int[] outcome = extractAll(extractor, files, pool);
            double seconds = (System.nanoTime() - start) / 1e9;
            rss.close();
            return new PhaseResult("tika-" + isolation, seconds, memory.peakHeapMb(), memory.peakRssMb(), Benchmark.figures(
                    "docs", files.size(),
                    "rejected", outcome[1],
                    "docs_per_s", Benchmark.round(files.size() / seconds),
                    "workers", workers,
                    "workers_peak_rss_mb", rss.childrenPeakMb()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return {extracted, rejected} */
    private static int[] extractAll(TextExtractor extractor, List<Path> files, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        List<Future<Boolean>> results = new ArrayList<>();
        for (Path f : files) {
            results.add(pool.submit(() -> {
                try {
                    extractor.extract(f, f.getFileName().toString());
                    return true;
                } catch (RejectedSubmission rejected) {
                    return false;
                }
            }));
        }
        int ok = 0;
        for (Future<Boolean> r : results) {
            ok += r.get() ? 1 : 0;
        }
        return new int[] {ok, files.size() - ok};
    }
}
