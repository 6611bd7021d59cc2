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

    /**
     * Each of {@code queries} (null stays null) rewritten to match what the reader sees, all in one pass. A plan's
     * queries (what matches, what ranks, what rescores the best) mostly share their words, so they share their hits'
     * reports and findings: each report's personal data and each finding's visible text is read and analysed once for
     * all of them, not once per query (analysing a text into an index of its own was most of this rewriting, JFR of
     * PrivacyPublicationIT, 2026-12-07). Each query's answer is the one it gets rewritten alone.
     */
    static List<Query> of(List<Query> queries, IndexSearcher searcher, Analyzer analyzer, VisibleText visible) throws IOException {
        int n = queries.size();
        Query[] anyWord = new Query[n];
        List<List<Integer>> hits = new ArrayList<>(n);
        List<Set<Integer>> hitSets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Query> words = queries.get(i) == null ? List.of() : words(queries.get(i));
            List<Integer> matched = List.of();
            if (!words.isEmpty()) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                words.forEach(w -> any.add(w, BooleanClause.Occur.SHOULD));
                anyWord[i] = any.build();
                matched = matching(searcher, anyWord[i]);
            }
            hits.add(matched);
            hitSets.add(new java.util.HashSet<>(matched));
        }
        StoredFields stored = searcher.storedFields();
        // the findings of a report share its personal data: per report, whether each query's words are in it
        Map<String, boolean[]> byReport = new HashMap<>();
        Map<Integer, String> folioOf = new HashMap<>();
        // per affected finding, its id and whether its visible text matches each query it is affected by
        Map<Integer, Seen> seenBy = new HashMap<>();
        List<Query> rewritten = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (anyWord[i] == null) {
                rewritten.add(queries.get(i));
                continue;
            }
            List<BytesRef> affected = new ArrayList<>();
            List<BytesRef> shown = new ArrayList<>();
            for (int hit : hits.get(i)) {
                String folio = folioOf.get(hit);
                if (folio == null) {
                    Document personal = stored.document(hit, PERSONAL_FIELDS);
                    folio = personal.get(IndexSchema.FOLIO);
                    folioOf.put(hit, folio);
                    byReport.computeIfAbsent(folio, f -> inPersonalData(anyWord, personal, analyzer));
                }
                boolean[] inPersonal = byReport.get(folio);
                if (!inPersonal[i]) {
                    continue;
                }
                Seen seen = seenBy.get(hit);
                if (seen == null) {
                    Document doc = stored.document(hit);
                    seen = new Seen(new BytesRef(doc.get(IndexSchema.ID)),
                            shownIn(queries, hit, hitSets, inPersonal, visible.of(doc), analyzer));
                    seenBy.put(hit, seen);
                }
                affected.add(seen.id());
                if (seen.shown()[i]) {
                    shown.add(seen.id());
                }
            }
            rewritten.add(affected.isEmpty() ? queries.get(i) : seen(queries.get(i), affected, shown));
        }
        return rewritten;
    }

    /** An affected finding's id, and whether its visible text matches each query (false where it is not affected). */
    private record Seen(BytesRef id, boolean[] shown) {
    }

    /**
     * Whether the visible text of the finding {@code hit} matches each query that the finding is affected by (it is
     * one of the query's hits and the query's words are in its report's personal data); false for the others.
     */
    private static boolean[] shownIn(List<Query> queries, int hit, List<Set<Integer>> hitSets, boolean[] inPersonal,
                                     String text, Analyzer analyzer) {
        boolean[] shown = new boolean[queries.size()];
        MemoryIndex memory = text == null ? null : index(text, analyzer);
        for (int j = 0; j < queries.size() && memory != null; j++) {
            shown[j] = inPersonal[j] && hitSets.get(j).contains(hit) && memory.search(queries.get(j)) > 0;
        }
        return shown;
    }

    /**
     * The query answering as the reader sees: as before for every finding not {@code affected}; for those, only the
     * ones {@code shown} match.
     */
    private static Query seen(Query query, List<BytesRef> affected, List<BytesRef> shown) {
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

    /**
     * For each query's words ({@code anyWord}, null for a query without words), whether one of them is one of the
     * report's personal strings or of its file name.
     */
    private static boolean[] inPersonalData(Query[] anyWord, Document personal, Analyzer analyzer) {
        boolean[] in = new boolean[anyWord.length];
        StringBuilder text = new StringBuilder();
        for (String value : personal.getValues(IndexSchema.PERSONAL_DATA)) {
            text.append(value).append('\n');
        }
        String source = personal.get(IndexSchema.SOURCE);
        if (source != null) {
            // "Informe_Juan_Perez.pdf", "InformeJuanPerez.pdf": the words of the name, as the redaction reads them
            text.append(source.replaceAll("[_.+-]", " ").replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " "));
        }
        if (text.length() == 0) {
            return in;
        }
        MemoryIndex memory = index(text.toString(), analyzer);
        for (int i = 0; i < anyWord.length; i++) {
            in[i] = anyWord[i] != null && memory.search(anyWord[i]) > 0;
        }
        return in;
    }

    /** A text analysed into an index of its own, to ask it queries. */
    private static MemoryIndex index(String text, Analyzer analyzer) {
        MemoryIndex memory = new MemoryIndex();
        memory.addField(IndexSchema.TEXT, text, analyzer);
        return memory;
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
