package mx.observa.evaluation;

import java.util.function.BiFunction;

import mx.observa.index.FindingIndex;
import mx.observa.index.IndexSchema;
import mx.observa.index.LuceneBackend;
import mx.observa.index.SearchBackend;
import mx.observa.index.SearchBackends;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingSearch;
import mx.observa.index.SearchRequest;
import mx.observa.index.opensearch.OpenSearchBackend;
import mx.observa.model.Report;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Measures the search on the judged query set: takes the corpus in with the real pipeline, runs each query through
 * Observa's search (with the project's configuration: synonyms, places, topics) and through plain Lucene on the same
 * findings, turns each ranking of findings into a ranking of delivered files (a file ranks where its best finding
 * does) and scores the first {@value #K} files: recall@10, nDCG@10, MRR (see {@link RankingMetrics}). Queries with an
 * empty result while some file is relevant are counted apart: the issue allows none.
 */
public final class SearchEvaluation {

    public static final int K = 10;
    /** Findings read per query to rank files: enough for {@value #K} distinct files in any reasonable case. */
    private static final int FINDINGS_READ = 200;
    /**
     * Findings read first, which show {@value #K} distinct files for most queries; the rest are read again with
     * {@value #FINDINGS_READ}. At most the proximity's window ({@link mx.observa.index.SearchPlan#RESCORED}): a shorter
     * read ranks the same window and returns its head, so its findings are the first ones of the longer read, on both
     * engines and on plain Lucene (ties go by document either way), and every figure is the one the longer read gives.
     * Every query read {@value #FINDINGS_READ} findings on each engine before, the stored documents of all of them on
     * the embedded index, though only the first {@value #K} files are scored; on the judged corpus (1,098 queries,
     * 2026-12-06) 29 read again, and every part's figures are the same to the byte.
     */
    static final int FIRST_READ = 50;

    /** The targets, for the held-out part. */
    public static final double TARGET_RECALL = 0.90;
    public static final double TARGET_MRR = 0.90;
    public static final double TARGET_NDCG = 0.85;
    public static final double TARGET_MARGIN = 0.15;

    /** Recall@10, nDCG@10 and MRR of one ranking (NaN where a query has no relevant file), or their means. */
    public record Scores(double recall, double ndcg, double mrr) {
    }

    /** One query: both systems' scores, whether Observa's first page was empty, Observa's first files. */
    public record QueryResult(String id, String query, Scores observa, Scores baseline, boolean empty,
                              List<String> topFiles) {
    }

    /** One part (tuning or held-out) with the means of both systems. */
    public record PartResult(String part, List<QueryResult> queries, Scores observa, Scores baseline, int emptyPages) {

        /** The targets on this part's means, each with its reason when missed. */
        public List<String> missedTargets() {
            List<String> missed = new ArrayList<>();
            check(missed, "recall@10", observa.recall(), TARGET_RECALL, baseline.recall());
            check(missed, "nDCG@10", observa.ndcg(), TARGET_NDCG, baseline.ndcg());
            check(missed, "MRR", observa.mrr(), TARGET_MRR, baseline.mrr());
            if (emptyPages > 0) {
                missed.add(emptyPages + " consultas con la primera página vacía");
            }
            return missed;
        }

        private static void check(List<String> missed, String name, double value, double target, double baseline) {
            if (value < target) {
                missed.add("%s %.3f < %.2f".formatted(name, value, target));
            }
            if (value < Math.min(1.0, baseline + TARGET_MARGIN)) {
                missed.add("%s %.3f no supera en %.0f puntos a Lucene simple (%.3f)".formatted(name, value,
                        TARGET_MARGIN * 100, baseline));
            }
        }
    }

    /** The whole run. */
    public record Result(int files, int reports, int findings, List<String> quarantined, List<PartResult> parts) {

        public Optional<PartResult> part(String name) {
            return parts.stream().filter(p -> p.part().equals(name)).findFirst();
        }
    }

    public static final String TUNING = "ajuste";
    /** The first held-out queries: evaluated blind once (2026-12-03), tuning data since. */
    public static final String SEEN = "ciega-1";
    /** The second held-out queries: evaluated blind once (2026-12-03, second round), tuning data since. */
    public static final String SEEN_2 = "ciega-2";
    /** The third held-out queries: evaluated blind once (2026-12-03, third round), tuning data since. */
    public static final String SEEN_3 = "ciega-3";
    /** The fourth held-out queries: evaluated blind once (2026-12-03, fourth round), tuning data since. */
    public static final String SEEN_4 = "ciega-4";
    /** The fifth held-out queries: evaluated blind once (2026-12-03, fifth round), tuning data since. */
    public static final String SEEN_5 = "ciega-5";
    /** The sixth held-out queries: evaluated blind once (2026-12-03, sixth round), tuning data since. */
    public static final String SEEN_6 = "ciega-6";
    /** The seventh held-out queries: evaluated blind once (2026-12-03, seventh round), tuning data since. */
    public static final String SEEN_7 = "ciega-7";
    /** The eighth held-out queries: evaluated blind once (2026-12-04, eighth round), tuning data since. */
    public static final String SEEN_8 = "ciega-8";
    /** The ninth held-out queries: evaluated blind once (2026-12-04, ninth round), tuning data since. */
    public static final String SEEN_9 = "ciega-9";
    /** The tenth held-out queries: evaluated blind once (2026-12-04, tenth round), tuning data since. */
    public static final String SEEN_10 = "ciega-10";
    /** The eleventh held-out queries: evaluated blind once (2026-12-04, eleventh round), tuning data since. */
    public static final String SEEN_11 = "ciega-11";
    /** The twelfth held-out queries: evaluated blind once (2026-12-04, twelfth round), tuning data since. */
    public static final String SEEN_12 = "ciega-12";
    /** The thirteenth held-out queries: evaluated blind once (2026-12-04, thirteenth round), tuning data since. */
    public static final String SEEN_13 = "ciega-13";
    /** The fourteenth held-out queries: evaluated blind once (2026-12-04, fourteenth round), tuning data since. */
    public static final String SEEN_14 = "ciega-14";
    /** The fifteenth held-out queries: evaluated blind once (2026-12-04, fifteenth round), tuning data since. */
    public static final String SEEN_15 = "ciega-15";
    /** The sixteenth held-out queries: evaluated blind once (2026-12-05, sixteenth round), tuning data since. */
    public static final String SEEN_16 = "ciega-16";
    /** The seventeenth held-out queries: evaluated blind once (2026-12-05, seventeenth round), tuning data since. */
    public static final String SEEN_17 = "ciega-17";
    /** The eighteenth held-out queries: evaluated blind once (2026-12-05, eighteenth round), tuning data since. */
    public static final String SEEN_18 = "ciega-18";
    /** The nineteenth held-out queries: evaluated blind once (2026-12-05, nineteenth round), tuning data since. */
    public static final String SEEN_19 = "ciega-19";
    /** The twentieth held-out queries: evaluated blind once (2026-12-05, twentieth round), tuning data since. */
    public static final String SEEN_20 = "ciega-20";
    /** The twenty-first held-out queries: evaluated blind once (2026-12-05, twenty-first round), tuning data since. */
    public static final String SEEN_21 = "ciega-21";
    /** The twenty-second held-out queries: evaluated blind once (2026-12-05, twenty-second round), tuning data since. */
    public static final String SEEN_22 = "ciega-22";
    /** The twenty-third held-out queries: evaluated blind once (2026-12-05, twenty-third round), tuning data since. */
    public static final String SEEN_23 = "ciega-23";
    /** The twenty-fourth held-out queries: evaluated blind once (2026-12-05, twenty-fourth round), tuning data since. */
    public static final String SEEN_24 = "ciega-24";
    /** The twenty-fifth held-out queries: evaluated blind once (2026-12-05, twenty-fifth round), tuning data since. */
    public static final String SEEN_25 = "ciega-25";
    /** The twenty-sixth held-out queries: evaluated blind once (2026-12-06, twenty-sixth round), tuning data since. */
    public static final String SEEN_26 = "ciega-26";
    /** The twenty-seventh held-out queries: evaluated blind once (2026-12-06, twenty-seventh round), tuning data since. */
    public static final String SEEN_27 = "ciega-27";
    /** The twenty-eighth held-out queries: evaluated blind once (2026-12-06, twenty-eighth round), tuning data since. */
    public static final String SEEN_28 = "ciega-28";
    /** The twenty-ninth held-out queries: evaluated blind once (2026-12-06, twenty-ninth round), tuning data since. */
    public static final String SEEN_29 = "ciega-29";
    /** The thirtieth held-out queries: evaluated blind once (2026-12-06, thirtieth round), tuning data since. */
    public static final String SEEN_30 = "ciega-30";
    /** The thirty-first held-out queries: evaluated blind once (2026-12-06, thirty-first round), tuning data since. */
    public static final String SEEN_31 = "ciega-31";
    /** The thirty-second held-out queries: evaluated blind once (2026-12-06, thirty-second round), tuning data since. */
    public static final String SEEN_32 = "ciega-32";
    /** The thirty-third held-out queries: evaluated blind once (2026-12-06, thirty-third round), tuning data since. */
    public static final String SEEN_33 = "ciega-33";
    /** The thirty-fourth held-out queries: evaluated blind once (2026-12-06, thirty-fourth round), tuning data since. */
    public static final String SEEN_34 = "ciega-34";
    /** The thirty-fifth held-out queries: evaluated blind once (2026-12-06, thirty-fifth round), tuning data since. */
    public static final String SEEN_35 = "ciega-35";
    /** The thirty-sixth held-out queries: evaluated blind once (2026-12-07, thirty-sixth round), tuning data since. */
    public static final String SEEN_36 = "ciega-36";
    /** The thirty-seventh held-out queries: evaluated blind once (2026-12-07, thirty-seventh round), tuning data since. */
    public static final String SEEN_37 = "ciega-37";
    /** The thirty-eighth held-out queries: evaluated blind once (2026-12-07, thirty-eighth round), tuning data since. */
    public static final String SEEN_38 = "ciega-38";
    /** The thirty-ninth held-out queries: evaluated blind once (2026-12-07, thirty-ninth round), tuning data since. */
    public static final String SEEN_39 = "ciega-39";
    /** The fortieth held-out queries: evaluated blind once (2026-12-07, fortieth round), tuning data since. */
    public static final String SEEN_40 = "ciega-40";
    /** The forty-first held-out queries: evaluated blind once (2026-12-07, forty-first round), tuning data since. */
    public static final String SEEN_41 = "ciega-41";
    /** The forty-second held-out queries: evaluated blind once (2026-12-07, forty-second round), tuning data since. */
    public static final String SEEN_42 = "ciega-42";
    /** The forty-third held-out queries: evaluated blind once (2026-12-07, forty-third round), tuning data since. */
    public static final String SEEN_43 = "ciega-43";
    /** The blind parts already evaluated once and tuned on since, in the order they were written. */
    public static final List<String> SEEN_PARTS = List.of(SEEN, SEEN_2, SEEN_3, SEEN_4, SEEN_5, SEEN_6,
            SEEN_7, SEEN_8, SEEN_9, SEEN_10, SEEN_11, SEEN_12, SEEN_13, SEEN_14, SEEN_15, SEEN_16, SEEN_17,
            SEEN_18, SEEN_19, SEEN_20, SEEN_21, SEEN_22, SEEN_23, SEEN_24,
            SEEN_25, SEEN_26, SEEN_27, SEEN_28, SEEN_29, SEEN_30, SEEN_31, SEEN_32, SEEN_33, SEEN_34, SEEN_35, SEEN_36, SEEN_37,
            SEEN_38, SEEN_39, SEEN_40, SEEN_41, SEEN_42, SEEN_43);
    /**
     * The held-out queries never used to tune, read from consultas-ciegas-N.csv / juicios-ciegos-N.csv: the figures
     * Observa publishes.
     */
    public static final String HELD_OUT = "ciega-44";

    /** The seen blind parts and the held-out one (once, while it is still the last seen part). */
    public static List<String> blindParts() {
        LinkedHashSet<String> parts = new LinkedHashSet<>(SEEN_PARTS);
        parts.add(HELD_OUT);
        return List.copyOf(parts);
    }

    private SearchEvaluation() {
    }

    /** The manifest of the judged corpus, in the queries folder. */
    public static final String MANIFEST = "corpus.txt";

    /**
     * @param folders folders of delivered report files; null for the files the queries folder's {@value #MANIFEST}
     *                lists (the corpus the judgments were made on)
     * @param queries folder with consultas.csv/juicios.csv (tuning), consultas-ciegas.csv/juicios-ciegos.csv (the first
     *                blind queries, seen since), consultas-ciegas-N.csv/juicios-ciegos-N.csv for each later part of
     *                {@link #SEEN_PARTS} and for {@link #HELD_OUT}, when present
     * @param work    working folder for the pipeline's data and index (emptied first)
     */
    public static Result run(ObservaConfig config, List<Path> folders, Path queries, Path work) throws Exception {
        return run(config, folders, queries, work, false);
    }

    /** @param reuse whether to search the corpus an earlier run left in {@code work}, when there is one, instead of taking it in again */
    public static Result run(ObservaConfig config, List<Path> folders, Path queries, Path work, boolean reuse)
            throws Exception {
        return measure(config, folders, queries, work, false, reuse).get(SearchBackends.LUCENE);
    }

    /**
     * The same measure on both backends over one ingest: the pipeline takes the corpus into the embedded index, the
     * OpenSearch backend {@code config} names ({@code observa.index.backend=opensearch}) is filled from the report store
     * as {@code observa reindex} fills it (the cluster and the embedded index beside it), then the same queries go to
     * the embedded index and to the cluster. Backend name → its result.
     */
    public static Map<String, Result> onBothBackends(ObservaConfig config, Path queries, Path work) throws Exception {
        if (!SearchBackends.onOpenSearch(config)) {
            throw new IllegalArgumentException("Para comparar hace falta observa.index.backend=opensearch");
        }
        return measure(config, null, queries, work, true, false);
    }

    private static Map<String, Result> measure(ObservaConfig config, List<Path> folders, Path queries, Path work,
                                               boolean cluster, boolean reuse) throws Exception {
        List<Path> corpus = folders != null ? SearchCorpus.reportFiles(folders)
                : SearchCorpus.listed(queries.resolve(MANIFEST), config.home());
        List<JudgedQueries> parts = new ArrayList<>();
        JudgedQueries.load(TUNING, queries.resolve("consultas.csv"), queries.resolve("juicios.csv"), config.home())
                .ifPresent(parts::add);
        for (String part : blindParts()) {
            JudgedQueries.load(part, queries.resolve(blindFile("consultas-ciegas", part)),
                    queries.resolve(blindFile("juicios-ciegos", part)), config.home()).ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("No hay consultas juzgadas en " + queries);
        }
        SearchCorpus earlier = reuse ? SearchCorpus.reuse(config, work) : null;
        // with a cluster, the pipeline takes the corpus into the embedded index and the cluster is filled from the
        // report store in bulk (SearchCorpus.ingest): the same findings on both engines
        try (SearchCorpus taken = earlier != null ? earlier : cluster
                ? SearchCorpus.ingest(config.with("observa.index.backend", SearchBackends.LUCENE), corpus, work, config)
                : SearchCorpus.ingest(config, corpus, work)) {
            FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
            Map<String, BiFunction<SearchRequest, Integer, OpenSearchBackend.Ranking>> engines = new LinkedHashMap<>();
            Map<String, Result> byBackend = new LinkedHashMap<>();
            try (Stream<Report> reports = taken.reports(); PlainLuceneBaseline baseline = new PlainLuceneBaseline(reports);
                 FindingIndex embedded = cluster ? FindingIndex.open(taken.indexDir(), analyzer, new IndexSchema()) : null) {
                // with a cluster, the embedded index is its lexicon: one search plans each query for both engines
                // (RecentPlans), the cluster right after the embedded index, part by part
                LuceneBackend lexicon = cluster
                        ? new LuceneBackend(embedded, FindingSearch.configured(config, embedded, analyzer)) : null;
                FindingSearch search = cluster ? lexicon.findingSearch()
                        : FindingSearch.configured(config, taken.index(), analyzer);
                // the ranking alone, as the cluster's below: the export gives the search's total and its findings in the
                // search's order, without the snippets (two fifths of the evaluation's CPU), facet and date counts it
                // never reads
                engines.put(SearchBackends.LUCENE, (r, n) -> {
                    FindingSearch.Export ranked = search.export(r, n); // offset 0: the first page
                    return new OpenSearchBackend.Ranking(ranked.total(),
                            ranked.findings().stream().map(mx.observa.index.IndexedFinding::folio).toList());
                });
                try (SearchBackend backend = cluster ? SearchBackends.of(config, lexicon) : null) {
                    if (backend instanceof OpenSearchBackend os) {
                        // the cluster's ranking alone: the snippets and counts of a page are never measured
                        engines.put(SearchBackends.OPENSEARCH, (r, n) -> os.ranking(r, n, null));
                    }
                    // plain Lucene's files for each query, ranked once: the same yardstick beside every backend
                    Map<String, List<String>> baselineFiles = new java.util.HashMap<>();
                    Map<String, List<PartResult>> results = new LinkedHashMap<>();
                    for (JudgedQueries part : parts) {
                        for (Map.Entry<String, BiFunction<SearchRequest, Integer, OpenSearchBackend.Ranking>> engine : engines.entrySet()) {
                            results.computeIfAbsent(engine.getKey(), e -> new ArrayList<>())
                                    .add(evaluate(part, engine.getValue(), baseline, baselineFiles, taken));
                        }
                    }
                    results.forEach((engine, byPart) -> byBackend.put(engine, new Result(taken.files(), taken.reportCount(),
                            baseline.findings(), taken.quarantined(), List.copyOf(byPart))));
                }
                return byBackend;
            }
        }
    }

    /** {@code consultas-ciegas} + {@code ciega-3} → consultas-ciegas-3.csv; the first part's files have no number. */
    private static String blindFile(String stem, String part) {
        String number = part.substring(part.indexOf('-') + 1);
        return stem + (number.equals("1") ? "" : "-" + number) + ".csv";
    }

    /** @param baselineFiles plain Lucene's ranked files by query text, filled as queries come (shared by the backends) */
    private static PartResult evaluate(JudgedQueries part, BiFunction<SearchRequest, Integer, OpenSearchBackend.Ranking> search,
                                       PlainLuceneBaseline baseline, Map<String, List<String>> baselineFiles,
                                       SearchCorpus corpus) throws Exception {
        List<QueryResult> results = new ArrayList<>();
        int empty = 0;
        for (JudgedQueries.JudgedQuery q : part.queries()) {
            // one request for every read, so the plan made for the first read (RecentPlans) serves the second
            SearchRequest request = new SearchRequest(q.text(), null, SearchRequest.Order.RELEVANCE, 0, FINDINGS_READ);
            OpenSearchBackend.Ranking r = null;
            List<String> ours = null;
            for (int read : READS) {
                r = search.apply(request, read);
                ours = files(r.folios(), corpus);
                if (enough(ours, r.folios().size(), read)) {
                    break;
                }
            }
            List<String> theirs = baselineFiles.get(q.text());
            if (theirs == null) {
                for (int read : READS) {
                    List<String> folios = baseline.folios(q.text(), read);
                    theirs = files(folios, corpus);
                    if (enough(theirs, folios.size(), read)) {
                        break;
                    }
                }
                baselineFiles.put(q.text(), theirs);
            }
            boolean noResults = r.total() == 0 && q.grades().values().stream().anyMatch(g -> g >= RankingMetrics.RELEVANT);
            empty += noResults ? 1 : 0;
            results.add(new QueryResult(q.id(), q.text(), scores(ours, q.grades()), scores(theirs, q.grades()), noResults,
                    ours.stream().limit(K).toList()));
        }
        return new PartResult(part.part(), List.copyOf(results), mean(results, QueryResult::observa),
                mean(results, QueryResult::baseline), empty);
    }

    /** The reads of a query's findings, shortest first ({@link #FIRST_READ}). */
    private static final List<Integer> READS = List.of(FIRST_READ, FINDINGS_READ);

    /**
     * Whether a read of {@code read} findings that returned {@code returned} of them decides the scores: it shows
     * {@value #K} files, or it holds every finding that matches.
     */
    static boolean enough(List<String> files, int returned, int read) {
        return files.size() >= K || returned < read;
    }

    private static List<String> files(List<String> folios, SearchCorpus corpus) {
        LinkedHashSet<String> files = new LinkedHashSet<>();
        for (String folio : folios) {
            String file = corpus.fileOf(folio);
            if (file != null) {
                files.add(file);
            }
        }
        return List.copyOf(files);
    }

    private static Scores scores(List<String> ranked, Map<String, Integer> grades) {
        return new Scores(RankingMetrics.recall(ranked, grades, K), RankingMetrics.ndcg(ranked, grades, K),
                RankingMetrics.reciprocalRank(ranked, grades, K));
    }

    private static Scores mean(List<QueryResult> results, java.util.function.Function<QueryResult, Scores> of) {
        return new Scores(average(results, r -> of.apply(r).recall()), average(results, r -> of.apply(r).ndcg()),
                average(results, r -> of.apply(r).mrr()));
    }

    private static double average(List<QueryResult> results, ToDoubleFunction<QueryResult> value) {
        return results.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** The run as a table for people (Spanish). */
    public static String text(Result r) {
        StringBuilder out = new StringBuilder();
        out.append("Corpus: %d archivos, %d informes, %d hallazgos%n".formatted(r.files(), r.reports(), r.findings()));
        r.quarantined().forEach(q -> out.append("  en cuarentena: ").append(q).append('\n'));
        for (PartResult p : r.parts()) {
            out.append("%nParte de %s: %d consultas%n".formatted(p.part(), p.queries().size()));
            out.append("%-5s %9s %8s %6s   %9s %8s %6s   %s%n".formatted("id", "recall@10", "nDCG@10", "MRR",
                    "recall@10", "nDCG@10", "MRR", "consulta"));
            out.append("%-5s %25s   %25s%n".formatted("", "Observa", "Lucene simple"));
            for (QueryResult q : p.queries()) {
                out.append("%-5s %s   %s   %s%s%n".formatted(q.id(), row(q.observa()), row(q.baseline()), q.query(),
                        q.empty() ? "  [VACÍA]" : ""));
            }
            out.append("%-5s %s   %s%n".formatted("media", row(p.observa()), row(p.baseline())));
            out.append("Primeras páginas vacías con archivos relevantes: %d%n".formatted(p.emptyPages()));
        }
        return out.toString();
    }

    private static String row(Scores s) {
        return String.format(Locale.ROOT, "%9s %8s %6s", f(s.recall()), f(s.ndcg()), f(s.mrr()));
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The run as JSON-ready maps. */
    public static Map<String, Object> json(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", r.files());
        m.put("reports", r.reports());
        m.put("findings", r.findings());
        m.put("quarantined", r.quarantined());
        List<Object> parts = new ArrayList<>();
        for (PartResult p : r.parts()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("part", p.part());
            pm.put("queries", p.queries().size());
            pm.put("observa", p.observa());
            pm.put("baseline", p.baseline());
            pm.put("empty_first_pages", p.emptyPages());
            pm.put("missed_targets", p.missedTargets());
            pm.put("per_query", p.queries());
            parts.add(pm);
        }
        m.put("parts", parts);
        return m;
    }
}
