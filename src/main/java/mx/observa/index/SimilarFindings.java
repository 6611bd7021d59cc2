package mx.observa.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Más como este": the findings of other reports that say something like one finding, by Lucene's MoreLikeThis over
 * the same analysis chain as the index (its most distinctive words, weighted by tf-idf, function words left out).
 * The finding's own report and its near-duplicates are left out: what is sought is the same thing seen elsewhere.
 */
final class SimilarFindings {

    private static final int MAX_TERMS = 25;

    private SimilarFindings() {
    }

    /** The plan for findings like {@code findingId} ({@code FOLIO#N}). */
    static QueryPlanner.Plan plan(IndexSearcher searcher, Analyzer analyzer, Set<String> functionWords, String findingId,
                                  SearchFilters filters) throws IOException {
        TopDocs source = searcher.search(new TermQuery(new Term(IndexSchema.ID, findingId)), 1);
        if (source.scoreDocs.length == 0) {
            throw new InvalidQueryException("No existe el hallazgo «" + findingId + "» en el índice.");
        }
        int doc = source.scoreDocs[0].doc;
        Document stored = searcher.storedFields().document(doc);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {IndexSchema.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(MAX_TERMS);
        mlt.setStopWords(functionWords);
        mlt.setBoost(true);
        Query like = mlt.like(doc);
        String folio = stored.get(IndexSchema.FOLIO);
        String group = stored.get(IndexSchema.DUPLICATE_OF) != null ? stored.get(IndexSchema.DUPLICATE_OF) : folio;
        BooleanQuery.Builder others = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.FOLIO, folio)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexSchema.GROUP, group)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexSchema.DUPLICATE_OF, folio)), BooleanClause.Occur.MUST_NOT);
        Query rank = others.build();
        return new QueryPlanner.Plan(new ConstantScoreQuery(rank), rank, like, filters, List.of(), List.of(), null, true, null);
    }
}
