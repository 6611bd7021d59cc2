package mx.observa.index.opensearch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.index.Dashboard;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.index.FindingReader;
import mx.observa.index.LuceneBackend;
import mx.observa.index.ReportSupport;
import mx.observa.index.ReviewedReport;
import mx.observa.index.SearchBackend;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchPlan;
import mx.observa.index.SearchRequest;
import mx.observa.index.SearchResult;
import mx.observa.index.SearchResult.DateCount;
import mx.observa.index.SearchResult.Delivery;
import mx.observa.index.SearchResult.ReportHit;
import mx.observa.index.SearchResult.FacetCount;
import mx.observa.index.VisibleText;
import mx.observa.model.Report;
import mx.observa.text.Html;

/**
 * The findings index on an OpenSearch cluster ({@code observa.index.backend=opensearch}): the same documents, analysis
 * chain and ranking formula as the embedded index, and the same query plan ({@link SearchPlan}: match and rank
 * queries, topic and place filters, proximity, what the commission may match) run as OpenSearch query DSL.
 *
 * <p>The plan is read against the {@code lexicon}, the embedded index of the same findings that the single writer
 * keeps beside the cluster: the planner looks words up in a term dictionary (word forms, typos, common words, what a
 * redacted reader sees), which the cluster has no API to walk. The copy is right by design, not by luck: the one
 * writer writes each reviewed report to the cluster and to the copy in the same {@link #replace} and commits both
 * together, and the service rebuilds the cluster from the report store when it has fewer findings than the copy; a
 * process that only reads ({@link #reader}: {@code observa search}) plans on the copy opened read-only. The cluster
 * answers the searches: which findings match, their order, counts by facet and date (aggregations, each dimension
 * counted without its own filter), highlighted snippets, one report's findings, exports and the dashboard. Scores use the whole index's term statistics ({@code dfs_query_then_fetch}), as
 * one Lucene index does; the best {@value SearchPlan#RESCORED} results get the plan's proximity score added, as
 * {@code Proximity} does on the embedded index. Writes go in bulk with retry ({@link BulkWriter}); a cluster that does
 * not answer is Observa's own failure ({@link OpenSearchUnavailableException}).
 */
public final class OpenSearchBackend implements SearchBackend {

    private static final int MAX_FACET_VALUES = 100;
    private static final int PAGE = 1000;
    /** Findings read first to fill a page of reports (as {@code ReportGroups}). */
    private static final int FIRST_READ = 200;
    private static final Map<String, String> SCORED = Map.of("search_type", "dfs_query_then_fetch");
    /** Facet dimension → the field counted (alcaldías are counted by their name with accents). */
    private static final Map<String, String> FACET_FIELDS = IndexSchema.FIELDS.stream()
            .filter(f -> f.facet() != null)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(mx.observa.index.IndexField::facet,
                    mx.observa.index.IndexField::name));

    private final OpenSearchSettings settings;
    private final OpenSearchHttp http;
    private final BulkWriter writer;
    /** The embedded copy the writer keeps beside the cluster; null in a reader ({@link #reader}), which never writes. */
    private final LuceneBackend lexicon;
    /** The embedded copy's search: it plans every query against the copy's term dictionary. */
    private final FindingSearch planner;
    private final Path synonymsFile;

    private OpenSearchBackend(OpenSearchSettings settings, LuceneBackend lexicon, FindingSearch planner,
                              Path synonymsFile) {
        this.settings = settings;
        this.http = new OpenSearchHttp(settings);
        this.writer = new BulkWriter(http, settings.index(), BulkWriter.Backoff.DEFAULT, "1m");
        this.lexicon = lexicon;
        this.planner = planner;
        this.synonymsFile = synonymsFile;
    }

    /**
     * Connects to the cluster and creates the findings index when it does not exist yet.
     *
     * @param lexicon      the embedded index of the same findings (written through this backend, closed by its opener)
     * @param synonymsFile {@code config/sinonimos.txt}, copied into the index's search analyzer when it is created
     */
    public static OpenSearchBackend open(OpenSearchSettings settings, LuceneBackend lexicon, Path synonymsFile) {
        OpenSearchBackend backend = new OpenSearchBackend(settings, lexicon, lexicon.findingSearch(), synonymsFile);
        try {
            backend.createIfMissing();
            return backend;
        } catch (RuntimeException e) {
            backend.http.close();
            throw e;
        }
    }

    /**
     * The cluster for a process that only reads ({@code observa search} beside the running service): searches planned
     * against {@code lexicon}, the search of the embedded copy opened read-only; it never writes nor creates the index.
     *
     * @throws IllegalStateException in Spanish, when the cluster has no findings index yet
     */
    public static OpenSearchBackend reader(OpenSearchSettings settings, FindingSearch lexicon) {
        OpenSearchBackend backend = new OpenSearchBackend(settings, null, lexicon, null);
        if (!backend.http.exists("/" + settings.index())) {
            backend.http.close();
            throw new IllegalStateException("El clúster no tiene todavía el índice «" + settings.index()
                    + "»: arranque el servicio o ejecute observa reindex.");
        }
        return backend;
    }

    private LuceneBackend writable() {
        if (lexicon == null) {
            throw new IllegalStateException("Esta conexión al clúster es de solo lectura");
        }
        return lexicon;
    }

    private void createIfMissing() {
        if (!http.exists("/" + settings.index())) {
            try {
                http.call("PUT", "/" + settings.index(), OpenSearchIndexDefinition.body(settings, synonymsFile));
            } catch (IllegalStateException e) {
                if (!e.getMessage().contains("resource_already_exists_exception")) {
                    throw e;
                }
            }
        }
    }

    /** How many times a write or a search was sent again (tests: the cluster lost a node, a shard copy moved). */
    public int retries() {
        return writer.retries();
    }

    @Override
    public void replace(ReviewedReport reviewed) {
        LuceneBackend copy = writable();
        writer.replace(reviewed);
        copy.replace(reviewed);
    }

    @Override
    public void deleteAll() {
        LuceneBackend copy = writable();
        writer.discard();
        if (http.exists("/" + settings.index())) {
            http.call("DELETE", "/" + settings.index(), null);
        }
        createIfMissing(); // with the synonyms of today
        copy.deleteAll();
    }

    /**
     * A fast fill of the empty index (after {@link #deleteAll}): no replicas and no refresh while it runs, large bulk
     * requests {@code concurrency} at a time, the embedded copy written beside ({@link BulkLoad}).
     */
    public BulkLoad bulkLoad(int concurrency) {
        return bulkLoad(concurrency, BulkLoad.BATCH);
    }

    /**
     * {@link #bulkLoad(int)} in requests of {@code batch} findings: the tests see several requests go at once without
     * loading {@value BulkLoad#BATCH} findings for each (OpenSearchClusterIT).
     */
    BulkLoad bulkLoad(int concurrency, int batch) {
        LuceneBackend copy = writable();
        writer.refresh(); // what the ordinary writes left pending goes first
        return new BulkLoad(http, settings.index(), writer, copy, concurrency, batch);
    }

    @Override
    public void commit() {
        LuceneBackend copy = writable();
        writer.commit();
        copy.commit();
    }

    @Override
    public void refresh() {
        LuceneBackend copy = writable();
        writer.refresh();
        copy.refresh();
    }

    /** The embedded index's search (its planner), answered by the cluster. */
    @Override
    public FindingSearch findingSearch() {
        return planner.answeredBy(this);
    }

    @Override
    public long size() {
        return count(null);
    }

    @Override
    public SearchResult search(SearchRequest request, VisibleText visible) {
        SearchPlan plan = planner.planned(request, visible);
        ObjectNode match = LuceneQueryTranslation.toDsl(plan.match());
        PlanFilters filters = new PlanFilters(plan.filters());

        ObjectNode counts = Json.MAPPER.createObjectNode();
        counts.set("query", filters.around(match, true, false));
        counts.put("size", 0).put("track_total_hits", true);
        ObjectNode aggs = counts.putObject("aggs");
        ObjectNode all = aggs.putObject("todos");
        all.set("filter", filters.dimensions(null));
        // reports counted exactly up to 40,000 (the most OpenSearch counts exactly), approximately beyond
        all.putObject("aggs").putObject("informes").putObject("cardinality").put("field", IndexSchema.GROUP)
                .put("precision_threshold", 40_000);
        for (String dim : IndexSchema.FACETS) {
            ObjectNode facet = aggs.putObject(dim);
            facet.set("filter", filters.dimensions(dim));
            facet.putObject("aggs").set("valores", termsAgg(FACET_FIELDS.get(dim)));
        }
        ObjectNode everything = aggs.putObject("todo");
        everything.putObject("global");
        ObjectNode inAll = everything.putObject("aggs");
        inAll.putObject("primera").putObject("min").put("field", IndexSchema.DATE);
        inAll.putObject("ultima").putObject("max").put("field", IndexSchema.DATE);
        ObjectNode byDay = inAll.putObject("fechas");
        byDay.set("filter", filters.around(match, false, true));
        byDay.putObject("aggs").putObject("dias").putObject("date_histogram").put("field", IndexSchema.DATE)
                .put("calendar_interval", "day").put("min_doc_count", 1).put("format", "yyyy-MM-dd");
        JsonNode answer = search(counts, false);
        JsonNode a = answer.path("aggregations");
        long total = a.path("todos").path("doc_count").asLong();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : IndexSchema.FACETS) {
            facets.put(dim, facetCounts(a.path(dim).path("valores")));
        }

        if (request.grouping() == SearchRequest.Grouping.REPORT) {
            List<ReportHit> reports = total == 0 ? List.of() : reports(plan, filters, request.offset(), request.limit());
            return new SearchResult(total, reports.stream().map(ReportHit::best).toList(), facets,
                    dateCounts(a.path("todo")), plan.correction(), plan.applied(), plan.topics(), reports,
                    a.path("todos").path("informes").path("value").asLong());
        }
        List<Ranked> ids = total == 0 ? List.of() : ranked(plan, filters, request.offset() + request.limit());
        List<Ranked> page = ids.subList(Math.min(request.offset(), ids.size()),
                Math.min(ids.size(), request.offset() + request.limit()));
        return new SearchResult(total, hits(page, plan), facets, dateCounts(a.path("todo")), plan.correction(),
                plan.applied(), plan.topics(), List.of(), 0);
    }

    /** How many findings match a request, and the folios of the first findings in relevance order. */
    public record Ranking(long total, List<String> folios) {
    }

    /**
     * What a ranking measure reads of {@link #search} (the search evaluation): the same total and the folios of the
     * first {@code n} findings in the same order, without the snippets, facet and date counts it never reads.
     */
    public Ranking ranking(SearchRequest request, int n, VisibleText visible) {
        SearchPlan plan = planner.planned(request, visible);
        PlanFilters filters = new PlanFilters(plan.filters());
        // the query search() counts (dates and every dimension's filter around the match), counted by the ranking's
        // first request: a count of its own was one more request to every shard for each ranking, and the search
        // evaluation asks the cluster for one or two rankings per judged query (OpenSearchClusterIT: the test JVM and
        // the three nodes 146 s of CPU with the count apart, 130 s with it in the page's request; 2026-12-07)
        Counted counted = new Counted(filters.around(LuceneQueryTranslation.toDsl(plan.match()), true, true));
        List<Ranked> ranked = ranked(plan, filters, n, counted);
        long total = counted.total();
        List<String> folios = total == 0 ? List.of() : ranked.stream()
                .map(r -> r.id().substring(0, r.id().lastIndexOf('#'))).toList();
        return new Ranking(total, folios);
    }

    /**
     * A count asked in the same request as the first page of a ranking: the findings that match {@code query} among
     * all of the index's (a {@code global} aggregation, which the page's own query does not narrow, with a
     * {@code filter} under it), as {@code _count} counts them. Filled by {@link #page}.
     */
    private static final class Counted {
        private static final String NAME = "contados";
        private final ObjectNode query;
        private Long total;

        Counted(ObjectNode query) {
            this.query = query;
        }

        /** Adds the count to the body of a search. */
        void askIn(ObjectNode body) {
            body.putObject("aggs").putObject(NAME).<ObjectNode>set("global", Json.MAPPER.createObjectNode())
                    .putObject("aggs").putObject("coinciden").set("filter", query);
        }

        /** Reads the count from the answer to a body {@link #askIn} filled. */
        void readFrom(JsonNode answer) {
            JsonNode count = answer.path("aggregations").path(NAME).path("coinciden").path("doc_count");
            if (!count.isNumber()) {
                throw new IllegalStateException("El clúster no contó los hallazgos: " + answer.path("aggregations"));
            }
            total = count.asLong();
        }

        long total() {
            if (total == null) {
                throw new IllegalStateException("La búsqueda no contó los hallazgos");
            }
            return total;
        }
    }

    /**
     * A page of reports, a report and its near-duplicates being one ({@link IndexSchema#GROUP}), each where its best
     * finding ranks, with how many more of its findings match and its other deliveries (as {@code ReportGroups}).
     */
    private List<ReportHit> reports(SearchPlan plan, PlanFilters filters, int offset, int limit) {
        int wanted = offset + limit;
        Map<String, Ranked> bestOfGroup = new LinkedHashMap<>();
        for (int read = Math.max(FIRST_READ, wanted * 10); ; read *= 4) {
            List<Ranked> ids = ranked(plan, filters, read);
            Map<String, String> groups = groupsOf(ids.stream().map(Ranked::id).toList());
            bestOfGroup.clear();
            for (Ranked id : ids) {
                bestOfGroup.putIfAbsent(groups.get(id.id()), id);
                if (bestOfGroup.size() >= wanted) {
                    break;
                }
            }
            if (bestOfGroup.size() >= wanted || ids.size() < read) {
                break;
            }
        }
        List<Map.Entry<String, Ranked>> page = new ArrayList<>(bestOfGroup.entrySet())
                .subList(Math.min(offset, bestOfGroup.size()), bestOfGroup.size());
        List<SearchHit> best = hits(page.stream().map(Map.Entry::getValue).toList(), plan);
        Map<String, Long> matching = findingsPerFolio(plan, filters, best.stream().map(SearchHit::folio).toList());
        Map<String, List<Delivery>> deliveries = deliveries(page.stream().map(Map.Entry::getKey).toList());
        List<ReportHit> reports = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            SearchHit hit = best.get(i);
            reports.add(new ReportHit(hit, Math.max(0, matching.getOrDefault(hit.folio(), 0L) - 1),
                    deliveries.getOrDefault(page.get(i).getKey(), List.of()).stream()
                            .filter(d -> !d.folio().equals(hit.folio())).toList()));
        }
        return reports;
    }

    /** Finding id → its report's group key. */
    private Map<String, String> groupsOf(List<String> ids) {
        Map<String, String> groups = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + PAGE));
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.putObject("query").set("ids", Json.MAPPER.createObjectNode().set("values", Json.MAPPER.valueToTree(part)));
            body.put("size", part.size());
            body.putArray("_source").add(IndexSchema.GROUP);
            for (JsonNode hit : search(body, false).path("hits").path("hits")) {
                groups.put(hit.path("_id").asText(), hit.path("_source").path(IndexSchema.GROUP).asText());
            }
        }
        return groups;
    }

    /** How many findings of each of {@code folios} match the plan with its filters. */
    private Map<String, Long> findingsPerFolio(SearchPlan plan, PlanFilters filters, List<String> folios) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("query", filters.around(LuceneQueryTranslation.toDsl(plan.match()), true, true));
        body.put("size", 0);
        body.putObject("aggs").putObject("folios").putObject("terms").put("field", IndexSchema.FOLIO)
                .put("size", Math.max(1, folios.size())).set("include", Json.MAPPER.valueToTree(folios));
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode bucket : search(body, false).path("aggregations").path("folios").path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return counts;
    }

    /** The deliveries of each report group (folio order), with the name each arrived with. */
    private Map<String, List<Delivery>> deliveries(List<String> groups) {
        ObjectNode bool = Json.MAPPER.createObjectNode();
        ArrayNode filter = bool.putArray("filter");
        filter.add(LuceneQueryTranslation.terms(IndexSchema.GROUP, groups));
        filter.add(LuceneQueryTranslation.term(new Term(IndexSchema.NUMBER, "1")));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("query", LuceneQueryTranslation.node("bool", bool));
        body.put("size", PAGE);
        body.putArray("_source").add(IndexSchema.GROUP).add(IndexSchema.FOLIO).add(IndexSchema.SOURCE);
        body.putArray("sort").addObject().put(IndexSchema.FOLIO, "asc");
        Map<String, List<Delivery>> byGroup = new HashMap<>();
        for (JsonNode hit : search(body, false).path("hits").path("hits")) {
            JsonNode src = hit.path("_source");
            byGroup.computeIfAbsent(src.path(IndexSchema.GROUP).asText(), g -> new ArrayList<>())
                    .add(new Delivery(src.path(IndexSchema.FOLIO).asText(), src.path(IndexSchema.SOURCE).asText()));
        }
        return byGroup;
    }

    @Override
    public FindingSearch.Export export(SearchRequest request, int max, VisibleText visible) {
        SearchPlan plan = planner.planned(request, visible);
        PlanFilters filters = new PlanFilters(plan.filters());
        ObjectNode count = Json.MAPPER.createObjectNode();
        count.set("query", filters.around(LuceneQueryTranslation.toDsl(plan.match()), true, true));
        long total = count(count);
        List<String> ids = ranked(plan, filters, (int) Math.min(max, total)).stream().map(Ranked::id).toList();
        List<IndexedFinding> findings = new ArrayList<>();
        for (JsonNode hit : byId(ids, null)) {
            findings.add(OpenSearchDocuments.finding(hit.path("_source")));
        }
        return new FindingSearch.Export(total, findings, plan.correction());
    }

    /**
     * The ids of the first {@code n} findings in the plan's order: by date, or by the rank query with the proximity
     * of the best {@value SearchPlan#RESCORED} added (as the embedded index's {@code Proximity}).
     */
    /** A finding in a ranking: its id and its score (0 in date order). */
    private record Ranked(String id, double score) {
    }

    private List<Ranked> ranked(SearchPlan plan, PlanFilters filters, int n) {
        return ranked(plan, filters, n, null);
    }

    /** {@link #ranked(SearchPlan, PlanFilters, int)}, with {@code counted} (or null) counted by its first request. */
    private List<Ranked> ranked(SearchPlan plan, PlanFilters filters, int n, Counted counted) {
        boolean rescore = !plan.byDate(); // proximity, when the plan has one, then the support of each report
        int wanted = Math.max(1, rescore ? Math.max(n, SearchPlan.RESCORED) : n);
        ObjectNode query = filters.around(LuceneQueryTranslation.toDsl(plan.byDate() ? plan.match() : plan.rank()),
                true, true);
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        if (plan.byDate()) {
            // the dated findings, most recent first, then the undated ones: two searches, neither sorting on a value
            // some findings lack. One sort by date with the undated put last ("missing": "_last") let the cluster skip
            // undated findings that belonged on the page (OpenSearchClusterIT: the first page of an empty query on a
            // reloaded index lacked findings of the last reports and chose other best findings, each copy whole)
            ObjectNode dated = Json.MAPPER.createObjectNode();
            dated.putObject("exists").put("field", IndexSchema.DATE);
            ObjectNode withDate = Json.MAPPER.createObjectNode();
            withDate.putArray("filter").add(query).add(dated);
            page(LuceneQueryTranslation.node("bool", withDate), sortOf(true), wanted, ids, scores, false, counted);
            if (ids.size() < wanted && !noneCounted(counted)) {
                ObjectNode withoutDate = Json.MAPPER.createObjectNode();
                withoutDate.putArray("filter").add(query);
                withoutDate.putArray("must_not").add(dated);
                page(LuceneQueryTranslation.node("bool", withoutDate), undatedSort(), wanted, ids, scores, false, null);
            }
        } else {
            page(query, sortOf(false), wanted, ids, scores, true, counted);
        }
        if (noneCounted(counted)) {
            return List.of(); // as when the count came first and no ranking was asked
        }
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ranking.add(new Ranked(ids.get(i), plan.byDate() ? 0 : scores.get(i)));
        }
        if (rescore && !ranking.isEmpty()) {
            int window = Math.min(SearchPlan.RESCORED, ranking.size());
            Map<String, Float> proximity = plan.proximity() == null ? Map.of()
                    : planner.proximityScores(plan.proximity(), ids.subList(0, window));
            // then the support of each finding's report, as the embedded index ranks (ReportSupport)
            String[] folios = new String[window];
            float[] withProximity = new float[window];
            for (int i = 0; i < window; i++) {
                Ranked r = ranking.get(i);
                folios[i] = r.id().substring(0, r.id().lastIndexOf('#'));
                withProximity[i] = (float) r.score() + proximity.getOrDefault(r.id(), 0f);
            }
            float[] supported = ReportSupport.added(folios, withProximity);
            List<Ranked> rescored = new ArrayList<>();
            for (int i = 0; i < window; i++) {
                rescored.add(new Ranked(ranking.get(i).id(), supported[i]));
            }
            rescored.sort(Comparator.comparingDouble(Ranked::score).reversed()); // stable: ties keep their order
            rescored.addAll(ranking.subList(window, ranking.size()));
            ranking = rescored;
        }
        return ranking.subList(0, Math.min(n, ranking.size()));
    }

    /** Whether a count was asked with the ranking and found nothing. */
    private static boolean noneCounted(Counted counted) {
        return counted != null && counted.total() == 0;
    }

    /**
     * Adds to {@code ids} (and their first sort value to {@code scores}) the findings of {@code query} in the order of
     * {@code sort}, page after page, until {@code wanted} are there or none is left; {@code counted} (or null) is
     * counted by the first request.
     */
    private void page(ObjectNode query, ArrayNode sort, int wanted, List<String> ids, List<Double> scores,
                      boolean scored, Counted counted) {
        JsonNode after = null;
        boolean first = true;
        while (ids.size() < wanted) {
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.set("query", query);
            body.put("size", Math.min(PAGE, wanted - ids.size())).put("_source", false).put("track_total_hits", false);
            body.set("sort", sort);
            if (after != null) {
                body.set("search_after", after);
            }
            if (first && counted != null) {
                counted.askIn(body);
            }
            JsonNode answer = search(body, scored);
            if (first && counted != null) {
                counted.readFrom(answer);
            }
            first = false;
            JsonNode hits = answer.path("hits").path("hits");
            for (JsonNode hit : hits) {
                ids.add(hit.path("_id").asText());
                scores.add(hit.path("sort").get(0).asDouble());
                after = hit.path("sort");
            }
            if (hits.size() < body.path("size").asInt()) {
                break;
            }
        }
    }

    /** The findings of one page, in the given order, with their snippets. */
    private List<SearchHit> hits(List<Ranked> page, SearchPlan plan) {
        Query highlight = plan.highlight();
        Map<String, Double> scores = new HashMap<>();
        page.forEach(r -> scores.put(r.id(), r.score()));
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : byId(page.stream().map(Ranked::id).toList(), highlight instanceof MatchAllDocsQuery ? null
                : highlight(LuceneQueryTranslation.toDsl(highlight), 2))) {
            hits.add(searchHit(hit, scores.get(hit.path("_id").asText()).floatValue()));
        }
        return hits;
    }

    /** The documents of {@code ids}, in that order, highlighted when asked. */
    private List<JsonNode> byId(List<String> ids, ObjectNode highlight) {
        Map<String, JsonNode> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + PAGE));
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.putObject("query").set("ids", Json.MAPPER.createObjectNode().set("values", Json.MAPPER.valueToTree(part)));
            body.put("size", part.size());
            if (highlight != null) {
                body.set("highlight", highlight);
            }
            for (JsonNode hit : search(body, false).path("hits").path("hits")) {
                found.put(hit.path("_id").asText(), hit);
            }
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public IndexedReport report(String folio) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("query", LuceneQueryTranslation.term(new Term(IndexSchema.FOLIO, folio)));
        body.put("size", 10_000);
        body.putArray("sort").addObject().put(IndexSchema.NUMBER, "asc");
        List<FindingReader.Stored> docs = new ArrayList<>();
        for (JsonNode hit : search(body, false).path("hits").path("hits")) {
            docs.add(OpenSearchDocuments.stored(hit.path("_source")));
        }
        return FindingReader.report(docs);
    }

    @Override
    public Map<Integer, String> highlightReport(String folio, String q) {
        if (q == null || q.isBlank()) {
            return Map.of();
        }
        Query words = planner.words(q);
        if (words instanceof MatchAllDocsQuery) {
            return Map.of();
        }
        ObjectNode text = LuceneQueryTranslation.toDsl(words);
        ObjectNode bool = Json.MAPPER.createObjectNode();
        bool.putArray("must").add(text);
        bool.putArray("filter").add(LuceneQueryTranslation.term(new Term(IndexSchema.FOLIO, folio)));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("query", LuceneQueryTranslation.node("bool", bool));
        body.put("size", 10_000);
        body.set("highlight", highlight(text, 0));
        Map<Integer, String> byNumber = new HashMap<>();
        for (JsonNode hit : search(body, false).path("hits").path("hits")) {
            JsonNode marked = hit.path("highlight").path(IndexSchema.TEXT);
            if (marked.size() > 0) {
                byNumber.put(hit.path("_source").path(IndexSchema.NUMBER).asInt(), marked.get(0).asText());
            }
        }
        return byNumber;
    }

    @Override
    public Dashboard dashboard() {
        ObjectNode originals = Json.MAPPER.createObjectNode();
        originals.putObject("bool").putArray("must_not").addObject().putObject("exists")
                .put("field", IndexSchema.DUPLICATE_OF);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("query", originals);
        body.put("size", 0).put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        aggs.set("hallazgos_por_dia", termsAgg(IndexSchema.RECEIVED_DAY));
        aggs.set("hallazgos_por_tema", termsAgg(IndexSchema.TOPIC));
        aggs.set("hallazgos_por_tipo", termsAgg(IndexSchema.KIND));
        ObjectNode heads = aggs.putObject("informes");
        heads.putObject("filter").putObject("term").put(IndexSchema.NUMBER, 1);
        ObjectNode perReport = heads.putObject("aggs");
        perReport.set("por_dia", termsAgg(IndexSchema.RECEIVED_DAY));
        perReport.set("por_alcaldia", termsAgg(IndexSchema.ALCALDIA_DISPLAY));
        JsonNode answer = search(body, false);
        JsonNode a = answer.path("aggregations");
        long findings = answer.path("hits").path("total").path("value").asLong();
        if (findings == 0) {
            return Dashboard.EMPTY;
        }
        return new Dashboard(a.path("informes").path("doc_count").asLong(), findings,
                byLabel(facetCounts(a.path("informes").path("por_dia"))), byLabel(facetCounts(a.path("hallazgos_por_dia"))),
                facetCounts(a.path("informes").path("por_alcaldia")), facetCounts(a.path("hallazgos_por_tema")),
                facetCounts(a.path("hallazgos_por_tipo")));
    }

    @Override
    public void close() {
        http.close(); // the lexicon is its opener's to close
    }

    /**
     * A search answered by every shard: an answer some shard failed is asked again ({@link OpenSearchHttp#onEveryShard}), never
     * read as if whole (a ranking read from two of three shards gives a report's second finding as its best).
     */
    private JsonNode search(ObjectNode body, boolean scored) {
        return writer.withRetry("search", () -> http.onEveryShard("POST", "/" + settings.index() + "/_search", body,
                scored ? SCORED : Map.of()));
    }

    /** How many findings match {@code query} (null: all), counted by every shard. */
    private long count(ObjectNode query) {
        return writer.withRetry("count", () -> http.onEveryShard(query == null ? "GET" : "POST",
                "/" + settings.index() + "/_count", query, Map.of())).path("count").asLong();
    }

    /**
     * Date order (most recent observation first) of the findings that have a date, or relevance; a unique tie-break
     * for paging. The undated come after the dated ones in {@link #undatedSort}.
     */
    private static ArrayNode sortOf(boolean byDate) {
        ArrayNode sort = Json.MAPPER.createArrayNode();
        if (byDate) {
            sort.addObject().putObject(IndexSchema.DATE).put("order", "desc");
            sort.addObject().put(IndexSchema.FOLIO, "desc");
            sort.addObject().put(IndexSchema.NUMBER, "asc");
        } else {
            sort.addObject().put("_score", "desc");
        }
        sort.addObject().put(IndexSchema.ID, "asc");
        return sort;
    }

    /** The undated findings' order: as the dated ones' after their date (as the embedded index's date order). */
    private static ArrayNode undatedSort() {
        ArrayNode sort = Json.MAPPER.createArrayNode();
        sort.addObject().put(IndexSchema.FOLIO, "desc");
        sort.addObject().put(IndexSchema.NUMBER, "asc");
        sort.addObject().put(IndexSchema.ID, "asc");
        return sort;
    }

    /** Marks as the embedded index does: {@code <mark>}, text escaped as HTML, passages by sentence (0: whole text). */
    private static ObjectNode highlight(ObjectNode query, int passages) {
        ObjectNode highlight = Json.MAPPER.createObjectNode();
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        highlight.put("encoder", "html");
        ObjectNode text = highlight.putObject("fields").putObject(IndexSchema.TEXT);
        text.put("type", "unified").put("number_of_fragments", passages).set("highlight_query", query);
        if (passages > 0) {
            text.put("boundary_scanner", "sentence").put("fragment_size", 100_000);
        }
        return highlight;
    }

    private static ObjectNode termsAgg(String field) {
        ObjectNode agg = Json.MAPPER.createObjectNode();
        ObjectNode terms = agg.putObject("terms").put("field", field).put("size", MAX_FACET_VALUES);
        ArrayNode order = terms.putArray("order");
        order.addObject().put("_count", "desc");
        order.addObject().put("_key", "asc");
        return agg;
    }

    /** Most frequent first, then by value as text (as the embedded index's facets). */
    private static List<FacetCount> facetCounts(JsonNode terms) {
        List<FacetCount> counts = new ArrayList<>();
        for (JsonNode bucket : terms.path("buckets")) {
            counts.add(new FacetCount(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
        }
        return counts.stream().sorted(Comparator.comparingLong(FacetCount::count).reversed()
                .thenComparing(FacetCount::value)).toList();
    }

    private static List<FacetCount> byLabel(List<FacetCount> counts) {
        return counts.stream().sorted(Comparator.comparing(FacetCount::value)).toList();
    }

    /** Findings per period of the day observed: the periods of the embedded index, filled from a daily histogram. */
    private static List<DateCount> dateCounts(JsonNode all) {
        if (all.path("primera").path("value").isNull() || all.path("primera").path("value_as_string").isMissingNode()) {
            return List.of();
        }
        LocalDate first = LocalDate.parse(all.path("primera").path("value_as_string").asText().substring(0, 10));
        LocalDate last = LocalDate.parse(all.path("ultima").path("value_as_string").asText().substring(0, 10));
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (JsonNode day : all.path("fechas").path("dias").path("buckets")) {
            perDay.put(LocalDate.parse(day.path("key_as_string").asText()), day.path("doc_count").asLong());
        }
        return FindingSearch.periods(first, last).stream()
                .map(p -> new DateCount(p.label(), p.from(), p.to(), perDay.entrySet().stream()
                        .filter(e -> !e.getKey().isBefore(p.from()) && !e.getKey().isAfter(p.to()))
                        .mapToLong(Map.Entry::getValue).sum()))
                .filter(d -> d.count() > 0)
                .toList();
    }

    private static SearchHit searchHit(JsonNode hit, float score) {
        IndexedFinding f = OpenSearchDocuments.finding(hit.path("_source"));
        JsonNode marked = hit.path("highlight").path(IndexSchema.TEXT);
        String snippet;
        if (marked.size() > 0) {
            List<String> passages = new ArrayList<>();
            marked.forEach(p -> passages.add(p.asText()));
            snippet = String.join("… ", passages);
        } else {
            snippet = Html.escape(FindingSearch.abbreviate(f.text()));
        }
        return new SearchHit(f.folio(), f.number(), f.source(), score, f.alcaldia(), f.distrito(), f.topics(), snippet,
                f.channel(), f.date(), f.duplicateOf(), f.kind(), f.illegible());
    }
}
