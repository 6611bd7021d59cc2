package mx.observa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A parsed query as the ranking sees it: the things it asks for, in the order written (each a word with its
 * synonyms, a phrase, a prefix…), and what it forbids. Function words ("de", "la", "que", "hubo") are not things
 * asked for: they are dropped, and the ranking remembers how many stood between two concepts, for proximity.
 *
 * @param wanted            in order; {@code required} when written with + or AND
 * @param forbidden         NOT / - clauses
 * @param functionWordsOnly the query had nothing but function words ("¿qué pasó?"): then they are kept, as written
 */
record Concepts(List<Concept> wanted, List<Query> forbidden, boolean functionWordsOnly) {

    /**
     * @param gapBefore function words dropped between the previous concept and this one
     * @param exact     written between quotes: those very words, no other forms
     * @param written   the concept as parsed, before other forms of its words were added (what proximity follows)
     */
    record Concept(Query query, boolean required, int gapBefore, boolean exact, Query written) {

        Concept(Query query, boolean required, int gapBefore, boolean exact) {
            this(query, required, gapBefore, exact, query);
        }

        Concept withQuery(Query q) {
            return new Concept(q, required, gapBefore, exact, written);
        }
    }

    /** @param quoted the parts of {@code parsed} that were written between quotes (compared by identity) */
    static Concepts of(Query parsed, Set<String> functionWords, Set<Query> quoted) {
        List<Concept> all = new ArrayList<>();
        List<Query> forbidden = new ArrayList<>();
        collect(parsed, true, all, forbidden, quoted);
        boolean anyContent = all.stream().anyMatch(c -> c.required() || !isFunctionWord(c.query(), functionWords));
        if (!anyContent) {
            return new Concepts(List.copyOf(all), List.copyOf(forbidden), !all.isEmpty());
        }
        List<Concept> kept = new ArrayList<>();
        int gap = 0;
        for (Concept c : all) {
            if (!c.required() && isFunctionWord(c.query(), functionWords)) {
                gap++;
            } else {
                kept.add(new Concept(c.query(), c.required(), kept.isEmpty() ? 0 : gap, c.exact(), c.written()));
                gap = 0;
            }
        }
        return new Concepts(List.copyOf(kept), List.copyOf(forbidden), false);
    }

    Concepts with(List<Concept> newWanted) {
        return new Concepts(List.copyOf(newWanted), forbidden, functionWordsOnly);
    }

    boolean isEmpty() {
        return wanted.isEmpty();
    }

    /**
     * A run of words parses into a boolean query of SHOULD clauses, one per position; an optional clause that is itself
     * such a run is opened up, so each word is a concept. Alternatives of one word (synonyms) are a SynonymQuery or a
     * DisjunctionMaxQuery and stay one concept.
     */
    private static void collect(Query q, boolean optional, List<Concept> out, List<Query> forbidden, Set<Query> quoted) {
        if (q instanceof BooleanQuery bq && optional && bq.getMinimumNumberShouldMatch() == 0) {
            for (BooleanClause c : bq.clauses()) {
                switch (c.occur()) {
                    case SHOULD -> collect(c.query(), true, out, forbidden, quoted);
                    case MUST, FILTER -> out.add(new Concept(c.query(), true, 0, quoted.contains(c.query())));
                    case MUST_NOT -> forbidden.add(c.query());
                }
            }
            return;
        }
        if (q != null) {
            out.add(new Concept(q, !optional, 0, quoted.contains(q)));
        }
    }

    private static boolean isFunctionWord(Query q, Set<String> functionWords) {
        if (q instanceof TermQuery tq) {
            return functionWords.contains(tq.getTerm().text());
        }
        if (q instanceof SynonymQuery sq) {
            return sq.getTerms().stream().map(Term::text).allMatch(functionWords::contains);
        }
        return false;
    }
}
