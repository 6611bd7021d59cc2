package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How a query's concepts become the three queries a search runs.
 *
 * <ul>
 *   <li><b>match</b> — which findings are results: those with at least one concept (or every required one), plus, for
 *       a query in plain words, the findings of the topics the query is about. Never every word in one finding: a
 *       query written the way people talk shares only some words with the passages that answer it.</li>
 *   <li><b>rank</b> — their order. Each concept scores BM25 with a low term-frequency saturation ({@link #K1}), so
 *       what counts is <i>which</i> concepts a finding has, weighted by how rare each is (coordination), not how often
 *       it repeats one; the scores are divided by the query's total weight, so a finding with every concept scores
 *       about 1 whatever the query. On top: consecutive concepts close together (in order with the function words
 *       between them, or within {@value #WINDOW} words; the sequential-dependence model of Metzler and Croft), the
 *       query's topics, and kind {@code incidencia} when the query asks about a problem.</li>
 *   <li><b>highlight</b> — the concepts, for the marked words of snippets.</li>
 * </ul>
 */
final class RankingQuery {

    /** BM25 term-frequency saturation: low, so repeating a word adds little next to having another of the query's. */
    static final float K1 = 0.3f;
    /** BM25 length normalization. */
    static final float B = 0.4f;
    /** The similarity the rank query is scored with (norms are as indexed; only the scoring formula differs). */
    static final Similarity SIMILARITY = new BM25Similarity(K1, B);

    /** Findings of a topic the query is about, on the scale where all of the query's concepts make about 1. */
    static final float TOPIC = 0.15f;
    /** Findings of kind {@code incidencia} when the query asks about a problem. */
    static final float PROBLEM = 0.15f;
    /** Consecutive concepts in order, with at most the function words between them (plus one), over all pairs. */
    static final float ORDERED = 0.2f;
    /** Consecutive concepts within {@value #WINDOW} words, over all pairs. */
    static final float UNORDERED = 0.1f;
    static final int WINDOW = 8;

    /** The kind of a finding (a keyword field; absent in indexes made before kinds: then no finding gets the boost). */
    static final String KIND_FIELD = "tipo";
    static final String PROBLEM_KIND = "incidencia";

    record Built(Query match, Query rank, Query highlight) {
    }

    private RankingQuery() {
    }

    /**
     * @param natural whether the query is plain words (no quotes, operators or prefixes): only then do the findings of
     *                its topics join the results; otherwise topics only lift what the query's syntax selects
     */
    static Built build(Concepts concepts, List<String> topics, boolean problem, boolean natural, IndexSearcher searcher)
            throws IOException {
        Query topicQuery = topicQuery(topics);
        boolean topicsJoin = natural && topicQuery != null;

        BooleanQuery.Builder match = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        BooleanQuery.Builder scored = new BooleanQuery.Builder();
        Weights weights = Weights.of(concepts, searcher);
        for (int i = 0; i < concepts.wanted().size(); i++) {
            Concepts.Concept c = concepts.wanted().get(i);
            BooleanClause.Occur occur = c.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            match.add(c.query(), occur);
            highlight.add(c.query(), BooleanClause.Occur.SHOULD);
            scored.add(weights.scored(i), occur);
        }
        if (topicsJoin) {
            match.add(topicQuery, BooleanClause.Occur.SHOULD);
            scored.add(new BoostQuery(new ConstantScoreQuery(topicQuery), TOPIC), BooleanClause.Occur.SHOULD);
        }
        proximity(concepts, scored);
        for (Query q : concepts.forbidden()) {
            match.add(q, BooleanClause.Occur.MUST_NOT);
            scored.add(q, BooleanClause.Occur.MUST_NOT);
        }
        BooleanQuery.Builder rank = new BooleanQuery.Builder().add(scored.build(), BooleanClause.Occur.MUST);
        if (topicQuery != null && !topicsJoin) {
            rank.add(new BoostQuery(new ConstantScoreQuery(topicQuery), TOPIC), BooleanClause.Occur.SHOULD);
        }
        if (problem) {
            rank.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(KIND_FIELD, PROBLEM_KIND))), PROBLEM),
                    BooleanClause.Occur.SHOULD);
        }
        return new Built(new ConstantScoreQuery(match.build()), rank.build(), highlight.build());
    }

    /**
     * A query that only names a place or asks about problems in general: every finding (within the filters), those of
     * its topics and of kind {@code incidencia} (when it asks about problems) first.
     */
    static Built browse(List<String> topics, boolean problem) {
        Query all = new MatchAllDocsQuery();
        BooleanQuery.Builder rank = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(all), 0.001f), BooleanClause.Occur.MUST);
        Query topicQuery = topicQuery(topics);
        if (topicQuery != null) {
            rank.add(new BoostQuery(new ConstantScoreQuery(topicQuery), TOPIC), BooleanClause.Occur.SHOULD);
        }
        if (problem) {
            rank.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(KIND_FIELD, PROBLEM_KIND))), PROBLEM),
                    BooleanClause.Occur.SHOULD);
        }
        return new Built(all, rank.build(), all);
    }

    private static Query topicQuery(List<String> topics) {
        if (topics.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        topics.forEach(t -> any.add(new TermQuery(new Term(IndexSchema.TOPIC, t)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Each pair of consecutive concepts, in order and close, or near each other in any order. */
    private static void proximity(Concepts concepts, BooleanQuery.Builder scored) {
        List<Concepts.Concept> wanted = concepts.wanted();
        int pairs = wanted.size() - 1;
        for (int i = 0; i < pairs; i++) {
            IntervalsSource a = source(wanted.get(i).query());
            IntervalsSource b = source(wanted.get(i + 1).query());
            if (a == null || b == null) {
                continue;
            }
            int gap = wanted.get(i + 1).gapBefore() + 1;
            scored.add(new BoostQuery(new IntervalQuery(IndexSchema.TEXT,
                    Intervals.maxgaps(gap, Intervals.ordered(a, b))), ORDERED / pairs), BooleanClause.Occur.SHOULD);
            scored.add(new BoostQuery(new IntervalQuery(IndexSchema.TEXT,
                    Intervals.maxwidth(WINDOW, Intervals.unordered(a, b))), UNORDERED / pairs), BooleanClause.Occur.SHOULD);
        }
    }

    /** The concept as positions in the text, or null for a kind of query proximity does not follow (prefixes…). */
    private static IntervalsSource source(Query q) {
        if (q instanceof BoostQuery bq) {
            return source(bq.getQuery());
        }
        if (q instanceof TermQuery tq && IndexSchema.TEXT.equals(tq.getTerm().field())) {
            return Intervals.term(tq.getTerm().bytes());
        }
        if (q instanceof SynonymQuery sq && IndexSchema.TEXT.equals(sq.getField())) {
            return Intervals.or(sq.getTerms().stream().map(t -> Intervals.term(t.bytes())).toArray(IntervalsSource[]::new));
        }
        if (q instanceof PhraseQuery pq && IndexSchema.TEXT.equals(pq.getField()) && pq.getTerms().length > 0) {
            IntervalsSource[] words = java.util.Arrays.stream(pq.getTerms()).map(t -> Intervals.term(t.bytes()))
                    .toArray(IntervalsSource[]::new);
            return pq.getSlop() == 0 ? Intervals.phrase(words)
                    : Intervals.maxwidth(words.length + pq.getSlop(), Intervals.unordered(words));
        }
        if (q instanceof DisjunctionMaxQuery dq) {
            List<IntervalsSource> alternatives = new ArrayList<>();
            for (Query d : dq.getDisjuncts()) {
                IntervalsSource s = source(d);
                if (s == null) {
                    return null;
                }
                alternatives.add(s);
            }
            return alternatives.isEmpty() ? null : Intervals.or(alternatives.toArray(IntervalsSource[]::new));
        }
        return null;
    }

    /** Each concept's weight (its BM25 idf: rare words say more) and the query's total, for scores near [0, 1]. */
    private record Weights(List<Query> scored) {

        Query scored(int i) {
            return scored.get(i);
        }

        static Weights of(Concepts concepts, IndexSearcher searcher) throws IOException {
            CollectionStatistics stats = searcher.collectionStatistics(IndexSchema.TEXT);
            long docs = stats == null ? 0 : stats.docCount();
            List<Double> idf = new ArrayList<>();
            for (Concepts.Concept c : concepts.wanted()) {
                idf.add(idf(c.query(), searcher, docs));
            }
            double known = idf.stream().filter(v -> v > 0).mapToDouble(Double::doubleValue).average().orElse(1);
            double total = 0;
            for (int i = 0; i < idf.size(); i++) {
                if (idf.get(i) < 0) {
                    idf.set(i, known); // a prefix or similar-words query: as much as an average concept of this query
                }
                total += idf.get(i);
            }
            double norm = total > 0 ? total : 1;
            List<Query> scored = new ArrayList<>();
            for (int i = 0; i < idf.size(); i++) {
                Query q = concepts.wanted().get(i).query();
                scored.add(bm25Scored(q)
                        ? new BoostQuery(q, (float) (1 / norm))
                        : new BoostQuery(new ConstantScoreQuery(q), (float) (idf.get(i) / norm)));
            }
            return new Weights(scored);
        }

        /** Whether BM25 scores the query (up to its idf); other kinds are scored as a constant. */
        private static boolean bm25Scored(Query q) {
            return q instanceof TermQuery || q instanceof SynonymQuery || q instanceof PhraseQuery
                    || q instanceof MultiPhraseQuery || q instanceof DisjunctionMaxQuery && ((DisjunctionMaxQuery) q)
                    .getDisjuncts().stream().allMatch(Weights::bm25Scored);
        }

        /** The most a concept can score under BM25 (its idf; 0 when no finding has it), or -1 when not BM25-scored. */
        private static double idf(Query q, IndexSearcher searcher, long docs) throws IOException {
            if (q instanceof TermQuery tq) {
                return idf(searcher.getIndexReader().docFreq(tq.getTerm()), docs);
            }
            if (q instanceof SynonymQuery sq) {
                int df = 0;
                for (Term t : sq.getTerms()) {
                    df = Math.max(df, searcher.getIndexReader().docFreq(t));
                }
                return idf(df, docs);
            }
            if (q instanceof PhraseQuery pq) {
                double sum = 0;
                for (Term t : pq.getTerms()) {
                    double v = idf(searcher.getIndexReader().docFreq(t), docs);
                    if (v == 0) {
                        return 0;
                    }
                    sum += v;
                }
                return sum;
            }
            if (q instanceof MultiPhraseQuery mq) {
                double sum = 0;
                for (Term[] position : mq.getTermArrays()) {
                    int df = 0;
                    for (Term t : position) {
                        df = Math.max(df, searcher.getIndexReader().docFreq(t));
                    }
                    sum += idf(df, docs);
                }
                return sum;
            }
            if (q instanceof DisjunctionMaxQuery dq && bm25Scored(dq)) {
                double max = 0;
                for (Query d : dq.getDisjuncts()) {
                    max = Math.max(max, idf(d, searcher, docs));
                }
                return max;
            }
            return -1;
        }

        private static double idf(long df, long docs) {
            return df == 0 ? 0 : Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        }
    }
}
