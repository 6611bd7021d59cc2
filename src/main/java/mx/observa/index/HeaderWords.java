package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A word of a query that no finding says but some reports' headers do ({@link ReportHeader}: "tulyehualco", the pueblo
 * a report names only in its place lines; the organization that sent it) is looked for in those headers, weighted as
 * the rare word it is there: the findings of those reports have it. A word the findings say is left as it is, so the
 * header never displaces what the findings answer. Only for readers of the whole text (see
 * {@link QueryPlanner#headerFallback}).
 */
final class HeaderWords {

    private HeaderWords() {
    }

    static Concepts of(Concepts concepts, IndexReader reader) throws IOException {
        if (reader.getDocCount(IndexSchema.HEADER) <= 0) {
            return concepts;
        }
        List<Concepts.Concept> out = new ArrayList<>();
        boolean changed = false;
        for (Concepts.Concept c : concepts.wanted()) {
            List<Term> terms = c.exact() ? List.of() : terms(c.query());
            Query inHeaders = terms.isEmpty() ? null : inHeaders(terms, reader);
            if (inHeaders == null) {
                out.add(c);
            } else {
                out.add(c.withQuery(new DisjunctionMaxQuery(List.of(c.query(), inHeaders), 0f)));
                changed = true;
            }
        }
        return changed ? concepts.with(out) : concepts;
    }

    /** Whether no finding says {@code c} (one word with its forms) but some report's header does: no typo, then. */
    static boolean onlyInHeaders(Concepts.Concept c, IndexReader reader) throws IOException {
        List<Term> terms = c.exact() ? List.of() : terms(c.query());
        return !terms.isEmpty() && inHeaders(terms, reader) != null;
    }

    /** The words of a concept that is one word with its forms, or none for any other concept. */
    private static List<Term> terms(Query q) {
        if (q instanceof TermQuery tq && IndexSchema.TEXT.equals(tq.getTerm().field())) {
            return List.of(tq.getTerm());
        }
        if (q instanceof SynonymQuery sq && IndexSchema.TEXT.equals(sq.getField())) {
            return sq.getTerms();
        }
        return List.of();
    }

    /** The words in the header field when no finding has any of them and some header has one; else null. */
    private static Query inHeaders(List<Term> terms, IndexReader reader) throws IOException {
        List<Term> header = new ArrayList<>();
        for (Term t : terms) {
            if (reader.docFreq(t) > 0) {
                return null;
            }
            Term h = new Term(IndexSchema.HEADER, t.bytes());
            if (reader.docFreq(h) > 0) {
                header.add(h);
            }
        }
        if (header.isEmpty()) {
            return null;
        }
        if (header.size() == 1) {
            return new TermQuery(header.get(0));
        }
        SynonymQuery.Builder any = new SynonymQuery.Builder(IndexSchema.HEADER);
        header.forEach(any::addTerm);
        return any.build();
    }
}
