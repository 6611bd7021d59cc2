package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.index.SearchRequest;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Search latency at growing index sizes. One index is grown through {@link FindingIndex} (the service's writer, same
 * schema and analyzer) to each size in turn; at each size the committed index is opened as the search commands open
 * it and the {@link QueryMix} runs single-threaded, one analyst at a time: warm-up passes, then measured passes. A
 * request's latency is {@link FindingSearch#search} (query, page of hits, highlighted snippets) with its facet counts,
 * as the service configures it (synonyms, places and topics read in the query). Requests grouped by report are timed
 * apart ({@code by_report_p95_ms}).
 */
final class SearchPhase {

    private static final int BATCH = 2_000;

    private SearchPhase() {
    }

    static List<PhaseResult> run(ObservaConfig config, Path workDir, List<Integer> sizes, int passes, long seed)
            throws Exception {
        Path dir = workDir.resolve("indice-busqueda");
        Benchmark.deleteTree(dir);
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        IndexGrowth growth = new IndexGrowth(new SyntheticReports(seed));
        List<PhaseResult> results = new ArrayList<>();
        for (int size : sizes) {
            long buildStart = System.nanoTime();
            long peakBuildHeap;
            try (MemoryProbe buildMemory = MemoryProbe.start();
                 FindingIndex index = FindingIndex.open(dir, analyzer, new IndexSchema())) {
                growth.growTo(size, BATCH, batch -> batch.parallelStream().forEach(index::replace));
                index.commit();
                peakBuildHeap = buildMemory.peakHeapMb();
            }
            double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            results.add(measure(config, dir, analyzer, size, growth.findings(), passes, buildSeconds, peakBuildHeap));
        }
        return results;
    }

    private static PhaseResult measure(ObservaConfig config, Path dir, FoldingSpanishAnalyzer analyzer, int size,
                                       long findings, int passes, double buildSeconds, long buildHeapMb) throws Exception {
        try (MemoryProbe memory = MemoryProbe.start(); ReadOnlyIndex index = ReadOnlyIndex.openIfExists(dir)) {
            FindingSearch search = FindingSearch.configured(config, index, analyzer);
            Timing t = time(search, passes);
            Map<String, Object> figures = Benchmark.figures("findings", findings);
            figures.putAll(t.figures());
            figures.putAll(Benchmark.figures(
                    "build_s", Benchmark.round(buildSeconds),
                    "index_mb", sizeMb(dir),
                    "segments", index.acquire().getIndexReader().leaves().size()));
            return new PhaseResult("busqueda-" + size, t.seconds(), Math.max(memory.peakHeapMb(), buildHeapMb),
                    memory.peakRssMb(), figures);
        }
    }

    /** The measured passes' wall time and figures: latency percentiles, by-report p95, mean hits. */
    record Timing(double seconds, Map<String, Object> figures) {
    }

    /**
     * The {@link QueryMix} run single-threaded against {@code search}, one analyst at a time: warm-up passes, then as
     * many measured passes; requests grouped by report timed apart. Whichever backend answers {@code search}.
     */
    static Timing time(FindingSearch search, int passes) {
        long hits = 0;
        for (int i = 0; i < passes; i++) {
            for (SearchRequest r : QueryMix.REQUESTS) {
                hits += search.search(r).total();
            }
            QueryMix.BY_REPORT.forEach(search::search);
        }
        double[] latencies = new double[passes * QueryMix.REQUESTS.size()];
        int n = 0;
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            for (SearchRequest r : QueryMix.REQUESTS) {
                long t0 = System.nanoTime();
                search.search(r); // FindingSearch counts the facets and highlights the page itself
                latencies[n++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        double[] grouped = new double[passes * QueryMix.BY_REPORT.size()];
        int g = 0;
        for (int i = 0; i < passes; i++) {
            for (SearchRequest r : QueryMix.BY_REPORT) {
                long t0 = System.nanoTime();
                search.search(r);
                grouped[g++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(grouped);
        return new Timing(seconds, Benchmark.figures(
                "queries", latencies.length,
                "p50_ms", Benchmark.round(percentile(latencies, 50)),
                "p95_ms", Benchmark.round(percentile(latencies, 95)),
                "p99_ms", Benchmark.round(percentile(latencies, 99)),
                "max_ms", Benchmark.round(latencies[latencies.length - 1]),
                "by_report_p95_ms", Benchmark.round(percentile(grouped, 95)),
                "mean_hits", hits / Math.max(1, passes * QueryMix.REQUESTS.size())));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        }
    }
}
