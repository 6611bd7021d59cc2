package mx.observa.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.LuceneBackend;
import mx.observa.index.ReviewedReport;
import mx.observa.index.SearchBackends;
import mx.observa.index.Synonyms;
import mx.observa.index.opensearch.BulkLoad;
import mx.observa.index.opensearch.OpenSearchBackend;
import mx.observa.index.opensearch.OpenSearchSettings;
import mx.observa.testcluster.OpenSearchTestCluster;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * {@code observa bench --backend opensearch}: the OpenSearch backend beside the embedded index, at the same sizes,
 * with the same synthetic reports and the same {@link QueryMix}. The cluster is the three-node test cluster (child
 * JVMs on this machine, 3 shards, 1 replica, as the tests start it but with the server compiler), or, when
 * {@code config/observa.properties} says {@code observa.index.backend=opensearch}, the configured cluster (in an index
 * of the benchmark's own). The first {@value #SERVICE_FINDINGS} findings are written through {@link OpenSearchBackend}
 * as the service writes them (a commit every {@value #COMMIT_EVERY} reports, the embedded copy beside it): the
 * service's indexing throughput; the rest of each size is loaded in bulk ({@link BulkLoad}), as an empty index is
 * filled, with the CPU of this JVM and of the nodes beside each rate. Then the embedded copy and the cluster answer
 * the same requests in turn, one analyst at a time ({@link SearchPhase#time}).
 */
final class ClusterSearchPhase {

    /** Reports between commits, as a group commit of the service under a steady flow. */
    private static final int COMMIT_EVERY = 2_000;
    /**
     * Findings written first as the service writes them (each report replaced, a commit every {@value #COMMIT_EVERY}
     * reports): the service's indexing throughput. The rest of each size is loaded in bulk ({@link BulkLoad}), as
     * {@code observa reindex} would fill an empty cluster: a million findings the service's way took over an hour here.
     */
    static final int SERVICE_FINDINGS = 20_000;
    /** Bulk requests at once while loading: the nodes index one while the client prepares the next. */
    private static final int CONCURRENT_BULKS = 2;
    private static final String INDEX = "observa-bench-hallazgos";

    private ClusterSearchPhase() {
    }

    /** Measures every size in turn; {@code measured} gets each result as soon as it is there (a long run can stop). */
    static void run(ObservaConfig config, Path workDir, List<Integer> sizes, int passes, long seed, String nodeHeap,
                    Consumer<PhaseResult> measured) throws Exception {
        Path lexiconDir = workDir.resolve("indice-lexico");
        Path clusterDir = workDir.resolve("cluster-opensearch");
        Benchmark.deleteTree(lexiconDir);
        Benchmark.deleteTree(clusterDir);
        boolean configured = SearchBackends.onOpenSearch(config);
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        SyntheticReports reports = new SyntheticReports(seed);
        try (OpenSearchTestCluster cluster = configured ? null
                     : OpenSearchTestCluster.start(config.home(), clusterDir, 3, nodeHeap, false);
             FindingIndex embedded = FindingIndex.open(lexiconDir, analyzer, new IndexSchema())) {
            OpenSearchSettings settings = configured ? OpenSearchSettings.of(config).withIndex(INDEX)
                    : new OpenSearchSettings(cluster.httpHosts(), INDEX, null, null, null, null, 3, 1);
            FindingSearch local = FindingSearch.configured(config, embedded, analyzer);
            try (OpenSearchBackend backend = OpenSearchBackend.open(settings, new LuceneBackend(embedded, local),
                    Synonyms.file(config))) {
                backend.deleteAll();
                IndexGrowth growth = new IndexGrowth(reports);
                for (int size : sizes) {
                    List<Object> ingest = new ArrayList<>(List.of(
                            "nodes", configured ? settings.hosts().size() : cluster.size(),
                            "shards", settings.shards(),
                            "replicas", settings.replicas()));
                    long ingestHeap;
                    try (MemoryProbe memory = MemoryProbe.start();
                         ProcessSampler cpu = new ProcessSampler(ProcessHandle.current())) {
                        int asService = Math.min(size, SERVICE_FINDINGS);
                        if (growth.findings() < asService) {
                            Spent spent = new Spent(growth, cpu);
                            growth.growTo(asService, COMMIT_EVERY, batch -> {
                                batch.forEach(backend::replace);
                                backend.commit();
                            });
                            ingest.addAll(spent.figures("ingest"));
                        }
                        if (growth.findings() < size) {
                            Spent spent = new Spent(growth, cpu);
                            try (BulkLoad load = backend.bulkLoad(CONCURRENT_BULKS)) {
                                growth.growTo(size, COMMIT_EVERY, batch -> batch.forEach(r -> load.add(ReviewedReport.none(r))));
                                load.awaitSent();
                                ingest.addAll(spent.figures("bulk_ingest"));
                            }
                            // back to the index's replicas and refresh, every replica copied (green)
                            ingest.addAll(List.of("bulk_ingest_with_replicas_s", Benchmark.round(spent.seconds()),
                                    "nodes_peak_rss_mb", cpu.childrenPeakMb()));
                        }
                        ingestHeap = memory.peakHeapMb();
                    }
                    long findings = growth.findings();
                    measured.accept(measure("busqueda-integrado-" + size, local, findings, passes, ingestHeap, List.of()));
                    measured.accept(measure("busqueda-opensearch-" + size, backend.findingSearch(), findings, passes,
                            ingestHeap, ingest));
                }
            }
        }
    }

    /** What writing to the index cost from its making on: wall time, and CPU of this JVM and of its child JVMs. */
    private static final class Spent {
        private final IndexGrowth growth;
        private final ProcessSampler cpu;
        private final long start = System.nanoTime();
        private final long findings;
        private final int reports;

        Spent(IndexGrowth growth, ProcessSampler cpu) {
            this.growth = growth;
            this.cpu = cpu;
            this.findings = growth.findings();
            this.reports = growth.reports();
            cpu.mark();
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        /**
         * Findings and reports per second, and CPU: this JVM's (making the synthetic reports, their JSON, the embedded
         * copy) and the test cluster's nodes (their indexing; 0 with a configured cluster, which runs elsewhere).
         */
        List<Object> figures(String prefix) {
            double s = seconds();
            long written = growth.findings() - findings;
            double nodesCpu = cpu.childrenCpuSeconds();
            return List.of(
                    prefix + "_s", Benchmark.round(s),
                    prefix + "_findings", written,
                    prefix + "_findings_per_s", Benchmark.round(written / s),
                    prefix + "_reports_per_s", Benchmark.round((growth.reports() - reports) / s),
                    prefix + "_client_cpu_s", Benchmark.round(cpu.rootCpuSeconds()),
                    prefix + "_nodes_cpu_s", Benchmark.round(nodesCpu),
                    prefix + "_nodes_cpu_ms_per_1000_findings", Benchmark.round(nodesCpu * 1e6 / Math.max(1, written)),
                    prefix + "_load_avg_1m", Benchmark.loadAverage());
        }
    }

    private static PhaseResult measure(String name, FindingSearch search, long findings, int passes, long ingestHeapMb,
                                       List<Object> more) {
        try (MemoryProbe memory = MemoryProbe.start()) {
            SearchPhase.Timing t = SearchPhase.time(search, passes);
            var figures = Benchmark.figures("findings", findings);
            figures.putAll(t.figures());
            figures.putAll(Benchmark.figures(more.toArray()));
            return new PhaseResult(name, t.seconds(), Math.max(memory.peakHeapMb(), ingestHeapMb), memory.peakRssMb(),
                    figures);
        }
    }
}
