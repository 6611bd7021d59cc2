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
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

import mx.observa.model.FindingKind;

/**
 * How a query's concepts become the queries a search runs.
 *
 * <ul>
 *   <li><b>match</b> — which findings are results: those with at least one concept (or every required one), plus, for
 *       a description in plain words, the findings of the topics the query is about. Never every word in one finding:
 *       a query written the way people talk shares only some words with the passages that answer it. On a large index
 *       a concept found in too many findings ({@link #COMMON}) only ranks.</li>
 *   <li><b>rank</b> — their order. Each concept scores BM25 with a low term-frequency saturation ({@link #K1}), so
 *       what counts is <i>which</i> concepts a finding has, weighted by how rare each is (coordination), not how often
 *       it repeats one; the scores are divided by the query's total weight, so a finding with every concept scores
 *       about 1 whatever the query. On top: the query's topics, and kind {@code incidencia} when the query asks about
 *       a problem (kinds {@code conforme} and {@code buena_practica} when it asks where things went well).</li>
 *   <li><b>proximity</b> — consecutive concepts close together (in order with the function words between them, or
 *       within {@value #WINDOW} words; the sequential-dependence model of Metzler and Croft), added to the score of the
 *       best results ({@link Proximity}). On a large index the common concepts ({@link #COMMON}) are scored there too:
 *       they only refine the order of what the rarer concepts selected, and scoring them on every match ("mesa" in a
 *       fifth of a million findings) was most of the cost of a long query.</li>
 *   <li><b>highlight</b> — the concepts, for the marked words of snippets.</li>
 * </ul>
 */
final class RankingQuery {

    /** BM25 term-frequency saturation: low, so repeating a word adds little next to having another of the query's. */
    static final float K1 = 0.3f;
    /** BM25 length normalization. */
    static final float B = 0.6f;
    /** The similarity the rank query is scored with (norms are as indexed; only the scoring formula differs). */
    static final Similarity SIMILARITY = new BM25Similarity(K1, B);

    /** Findings of a topic the query is about, on the scale where all of the query's concepts make about 1. */
    static final float TOPIC = 0.15f;
    /**
     * Meaningful words from which a plain-words query is a description, whose topic's findings join the results even
     * without any of its words; a query of one word is that word (its topic only lifts).
     */
    static final int TOPIC_JOINS = 2;
    /**
     * Findings of a UT the query names by its name alone ("¿qué vieron en Portales?"), on the same scale: above a
     * finding that only shares a common word with the query.
     */
    static final float PLACE = 0.3f;
    /** A finding with every word of the query as written, on the same scale ({@link #withLiteralWords}). */
    static final float LITERAL = 0.08f;
    /** Every word of the query as written, function words too, on the same scale ({@link #withLooseWords}). */
    static final float LOOSE = 0.03f;
    /**
     * A finding whose report says the query's meaningful words outside its findings (its title, place lines, the
     * greeting and self-introduction before its first observation: {@link ReportHeader}), on the same scale ({@link
     * #withHeaderWords}). Small: it orders findings the plan selects; 0.1 lowered the studied parts (0.657 → 0.632).
     */
    static final float HEADER_WORDS = 0.03f;
    /** Findings of the kind the query asks about: {@code incidencia} for a problem. */
    static final float PROBLEM = 0.15f;
    /** Consecutive concepts in order, with at most the function words between them (plus one), over all pairs. */
    static final float ORDERED = 0.2f;
    /** Consecutive concepts within {@value #WINDOW} words, over all pairs. */
    static final float UNORDERED = 0.1f;
    static final int WINDOW = 8;

    /**
     * A concept found in more than this share of the findings, and in more than {@link #COMMON_MIN} of them ("mesa",
     * "personas" in a large index), says too little to make a finding a result on its own: while a query in plain
     * words has a rarer concept, such a concept only ranks (as Lucene's CommonTermsQuery does). On a large index it
     * keeps incidental matches out of the results and their counts, and the search fast.
     */
    static final double COMMON = 0.05;
    static final int COMMON_MIN = 1_000;

    /** The kind of a finding (a keyword field; absent in indexes made before kinds: then no finding gets the boost). */
    static final String KIND_FIELD = IndexSchema.KIND;
    /** The kinds of a query about a problem, and of one about where things went as they should. */
    static final List<String> PROBLEM_KINDS = List.of(FindingKind.INCIDENCIA.id());
    static final List<String> NO_PROBLEM_KINDS = List.of(FindingKind.CONFORME.id(), FindingKind.BUENA_PRACTICA.id());

    /**
     * @param proximity what rescores the best results (consecutive concepts close together), or null when the query
     *                  has no such pair
     */
    record Built(Query match, Query rank, Query highlight, Query proximity) {
    }

    private RankingQuery() {
    }

    /**
     * @param natural whether the query is plain words (no quotes, operators or prefixes): only then, and from
     *                {@value #TOPIC_JOINS} meaningful words, do the findings of its topics join the results; otherwise
     *                topics only lift what the query's words select
     */
    static Built build(Concepts concepts, List<String> topics, List<String> kinds, List<String> namedUts, boolean natural,
                       IndexSearcher searcher) throws IOException {
        Query topicQuery = topicQuery(topics);
        boolean topicsJoin = natural && topicQuery != null && concepts.wanted().size() >= TOPIC_JOINS;
        Weights weights = Weights.of(concepts, searcher);
        boolean anySelective = false;
        int common = 0;
        for (int i = 0; natural && i < concepts.wanted().size(); i++) {
            anySelective |= concepts.wanted().get(i).required() || weights.selective(i);
            common += weights.common(i) ? 1 : 0;
        }
        // What makes a finding a result: its selective concepts (all of them when none is; then, in a query of common
        // words only, at least two of them), or the topic; scored, they lead the ranking.
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder wordsScored = new BooleanQuery.Builder();
        if (!anySelective && common >= 2) {
            words.setMinimumNumberShouldMatch(2);
            wordsScored.setMinimumNumberShouldMatch(2);
        }
        // What only adds to the score of a result: topic, kind; common concepts, in the second pass over the best.
        BooleanQuery.Builder rank = new BooleanQuery.Builder();
        BooleanQuery.Builder commons = new BooleanQuery.Builder();
        boolean anyCommon = false;
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        for (int i = 0; i < concepts.wanted().size(); i++) {
            Concepts.Concept c = concepts.wanted().get(i);
            BooleanClause.Occur occur = c.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            if (!anySelective || c.required() || !weights.common(i)) {
                words.add(c.query(), occur);
                wordsScored.add(weights.scored(i), occur);
            } else {
                commons.add(weights.scored(i), BooleanClause.Occur.SHOULD);
                anyCommon = true;
            }
            highlight(c, highlight);
        }
        Query match = words.build();
        Query scored = wordsScored.build();
        if (topicsJoin) {
            match = new BooleanQuery.Builder().add(match, BooleanClause.Occur.SHOULD)
                    .add(topicQuery, BooleanClause.Occur.SHOULD).build();
            scored = new BooleanQuery.Builder().add(scored, BooleanClause.Occur.SHOULD)
                    .add(topicScore(topics), BooleanClause.Occur.SHOULD).build();
        } else if (topicQuery != null) {
            rank.add(topicScore(topics), BooleanClause.Occur.SHOULD);
        }
        if (!namedUts.isEmpty()) {
            // the UTs the query names by name alone: their findings join the results and lead them
            Query place = anyOf(IndexSchema.UT, namedUts);
            match = new BooleanQuery.Builder().add(match, BooleanClause.Occur.SHOULD)
                    .add(place, BooleanClause.Occur.SHOULD).build();
            scored = new BooleanQuery.Builder().add(scored, BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new ConstantScoreQuery(place), PLACE), BooleanClause.Occur.SHOULD).build();
        }
        rank.add(scored, BooleanClause.Occur.MUST);
        if (!kinds.isEmpty()) {
            rank.add(kindScore(kinds), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder().add(match, BooleanClause.Occur.MUST);
        for (Query q : concepts.forbidden()) {
            matching.add(q, BooleanClause.Occur.MUST_NOT);
            rank.add(q, BooleanClause.Occur.MUST_NOT);
        }
        return new Built(new ConstantScoreQuery(matching.build()), rank.build(), highlight.build(),
                secondPass(anyCommon ? commons.build() : null, proximity(concepts)));
    }

    /** What rescores the best results: the common concepts and the proximity of consecutive ones; null for nothing. */
    private static Query secondPass(Query commons, Query proximity) {
        if (commons == null || proximity == null) {
            return commons == null ? proximity : commons;
        }
        return new BooleanQuery.Builder().add(commons, BooleanClause.Occur.SHOULD)
                .add(proximity, BooleanClause.Occur.SHOULD).build();
    }

    /**
     * A query that only names a place or asks about problems in general: every finding (within the filters), those of
     * its topics and of the kinds it asks about (incidents, when it asks about problems) first.
     */
    static Built browse(List<String> topics, List<String> kinds) {
        Query all = new MatchAllDocsQuery();
        BooleanQuery.Builder rank = new BooleanQuery.Builder().add(anyFinding(), BooleanClause.Occur.MUST);
        if (!topics.isEmpty()) {
            rank.add(topicScore(topics), BooleanClause.Occur.SHOULD);
        }
        if (!kinds.isEmpty()) {
            rank.add(kindScore(kinds), BooleanClause.Occur.SHOULD);
        }
        return new Built(all, rank.build(), all, null);
    }

    /**
     * The findings of the reports whose header names the place the query names ({@link HeaderPlaces}) join the results
     * and lead them, as those of a UT named by its name do.
     */
    static Built withPlaceInHeaders(Built built, Query headerPlace) {
        Query match = new ConstantScoreQuery(new BooleanQuery.Builder().add(built.match(), BooleanClause.Occur.SHOULD)
                .add(headerPlace, BooleanClause.Occur.SHOULD).build());
        Query rank = new BooleanQuery.Builder().add(built.rank(), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(headerPlace), PLACE), BooleanClause.Occur.SHOULD).build();
        return new Built(match, rank, built.highlight(), built.proximity());
    }

    /**
     * The query's words as written lift the findings that have them ({@link #LITERAL} for all of them): a synonym, a
     * paraphrase or another form of a word stands for it in the results, but a finding that says what the analyst
     * wrote is at least as likely to answer as one that says it otherwise ("poner otra mesa" above "instalar mesas").
     * Without it the plan could rank below the query's own literal words, what a plain search finds.
     *
     * @param concepts what the plan searches
     * @param words    the query's meaningful words, as the index analyzes them
     */
    static Built withLiteralWords(Built built, Concepts concepts, List<String> words, IndexSearcher searcher)
            throws IOException {
        java.util.Set<Term> searched = new java.util.HashSet<>();
        concepts.wanted().forEach(c -> c.query().visit(QueryVisitor.termCollector(searched)));
        // only a word the plan searches in the text as written: not one it found only in the reports' headers, nor a
        // typo it searches as similar words
        return lifted(built, weighted(words, LITERAL, searched::contains, searcher));
    }

    /**
     * Every word of the query as the index holds it, function words included, the way a plain search reads it, lifts
     * the findings that have them ({@link #LOOSE} for all of them): among findings the plan scores alike, the one that
     * says more of what the analyst wrote comes first («no se tardó» before «se tardó» for «¿dónde no se tardaron?»).
     * A query in the words of the street shares few concepts with the reports, and many findings then tie on the one
     * common concept they share; without this the plan would order them below what a plain search finds. They only
     * rank: a finding that shares nothing but function words with the query is no result.
     */
    static Built withLooseWords(Built built, List<String> words, IndexSearcher searcher) throws IOException {
        return lifted(built, weighted(words, LOOSE, t -> true, searcher));
    }

    /**
     * The query's meaningful words in the reports' headers lift every finding of a report whose header has them
     * ({@link #HEADER_WORDS} for all of those some header has): what a report says of itself before its observations
     * (its title, the colonia of its place lines, the writer who introduces herself and what she came to watch) is no
     * finding, but it tells which report answers. It selects nothing: among the findings the plan selects, those of
     * such a report go first. Weighted by each word's rarity among the headers; only for readers of the whole text
     * (the commission's search never reads the headers).
     */
    static Built withHeaderWords(Built built, List<String> words, IndexSearcher searcher) throws IOException {
        CollectionStatistics stats = searcher.collectionStatistics(IndexSchema.HEADER);
        long docs = stats == null ? 0 : stats.docCount();
        List<Term> present = new ArrayList<>();
        List<Double> idf = new ArrayList<>();
        double sum = 0;
        for (String w : words.stream().distinct().toList()) {
            Term t = new Term(IndexSchema.HEADER, w);
            double v = Weights.idf(searcher.getIndexReader().docFreq(t), docs);
            if (v > 0) {
                present.add(t);
                idf.add(v);
                sum += v;
            }
        }
        if (present.isEmpty()) {
            return built;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int i = 0; i < present.size(); i++) {
            any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(present.get(i))),
                    (float) (HEADER_WORDS * idf.get(i) / sum)), BooleanClause.Occur.SHOULD);
        }
        return lifted(built, any.build());
    }

    /** The rank lifted by {@code lift} where it matches (it selects nothing); the same plan when it is null. */
    private static Built lifted(Built built, Query lift) {
        if (lift == null) {
            return built;
        }
        Query rank = new BooleanQuery.Builder().add(built.rank(), BooleanClause.Occur.MUST)
                .add(lift, BooleanClause.Occur.SHOULD).build();
        return new Built(built.match(), rank, built.highlight(), built.proximity());
    }

    /**
     * The words some finding has (and {@code keep} keeps), each a BM25-scored term weighted by its idf, {@code total}
     * for a finding with all of them; null when there is none.
     */
    private static Query weighted(List<String> words, float total, java.util.function.Predicate<Term> keep,
                                  IndexSearcher searcher) throws IOException {
        CollectionStatistics stats = searcher.collectionStatistics(IndexSchema.TEXT);
        long docs = stats == null ? 0 : stats.docCount();
        List<Term> present = new ArrayList<>();
        double sum = 0;
        for (String w : words.stream().distinct().toList()) {
            Term t = new Term(IndexSchema.TEXT, w);
            double v = Weights.idf(searcher.getIndexReader().docFreq(t), docs);
            if (v > 0 && keep.test(t)) {
                present.add(t);
                sum += v;
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Term t : present) {
            any.add(new BoostQuery(new TermQuery(t), (float) (total / sum)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The query's results followed by every other finding within the filters (the place the query names). */
    static Built withRestOfPlace(Built built) {
        return new Built(new MatchAllDocsQuery(), new BooleanQuery.Builder().add(built.rank(), BooleanClause.Occur.SHOULD)
                .add(anyFinding(), BooleanClause.Occur.SHOULD).build(), built.highlight(), built.proximity());
    }

    /** The least score: a finding that is a result only because the query asks about everything within the filters. */
    private static Query anyFinding() {
        return new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), 0.001f);
    }

    /**
     * {@link #TOPIC} for a finding with every topic of the query, a share of it for one with some: a query about
     * accessibility and good practices puts the good practices of accessibility before either alone.
     */
    private static Query topicScore(List<String> topics) {
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        topics.forEach(t -> each.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.TOPIC, t))),
                TOPIC / topics.size()), BooleanClause.Occur.SHOULD));
        return each.build();
    }

    /** {@link #PROBLEM} for a finding of one of the kinds the query asks about. */
    private static Query kindScore(List<String> kinds) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        kinds.forEach(k -> any.add(new TermQuery(new Term(KIND_FIELD, k)), BooleanClause.Occur.SHOULD));
        return new BoostQuery(new ConstantScoreQuery(any.build()), PROBLEM);
    }

    private static Query topicQuery(List<String> topics) {
        return topics.isEmpty() ? null : anyOf(IndexSchema.TOPIC, topics);
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * What snippets mark: a quoted phrase as a phrase; any other concept as its words (every form and synonym) and its
     * several-word synonyms as exact phrases: the highlighter finds words in the postings' offsets, and reads positions
     * only for those phrases.
     */
    private static void highlight(Concepts.Concept c, BooleanQuery.Builder highlight) {
        highlight.add(c.exact() ? c.query() : forHighlight(c.query()), BooleanClause.Occur.SHOULD);
    }

    private static Query forHighlight(Query q) {
        if (q instanceof BoostQuery bq) {
            return forHighlight(bq.getQuery());
        }
        if (q instanceof PhraseQuery pq && pq.getSlop() > 0) {
            PhraseQuery.Builder exact = new PhraseQuery.Builder();
            for (int i = 0; i < pq.getTerms().length; i++) {
                exact.add(pq.getTerms()[i], pq.getPositions()[i]);
            }
            return exact.build();
        }
        if (q instanceof DisjunctionMaxQuery dq) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            dq.getDisjuncts().forEach(d -> any.add(forHighlight(d), BooleanClause.Occur.SHOULD));
            return any.build();
        }
        return q;
    }

    /**
     * Each pair of consecutive concepts, as written (not their other forms), in order and close: at most the function
     * words between them plus one; or near each other ({@value #WINDOW} words) in any order. Null when there is no pair.
     * Positions are read only for the best results (see {@link Proximity}), not for every finding that matches.
     */
    private static Query proximity(Concepts concepts) {
        List<Concepts.Concept> wanted = concepts.wanted();
        int pairs = wanted.size() - 1;
        BooleanQuery.Builder scored = new BooleanQuery.Builder();
        boolean any = false;
        for (int i = 0; i < pairs; i++) {
            IntervalsSource a = source(wanted.get(i).written());
            IntervalsSource b = source(wanted.get(i + 1).written());
            if (a == null || b == null) {
                continue;
            }
            int gap = wanted.get(i + 1).gapBefore() + 1;
            any = true;
            scored.add(new BoostQuery(new IntervalQuery(IndexSchema.TEXT,
                    Intervals.maxgaps(gap, Intervals.ordered(a, b))), ORDERED / pairs), BooleanClause.Occur.SHOULD);
            if (UNORDERED > 0) {
                scored.add(new BoostQuery(new IntervalQuery(IndexSchema.TEXT,
                        Intervals.maxwidth(WINDOW, Intervals.unordered(a, b))), UNORDERED / pairs), BooleanClause.Occur.SHOULD);
            }
        }
        return any ? scored.build() : null;
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
            // Not pulled up: "ordered(or(a, b c), d)" stays one source instead of one per alternative, which on a
            // concept with several-word synonyms multiplied the positions read; a pair it misses only lacks a boost.
            return alternatives.isEmpty() ? null : Intervals.or(false, alternatives);
        }
        return null;
    }

    /**
     * Each concept's weight (its BM25 idf: rare words say more) and the query's total, for scores near [0, 1]; and
     * which concepts are common (in more than {@link #COMMON} of the findings).
     */
    private record Weights(List<Query> scored, List<Boolean> common, List<Boolean> present) {

        Query scored(int i) {
            return scored.get(i);
        }

        boolean common(int i) {
            return common.get(i);
        }

        /** Found in some findings but not in too many: enough to make a result. */
        boolean selective(int i) {
            return !common.get(i) && present.get(i);
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
            double commonIdf = idf(Math.max(COMMON_MIN, (long) Math.ceil(COMMON * docs)), docs);
            List<Boolean> common = new ArrayList<>();
            List<Boolean> present = new ArrayList<>();
            idf.forEach(v -> {
                common.add(v > 0 && v < commonIdf);
                present.add(v != 0);
            });
            List<Query> scored = new ArrayList<>();
            for (int i = 0; i < idf.size(); i++) {
                Query q = concepts.wanted().get(i).query();
                scored.add(bm25Scored(q)
                        ? new BoostQuery(q, (float) (1 / norm))
                        : new BoostQuery(new ConstantScoreQuery(q), (float) (idf.get(i) / norm)));
            }
            return new Weights(scored, common, present);
        }

        /** Whether BM25 scores the query (up to its idf); other kinds are scored as a constant. */
        private static boolean bm25Scored(Query q) {
            // a word in the reports' headers ({@link HeaderWords}) is scored as a constant at its idf among the
            // findings: the header field's own statistics (an index where few reports have one) would say little
            return q instanceof TermQuery tq && !IndexSchema.HEADER.equals(tq.getTerm().field())
                    || q instanceof SynonymQuery sq && !IndexSchema.HEADER.equals(sq.getField()) || q instanceof PhraseQuery
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
            if (q instanceof DisjunctionMaxQuery dq) {
                double max = 0;
                for (Query d : dq.getDisjuncts()) {
                    double v = idf(d, searcher, docs);
                    if (v < 0) {
                        return -1;
                    }
                    max = Math.max(max, v);
                }
                return max;
            }
            return -1;
        }

        static double idf(long df, long docs) {
            return df == 0 ? 0 : Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        }
    }
}
