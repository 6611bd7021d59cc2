package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.index.SearchRequest;
import mx.observa.model.Report;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Search latency at growing index sizes. One index is grown through {@link FindingIndex} (the service's writer, same
 * schema and analyzer) to each size in turn; at each size the committed index is opened as the search commands open
 * it and the {@link QueryMix} runs single-threaded, one analyst at a time: warm-up passes, then measured passes. A
 * request's latency is {@link FindingSearch#search} (query, page of hits, highlighted snippets) with its facet counts.
 */
final class SearchPhase {

    private static final int BATCH = 2_000;

    private SearchPhase() {
    }

    static List<PhaseResult> run(Path workDir, List<Integer> sizes, int passes, long seed) throws Exception {
        Path dir = workDir.resolve("indice-busqueda");
        Benchmark.deleteTree(dir);
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        SyntheticReports reports = new SyntheticReports(seed);
        List<PhaseResult> results = new ArrayList<>();
        int nextReport = 0;
        long findings = 0;
        for (int size : sizes) {
            long buildStart = System.nanoTime();
            long peakBuildHeap;
            try (MemoryProbe buildMemory = MemoryProbe.start();
                 FindingIndex index = FindingIndex.open(dir, analyzer, new IndexSchema())) {
                while (findings < size) {
                    List<Report> batch = reports.range(nextReport, nextReport + BATCH);
                    int take = 0;
                    while (take < batch.size() && findings < size) {
                        findings += batch.get(take).findings().size();
                        take++;
                    }
                    nextReport += take;
                    batch.subList(0, take).parallelStream().forEach(index::replace);
                }
                index.commit();
                peakBuildHeap = buildMemory.peakHeapMb();
            }
            double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            results.add(measure(dir, analyzer, size, findings, passes, buildSeconds, peakBuildHeap));
        }
        return results;
    }

    private static PhaseResult measure(Path dir, FoldingSpanishAnalyzer analyzer, int size, long findings, int passes,
                                       double buildSeconds, long buildHeapMb) throws Exception {
        try (MemoryProbe memory = MemoryProbe.start(); ReadOnlyIndex index = ReadOnlyIndex.openIfExists(dir)) {
            FindingSearch search = new FindingSearch(index, analyzer);
            long hits = 0;
            for (int i = 0; i < passes; i++) {
                for (SearchRequest r : QueryMix.REQUESTS) {
                    hits += search.search(r).total();
                }
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
            return new PhaseResult("busqueda-" + size, seconds, Math.max(memory.peakHeapMb(), buildHeapMb),
                    memory.peakRssMb(), Benchmark.figures(
                            "findings", findings,
                            "queries", latencies.length,
                            "p50_ms", Benchmark.round(percentile(latencies, 50)),
                            "p95_ms", Benchmark.round(percentile(latencies, 95)),
                            "p99_ms", Benchmark.round(percentile(latencies, 99)),
                            "max_ms", Benchmark.round(latencies[latencies.length - 1]),
                            "mean_hits", hits / Math.max(1, passes * QueryMix.REQUESTS.size()),
                            "build_s", Benchmark.round(buildSeconds),
                            "index_mb", sizeMb(dir),
                            "segments", index.acquire().getIndexReader().leaves().size()));
        }
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
