package mx.observa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    /**
     * Runs the ceiling in a fresh JVM with the service's heap limit, so it starts as cold as the service it is compared
     * with (this JVM has run earlier phases, and its JIT-compiled Tika would flatter the ceiling).
     */
    static PhaseResult runFresh(ObservaConfig base, BenchOptions o, String isolation, List<Path> warmup,
                                List<Path> files) throws Exception {
        return runFresh(base, o, isolation, warmup, files, "");
    }

    /**
     * @param corpus {@code ""} for the synthetic corpus (OCR off: it has no images); {@link #REALISTIC} for the
     *               evaluation-like one, read with OCR on as the service reads it
     */
    static PhaseResult runFresh(ObservaConfig base, BenchOptions o, String isolation, List<Path> warmup,
                                List<Path> files, String corpus) throws Exception {
        Path dir = o.workDir().resolve("tika-" + isolation + corpus);
        Benchmark.deleteTree(dir);
        Files.createDirectories(dir);
        Path warmupList = Files.write(dir.resolve("calentamiento.txt"), warmup.stream().map(Path::toString).toList());
        Path filesList = Files.write(dir.resolve("lote.txt"), files.stream().map(Path::toString).toList());
        Path result = dir.resolve("resultado.json");
        List<String> cmd = new ArrayList<>(JavaCommand.of(base, List.of()));
        cmd.addAll(List.of("-cp", JavaCommand.classPathWithTools(o.jar()), TikaCeiling.class.getName(), isolation,
                Integer.toString(o.workers()), warmupList.toString(), filesList.toString(), result.toString(), corpus));
        Path log = dir.resolve("tika.log");
        Process p = JavaCommand.start(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()),
                o.quick());
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("Falló la medición de Tika sola; vea " + log + ":\n" + Files.readString(log));
        }
        return PhaseResult.read(result);
    }

    /**
     * Entry point of the fresh JVM: {@code <isolation> <workers> <warm-up list> <files list> <result.json> [corpus]}.
     */
    public static void main(String[] args) throws Exception {
        List<Path> warmup = Files.readAllLines(Path.of(args[2])).stream().map(Path::of).toList();
        List<Path> files = Files.readAllLines(Path.of(args[3])).stream().map(Path::of).toList();
        String corpus = args.length > 5 ? args[5] : "";
        PhaseResult result = run(ObservaConfig.load(), args[0], warmup, files, Integer.parseInt(args[1]), corpus);
        result.write(Path.of(args[4]));
        System.exit(0); // Tika's worker pools leave non-daemon threads behind
    }

    static PhaseResult run(ObservaConfig base, String isolation, List<Path> warmup, List<Path> files, int workers,
                           String corpus) throws Exception {
        ObservaConfig config = base.with("observa.extract.isolation", isolation)
                .with("observa.extract.workers", Integer.toString(workers))
                .with("observa.ocr", ocr(corpus));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (MemoryProbe memory = MemoryProbe.start();
             ProcessSampler sampler = new ProcessSampler(ProcessHandle.current());
             TextExtractor extractor = new TextExtractor(config)) {
            extractAll(extractor, warmup, pool);
            sampler.mark();
            long start = System.nanoTime();
            int[] outcome = extractAll(extractor, files, pool);
            double seconds = (System.nanoTime() - start) / 1e9;
            double mainCpu = sampler.rootCpuSeconds();
            double workersCpu = sampler.childrenCpuSeconds();
            sampler.close();
            return new PhaseResult("tika-" + isolation + corpus, seconds, memory.peakHeapMb(), memory.peakRssMb(), Benchmark.figures(
                    "docs", files.size(),
                    "warmup_docs", warmup.size(),
                    "rejected", outcome[1],
                    "docs_per_s", Benchmark.round(files.size() / seconds),
                    "workers", workers,
                    "cpu_ms_per_doc_main", Benchmark.round(mainCpu * 1000 / files.size()),
                    "cpu_ms_per_doc_workers", Benchmark.round(workersCpu * 1000 / files.size()),
                    "workers_peak_rss_mb", sampler.childrenPeakMb()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The evaluation-like corpus's suffix in phase names and folders ({@link RealisticCorpus}). */
    static final String REALISTIC = "-realista";

    /** OCR is on for the evaluation-like corpus (a tenth of it are images of paper), off for the synthetic one. */
    static String ocr(String corpus) {
        return REALISTIC.equals(corpus) ? "on" : "off";
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
