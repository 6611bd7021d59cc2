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
import mx.observa.index.SearchFilters;
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
    private static final int SLOWEST = 8;
    /** System property: measure on the index the last run left, when it has the size asked for, without growing it again. */
    static final String REUSE = "observa.bench.reusar-indice";
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private SearchPhase() {
    }

    static List<PhaseResult> run(ObservaConfig config, Path workDir, List<Integer> sizes, int passes, long seed)
            throws Exception {
        Path dir = workDir.resolve("indice-busqueda");
        if (Boolean.getBoolean(REUSE) && sizes.size() == 1 && Files.isDirectory(dir)) {
            // Re-measuring a change to search on the index the last run grew (same generator; its size is checked)
            try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(dir)) {
                int found = index == null ? 0 : index.acquire().getIndexReader().numDocs();
                if (found >= sizes.get(0) && found < sizes.get(0) + BATCH * 20) {
                    return List.of(measure(config, dir, new FoldingSpanishAnalyzer(), sizes.get(0), found, passes, 0, 0));
                }
            }
        }
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
        // CPU time of the searching thread: the embedded search's own work, which does not grow with what else a
        // shared machine runs (for the cluster it is only the client's side)
        double[] cpu = new double[latencies.length];
        double[][] cpuByRequest = new double[QueryMix.REQUESTS.size()][passes];
        int n = 0;
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            for (int k = 0; k < QueryMix.REQUESTS.size(); k++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                search.search(QueryMix.REQUESTS.get(k)); // FindingSearch counts the facets and highlights the page itself
                latencies[n] = (System.nanoTime() - t0) / 1e6;
                cpu[n++] = cpuByRequest[k][i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        Arrays.sort(cpu);
        double[] grouped = new double[passes * QueryMix.BY_REPORT.size()];
        double[] groupedCpu = new double[grouped.length];
        int g = 0;
        for (int i = 0; i < passes; i++) {
            for (SearchRequest r : QueryMix.BY_REPORT) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                search.search(r);
                grouped[g] = (System.nanoTime() - t0) / 1e6;
                groupedCpu[g++] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        Arrays.sort(grouped);
        Arrays.sort(groupedCpu);
        return new Timing(seconds, Benchmark.figures(
                "queries", latencies.length,
                "p50_ms", Benchmark.round(percentile(latencies, 50)),
                "p95_ms", Benchmark.round(percentile(latencies, 95)),
                "p99_ms", Benchmark.round(percentile(latencies, 99)),
                "max_ms", Benchmark.round(latencies[latencies.length - 1]),
                "cpu_p50_ms", Benchmark.round(percentile(cpu, 50)),
                "cpu_p95_ms", Benchmark.round(percentile(cpu, 95)),
                "slowest_cpu_median_ms", slowest(cpuByRequest),
                "by_report_p95_ms", Benchmark.round(percentile(grouped, 95)),
                "by_report_cpu_p95_ms", Benchmark.round(percentile(groupedCpu, 95)),
                "mean_hits", hits / Math.max(1, passes * QueryMix.REQUESTS.size())));
    }

    /**
     * The requests whose median CPU time is highest, slowest first: what to profile. CPU time of the searching thread
     * is the search's own work (the search runs in that thread), so it does not grow with what else the machine runs,
     * as the wall-clock latency does on a shared machine.
     */
    private static java.util.Map<String, Double> slowest(double[][] cpuByRequest) {
        java.util.Map<String, Double> median = new java.util.HashMap<>();
        for (int k = 0; k < cpuByRequest.length; k++) {
            double[] v = cpuByRequest[k].clone();
            Arrays.sort(v);
            SearchRequest r = QueryMix.REQUESTS.get(k);
            SearchFilters f = r.filters();
            String filters = Stream.of(f.topics(), f.alcaldias(), f.distritos(), f.channels()).flatMap(List::stream)
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            median.put(r.query() + (filters.isEmpty() ? "" : " [" + filters + "]") + (r.offset() > 0 ? " @" + r.offset() : ""),
                    Benchmark.round(percentile(v, 50)));
        }
        java.util.Map<String, Double> top = new java.util.LinkedHashMap<>();
        median.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(SLOWEST)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
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
