package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A query rewritten to match what a reader sees rather than what the index holds. Only findings where a word of the
 * query is part of the report's personal data (or of its file name) can read differently once redacted: those are
 * evaluated again on their visible text and the query answers for them as that text would — in or out, whatever the
 * query's shape (words, phrases, prefixes, similar words, NOT). Every other finding matches as before.
 */
final class VisibleMatches {

    private static final Set<String> PERSONAL_FIELDS = Set.of(IndexSchema.FOLIO, IndexSchema.PERSONAL_DATA, IndexSchema.SOURCE);

    private VisibleMatches() {
    }

    static Query of(Query query, IndexSearcher searcher, Analyzer analyzer, VisibleText visible) throws IOException {
        List<Query> words = words(query);
        if (words.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        words.forEach(w -> any.add(w, BooleanClause.Occur.SHOULD));
        Query anyWord = any.build();
        List<BytesRef> affected = new ArrayList<>();
        List<BytesRef> shown = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        Map<String, Boolean> byReport = new HashMap<>(); // the findings of a report share its personal data
        for (int hit : matching(searcher, anyWord)) {
            Document personal = stored.document(hit, PERSONAL_FIELDS);
            if (!byReport.computeIfAbsent(personal.get(IndexSchema.FOLIO), f -> inPersonalData(anyWord, personal, analyzer))) {
                continue;
            }
            Document doc = stored.document(hit);
            BytesRef id = new BytesRef(doc.get(IndexSchema.ID));
            affected.add(id);
            if (matches(query, visible.of(doc), analyzer)) {
                shown.add(id);
            }
        }
        if (affected.isEmpty()) {
            return query;
        }
        Query elsewhere = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.ID, affected), BooleanClause.Occur.MUST_NOT).build();
        // The findings whose visible text matches score what the query gives them where it matches (a flat score
        // would lift them in the ranking, and in the rescoring of the best results, above findings that say more).
        Query shownScored = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD)
                .add(new TermInSetQuery(IndexSchema.ID, shown), BooleanClause.Occur.FILTER).build();
        return new BooleanQuery.Builder().add(elsewhere, BooleanClause.Occur.SHOULD)
                .add(shownScored, BooleanClause.Occur.SHOULD).build();
    }

    /** Every live finding the query matches, unscored and unsorted. */
    private static List<Integer> matching(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) {
                    docs.add(leaf.docBase + d);
                }
            }
        }
        return docs;
    }

    /** Whether a word of the query is one of the report's personal strings or of its file name. */
    private static boolean inPersonalData(Query anyWord, Document personal, Analyzer analyzer) {
        StringBuilder text = new StringBuilder();
        for (String value : personal.getValues(IndexSchema.PERSONAL_DATA)) {
            text.append(value).append('\n');
        }
        String source = personal.get(IndexSchema.SOURCE);
        if (source != null) {
            // "Informe_Juan_Perez.pdf", "InformeJuanPerez.pdf": the words of the name, as the redaction reads them
            text.append(source.replaceAll("[_.+-]", " ").replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " "));
        }
        return text.length() > 0 && matches(anyWord, text.toString(), analyzer);
    }

    private static boolean matches(Query query, String text, Analyzer analyzer) {
        if (text == null) {
            return false;
        }
        MemoryIndex memory = new MemoryIndex();
        memory.addField(IndexSchema.TEXT, text, analyzer);
        return memory.search(query) > 0;
    }

    /** Every word of the query on the text field, also those under NOT, each as a query of its own. */
    private static List<Query> words(Query query) {
        List<Query> words = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return IndexSchema.TEXT.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    words.add(new TermQuery(t));
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery) {
                    words.add(q);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        words.removeIf(w -> w instanceof MatchAllDocsQuery);
        return words;
    }
}
