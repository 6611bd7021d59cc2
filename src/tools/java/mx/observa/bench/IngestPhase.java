package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import mx.observa.config.ObservaConfig;

/**
 * End-to-end ingest through the real path: {@code observa serve} runs in its own JVM with {@code -Xmx512m}; the corpus
 * is dropped into its inbox at once (one directory rename) and the clock stops when the journal shows every file
 * settled — archived, extracted, understood, committed to the index and journaled as indexed (or quarantined). A
 * warm-up set goes through first, untimed, so JIT and the Tika workers are warm as in a service that has been running.
 */
final class IngestPhase {

    private IngestPhase() {
    }

    /**
     * @param latencyFiles dropped one by one after the timed batch for {@link LatencyPhase}: the first half at half
     *                     the throughput just measured, the second at {@link LatencyPhase#LOADED} of it; none:
     *                     latency is not measured
     * @param corpus       {@code ""} (synthetic, OCR off) or {@link TikaCeiling#REALISTIC} (OCR on)
     */
    static PhaseResult run(ObservaConfig base, BenchOptions options, String isolation, List<Path> warmup,
                           List<Path> files, List<Path> latencyFiles, String corpus) throws Exception {
        String name = "ingesta-" + isolation + corpus;
        Path runDir = options.workDir().resolve(name);
        Benchmark.deleteTree(runDir);
        ObservaConfig config = base.with("observa.data", runDir.resolve("data").toString())
                .with("observa.index", runDir.resolve("index").toString());
        Path warmupBatch = stage(warmup, runDir.resolve("preparado").resolve("calentamiento"));
        Path batch = stage(files, runDir.resolve("preparado").resolve("lote"));
        List<String> properties = List.of("observa.extract.isolation=" + isolation, "observa.ocr=" + TikaCeiling.ocr(corpus),
                "observa.extract.workers=" + options.workers());
        JournalProgress progress = new JournalProgress(config.journalDir());
        ProcessSampler sampler;
        double seconds;
        double serviceCpu;
        double workersCpu;
        Map<String, Object> serviceThreads;
        Map<String, Object> latency = null;
        Map<String, Object> latencyLoaded = null;
        ServiceProcess service = ServiceProcess.start(config, options.jar(), runDir, properties, options.profile(),
                options.quick());
        try {
            sampler = new ProcessSampler(service.handle());
            Files.move(warmupBatch, config.inboxDir().resolve(warmupBatch.getFileName()));
            await(progress, warmup.size(), service);
            sampler.mark();
            Map<String, Double> threadsBefore = ProcessSampler.cpuByThreadGroup(service.handle().pid());
            Instant start = Instant.now();
            Files.move(batch, config.inboxDir().resolve(batch.getFileName()));
            int total = warmup.size() + files.size();
            await(progress, total, service);
            seconds = Duration.between(start, progress.allSettledAt(total)).toNanos() / 1e9;
            serviceCpu = sampler.rootCpuSeconds();
            serviceThreads = ProcessSampler.cpuDelta(threadsBefore, ProcessSampler.cpuByThreadGroup(service.handle().pid()));
            workersCpu = sampler.childrenCpuSeconds();
            if (!latencyFiles.isEmpty()) {
                double throughput = files.size() / seconds;
                int half = latencyFiles.size() / 2;
                latency = LatencyPhase.measure(config.inboxDir(), progress, latencyFiles.subList(0, half), throughput,
                        LatencyPhase.HALF, "media");
                latencyLoaded = LatencyPhase.measure(config.inboxDir(), progress,
                        latencyFiles.subList(half, latencyFiles.size()), throughput, LatencyPhase.LOADED, "cargada");
            }
            service.sampleHeap();
            sampler.close();
        } finally {
            service.close();
        }
        Map<String, Object> figures = Benchmark.figures(
                "docs", files.size(),
                "warmup_docs", warmup.size(),
                "quarantined", progress.quarantined(),
                "failed", progress.failed(),
                "docs_per_s", Benchmark.round(files.size() / seconds),
                "heap_limit", ServiceProcess.HEAP,
                "workers", options.workers(),
                "cpu_ms_per_doc_main", Benchmark.round(serviceCpu * 1000 / files.size()),
                "cpu_ms_per_doc_workers", Benchmark.round(workersCpu * 1000 / files.size()),
                "workers_peak_rss_mb", sampler.childrenPeakMb(),
                "service_cpu_s_by_thread", serviceThreads);
        if (latency != null) {
            figures.put("latency", latency);
            figures.put("latency_loaded", latencyLoaded);
        }
        return new PhaseResult(name, seconds, service.peakHeapMb(), sampler.rootPeakMb(), figures);
    }

    /**
     * Copies the files into a folder outside the inbox, keeping their times (the inbox waits for files to age), each
     * in a subfolder named after the folder it comes from: a warm-up of two corpora has files of the same name.
     */
    private static Path stage(List<Path> files, Path dir) throws IOException {
        for (Path f : files) {
            Path copy = dir.resolve(f.getParent().getFileName()).resolve(f.getFileName());
            Files.createDirectories(copy.getParent());
            Files.copy(f, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return dir;
    }

    private static void await(JournalProgress progress, int settled, ServiceProcess service)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).plusSeconds(settled).toNanos();
        while (progress.settled() < settled) {
            if (!service.alive()) {
                throw new IllegalStateException("El servicio terminó antes de procesar todo; vea " + service.log());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("El servicio no terminó a tiempo (" + progress.settled() + " de "
                        + settled + "); vea " + service.log());
            }
            Thread.sleep(100); // another process's journal: polled, there is no event to wait on
        }
    }
}
