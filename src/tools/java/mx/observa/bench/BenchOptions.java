package mx.observa.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one benchmark run measures and where it works.
 *
 * @param docs        documents in the ingest corpus (plus a warm-up set of {@link #warmupDocs()})
 * @param realisticDocs files taken from the evaluation-like corpus, spread evenly over it and keeping its share of
 *                    images that need OCR ({@link RealisticCorpus#sample}), timed after a warm-up of
 *                    {@link #realisticWarmupDocs()} others; the whole of it (about 580 files since the sixth
 *                    session's sets joined it) is more than one run can time, warm up with and measure latency on
 * @param findings    index sizes (findings) at which search latency is measured, ascending
 * @param reports     reports in the consolidated-report phase
 * @param storeReports reports in the store phase: every reader of all reports, each in a JVM of -Xmx512m
 * @param ocrPages    pages in the OCR phase
 * @param rounds      how many times each ceiling and each ingest run, alternately; the median is reported (the machine
 *                    may be shared, and one measurement can land on a busy moment)
 * @param searchPasses measured passes over the query mix (after as many warm-up passes)
 * @param workDir     corpora and indexes (the corpus is cached there between runs: it is the same bytes for the same
 *                    size and seed)
 * @param outDir      where the JSON result is written
 * @param jar         the application jar the ingest service runs from
 * @param profile     record a JFR profile of the ingest service into the work folder
 * @param phases      which phases run ({@link #PHASES}); all of them by default
 * @param corpora     which corpora the ingest phases run on ({@link #CORPORA}): the synthetic one (the default of
 *                    quick mode) and the evaluation-like one with a realistic share of OCR ({@link RealisticCorpus});
 *                    full mode runs both
 */
public record BenchOptions(boolean quick, int docs, int realisticDocs, List<Integer> findings, int reports, int storeReports, int ocrPages,
                           int rounds, int searchPasses, long seed, Path workDir, Path outDir, Path jar, boolean profile,
                           Set<String> phases, Set<String> corpora) {

    public static final long SEED = 2022L;
    /** The phases, by the names {@code observa bench --solo} takes. */
    public static final List<String> PHASES = List.of("ingesta", "busqueda", "informe", "almacen", "ocr");
    /** The ingest corpora, by the names {@code observa bench --corpus} takes. */
    public static final String SYNTHETIC = "sintetico";
    public static final String REALISTIC = "realista";
    public static final List<String> CORPORA = List.of(SYNTHETIC, REALISTIC);

    public BenchOptions {
        findings = findings.stream().sorted().toList();
        phases = phases == null || phases.isEmpty() ? Set.copyOf(PHASES) : Set.copyOf(phases);
        for (String phase : phases) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("Fase desconocida '" + phase + "': use " + String.join(", ", PHASES));
            }
        }
        corpora = corpora == null || corpora.isEmpty() ? (quick ? Set.of(SYNTHETIC) : Set.copyOf(CORPORA))
                : Set.copyOf(corpora);
        for (String corpus : corpora) {
            if (!CORPORA.contains(corpus)) {
                throw new IllegalArgumentException("Corpus desconocido '" + corpus + "': use " + String.join(", ", CORPORA));
            }
        }
    }

    public static BenchOptions full(Path workDir, Path outDir, Path jar) {
        return new BenchOptions(false, 1000, 200, List.of(100_000, 1_000_000), 10_000, 100_000, 16, 3, 20, SEED, workDir, outDir, jar,
                false, null, null);
    }

    public static BenchOptions quick(Path workDir, Path outDir, Path jar) {
        // Sizes that show every phase works, not what it costs: the consolidated report's PDF dominates this mode's
        // time, so its phases get a few dozen reports.
        return new BenchOptions(true, 20, 20, List.of(2_000), 40, 60, 1, 1, 2, SEED, workDir, outDir, jar, false, null, null);
    }

    /** Whether the ingest phases run on the corpus named {@code corpus} ({@link #CORPORA}). */
    public boolean ingestsCorpus(String corpus) {
        return corpora.contains(corpus);
    }

    /** Whether the phase named {@code phase} runs. */
    public boolean runs(String phase) {
        return phases.contains(phase);
    }

    /**
     * Files ingested first and not timed, so the measured run sees a JVM in steady state, as a service that has been
     * running: with a tenth of the corpus, JIT compilation still took a third of the service's CPU in the measured part.
     */
    public int warmupDocs() {
        return Math.max(10, docs / 2);
    }

    /**
     * Files of the evaluation-like corpus that warm up every side of its ingest phases (both ceilings and the
     * pipeline, the same files), untimed, after the synthetic warm-up set, taken from the files neither the timed
     * sample nor the latency run use (the same share of images, read with OCR on): a mixed corpus meets more distinct
     * code paths per file than the synthetic one. With the synthetic warm-up only, the service's JIT compilers took
     * 41.5 of its 65.8 ms per timed file ({@code 2026-12-03T1800}); with these alone, 27.7 of 56.6.
     */
    public int realisticWarmupDocs() {
        return Math.max(10, realisticDocs * 3 / 4);
    }

    /**
     * Files dropped one by one into the running service's inbox to measure inbox-to-searchable latency: half of them
     * at half the service's throughput, half at {@link LatencyPhase#LOADED} of it.
     */
    public int latencyDocs() {
        return Math.max(20, docs * 2 / 5);
    }

    /**
     * Files of the evaluation-like corpus dropped one by one for its inbox-to-searchable latency, taken from the files
     * the timed sample left out (the same share of images): half as many as the timed sample (as many until it grew
     * to 200 in the sixth session: 100 in full mode either way), half at half the throughput, half at
     * {@link LatencyPhase#LOADED} of it.
     */
    public int realisticLatencyDocs() {
        return Math.max(20, realisticDocs / 2);
    }

    /**
     * Threads of the in-process ceiling, and Tika children of the isolated ceiling, of the service and of the OCR
     * phase: one per core, as shipped; one in quick mode, which shows that each phase works, not what it costs. Each
     * child JVM loads Tika whole (about 3 s of CPU with the tests' options), and on a 2-core machine quick mode started
     * one more than it needs in each of those three phases (BenchQuickIT: 79.4 s of CPU, its six Tika children 14.7 s
     * of it; 2026-12-06, cpuacct cgroup of the test JVM and every child).
     */
    public int workers() {
        return quick ? 1 : Runtime.getRuntime().availableProcessors();
    }
}
