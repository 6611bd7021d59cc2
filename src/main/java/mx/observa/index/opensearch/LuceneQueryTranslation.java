package mx.observa.index.opensearch;

import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;

/**
 * A query Observa built with its own parser, synonyms and analysis chain (the one place queries are understood),
 * written as OpenSearch query DSL. The terms are already analyzed, so they are sent as terms, never analyzed again:
 * both backends look up exactly the same words. A query type with no translation here fails loudly rather than
 * searching for something else.
 */
final class LuceneQueryTranslation {

    private LuceneQueryTranslation() {
    }

    static ObjectNode toDsl(Query query) {
        if (query instanceof MatchAllDocsQuery) {
            return node("match_all", Json.MAPPER.createObjectNode());
        }
        if (query instanceof MatchNoDocsQuery) {
            return node("match_none", Json.MAPPER.createObjectNode());
        }
        if (query instanceof TermQuery tq) {
            return term(tq.getTerm());
        }
        if (query instanceof BooleanQuery bq) {
            return bool(bq);
        }
        if (query instanceof BoostQuery bq) {
            ObjectNode bool = Json.MAPPER.createObjectNode();
            bool.putArray("must").add(toDsl(bq.getQuery()));
            bool.put("boost", bq.getBoost());
            return node("bool", bool);
        }
        if (query instanceof SynonymQuery sq) {
            // Forms of one word (word forms, one-word synonyms): one term of several forms at one position, which
            // OpenSearch's match query builds as the same SynonymQuery (blended statistics) from the index's
            // observa_formas analyzer.
            ObjectNode match = Json.MAPPER.createObjectNode();
            match.putObject(sq.getField())
                    .put("query", String.join(" ", sq.getTerms().stream().map(Term::text).toList()))
                    .put("analyzer", "observa_formas");
            return node("match", match);
        }
        if (query instanceof TermInSetQuery tq) {
            // The findings a reader sees differently (VisibleMatches): a set of ids.
            List<String> values = new java.util.ArrayList<>();
            try {
                org.apache.lucene.util.BytesRefIterator it = tq.getBytesRefIterator();
                for (org.apache.lucene.util.BytesRef b = it.next(); b != null; b = it.next()) {
                    values.add(b.utf8ToString());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return node("constant_score", Json.MAPPER.createObjectNode().set("filter", terms(tq.getField(), values)));
        }
        if (query instanceof PhraseQuery pq) {
            return phrase(pq);
        }
        if (query instanceof MultiPhraseQuery mq) {
            return multiPhrase(mq);
        }
        if (query instanceof PrefixQuery pq) {
            ObjectNode prefix = Json.MAPPER.createObjectNode();
            prefix.putObject(pq.getPrefix().field()).put("value", pq.getPrefix().text());
            return node("prefix", prefix);
        }
        if (query instanceof WildcardQuery wq) {
            ObjectNode wildcard = Json.MAPPER.createObjectNode();
            wildcard.putObject(wq.getTerm().field()).put("value", wq.getTerm().text());
            return node("wildcard", wildcard);
        }
        if (query instanceof FuzzyQuery fq) {
            ObjectNode fuzzy = Json.MAPPER.createObjectNode();
            fuzzy.putObject(fq.getTerm().field()).put("value", fq.getTerm().text())
                    .put("fuzziness", Integer.toString(fq.getMaxEdits()))
                    .put("prefix_length", fq.getPrefixLength())
                    .put("transpositions", fq.getTranspositions());
            return node("fuzzy", fuzzy);
        }
        if (query instanceof ConstantScoreQuery cq) {
            ObjectNode constant = Json.MAPPER.createObjectNode();
            constant.set("filter", toDsl(cq.getQuery()));
            return node("constant_score", constant);
        }
        if (query instanceof DisjunctionMaxQuery dq) {
            ObjectNode disMax = Json.MAPPER.createObjectNode();
            ArrayNode queries = disMax.putArray("queries");
            dq.getDisjuncts().forEach(d -> queries.add(toDsl(d)));
            disMax.put("tie_breaker", dq.getTieBreakerMultiplier());
            return node("dis_max", disMax);
        }
        throw new UnsupportedOperationException("Consulta sin traducción a OpenSearch: "
                + query.getClass().getSimpleName() + " (" + query + ")");
    }

    private static ObjectNode bool(BooleanQuery bq) {
        ObjectNode bool = Json.MAPPER.createObjectNode();
        for (BooleanClause clause : bq.clauses()) {
            String occur = switch (clause.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            list.add(toDsl(clause.query()));
        }
        if (bq.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", bq.getMinimumNumberShouldMatch());
        } else if (bool.has("should") && !bool.has("must") && !bool.has("filter")) {
            bool.put("minimum_should_match", 1); // Lucene: with nothing required, one optional clause must match
        } else if (bool.has("should")) {
            bool.put("minimum_should_match", 0);
        }
        return node("bool", bool);
    }

    /**
     * Consecutive analyzed terms: a phrase query over them split on spaces (the whitespace analyzer leaves them as
     * they are), which OpenSearch runs as the same Lucene PhraseQuery. Gaps in positions need span queries.
     */
    private static ObjectNode phrase(PhraseQuery pq) {
        Term[] terms = pq.getTerms();
        if (terms.length == 0) {
            return node("match_none", Json.MAPPER.createObjectNode());
        }
        int[] positions = pq.getPositions();
        boolean consecutive = true;
        for (int i = 1; i < positions.length; i++) {
            consecutive &= positions[i] == positions[i - 1] + 1;
        }
        if (consecutive) {
            ObjectNode matchPhrase = Json.MAPPER.createObjectNode();
            matchPhrase.putObject(terms[0].field())
                    .put("query", String.join(" ", Arrays.stream(terms).map(Term::text).toList()))
                    .put("analyzer", "whitespace")
                    .put("slop", pq.getSlop());
            return node("match_phrase", matchPhrase);
        }
        ObjectNode near = Json.MAPPER.createObjectNode();
        ArrayNode clauses = near.putArray("clauses");
        for (Term t : terms) {
            clauses.add(spanTerm(t));
        }
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        near.put("slop", pq.getSlop() + gaps).put("in_order", true);
        return node("span_near", near);
    }

    private static ObjectNode multiPhrase(MultiPhraseQuery mq) {
        ObjectNode near = Json.MAPPER.createObjectNode();
        ArrayNode clauses = near.putArray("clauses");
        Term[][] terms = mq.getTermArrays();
        int[] positions = mq.getPositions();
        for (Term[] alternatives : terms) {
            if (alternatives.length == 1) {
                clauses.add(spanTerm(alternatives[0]));
            } else {
                ObjectNode or = Json.MAPPER.createObjectNode();
                ArrayNode any = or.putArray("clauses");
                for (Term t : alternatives) {
                    any.add(spanTerm(t));
                }
                clauses.add(node("span_or", or));
            }
        }
        int gaps = positions.length == 0 ? 0 : positions[positions.length - 1] - positions[0] - (positions.length - 1);
        near.put("slop", mq.getSlop() + gaps).put("in_order", true);
        return node("span_near", near);
    }

    private static ObjectNode spanTerm(Term t) {
        ObjectNode span = Json.MAPPER.createObjectNode();
        span.put(t.field(), t.text());
        return node("span_term", span);
    }

    static ObjectNode term(Term t) {
        ObjectNode term = Json.MAPPER.createObjectNode();
        term.putObject(t.field()).put("value", t.text());
        return node("term", term);
    }

    static ObjectNode terms(String field, List<?> values) {
        ObjectNode terms = Json.MAPPER.createObjectNode();
        ArrayNode list = terms.putArray(field);
        values.forEach(v -> list.addPOJO(v));
        return node("terms", terms);
    }

    static ObjectNode node(String name, com.fasterxml.jackson.databind.JsonNode body) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.set(name, body);
        return n;
    }
}
