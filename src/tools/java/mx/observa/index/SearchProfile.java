package mx.observa.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.QueryReader;

/**
 * Where a search's time goes, request by request, on an index the benchmark left ({@code target/bench-trabajo/
 * indice-busqueda}): the whole {@link FindingSearch#search} and, apart, its phases as it runs them (plan, drill-sideways
 * facets — "facetas*": always drill sideways, which the search skips for a lone filter without words —, ranked top with
 * proximity and without), in CPU time of the searching thread, which does not grow with the
 * machine's load. A developer's tool, run by hand ({@code -Dplan=1} also prints each request's queries):
 * {@code java -cp target/observa.jar:target/lib/*:target/test-classes mx.observa.index.SearchProfile DIR [PASSES] [QUERY…]}.
 */
public final class SearchProfile {

    private SearchProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<SearchRequest> requests = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            requests.add(new SearchRequest(args[i], null, null, null, null, 0, 10));
        }
        if (requests.isEmpty()) {
            requests.addAll(mx.observa.bench.QueryMix.REQUESTS);
            requests.addAll(mx.observa.bench.QueryMix.BY_REPORT);
        }
        ObservaConfig config = ObservaConfig.load();
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(dir)) {
            FindingSearch search = FindingSearch.configured(config, index, analyzer);
            QueryPlanner planner = new QueryPlanner(analyzer, new Synonyms(Synonyms.file(config), analyzer),
                    QueryReader.load(config, analyzer));
            FacetsConfig facetsConfig = new IndexSchema().facetsConfig();
            FacetStates states = new FacetStates(facetsConfig);
            if (System.getProperty("plan") != null) {
                for (SearchRequest r : requests) {
                    IndexSearcher s = new IndexSearcher(index.acquire().getIndexReader());
                    s.setSimilarity(RankingQuery.SIMILARITY);
                    QueryPlanner.Plan p = planner.plan(s, r, true);
                    System.out.println(r.query() + "\n  match: " + p.match() + "\n  rank: " + p.rank() + "\n  prox: " + p.proximity());
                }
            }
            Map<String, double[]> phases = new LinkedHashMap<>();
            for (int pass = -passes; pass < passes; pass++) { // first half warms up
                for (SearchRequest r : requests) {
                    double[] t = new double[6];
                    long t0 = now();
                    SearchResult result = search.search(r);
                    t[0] = ms(t0);
                    IndexSearcher searcher = new IndexSearcher(index.acquire().getIndexReader());
                    searcher.setSimilarity(RankingQuery.SIMILARITY);
                    t0 = now();
                    QueryPlanner.Plan plan = planner.plan(searcher, r, true);
                    t[1] = ms(t0);
                    DrillDownQuery matching = FilterQueries.drillDown(facetsConfig, plan.match(), plan.filters(), true);
                    SortedSetDocValuesReaderState state = states.of(searcher.getIndexReader());
                    t0 = now();
                    new DrillSideways(searcher, facetsConfig, state).search(matching, 1);
                    t[2] = ms(t0);
                    t0 = now();
                    TopDocs top = Proximity.top(searcher, FilterQueries.drillDown(facetsConfig, plan.rank(),
                            plan.filters(), true), plan.proximity(), 10, null);
                    t[3] = ms(t0);
                    t0 = now();
                    TopDocs noProx = searcher.search(FilterQueries.drillDown(facetsConfig, plan.rank(),
                            plan.filters(), true), Proximity.RESCORED);
                    t[4] = ms(t0);
                    t[5] = result.total();
                    if (pass >= 0) {
                        String key = r.query() + (r.grouping() == SearchRequest.Grouping.REPORT ? " [informe]" : "")
                                + " " + r.filters() + " @" + r.offset();
                        double[] acc = phases.computeIfAbsent(key, k -> new double[6 * passes]);
                        for (int i = 0; i < 6; i++) {
                            acc[i * passes + pass] = t[i];
                        }
                    }
                }
            }
            System.out.printf("%-70s %8s %8s %8s %8s %8s %8s%n", "consulta (mediana ms de CPU)", "búsqueda", "plan",
                    "facetas*", "top+prox", "top100", "total");
            phases.forEach((k, acc) -> System.out.printf("%-70.70s %8.1f %8.1f %8.1f %8.1f %8.1f %8.0f%n", k,
                    median(acc, 0, passes), median(acc, 1, passes), median(acc, 2, passes), median(acc, 3, passes),
                    median(acc, 4, passes), acc[5 * passes]));
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of this thread: the work of a single-threaded search, whatever else the machine runs. */
    private static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double ms(long t0) {
        return (now() - t0) / 1e6;
    }

    private static double median(double[] acc, int phase, int passes) {
        double[] v = Arrays.copyOfRange(acc, phase * passes, (phase + 1) * passes);
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
