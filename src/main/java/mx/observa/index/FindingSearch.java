package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.QueryBuilder;

import mx.observa.index.SearchResult.Correction;
import mx.observa.index.SearchResult.DateCount;
import mx.observa.index.SearchResult.FacetCount;
import mx.observa.index.SearchResult.ReportHit;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.text.Html;
import mx.observa.understand.QueryReader;

/**
 * Search over findings: a query in natural Spanish (ranked by how much of it a finding says, see
 * {@link RankingQuery}; places it names become filters, see {@link QueryPlanner}) or in the explicit syntax, facet and
 * date filters with drill-sideways counts, relevance or date order, one row per finding or per report, "Más como
 * este", pagination, HTML-escaped highlighted snippets, a "¿Quiso decir…?" for words the index does not contain, plus
 * the whole result set for exports, one report's findings highlighted, and the dashboard's counts. Thread-safe; one
 * instance serves the web app.
 */
public final class FindingSearch {

    private static final int SNIPPET_FALLBACK_CHARS = 240;
    private static final int MAX_FACET_VALUES = 100;
    private static final Locale ES = Locale.forLanguageTag("es-MX");
    private static final Sort BY_DATE;

    static {
        SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        BY_DATE = new Sort(date, new SortField(IndexSchema.FOLIO, SortField.Type.STRING, true),
                new SortField(IndexSchema.NUMBER, SortField.Type.INT));
    }

    private final Searchers searchers;
    private final Analyzer indexAnalyzer;
    private final QueryReader reader;
    private final QueryPlanner planner;
    private final RecentPlans recentPlans = new RecentPlans();
    /** The engine that answers searches, exports, report highlights and the dashboard; null: this index. */
    private final SearchBackend answering;
    private final FacetsConfig facetsConfig = new IndexSchema().facetsConfig();
    private final FacetStates facetStates = new FacetStates(facetsConfig);

    /** Search without synonyms or query reading: queries are analyzed exactly as the index was. */
    public FindingSearch(Searchers searchers, Analyzer indexAnalyzer) {
        this(searchers, indexAnalyzer, Synonyms.none(indexAnalyzer));
    }

    public FindingSearch(Searchers searchers, Analyzer indexAnalyzer, Synonyms synonyms) {
        this(searchers, indexAnalyzer, synonyms, null);
    }

    /**
     * @param reader what a query's words say besides words (places, topics, problem, function words); null reads
     *               nothing
     */
    public FindingSearch(Searchers searchers, Analyzer indexAnalyzer, Synonyms synonyms, QueryReader reader) {
        this(searchers, indexAnalyzer, reader, new QueryPlanner(indexAnalyzer, synonyms, reader), null);
    }

    private FindingSearch(Searchers searchers, Analyzer indexAnalyzer, QueryReader reader, QueryPlanner planner,
                          SearchBackend answering) {
        this.searchers = searchers;
        this.indexAnalyzer = indexAnalyzer;
        this.reader = reader;
        this.planner = planner;
        this.answering = answering;
    }

    /**
     * This search with its searches, exports, report highlights and dashboard answered by {@code backend} (an
     * OpenSearch cluster), so the web app and commands that hold a FindingSearch do not notice the backend.
     */
    public FindingSearch answeredBy(SearchBackend backend) {
        return new FindingSearch(searchers, indexAnalyzer, reader, planner, backend);
    }

    /**
     * The search as the service runs it, with the configuration a person edits: synonyms ({@code sinonimos.txt}),
     * query vocabulary ({@code busqueda.yaml}), the geography and the taxonomy rules.
     */
    public static FindingSearch configured(mx.observa.config.ObservaConfig config, Searchers searchers,
                                           FoldingSpanishAnalyzer indexAnalyzer) {
        return new FindingSearch(searchers, indexAnalyzer, new Synonyms(Synonyms.file(config), indexAnalyzer),
                QueryReader.load(config, indexAnalyzer));
    }

    public SearchResult search(SearchRequest request) {
        return search(request, null);
    }

    /**
     * A search that matches only what {@code visible} shows of each finding (null: the whole text), with no
     * "¿Quiso decir…?" nor similar words: a suggestion is a word of the index, which may be one the reader does not see.
     */
    public SearchResult search(SearchRequest request, VisibleText visible) {
        if (answering != null) {
            return answering.search(request, visible);
        }
        IndexSearcher shared = searchers.acquire();
        try {
            IndexSearcher searcher = ranking(shared);
            QueryPlanner.Plan plan = plan(searcher, request, visible);
            DrillDownQuery matching = FilterQueries.drillDown(facetsConfig, plan.match(), plan.filters(), true);
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            SortedSetDocValuesReaderState state = facetStates.of(searcher.getIndexReader());
            long total;
            FacetsCollector matched = null;
            String sole = plan.match() instanceof MatchAllDocsQuery ? FilterQueries.soleDimension(plan.filters()) : null;
            if (state != null && sole != null) {
                // Only one filter and no words: that dimension's sideways counts are the whole index's, counted once
                // per reader; the others count what the filter selects.
                FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, matching, 1,
                        new FacetsCollectorManager());
                matched = r.facetsCollector();
                Facets selected = new SortedSetDocValuesFacetCounts(state, matched);
                Facets all = facetStates.ofAll(searcher.getIndexReader());
                for (String dim : IndexSchema.FACETS) {
                    facets.put(dim, counts(dim.equals(sole) ? all : selected, dim));
                }
                total = r.topDocs().totalHits.relation() == TotalHits.Relation.EQUAL_TO ? r.topDocs().totalHits.value()
                        : searcher.count(matching);
            } else if (state != null) {
                DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, facetsConfig, state).search(matching, 1);
                matched = r.drillDownFacetsCollector;
                for (String dim : IndexSchema.FACETS) {
                    facets.put(dim, counts(r.facets, dim));
                }
                total = r.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? r.hits.totalHits.value()
                        : searcher.count(matching);
            } else {
                total = searcher.count(matching);
            }
            Sort sort = sortOf(request, plan);
            Query ranked = ranked(plan, sort);
            List<ReportHit> reports = List.of();
            long totalReports = 0;
            ScoreDoc[] page;
            if (request.grouping() == SearchRequest.Grouping.REPORT) {
                List<ReportGroups.Group> groups = ReportGroups.page(searcher, ranked, plan.proximity(), sort,
                        request.offset(), request.limit());
                page = groups.stream().map(ReportGroups.Group::best).toArray(ScoreDoc[]::new);
                // the findings collected for the facets, when there are, are counted by report without searching again
                totalReports = total == 0 ? 0 : matched != null ? ReportGroups.count(matched)
                        : ReportGroups.count(searcher, matching);
                reports = reportHits(searcher, groups, matching, matched, hits(searcher, plan, page));
            } else {
                int wanted = Math.max(1, request.offset() + request.limit());
                TopDocs top = Proximity.top(searcher, ranked, plan.proximity(), wanted, sort);
                page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                        Math.min(top.scoreDocs.length, request.offset() + request.limit()));
            }
            List<SearchHit> hits = reports.isEmpty() ? hits(searcher, plan, page)
                    : reports.stream().map(ReportHit::best).toList();
            // Without a date range the findings counted by date are those already collected for the facets.
            boolean dated = plan.filters().from() != null || plan.filters().to() != null;
            List<DateCount> dates = dateCounts(searcher, dated || matched == null
                    ? collect(searcher, FilterQueries.drillDown(facetsConfig, plan.match(), plan.filters(), false))
                    : matched);
            return new SearchResult(total, hits, facets, dates, plan.correction(), plan.applied(), plan.topics(),
                    reports, totalReports);
        } catch (IOException e) {
            throw new UncheckedIOException("Error al buscar en el índice", e);
        } finally {
            searchers.release(shared);
        }
    }

    /** Every finding of the result set (up to {@code max}), in the request's order, for exports. */
    public Export export(SearchRequest request, int max) {
        return export(request, max, null);
    }

    /** {@link #export(SearchRequest, int)} of what {@code visible} shows, as {@link #search(SearchRequest, VisibleText)}. */
    public Export export(SearchRequest request, int max, VisibleText visible) {
        if (answering != null) {
            return answering.export(request, max, visible);
        }
        IndexSearcher shared = searchers.acquire();
        try {
            IndexSearcher searcher = ranking(shared);
            QueryPlanner.Plan plan = plan(searcher, request, visible);
            long total = searcher.count(FilterQueries.drillDown(facetsConfig, plan.match(), plan.filters(), true));
            int n = (int) Math.max(1, Math.min(max, total));
            Sort sort = sortOf(request, plan);
            Query ranked = ranked(plan, sort);
            TopDocs top = Proximity.top(searcher, ranked, plan.proximity(), n, sort);
            StoredFields stored = searcher.storedFields();
            List<IndexedFinding> findings = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                findings.add(FindingReader.of(stored.document(sd.doc)));
            }
            return new Export(total, findings, plan.correction());
        } catch (IOException e) {
            throw new UncheckedIOException("Error al exportar del índice", e);
        } finally {
            searchers.release(shared);
        }
    }

    /** One report with all its findings, from the engine that answers searches; null when the folio is unknown. */
    public IndexedReport report(String folio) {
        return answering != null ? answering.report(folio) : FindingReader.report(searchers, folio);
    }

    /**
     * The findings of one report with the words of {@code q} marked in their whole text (HTML-escaped).
     *
     * @return finding number → highlighted text, only for findings where something matched
     */
    public Map<Integer, String> highlightReport(String folio, String q) {
        if (answering != null) {
            return answering.highlightReport(folio, q);
        }
        if (q == null || q.isBlank()) {
            return Map.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Query text = planner.words(q, searcher);
            if (text instanceof MatchAllDocsQuery) {
                return Map.of();
            }
            Query query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.FOLIO, folio)), BooleanClause.Occur.FILTER).build();
            TopDocs top = searcher.search(query, 10_000);
            if (top.scoreDocs.length == 0) {
                return Map.of();
            }
            UnifiedHighlighter whole = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
                    .withBreakIterator(WholeBreakIterator::new)
                    .withMaxLength(Integer.MAX_VALUE - 1)
                    .build();
            String[] marked = whole.highlight(IndexSchema.TEXT, text, top, 1);
            StoredFields stored = searcher.storedFields();
            Map<Integer, String> byNumber = new HashMap<>();
            for (int i = 0; i < marked.length; i++) {
                if (marked[i] != null) {
                    int number = stored.document(top.scoreDocs[i].doc).getField(IndexSchema.NUMBER).numericValue().intValue();
                    byNumber.put(number, marked[i]);
                }
            }
            return byNumber;
        } catch (IOException e) {
            throw new UncheckedIOException("Error al resaltar el informe " + folio, e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Counts for the dashboard, by the reviewed values. Near-duplicate reports and passages people said are not
     * findings are left out, as in the consolidated report.
     */
    public Dashboard dashboard() {
        if (answering != null) {
            return answering.dashboard();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Query firsts = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(TermRangeQuery.newStringRange(IndexSchema.DUPLICATE_OF, null, null, true, true),
                            BooleanClause.Occur.MUST_NOT)
                    .build();
            Query originals = new BooleanQuery.Builder().add(firsts, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.KIND, ReviewedReport.NOT_A_FINDING)), BooleanClause.Occur.MUST_NOT)
                    .build();
            Query heads = new BooleanQuery.Builder().add(firsts, BooleanClause.Occur.MUST)
                    .add(IntPoint.newExactQuery(IndexSchema.NUMBER, 1), BooleanClause.Occur.FILTER).build();
            SortedSetDocValuesReaderState state = facetStates.of(searcher.getIndexReader());
            if (state == null) {
                return Dashboard.EMPTY;
            }
            Facets findings = new SortedSetDocValuesFacetCounts(state, collect(searcher, originals));
            Facets reports = new SortedSetDocValuesFacetCounts(state, collect(searcher, heads));
            return new Dashboard(searcher.count(heads), searcher.count(originals),
                    byLabel(counts(reports, IndexSchema.RECEIVED_DAY)), byLabel(counts(findings, IndexSchema.RECEIVED_DAY)),
                    counts(reports, IndexSchema.ALCALDIA), counts(findings, IndexSchema.TOPIC),
                    counts(findings, IndexSchema.KIND));
        } catch (IOException e) {
            throw new UncheckedIOException("Error al leer el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The words of the request, or the finding it wants more like, as queries to run; for a reader who sees only
     * {@code visible} (null: everything), matched as that reader reads the findings ({@link VisibleMatches}) and never
     * widened to similar words: whether a word is widened depends on whether the index has it, and that would tell a
     * word hidden from this reader from one that is nowhere.
     */
    private QueryPlanner.Plan plan(IndexSearcher searcher, SearchRequest request, VisibleText visible) throws IOException {
        return recentPlans.of(searcher, planner.synonymsInUse(), request, visible, () -> newPlan(searcher, request, visible));
    }

    private QueryPlanner.Plan newPlan(IndexSearcher searcher, SearchRequest request, VisibleText visible) throws IOException {
        QueryPlanner.Plan plan = request.similarTo() != null
                ? SimilarFindings.plan(searcher, indexAnalyzer, reader == null ? java.util.Set.of() : reader.functionWords(),
                        request.similarTo(), request.filters())
                : planner.plan(searcher, request, visible == null);
        QueryPlanner.Plan seen = plan;
        if (visible != null) {
            List<Query> asSeen = VisibleMatches.of(Arrays.asList(plan.match(), plan.rank(), plan.proximity()),
                    searcher, indexAnalyzer, visible);
            seen = plan.matching(asSeen.get(0), asSeen.get(1), asSeen.get(2));
        }
        // The header leaves out the personal data the detector found, not what it missed; a reader who sees redacted
        // text could then find a report by a name no page shows them. Only readers of the whole text fall back to it.
        return visible == null ? planner.headerFallback(searcher, request, seen) : seen;
    }

    /**
     * The plan of a request read against this index (its words, word forms, typos, common words; what
     * {@code visible} shows), for another engine to run: {@link mx.observa.index.opensearch.OpenSearchBackend}.
     */
    public SearchPlan planned(SearchRequest request, VisibleText visible) {
        IndexSearcher shared = searchers.acquire();
        try {
            QueryPlanner.Plan plan = plan(ranking(shared), request, visible);
            return new SearchPlan(plan.match(), plan.rank(), plan.highlight(), plan.filters(), plan.applied(),
                    plan.topics(), plan.correction(), plan.scored(), plan.proximity(), sortOf(request, plan) != null);
        } catch (IOException e) {
            throw new UncheckedIOException("Error al leer el índice", e);
        } finally {
            searchers.release(shared);
        }
    }

    /** The words of {@code q} as {@link #highlightReport} marks them (places left out, word forms added). */
    public Query words(String q) {
        IndexSearcher searcher = searchers.acquire();
        try {
            return planner.words(q, searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Error al leer el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * {@code proximity}'s score on each of {@code ids} (finding ids it matches; the others score nothing): the second
     * pass of {@link Proximity}, for results another engine ranked first.
     */
    public Map<String, Float> proximityScores(Query proximity, java.util.Collection<String> ids) {
        IndexSearcher searcher = ranking(searchers.acquire());
        try {
            Query only = new BooleanQuery.Builder().add(proximity, BooleanClause.Occur.MUST)
                    .add(new org.apache.lucene.search.TermInSetQuery(IndexSchema.ID,
                            ids.stream().map(org.apache.lucene.util.BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                    .build();
            Map<String, Float> scores = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(only, Math.max(1, ids.size())).scoreDocs) {
                scores.put(stored.document(sd.doc, java.util.Set.of(IndexSchema.ID)).get(IndexSchema.ID), sd.score);
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException("Error al leer el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** What orders the results, with the filters: the match by date, or the rank by relevance. */
    private Query ranked(QueryPlanner.Plan plan, Sort sort) {
        return FilterQueries.drillDown(facetsConfig, sort == null ? plan.rank() : plan.match(), plan.filters(), true);
    }

    /** The same index, scored with the ranking's similarity (norms are those indexed; only the formula differs). */
    private static IndexSearcher ranking(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(RankingQuery.SIMILARITY);
        return searcher;
    }

    /** The whole result set of an export. */
    public record Export(long total, List<IndexedFinding> findings, Correction correction) {
        public boolean truncated() {
            return findings.size() < total;
        }
    }

    private static Sort sortOf(SearchRequest request, QueryPlanner.Plan plan) {
        return request.order() == SearchRequest.Order.DATE || !plan.scored() ? BY_DATE : null;
    }

    private List<SearchHit> hits(IndexSearcher searcher, QueryPlanner.Plan plan, ScoreDoc[] page) throws IOException {
        String[] snippets = snippets(searcher, plan.highlight(), page);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored.document(page[i].doc), page[i].score, snippets[i]));
        }
        return hits;
    }

    /** Each report on the page: its best finding, how many more of its findings match, its other deliveries. */
    private static List<ReportHit> reportHits(IndexSearcher searcher, List<ReportGroups.Group> groups, Query matching,
                                              FacetsCollector matched, List<SearchHit> best) throws IOException {
        List<ReportHit> reports = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            SearchHit hit = best.get(i);
            int ofReport = matched != null ? ReportGroups.matchedIn(matched, hit.folio())
                    : searcher.count(new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.FOLIO, hit.folio())), BooleanClause.Occur.FILTER).build());
            reports.add(new ReportHit(hit, Math.max(0, ofReport - 1),
                    ReportGroups.otherDeliveries(searcher, groups.get(i).key(), hit.folio())));
        }
        return reports;
    }

    private static List<FacetCount> counts(Facets facets, String dim) throws IOException {
        FacetResult result;
        try {
            result = facets.getAllChildren(dim);
        } catch (IllegalArgumentException notIndexedYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        return Arrays.stream(result.labelValues)
                .map((LabelAndValue lv) -> new FacetCount(lv.label, lv.value.longValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(MAX_FACET_VALUES)
                .toList();
    }

    private static List<FacetCount> byLabel(List<FacetCount> counts) {
        return counts.stream().sorted(Comparator.comparing(FacetCount::value)).toList();
    }

    private static FacetsCollector collect(IndexSearcher searcher, Query query) throws IOException {
        return FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager()).facetsCollector();
    }

    /** Findings per period of the day observed, over the findings collected (the current words and filters, any date). */
    private static List<DateCount> dateCounts(IndexSearcher searcher, FacetsCollector fc) throws IOException {
        byte[] min = PointValues.getMinPackedValue(searcher.getIndexReader(), IndexSchema.DATE);
        byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), IndexSchema.DATE);
        if (min == null || max == null) {
            return List.of();
        }
        List<DateCount> periods = periods(LocalDate.ofEpochDay(LongPoint.decodeDimension(min, 0)),
                LocalDate.ofEpochDay(LongPoint.decodeDimension(max, 0)));
        LongRange[] ranges = periods.stream()
                .map(p -> new LongRange(p.label(), p.from().toEpochDay(), true, p.to().toEpochDay(), true))
                .toArray(LongRange[]::new);
        FacetResult result = new LongRangeFacetCounts(IndexSchema.DATE, fc, ranges).getAllChildren(IndexSchema.DATE);
        Map<String, Long> byLabel = new HashMap<>();
        for (LabelAndValue lv : result.labelValues) {
            byLabel.put(lv.label, lv.value.longValue());
        }
        return periods.stream()
                .map(p -> new DateCount(p.label(), p.from(), p.to(), byLabel.getOrDefault(p.label(), 0L)))
                .filter(d -> d.count() > 0)
                .toList();
    }

    /** Days when the observed dates span a month or less, months otherwise (the most recent 36). */
    public static List<DateCount> periods(LocalDate first, LocalDate last) {
        List<DateCount> periods = new ArrayList<>();
        if (!last.isAfter(first.plusDays(31))) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                periods.add(new DateCount(d.getDayOfMonth() + " " + month(d, TextStyle.SHORT) + " " + d.getYear(), d, d, 0));
            }
            return periods;
        }
        LocalDate start = last.withDayOfMonth(1).minusMonths(35);
        for (LocalDate m = first.withDayOfMonth(1).isBefore(start) ? start : first.withDayOfMonth(1);
             !m.isAfter(last); m = m.plusMonths(1)) {
            periods.add(new DateCount(month(m, TextStyle.FULL_STANDALONE) + " " + m.getYear(), m,
                    m.withDayOfMonth(m.lengthOfMonth()), 0));
        }
        return periods;
    }

    private static String month(LocalDate d, TextStyle style) {
        return d.getMonth().getDisplayName(style, ES).replace(".", "");
    }

    private String[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        String[] result = new String[page.length];
        if (page.length == 0) {
            return result;
        }
        if (!(text instanceof MatchAllDocsQuery)) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withMaxLength(100_000)
                    .build();
            TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
            String[] highlighted = highlighter.highlight(IndexSchema.TEXT, text, pageDocs, 2);
            System.arraycopy(highlighted, 0, result, 0, page.length);
        }
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            if (result[i] == null) {
                result[i] = Html.escape(abbreviate(stored.document(page[i].doc).get(IndexSchema.TEXT)));
            }
        }
        return result;
    }

    private static SearchHit hit(Document doc, float score, String snippet) {
        IndexableField distrito = doc.getField(IndexSchema.DISTRITO);
        return new SearchHit(
                doc.get(IndexSchema.FOLIO),
                doc.getField(IndexSchema.NUMBER).numericValue().intValue(),
                doc.get(IndexSchema.SOURCE),
                Float.isNaN(score) ? 0f : score,
                doc.get(IndexSchema.ALCALDIA_DISPLAY),
                distrito == null ? null : distrito.numericValue().intValue(),
                List.of(doc.getValues(IndexSchema.TOPIC)),
                snippet,
                doc.get(IndexSchema.CHANNEL),
                IndexSchema.dateOf(doc.get(IndexSchema.DATE)),
                doc.get(IndexSchema.DUPLICATE_OF),
                doc.get(IndexSchema.KIND),
                doc.get(IndexSchema.ILLEGIBLE) != null);
    }

    public static String abbreviate(String s) {
        return s.length() <= SNIPPET_FALLBACK_CHARS ? s : s.substring(0, SNIPPET_FALLBACK_CHARS) + "…";
    }
}
