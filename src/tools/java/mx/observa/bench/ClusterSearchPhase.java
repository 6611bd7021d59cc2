package mx.observa.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.LuceneBackend;
import mx.observa.index.SearchBackends;
import mx.observa.index.Synonyms;
import mx.observa.index.opensearch.OpenSearchBackend;
import mx.observa.index.opensearch.OpenSearchSettings;
import mx.observa.testcluster.OpenSearchTestCluster;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * {@code observa bench --backend opensearch}: the OpenSearch backend beside the embedded index, at the same sizes,
 * with the same synthetic reports and the same {@link QueryMix}. The cluster is the three-node test cluster (child
 * JVMs on this machine, 3 shards, 1 replica, as the tests start it but with the server compiler), or, when
 * {@code config/observa.properties} says {@code observa.index.backend=opensearch}, the configured cluster (in an index
 * of the benchmark's own). Reports are written through {@link OpenSearchBackend} as the service writes them (bulk
 * requests of {@value #COMMIT_EVERY}-report commits, the embedded copy beside it), so the ingest figure is the
 * service's indexing throughput; then the embedded copy and the cluster answer the same requests in turn, one analyst
 * at a time ({@link SearchPhase#time}).
 */
final class ClusterSearchPhase {

    /** Reports between commits, as a group commit of the service under a steady flow. */
    private static final int COMMIT_EVERY = 2_000;
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
                    int firstReport = growth.reports();
                    long firstFinding = growth.findings();
                    long start = System.nanoTime();
                    long ingestHeap;
                    try (MemoryProbe memory = MemoryProbe.start()) {
                        growth.growTo(size, COMMIT_EVERY, batch -> {
                            batch.forEach(backend::replace);
                            backend.commit();
                        });
                        ingestHeap = memory.peakHeapMb();
                    }
                    double ingestSeconds = (System.nanoTime() - start) / 1e9;
                    List<Object> ingest = List.of(
                            "ingest_s", Benchmark.round(ingestSeconds),
                            "ingest_findings_per_s", Benchmark.round((growth.findings() - firstFinding) / ingestSeconds),
                            "ingest_reports_per_s", Benchmark.round((growth.reports() - firstReport) / ingestSeconds),
                            "nodes", configured ? settings.hosts().size() : cluster.size(),
                            "shards", settings.shards(),
                            "replicas", settings.replicas());
                    long findings = growth.findings();
                    measured.accept(measure("busqueda-integrado-" + size, local, findings, passes, ingestHeap, List.of()));
                    measured.accept(measure("busqueda-opensearch-" + size, backend.findingSearch(), findings, passes,
                            ingestHeap, ingest));
                }
            }
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
