package mx.observa.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Words the index has never seen, usually typos ("bolteas"). For each one it finds the closest indexed word (by edit
 * distance, then frequency), turns it back into a word as written in a report ("boletas") for a "¿Quiso decir…?"
 * suggestion, and can widen the query so the missing word also matches similar words (FuzzyQuery).
 */
final class TypoTolerance {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Locale ES = Locale.forLanguageTag("es-MX");

    private final IndexSearcher searcher;
    private final Analyzer indexAnalyzer;
    private final Set<Term> missing = new LinkedHashSet<>();

    private TypoTolerance(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this.searcher = searcher;
        this.indexAnalyzer = indexAnalyzer;
    }

    /** What a parsed query becomes when missing words may match similar ones. */
    record Widened(Query query, Set<Term> missing) {
        boolean changed() {
            return !missing.isEmpty();
        }
    }

    static Widened widen(Query query, IndexSearcher searcher, Analyzer indexAnalyzer) throws IOException {
        TypoTolerance t = new TypoTolerance(searcher, indexAnalyzer);
        Query widened = t.rewrite(query);
        return new Widened(widened, t.missing);
    }

    private Query rewrite(Query q) throws IOException {
        if (q instanceof TermQuery tq && isText(tq.getTerm()) && absent(tq.getTerm())) {
            missing.add(tq.getTerm());
            return fuzzy(tq.getTerm());
        }
        if (q instanceof SynonymQuery sq && IndexSchema.TEXT.equals(sq.getField())) {
            List<Term> terms = sq.getTerms();
            for (Term term : terms) {
                if (!absent(term)) {
                    return q;
                }
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Term term : terms) {
                missing.add(term);
                any.add(fuzzy(term), BooleanClause.Occur.SHOULD);
            }
            return any.build();
        }
        if (q instanceof PhraseQuery pq) {
            // A phrase is deliberate: its words are not widened, but a missing one still gets a suggestion.
            for (Term term : pq.getTerms()) {
                if (isText(term) && absent(term)) {
                    missing.add(term);
                }
            }
            return q;
        }
        if (q instanceof BoostQuery bq) {
            return new BoostQuery(rewrite(bq.getQuery()), bq.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                // Excluded words stay exact: widening a NOT would hide more than the user asked.
                b.add(c.occur() == BooleanClause.Occur.MUST_NOT ? c.query() : rewrite(c.query()), c.occur());
            }
            return b.build();
        }
        return q;
    }

    private boolean absent(Term term) throws IOException {
        return searcher.getIndexReader().docFreq(term) == 0;
    }

    private static boolean isText(Term term) {
        return IndexSchema.TEXT.equals(term.field());
    }

    private static FuzzyQuery fuzzy(Term term) {
        return new FuzzyQuery(term, maxEdits(term), 0);
    }

    private static int maxEdits(Term term) {
        int length = term.text().codePointCount(0, term.text().length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }

    /** Each missing word's closest term, looked up once per state of the index: the look-up walks the index's terms. */
    private static final PerLexicon CLOSEST = new PerLexicon(TypoTolerance::find);

    /** The indexed term closest to a missing one (fewest edits, then most documents), or null. */
    static Term closest(IndexReader reader, Term missing) throws IOException {
        return CLOSEST.of(reader, missing);
    }

    private static Term find(IndexReader reader, Term missing) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, missing.field());
        if (terms == null || maxEdits(missing) == 0) {
            return null;
        }
        FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, missing, maxEdits(missing), 0, true);
        BytesRef best = null;
        float bestBoost = -1;
        int bestFreq = -1;
        for (BytesRef t = candidates.next(); t != null; t = candidates.next()) {
            float boost = candidates.getBoost();
            int freq = candidates.docFreq();
            if (boost > bestBoost || (boost == bestBoost && freq > bestFreq)) {
                best = BytesRef.deepCopyOf(t);
                bestBoost = boost;
                bestFreq = freq;
            }
        }
        return best == null ? null : new Term(missing.field(), best);
    }

    /** An indexed term as some report actually wrote it ("bolet" → "boletas"), in lower case. */
    static String surfaceForm(IndexSearcher searcher, Analyzer indexAnalyzer, Term term) throws IOException {
        TopDocs one = searcher.search(new TermQuery(term), 1);
        if (one.scoreDocs.length == 0) {
            return term.text();
        }
        String text = searcher.storedFields().document(one.scoreDocs[0].doc).get(IndexSchema.TEXT);
        try (TokenStream ts = indexAnalyzer.tokenStream(IndexSchema.TEXT, new StringReader(text))) {
            CharTermAttribute chars = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String found = null;
            while (found == null && ts.incrementToken()) {
                if (term.text().contentEquals(chars)) {
                    found = text.substring(offsets.startOffset(), offsets.endOffset()).toLowerCase(ES);
                }
            }
            ts.end();
            return found == null ? term.text() : found;
        }
    }

    /**
     * The words of the user's query whose analysis gives a missing term, and the query with each replaced by the
     * closest word found (suggestion null when none was found). Null when no word the user typed is missing (a
     * missing term may come from a synonym's expansion: that is not the user's typo).
     */
    static SearchResult.Correction correction(String rawQuery, Set<Term> missingTerms, boolean fuzzy,
                                              IndexSearcher searcher, Analyzer indexAnalyzer) {
        try {
            Set<String> missingTexts = new LinkedHashSet<>();
            missingTerms.forEach(t -> missingTexts.add(t.text()));
            List<String> missingWords = new ArrayList<>();
            Map<String, String> replacement = new LinkedHashMap<>();
            StringBuilder suggestion = new StringBuilder();
            Matcher m = WORD.matcher(rawQuery);
            while (m.find()) {
                String analyzed = singleTerm(indexAnalyzer, m.group());
                String with = null;
                if (analyzed != null && missingTexts.contains(analyzed)) {
                    if (!missingWords.contains(m.group())) {
                        missingWords.add(m.group());
                    }
                    if (!replacement.containsKey(analyzed)) {
                        Term best = closest(searcher.getIndexReader(), new Term(IndexSchema.TEXT, analyzed));
                        replacement.put(analyzed, best == null ? null : surfaceForm(searcher, indexAnalyzer, best));
                    }
                    with = replacement.get(analyzed);
                }
                m.appendReplacement(suggestion, Matcher.quoteReplacement(with != null ? with : m.group()));
            }
            m.appendTail(suggestion);
            if (missingWords.isEmpty() && !fuzzy) {
                return null;
            }
            boolean replaced = replacement.values().stream().anyMatch(java.util.Objects::nonNull);
            return new SearchResult.Correction(List.copyOf(missingWords), replaced ? suggestion.toString() : null, fuzzy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String singleTerm(Analyzer analyzer, String word) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, new StringReader(word))) {
            CharTermAttribute chars = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? chars.toString() : null;
            ts.end();
            return first;
        }
    }
}
