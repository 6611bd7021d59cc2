package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexableField;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import mx.observa.text.Html;

/** Full-text search over findings with filters and highlighted, HTML-escaped snippets. */
public final class FindingSearch {

    private static final int SNIPPET_FALLBACK_CHARS = 240;

    private final Searchers searchers;
    private final Analyzer analyzer;

    public FindingSearch(Searchers searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    public SearchResult search(SearchRequest request) {
        Query text = parse(request.query());
        Query query = withFilters(text, request);
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = Math.max(1, request.offset() + request.limit());
            TopDocs top = searcher.search(query, wanted);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            String[] snippets = snippets(searcher, text, page);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document doc = stored.document(page[i].doc);
                hits.add(hit(doc, page[i].score, snippets[i]));
            }
            return new SearchResult(top.totalHits.value(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException("Error al buscar en el índice", e);
        } finally {
            searchers.release(searcher);
        }
    }

    Query parse(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new QueryParser(IndexSchema.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw new InvalidQueryException(q, e);
        }
    }

    private static Query withFilters(Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (notBlank(r.topic())) {
            b.add(new TermQuery(new Term(IndexSchema.TOPIC, r.topic().strip())), BooleanClause.Occur.FILTER);
        }
        if (notBlank(r.alcaldia())) {
            b.add(new TermQuery(new Term(IndexSchema.ALCALDIA, IndexSchema.key(r.alcaldia()))), BooleanClause.Occur.FILTER);
        }
        if (r.distrito() != null) {
            b.add(IntPoint.newExactQuery(IndexSchema.DISTRITO, r.distrito()), BooleanClause.Occur.FILTER);
        }
        if (notBlank(r.channel())) {
            b.add(new TermQuery(new Term(IndexSchema.CHANNEL, r.channel().strip())), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private String[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        String[] result = new String[page.length];
        if (page.length == 0) {
            return result;
        }
        if (!(text instanceof MatchAllDocsQuery)) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withMaxLength(100_000)
                    .build();
            TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                    org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
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
                score,
                doc.get(IndexSchema.ALCALDIA_DISPLAY),
                distrito == null ? null : distrito.numericValue().intValue(),
                List.of(doc.getValues(IndexSchema.TOPIC)),
                snippet);
    }

    private static String abbreviate(String s) {
        return s.length() <= SNIPPET_FALLBACK_CHARS ? s : s.substring(0, SNIPPET_FALLBACK_CHARS) + "…";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
