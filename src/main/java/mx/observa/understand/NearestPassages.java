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

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A k-nearest-neighbours classifier of the finding kind over the labelled passages ({@link LabelledPassages}): the
 * passages are indexed in memory with the project's analysis chain (words and pairs of consecutive words, so that
 * "no hubo" and "hubo" differ), a finding's text is the query, BM25 ranks the passages and the {@link #K} nearest
 * vote with their scores. What an analyst sees is the vote and the passages it came from ("parecido a: …").
 *
 * <p>What Lucene's {@code KNearestNeighborClassifier} does, on {@code lucene-core} alone: {@code lucene-classification}
 * is not published for Lucene 10.6 where the project gets its dependencies. Beside it, a {@link KindModel} learnt
 * from the same passages decides the kind (the neighbours give the passages quoted as evidence and the topics). Built
 * once at start (about 3,200 passages: about a second); thread-safe afterwards. How it is combined with the rules,
 * and why these numbers: docs/calidad.md, «Cuarta ronda» and «Octava ronda».
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
    /** The share of the vote the nearest passages need to agree with the model (and to lend it their topics). */
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
     * Topics about who is speaking — the observer's own conditions —, never taken from the neighbours: a voter's
     * "me dieron una silla" is as alike to an observer's "me dieron una silla y me dejaron estar" as the observer's own.
     */
    private static final java.util.Set<String> SPEAKER_TOPICS = java.util.Set.of("observacion");
    /**
     * Topics about the channel the opinion was given through, never taken from the neighbours: a passage is about the
     * internet vote when its own words say so (or its report is one of the internet vote, {@link ReportFindings}),
     * and the words that make two passages alike — a page, a code, something that would not load — are a printed
     * catalogue's or a form's as much as the voting site's.
     */
    private static final java.util.Set<String> CHANNEL_TOPICS = java.util.Set.of("remota");

    /**
     * The kind the nearest passages vote for, its share of the vote (0–1), and the passages that voted for it
     * (nearest first).
     */
    record Vote(FindingKind kind, double share, List<LabelledPassages.Passage> like, List<LabelledPassages.Passage> near,
                boolean agreed) {

        Vote(FindingKind kind, double share, List<LabelledPassages.Passage> like, List<LabelledPassages.Passage> near) {
            this(kind, share, like, near, true);
        }

        /** The same neighbours, as the vote for another kind (the one the model chose): those of that kind. */
        Vote as(FindingKind other, double probability, double minShare) {
            return new Vote(other, probability, near.stream().filter(p -> p.kind() == other).toList(), near,
                    kind == other && share >= minShare);
        }
    }

    private final FoldingSpanishAnalyzer analyzer;
    private final List<LabelledPassages.Passage> passages;
    private final IndexSearcher searcher;
    /** The index's statistics of the terms queries asked about, shared by every classifier of these passages. */
    private final IndexedTerms terms;
    /**
     * The votes on texts already asked about: a vote is a function of these passages and the text alone, and the same
     * passage recurs across a batch's reports (a line of a shared template, a sentence copied into two reports).
     * Measured on the quality test (thirty-ninth round): {@link UnanimousNeighbours} asked 13,861 votes, of 13,345
     * distinct texts per classifier. Bounded, as a service reads reports for days.
     */
    private final Cache<String, Optional<Vote>> votes = Caffeine.newBuilder().maximumSize(VOTES_REMEMBERED).build();
    /** How many texts' votes each classifier remembers: the passages of a few hundred reports. */
    static final int VOTES_REMEMBERED = 4096;
    private final double minShare;
    private final KindModel model;
    /** The rules' kinds the model may turn into an incident. */
    private static final java.util.Set<FindingKind> OVERRIDABLE = java.util.EnumSet.of(FindingKind.CONFORME, FindingKind.CONTEXTO);
    /** The model's probability that decides a finding the rules left undecided. */
    static final double MODEL_MIN = 0.6;
    /** The model's probability that turns the rules' «sin novedad» or context into an incident. */
    static final double OVERRIDE = 0.9;
    /** How the model's words start in the evidence. */
    private static final String WORDS = "palabras: ";

    NearestPassages(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer) {
        this(labelled, analyzer, MIN_SHARE);
    }

    NearestPassages(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer, double minShare) {
        this(labelled, analyzer, minShare, LearntPassagesCache.none());
    }

    /** @param cache where an earlier JVM left what it learnt from these passages ({@code observa.understand.cache}) */
    NearestPassages(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer, LearntPassagesCache cache) {
        this(labelled, analyzer, MIN_SHARE, cache);
    }

    /**
     * @param analysed these passages or a list they are part of, analysed once for every classifier learnt from a part
     *                 of it (leaving one labelled set out at a time: {@link AnalysedPassages})
     */
    NearestPassages(LabelledPassages labelled, AnalysedPassages analysed, LearntPassagesCache cache) {
        this(labelled, analysed, MIN_SHARE, cache);
    }

    private NearestPassages(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer, double minShare,
                            LearntPassagesCache cache) {
        this(labelled, new AnalysedPassages(labelled, analyzer), minShare, cache);
    }

    private NearestPassages(LabelledPassages labelled, AnalysedPassages analysed, double minShare, LearntPassagesCache cache) {
        this.analyzer = analysed.analyzer();
        this.minShare = minShare;
        this.model = KindModel.learn(labelled, analysed, cache);
        this.passages = labelled.passages();
        Indexed indexed = passages.isEmpty() ? null : indexed(labelled, analysed, cache);
        this.searcher = indexed == null ? null : indexed.searcher();
        this.terms = indexed == null ? null : indexed.terms();
    }

    /** The in-memory index of some passages: read-only once built, searched by any number of threads. */
    private record Indexed(IndexSearcher searcher, IndexedTerms terms) {
    }

    /**
     * Indexes built in this JVM, by the passages they hold, as {@link KindModel} remembers what it learnt: every
     * understander a JVM builds from one file (each service, command and report writer; a test JVM builds hundreds)
     * searches the same index instead of analysing and indexing the passages again. Few are kept: cross-validation
     * builds one per left-out set, each used only while that set is scored.
     */
    private static final int REMEMBERED = 4;
    private static final Map<List<LabelledPassages.Passage>, Indexed> INDEXED = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<LabelledPassages.Passage>, Indexed> eldest) {
            return size() > REMEMBERED;
        }
    };

    private static Indexed indexed(LabelledPassages labelled, AnalysedPassages analysed, LearntPassagesCache cache) {
        synchronized (INDEXED) {
            return INDEXED.computeIfAbsent(labelled.passages(), p -> {
                IndexSearcher searcher = searcher(cache.index(labelled, () -> analysed.index(labelled)));
                if (searcher.getIndexReader().maxDoc() != p.size()) {
                    throw new IllegalStateException("un índice de " + searcher.getIndexReader().maxDoc() + " pasajes para "
                            + p.size() + " pasajes etiquetados");
                }
                return new Indexed(searcher, new IndexedTerms(searcher));
            });
        }
    }

    boolean isEmpty() {
        return searcher == null;
    }

    private static IndexSearcher searcher(ByteBuffersDirectory dir) {
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            // every finding's query is new: caching queries would only cost the bookkeeping of their use
            searcher.setQueryCache(null);
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException("índice en memoria de pasajes etiquetados", e);
        }
    }

    /**
     * The vote of the nearest labelled passages, or empty when there are none or nothing is alike; searched the first
     * time this classifier is asked about the text.
     */
    Optional<Vote> vote(String text) {
        return searcher == null ? Optional.empty() : votes.get(text, t -> vote(analyzer.terms(t)));
    }

    private Optional<Vote> vote(List<String> terms) {
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        try {
            // a word or pair no passage holds matches nothing: left out, the K nearest and their scores are the same
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String w : new LinkedHashSet<>(terms)) {
                TermQuery word = this.terms.query(new Term(PassageIndex.WORDS, w));
                if (word != null) {
                    query.add(word, BooleanClause.Occur.SHOULD);
                }
            }
            for (String p : new LinkedHashSet<>(PassageIndex.pairs(terms))) {
                TermQuery pair = this.terms.query(new Term(PassageIndex.PAIRS, p));
                if (pair != null) {
                    query.add(new BoostQuery(pair, PAIR_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
            // the K best are all a vote needs: the search need not count every passage that shares a word, and may
            // skip those that can no longer be among them (the same K, in the same order)
            ScoreDoc[] hits = searcher.search(query.build(), new TopScoreDocCollectorManager(K, K)).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            Map<FindingKind, Double> score = new EnumMap<>(FindingKind.class);
            double total = 0;
            List<LabelledPassages.Passage> near = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                LabelledPassages.Passage p = passages.get(hit.doc); // a document's number is its passage's (PassageIndex)
                near.add(p);
                score.merge(p.kind(), (double) hit.score, Double::sum);
                total += hit.score;
            }
            FindingKind best = score.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            double share = total == 0 ? 0 : score.get(best) / total;
            return Optional.of(new Vote(best, share, near.stream().filter(p -> p.kind() == best).toList(), near));
        } catch (IOException e) {
            throw new UncheckedIOException("búsqueda en el índice en memoria de pasajes etiquetados", e);
        }
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
         * needs the rules' words), nor one that depends on who speaks ({@link #SPEAKER_TOPICS}: the passages are alike
         * by their words, and "me dieron una silla" is the observer's or a voter's alike), nor the channel of the vote
         * ({@link #CHANNEL_TOPICS}). An incident keeps a serious topic the rules found only when at least
         * {@link #SERIOUS_ALIKE} of the passages it is like were incidents of that topic.
         */
        SortedMap<String, List<String>> topics(SortedMap<String, List<String>> about) {
            if (vote == null) {
                return about;
            }
            List<LabelledPassages.Passage> like = vote.like();
            if (about.isEmpty() && vote.agreed()) {
                like.stream().flatMap(p -> p.topics().stream()).distinct()
                        .filter(t -> !KIND_TOPICS.contains(t) && !SPEAKER_TOPICS.contains(t) && !CHANNEL_TOPICS.contains(t)
                                && !TopicClassifier.SERIOUS.contains(t))
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
     * The kind of a finding. The rules' when they found words that decide it, with one exception: a finding the
     * rules read as «sin novedad» or context that the model ({@link KindModel}) reads as an incident with at least
     * {@link #OVERRIDE} of its probability, and the nearest passages agree (at least {@link #MIN_SHARE} of their
     * vote), is an incident — the problem is told in words no rule lists ("nadie entraba acompañado…" was read as
     * fine). When the rules found no words (context by default), the kind the model gives with at least
     * {@link #MODEL_MIN} of its probability. Its evidence is the passages it is like ("parecido a: «…»") and the
     * words that weighed most ("palabras: …").
     *
     * <p>Context the rules decided by its words (hearsay of another mesa or day, what the observer did not witness, a
     * bare count) stays context: its neighbours are alike by the event it tells, not by whether it was seen here.
     *
     * <p>Why only toward an incident: measured leaving each labelled set out, the model turning the rules' «sin
     * novedad» into an incident was right about four times in five, turning the rules' incident into «sin novedad»
     * wrong twice as often as right (docs/calidad.md, «Octava ronda»).
     */
    Settled settle(KindClassifier.Kind ruled, String text) {
        return settle(ruled, () -> analyzer.terms(text), text);
    }

    /** The same for a finding already analyzed: its terms are read from its tokens, not analyzed again. */
    Settled settle(KindClassifier.Kind ruled, AnalyzedText text) {
        return settle(ruled, text::terms, text.text());
    }

    private Settled settle(KindClassifier.Kind ruled, java.util.function.Supplier<List<String>> analyzed, String text) {
        boolean undecided = ruled.kind() == FindingKind.CONTEXTO && ruled.evidence().isEmpty();
        // a problem the rules read as ended ("le pidió que se retirara y obedeció") is not turned back into one by
        // passages that only share its words
        boolean resolved = ruled.kind() == FindingKind.CONFORME && ruled.reading().resolved();
        // … nor a question answered yes or no: which box was ticked is no word the model weighs ("¿Hubo propaganda?
        // [ ] Sí [X] No" is like "¿Hubo propaganda? [ ] No [X] Sí")
        boolean answered = ruled.evidence().stream().anyMatch(e -> e.startsWith(KindClassifier.ANSWERED));
        // … nor context the rules read in words: what someone told happened at another mesa or on another day, what
        // the observer did not witness, a bare count. The passages alike to it share the words of the event told,
        // which is what makes it look like an incident ("comentaron que el sábado alguien pintó la barda")
        boolean toldNotSeen = ruled.kind() == FindingKind.CONTEXTO && !undecided;
        // … nor a problem a negative word denies ("ni la cámara alcanza a ver las papeletas", "nadie se peleó"): the
        // rules' scope of a denial reaches further than the model's few words after it, and the passages alike share
        // the problem's words, not its polarity
        boolean denied = deniedProblem(ruled);
        if (model.isEmpty() || resolved || answered || toldNotSeen || denied || !undecided && !OVERRIDABLE.contains(ruled.kind())) {
            return new Settled(ruled, null);
        }
        List<String> terms = analyzed.get();
        if (terms.size() < MIN_TERMS) {
            return new Settled(ruled, null);
        }
        KindModel.Prediction p = model.predict(text);
        boolean decides = undecided
                ? p.kind() != FindingKind.CONTEXTO && p.probability() >= MODEL_MIN
                : p.kind() == FindingKind.INCIDENCIA && p.probability() >= OVERRIDE;
        if (!decides) {
            return new Settled(ruled, null);
        }
        Optional<Vote> vote = vote(terms);
        if (!undecided && (vote.isEmpty() || vote.get().kind() != p.kind() || vote.get().share() < minShare)) {
            return new Settled(ruled, null);
        }
        Vote as = vote.map(v -> v.as(p.kind(), p.probability(), minShare))
                .orElse(new Vote(p.kind(), p.probability(), List.of(), List.of(), false));
        List<String> why = new ArrayList<>();
        as.like().stream().limit(EXAMPLES).forEach(l -> why.add((why.isEmpty() ? LIKE + "«" : "«") + abbreviate(l.text()) + "»"));
        if (why.isEmpty()) {
            why.add(LIKE + "pasajes etiquetados");
        }
        if (!p.why().isEmpty()) {
            why.add(WORDS + String.join(", ", p.why()));
        }
        return new Settled(new KindClassifier.Kind(p.kind(), why, ruled.reading(), ruled.negation()), as);
    }

    /**
     * A «sin novedad» whose every cue is a problem a negative word says did not happen ("ni desde la calle se alcanza
     * a ver", "nadie se peleó"). Not one denied by a bare "no": measured on the tuning sets, the model is right more
     * often than the rules' reading of "no abrió hasta las 9:50", "si no votaban…", "no la encontraron y tuvo que…".
     */
    static boolean deniedProblem(KindClassifier.Kind ruled) {
        List<KindSignals.Signal> signals = ruled.reading().signals();
        return ruled.kind() == FindingKind.CONFORME && ruled.negation() != null && !signals.isEmpty()
                && signals.stream().allMatch(s -> !s.problem() && ruled.negation().deniedByANegativeWord(s.match()));
    }

    /** Whether a kind's evidence is nearest passages, not words of the rules. */
    static boolean decided(List<String> kindEvidence) {
        return !kindEvidence.isEmpty() && kindEvidence.get(0).startsWith(LIKE);
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89).strip() + "…";
    }
}
