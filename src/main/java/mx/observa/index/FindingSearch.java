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
import mx.observa.text.Html;

/**
 * Full-text search over findings: Spanish query syntax with the users' synonyms, facet and date filters with
 * drill-sideways counts, relevance or date order, pagination, HTML-escaped highlighted snippets, a
 * "¿Quiso decir…?" for words the index does not contain (and a retry with similar words when nothing matched),
 * plus the whole result set for exports, one report's findings highlighted, and the dashboard's counts.
 * Thread-safe; one instance serves the web app.
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
    private final Synonyms synonyms;
    private final FacetsConfig facetsConfig = new IndexSchema().facetsConfig();
    private final FacetStates facetStates = new FacetStates(facetsConfig);

    /** Search without synonyms: queries are analyzed exactly as the index was. */
    public FindingSearch(Searchers searchers, Analyzer indexAnalyzer) {
        this(searchers, indexAnalyzer, Synonyms.none(indexAnalyzer));
    }

    public FindingSearch(Searchers searchers, Analyzer indexAnalyzer, Synonyms synonyms) {
        this.searchers = searchers;
        this.indexAnalyzer = indexAnalyzer;
        this.synonyms = synonyms;
    }

    public SearchResult search(SearchRequest request) {
        return search(request, null);
    }

    /**
     * A search that matches only what {@code visible} shows of each finding (null: the whole text), with no
     * "¿Quiso decir…?" nor similar words: a suggestion is a word of the index, which may be one the reader does not see.
     */
    public SearchResult search(SearchRequest request, VisibleText visible) {
        IndexSearcher searcher = searchers.acquire();
        try {
            Resolved resolved = resolve(searcher, request, visible);
            DrillDownQuery query = drillDown(resolved.text(), request.filters(), true);
            int wanted = Math.max(1, request.offset() + request.limit());
            Sort sort = sortOf(request);
            TopDocs top;
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            SortedSetDocValuesReaderState state = facetStates.of(searcher.getIndexReader());
            if (state != null) {
                DrillSideways sideways = new DrillSideways(searcher, facetsConfig, state);
                DrillSideways.DrillSidewaysResult r = sort == null
                        ? sideways.search(query, wanted)
                        : sideways.search(query, null, null, wanted, sort, false);
                top = r.hits;
                for (String dim : IndexSchema.FACETS) {
                    facets.put(dim, counts(r.facets, dim));
                }
            } else {
                top = sort == null ? searcher.search(query, wanted) : searcher.search(query, wanted, sort);
            }
            long total = searcher.count(query);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    Math.min(top.scoreDocs.length, request.offset() + request.limit()));
            String[] snippets = snippets(searcher, resolved.text(), page);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(stored.document(page[i].doc), page[i].score, snippets[i]));
            }
            List<DateCount> dates = dateCounts(searcher, resolved.text(), request.filters());
            return new SearchResult(total, hits, facets, dates, resolved.correction());
        } catch (IOException e) {
            throw new UncheckedIOException("Error al buscar en el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every finding of the result set (up to {@code max}), in the request's order, for exports. */
    public Export export(SearchRequest request, int max) {
        return export(request, max, null);
    }

    /** {@link #export(SearchRequest, int)} of what {@code visible} shows, as {@link #search(SearchRequest, VisibleText)}. */
    public Export export(SearchRequest request, int max, VisibleText visible) {
        IndexSearcher searcher = searchers.acquire();
        try {
            Resolved resolved = resolve(searcher, request, visible);
            DrillDownQuery query = drillDown(resolved.text(), request.filters(), true);
            long total = searcher.count(query);
            int n = (int) Math.max(1, Math.min(max, total));
            Sort sort = sortOf(request);
            TopDocs top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
            StoredFields stored = searcher.storedFields();
            List<IndexedFinding> findings = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                findings.add(FindingReader.of(stored.document(sd.doc)));
            }
            return new Export(total, findings, resolved.correction());
        } catch (IOException e) {
            throw new UncheckedIOException("Error al exportar del índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The findings of one report with the words of {@code q} marked in their whole text (HTML-escaped).
     *
     * @return finding number → highlighted text, only for findings where something matched
     */
    public Map<Integer, String> highlightReport(String folio, String q) {
        if (q == null || q.isBlank()) {
            return Map.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Query text = parse(q);
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

    /** Counts for the dashboard. Near-duplicate reports are left out, as in the consolidated report. */
    public Dashboard dashboard() {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query originals = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(TermRangeQuery.newStringRange(IndexSchema.DUPLICATE_OF, null, null, true, true),
                            BooleanClause.Occur.MUST_NOT)
                    .build();
            Query heads = new BooleanQuery.Builder().add(originals, BooleanClause.Occur.MUST)
                    .add(IntPoint.newExactQuery(IndexSchema.NUMBER, 1), BooleanClause.Occur.FILTER).build();
            SortedSetDocValuesReaderState state = facetStates.of(searcher.getIndexReader());
            if (state == null) {
                return Dashboard.EMPTY;
            }
            Facets findings = new SortedSetDocValuesFacetCounts(state, collect(searcher, originals));
            Facets reports = new SortedSetDocValuesFacetCounts(state, collect(searcher, heads));
            return new Dashboard(searcher.count(heads), searcher.count(originals),
                    byLabel(counts(reports, IndexSchema.RECEIVED_DAY)), byLabel(counts(findings, IndexSchema.RECEIVED_DAY)),
                    counts(reports, IndexSchema.ALCALDIA), counts(findings, IndexSchema.TOPIC));
        } catch (IOException e) {
            throw new UncheckedIOException("Error al leer el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The query as {@code visible} reads the findings ({@link VisibleMatches}), with no similar words: whether a word is
     * widened depends on whether the index has it, and that would tell a word hidden from this reader from one that is
     * nowhere.
     */
    private Resolved resolve(IndexSearcher searcher, SearchRequest request, VisibleText visible) throws IOException {
        if (visible == null) {
            return resolve(searcher, request);
        }
        Query text = parse(request.query());
        return new Resolved(text instanceof MatchAllDocsQuery ? text
                : VisibleMatches.of(text, searcher, indexAnalyzer, visible), null);
    }

    /** The query as run: parsed with synonyms, and widened to similar words when it found nothing because of typos. */
    private Resolved resolve(IndexSearcher searcher, SearchRequest request) throws IOException {
        Query text = parse(request.query());
        if (text instanceof MatchAllDocsQuery) {
            return new Resolved(text, null);
        }
        TypoTolerance.Widened widened = TypoTolerance.widen(text, searcher, indexAnalyzer);
        if (!widened.changed()) {
            return new Resolved(text, null);
        }
        boolean retry = searcher.count(drillDown(text, request.filters(), true)) == 0
                && !widened.query().equals(text);
        Correction correction = TypoTolerance.correction(request.query(), widened.missing(), retry, searcher,
                indexAnalyzer);
        return new Resolved(retry ? widened.query() : text, correction);
    }

    private record Resolved(Query text, Correction correction) {
    }

    /** The whole result set of an export. */
    public record Export(long total, List<IndexedFinding> findings, Correction correction) {
        public boolean truncated() {
            return findings.size() < total;
        }
    }

    Query parse(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new ExactPhrases(synonyms.queryAnalyzer(), indexAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        try {
            return parser.parse(q);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidQueryException(q, e);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(q, e);
        }
    }

    /** Words outside quotes get the synonyms; a "quoted phrase" means exactly those words. */
    private static final class ExactPhrases extends QueryParser {

        private final QueryBuilder exact;

        ExactPhrases(Analyzer withSynonyms, Analyzer indexAnalyzer) {
            super(IndexSchema.TEXT, withSynonyms);
            this.exact = new QueryBuilder(indexAnalyzer);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return quoted ? exact.createPhraseQuery(field, queryText, getPhraseSlop())
                    : super.getFieldQuery(field, queryText, false);
        }
    }

    private static Sort sortOf(SearchRequest request) {
        boolean noWords = request.query() == null || request.query().isBlank();
        return request.order() == SearchRequest.Order.DATE || noWords ? BY_DATE : null;
    }

    /** Text and date range as the base query; each filtered dimension as a drill-down (OR of its values). */
    private DrillDownQuery drillDown(Query text, SearchFilters f, boolean withDates) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (withDates && (f.from() != null || f.to() != null)) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            base.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        DrillDownQuery dd = new DrillDownQuery(facetsConfig, base.build());
        addDim(dd, IndexSchema.TOPIC, f.topics(), v -> new TermQuery(new Term(IndexSchema.TOPIC, v)));
        addDim(dd, IndexSchema.ALCALDIA, f.alcaldias(), v -> new TermQuery(new Term(IndexSchema.ALCALDIA, IndexSchema.key(v))));
        addDim(dd, IndexSchema.CHANNEL, f.channels(), v -> new TermQuery(new Term(IndexSchema.CHANNEL, v.toLowerCase(Locale.ROOT))));
        if (!f.distritos().isEmpty()) {
            dd.add(IndexSchema.DISTRITO, IntPoint.newSetQuery(IndexSchema.DISTRITO, f.distritos()));
        }
        return dd;
    }

    private static void addDim(DrillDownQuery dd, String dim, List<String> values, Function<String, Query> term) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(term.apply(v), BooleanClause.Occur.SHOULD));
        dd.add(dim, any.build());
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

    /** Findings per period of the day observed, for the current words and facet filters but any date. */
    private List<DateCount> dateCounts(IndexSearcher searcher, Query text, SearchFilters filters) throws IOException {
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
        FacetsCollector fc = collect(searcher, drillDown(text, filters, false));
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
    private static List<DateCount> periods(LocalDate first, LocalDate last) {
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
                doc.get(IndexSchema.DUPLICATE_OF));
    }

    private static String abbreviate(String s) {
        return s.length() <= SNIPPET_FALLBACK_CHARS ? s : s.substring(0, SNIPPET_FALLBACK_CHARS) + "…";
    }
}
