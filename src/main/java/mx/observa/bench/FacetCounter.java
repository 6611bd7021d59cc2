package mx.observa.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import mx.observa.index.IndexSchema;
import mx.observa.index.SearchRequest;

/**
 * Facet counts (tema, alcaldía, distrito, canal) for the hits of a request, the standard Lucene way: sorted-set doc
 * values counted over the matching documents, with the reader state built once per reader. The bench does this
 * beside {@link mx.observa.index.FindingSearch} because FindingSearch returns no counts yet; the query is built the
 * way FindingSearch builds it (default AND, folded keyword filters).
 */
final class FacetCounter {

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final SortedSetDocValuesReaderState state;

    FacetCounter(IndexSearcher searcher, Analyzer analyzer, FacetsConfig config) throws IOException {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config);
    }

    /** The exact number of hits and the top 10 values of every facet dimension over them. */
    record Counts(long hits, List<FacetResult> dimensions) {
    }

    Counts count(SearchRequest request) throws IOException, ParseException {
        FacetsCollector hits = searcher.search(query(request), new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
        List<FacetResult> results = new ArrayList<>();
        for (String dim : IndexSchema.FACETS) {
            results.add(facets.getTopChildren(10, dim));
        }
        long total = hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        return new Counts(total, results);
    }

    private Query query(SearchRequest r) throws ParseException {
        Query text;
        if (r.query() == null || r.query().isBlank()) {
            text = new MatchAllDocsQuery();
        } else {
            QueryParser parser = new QueryParser(IndexSchema.TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            text = parser.parse(r.query());
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (r.topic() != null) {
            b.add(new TermQuery(new Term(IndexSchema.TOPIC, r.topic())), BooleanClause.Occur.FILTER);
        }
        if (r.alcaldia() != null) {
            b.add(new TermQuery(new Term(IndexSchema.ALCALDIA, IndexSchema.key(r.alcaldia()))), BooleanClause.Occur.FILTER);
        }
        if (r.distrito() != null) {
            b.add(IntPoint.newExactQuery(IndexSchema.DISTRITO, r.distrito()), BooleanClause.Occur.FILTER);
        }
        if (r.channel() != null) {
            b.add(new TermQuery(new Term(IndexSchema.CHANNEL, r.channel())), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
