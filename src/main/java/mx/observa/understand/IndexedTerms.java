package mx.observa.understand;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * What the in-memory index of labelled passages holds of each term a query asked about, looked up once: every
 * finding's query asks about up to a hundred words and as many pairs of words, the next finding's mostly the same
 * words, and looking each up in the terms dictionary again was about a quarter of a vote's CPU (JFR, thirty-ninth
 * round). A term the index lacks is left out of the query: it matches no passage, so the nearest passages and their
 * scores are the same. Thread-safe; at most {@link #REMEMBERED} terms are kept (a service reads reports for days),
 * later ones are looked up each time.
 */
final class IndexedTerms {

    /** The most terms remembered: several times the words and pairs of the labelled passages. */
    static final int REMEMBERED = 200_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> known = new ConcurrentHashMap<>();

    IndexedTerms(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** A query for the term with its statistics at hand, or null when no passage holds it. */
    TermQuery query(Term term) throws IOException {
        TermStates states = known.get(term);
        if (states == null) {
            // eager statistics: the states are only read afterwards, by any number of threads
            states = TermStates.build(searcher, term, true);
            if (known.size() < REMEMBERED) {
                known.putIfAbsent(term, states);
            }
        }
        return states.docFreq() == 0 ? null : new TermQuery(term, states);
    }
}
