package mx.observa.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A k-nearest-neighbours classifier of the finding kind over the labelled passages ({@link LabelledPassages}): the
 * passages are indexed in memory with the project's analysis chain (words and pairs of consecutive words, so that
 * "no hubo" and "hubo" differ), a finding's text is the query, BM25 ranks the passages and the {@link #K} nearest
 * vote with their scores. What an analyst sees is the vote and the passages it came from ("parecido a: …").
 *
 * <p>What Lucene's {@code KNearestNeighborClassifier} does, on {@code lucene-core} alone: {@code lucene-classification}
 * is not published for Lucene 10.6 where the project gets its dependencies. Built once at start (about 1,800
 * passages: under half a second); thread-safe afterwards. How it is combined with the rules, and why these numbers:
 * docs/calidad.md, «Cuarta ronda».
 */
final class NearestPassages {

    /** How many nearest passages vote. */
    static final int K = 7;
    /** A finding's terms used in the query (a long run-on paragraph is cut; the start says what it is about). */
    private static final int MAX_TERMS = 120;
    private static final float PAIR_BOOST = 1.5f;
    /** How the evidence of a kind the nearest passages decided starts. */
    private static final String LIKE = "parecido a: ";

    /** The nearest passages quoted as the evidence of a kind they decided. */
    private static final int EXAMPLES = 2;
    /** The share of the vote the nearest passages need to decide a kind the rules left undecided. */
    static final double MIN_SHARE = 0.6;
    /** How many of the passages a neighbour-decided finding is like must share a topic for it to count. */
    static final int ALIKE = 2;
    /** How many of the passages a neighbour-decided incident is like must share a serious topic for it to keep it. */
    static final int SERIOUS_ALIKE = 3;
    /** The fewest words a passage needs for its neighbours to decide: a short line ("Se llamó a la policía.") is alike to too much. */
    static final int MIN_TERMS = 6;
    /** Topics a finding's kind gives (TopicClassifier#withKindTopics), never taken from the neighbours. */
    private static final java.util.Set<String> KIND_TOPICS = java.util.Set.of("buena_practica", "recomendacion");

    /**
     * The kind the nearest passages vote for, its share of the vote (0–1), and the passages that voted for it
     * (nearest first).
     */
    record Vote(FindingKind kind, double share, List<LabelledPassages.Passage> like) {
    }

    private final FoldingSpanishAnalyzer analyzer;
    private final List<LabelledPassages.Passage> passages;
    private final IndexSearcher searcher;
    private final double minShare;

    NearestPassages(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer) {
        this(labelled, analyzer, MIN_SHARE);
    }

    NearestPassages(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer, double minShare) {
        this.analyzer = analyzer;
        this.minShare = minShare;
        this.passages = labelled.passages();
        this.searcher = passages.isEmpty() ? null : index(passages, analyzer);
    }

    boolean isEmpty() {
        return searcher == null;
    }

    private static IndexSearcher index(List<LabelledPassages.Passage> passages, FoldingSpanishAnalyzer analyzer) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < passages.size(); i++) {
                List<String> terms = analyzer.terms(passages.get(i).text());
                Document doc = new Document();
                doc.add(new TextField("w", String.join(" ", terms), Field.Store.NO));
                doc.add(new TextField("p", String.join(" ", pairs(terms)), Field.Store.NO));
                doc.add(new StoredField("i", i));
                writer.addDocument(doc);
            }
            writer.commit();
            return new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("índice en memoria de pasajes etiquetados", e);
        }
    }

    /** The vote of the nearest labelled passages, or empty when there are none or nothing is alike. */
    Optional<Vote> vote(String text) {
        return searcher == null ? Optional.empty() : vote(analyzer.terms(text));
    }

    private Optional<Vote> vote(List<String> terms) {
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String w : new LinkedHashSet<>(terms)) {
            query.add(new TermQuery(new Term("w", w)), BooleanClause.Occur.SHOULD);
        }
        for (String p : new LinkedHashSet<>(pairs(terms))) {
            query.add(new BoostQuery(new TermQuery(new Term("p", p)), PAIR_BOOST), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), K).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            Map<FindingKind, Double> score = new EnumMap<>(FindingKind.class);
            double total = 0;
            List<LabelledPassages.Passage> near = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                LabelledPassages.Passage p = passages.get(searcher.storedFields().document(hit.doc).getField("i").numericValue().intValue());
                near.add(p);
                score.merge(p.kind(), (double) hit.score, Double::sum);
                total += hit.score;
            }
            FindingKind best = score.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            double share = total == 0 ? 0 : score.get(best) / total;
            return Optional.of(new Vote(best, share, near.stream().filter(p -> p.kind() == best).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("búsqueda en el índice en memoria de pasajes etiquetados", e);
        }
    }

    private static List<String> pairs(List<String> terms) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < terms.size(); i++) {
            pairs.add(terms.get(i - 1) + "_" + terms.get(i));
        }
        return pairs;
    }

    /**
     * A finding's kind and, when the nearest passages decided it, their vote.
     *
     * @param vote null when the rules decided the kind
     */
    record Settled(KindClassifier.Kind kind, Vote vote) {

        /**
         * The topics of a finding whose kind the neighbours decided. When the rules found no topic in it, it takes
         * the topics most of the passages it is like share ("parecido a: «…»"), never a serious one (the ones the
         * consolidated report lists one by one: a false serious incident is the costliest error, so its topic
         * needs the rules' words). An incident keeps a serious topic the rules found only when at least
         * {@link #SERIOUS_ALIKE} of the passages it is like were incidents of that topic.
         */
        SortedMap<String, List<String>> topics(SortedMap<String, List<String>> about) {
            if (vote == null) {
                return about;
            }
            List<LabelledPassages.Passage> like = vote.like();
            if (about.isEmpty()) {
                like.stream().flatMap(p -> p.topics().stream()).distinct()
                        .filter(t -> !KIND_TOPICS.contains(t) && !TopicClassifier.SERIOUS.contains(t))
                        .forEach(t -> {
                            List<LabelledPassages.Passage> sharing = like.stream().filter(p -> p.topics().contains(t)).toList();
                            if (sharing.size() >= ALIKE && 2 * sharing.size() > like.size()) {
                                about.put(t, List.of("parecido a: «" + abbreviate(sharing.get(0).text()) + "»"));
                            }
                        });
            }
            if (kind.kind() == FindingKind.INCIDENCIA) {
                about.keySet().removeIf(t -> TopicClassifier.SERIOUS.contains(t)
                        && like.stream().filter(p -> p.topics().contains(t)).count() < SERIOUS_ALIKE);
            }
            return about;
        }
    }

    /**
     * The kind of a finding: the rules' when they found words that decide it; when they found none (context by
     * default), the kind the nearest passages vote for with at least {@link #MIN_SHARE} of the vote, with those
     * passages as its evidence ("parecido a: «…»").
     */
    Settled settle(KindClassifier.Kind ruled, String text) {
        if (ruled.kind() != FindingKind.CONTEXTO || !ruled.evidence().isEmpty()) {
            return new Settled(ruled, null);
        }
        List<String> terms = searcher == null ? List.of() : analyzer.terms(text);
        if (terms.size() < MIN_TERMS) {
            return new Settled(ruled, null);
        }
        Optional<Vote> vote = vote(terms);
        if (vote.isEmpty() || vote.get().kind() == FindingKind.CONTEXTO || vote.get().share() < minShare) {
            return new Settled(ruled, null);
        }
        List<String> why = new ArrayList<>();
        vote.get().like().stream().limit(EXAMPLES).forEach(p -> why.add((why.isEmpty() ? LIKE + "«" : "«") + abbreviate(p.text()) + "»"));
        return new Settled(new KindClassifier.Kind(vote.get().kind(), why, ruled.reading(), ruled.negation()), vote.get());
    }

    /** Whether a kind's evidence is nearest passages, not words of the rules. */
    static boolean decided(List<String> kindEvidence) {
        return !kindEvidence.isEmpty() && kindEvidence.get(0).startsWith(LIKE);
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89).strip() + "…";
    }
}
