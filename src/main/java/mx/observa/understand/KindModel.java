package mx.observa.understand;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A regularised logistic regression (softmax over the five finding kinds) learnt at start from the labelled passages
 * ({@link LabelledPassages}). A passage's features are its folded word stems, pairs of consecutive stems, and the
 * stems said under a denial ("no hubo propaganda" gives {@code ¬propaganda}: a denied word weighs apart from the
 * word), so that what the passages taught about polarity carries to wordings the rules never listed.
 *
 * <p>Explainable: a prediction comes with the features that weighed most for the kind it chose (its weight times
 * the feature's presence), which an analyst sees as the evidence. Deterministic: the passages are visited in the
 * order of the file, with a fixed number of passes, so the same file gives the same weights. About 3,000 passages
 * learn in well under a second.
 */
final class KindModel {

    /** A kind with its probability (0–1) and the features that weighed most for it, strongest first. */
    record Prediction(FindingKind kind, double probability, List<String> why) {
    }

    private static final FindingKind[] KINDS = FindingKind.values();
    private static final int EPOCHS = 12;
    private static final double RATE = 0.3;
    private static final double L2 = 1e-4;
    /** Words within this many positions after a denial are read as denied (a comma or a turn ends it earlier). */
    private static final int NEGATION_SCOPE = 4;
    private static final Set<String> NEGATORS = Set.of("no", "sin", "ningun", "ninguna", "ninguno", "nadie", "nunca",
            "tampoco", "ni", "nada", "jamas");
    /** Words that end a denial's scope: "no hubo propaganda, pero sí acarreo". */
    private static final Set<String> TURNS = Set.of("pero", "sino", "aunque", "embargo", "solo", "salvo", "excepto");

    /**
     * Models learnt in this JVM, by the passages they learnt from: a JVM that builds several understanders from one
     * file (the service and its report writer; a test JVM's many services) learns it once. Learning reads nothing
     * else: the analyzer has no settings, and the same passages learn the same weights. Few are kept: cross-validation
     * learns one model per left-out set, each used only while that set is scored.
     */
    private static final int REMEMBERED = 4;
    private static final Map<List<LabelledPassages.Passage>, KindModel> LEARNT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<LabelledPassages.Passage>, KindModel> eldest) {
            return size() > REMEMBERED;
        }
    };

    private final FoldingSpanishAnalyzer analyzer;
    /** Read-only once learnt: models that learnt from the same passages share them. */
    private final Map<String, double[]> weights;
    private final double[] bias;

    private KindModel(FoldingSpanishAnalyzer analyzer, Map<String, double[]> weights, double[] bias) {
        this.analyzer = analyzer;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * A model learnt from these passages (none: a model that never decides, see {@link #isEmpty()}); learnt once in a
     * JVM, then remembered ({@link #LEARNT}).
     */
    static KindModel learn(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer) {
        return learn(labelled, analyzer, LearntPassagesCache.none());
    }

    /** As {@link #learn(LabelledPassages, FoldingSpanishAnalyzer)}, read from the cache when an earlier JVM learnt it. */
    static KindModel learn(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer, LearntPassagesCache cache) {
        return learn(labelled, new AnalysedPassages(labelled, analyzer), cache);
    }

    /**
     * As {@link #learn(LabelledPassages, FoldingSpanishAnalyzer, LearntPassagesCache)}, learnt (when it has to be) from
     * passages analysed once for several models: {@code analysed} holds these passages or a list they are part of.
     */
    static KindModel learn(LabelledPassages labelled, AnalysedPassages analysed, LearntPassagesCache cache) {
        KindModel learnt;
        synchronized (LEARNT) {
            learnt = LEARNT.computeIfAbsent(labelled.passages(),
                    passages -> cache.model(labelled, analysed.analyzer(), () -> analysed.model(labelled)));
        }
        return new KindModel(analysed.analyzer(), learnt.weights, learnt.bias);
    }

    /** The learnt weights, exactly (for {@link LearntPassagesCache}): features in any order, each with its weights. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(bias.length);
        for (double b : bias) {
            out.writeDouble(b);
        }
        out.writeInt(weights.size());
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            out.writeUTF(e.getKey());
            for (double w : e.getValue()) {
                out.writeDouble(w);
            }
        }
    }

    /** A model as {@link #write} wrote it. */
    static KindModel read(DataInputStream in, FoldingSpanishAnalyzer analyzer) throws IOException {
        double[] bias = new double[in.readInt()];
        if (bias.length != KINDS.length) {
            throw new IOException("a model of " + bias.length + " kinds, not " + KINDS.length);
        }
        for (int k = 0; k < bias.length; k++) {
            bias[k] = in.readDouble();
        }
        int features = in.readInt();
        Map<String, double[]> weights = HashMap.newHashMap(features);
        for (int n = 0; n < features; n++) {
            String feature = in.readUTF();
            double[] w = new double[KINDS.length];
            for (int k = 0; k < w.length; k++) {
                w[k] = in.readDouble();
            }
            weights.put(feature, w);
        }
        return new KindModel(analyzer, weights, bias);
    }

    /** A model learnt from these passages now, whether or not this JVM learnt them before. */
    static KindModel learnAfresh(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer) {
        return new AnalysedPassages(labelled, analyzer).model(labelled);
    }

    /**
     * A model learnt from passages already turned into features ({@link AnalysedPassages}): {@code rows[n]} the numbers
     * of passage {@code n}'s features in the order {@link #features} gives them, {@code kinds[n]} its kind's ordinal,
     * {@code names} each number's feature (numbers no row holds are not learnt).
     */
    static KindModel learnt(FoldingSpanishAnalyzer analyzer, List<String> names, int[][] rows, int[] kinds) {
        KindModel model = new KindModel(analyzer, new HashMap<>(), new double[KINDS.length]);
        model.train(names, rows, kinds);
        return model;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    private void train(List<String> names, int[][] rows, int[] kinds) {
        // The weights live in flat arrays while learning, a feature's kinds side by side: no string-keyed lookup per
        // feature, kind, passage and epoch (the passages grow every session; this is paid at every JVM's start, and
        // once per labelled set by the quality test's cross-validation). Each weight's additions are the same, in the
        // same order, as through a map: a feature's weights depend only on the passages' gradients and on themselves.
        int kindCount = KINDS.length;
        double[] w = new double[names.size() * kindCount];
        // Adagrad: rare words (most of them) learn as fast as common ones
        double[] squared = new double[w.length];
        // a feature weighs in a passage's probabilities only once a passage before it has taught it, as with the map
        boolean[] taught = new boolean[names.size()];
        double[] biasSquared = new double[kindCount];
        double[] gradient = new double[kindCount];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int n = 0; n < rows.length; n++) {
                int[] x = rows[n];
                double[] p = probabilities(x, w, taught);
                for (int k = 0; k < kindCount; k++) {
                    gradient[k] = p[k] - (kinds[n] == k ? 1 : 0);
                    biasSquared[k] += gradient[k] * gradient[k];
                    bias[k] -= RATE * gradient[k] / Math.sqrt(biasSquared[k] + 1e-8);
                }
                for (int id : x) {
                    taught[id] = true;
                    int base = id * kindCount;
                    for (int k = 0; k < kindCount; k++) {
                        int at = base + k;
                        double g = gradient[k] + L2 * w[at];
                        squared[at] += g * g;
                        w[at] -= RATE * g / Math.sqrt(squared[at] + 1e-8);
                    }
                }
            }
        }
        // the features in the order the passages first name them, as the map was filled before
        boolean[] kept = new boolean[names.size()];
        for (int[] x : rows) {
            for (int id : x) {
                if (!kept[id]) {
                    kept[id] = true;
                    int at = id * kindCount;
                    weights.put(names.get(id), java.util.Arrays.copyOfRange(w, at, at + kindCount));
                }
            }
        }
    }

    /** {@link #probabilities(Set)} while learning, on the features' numbers. */
    private double[] probabilities(int[] x, double[] w, boolean[] taught) {
        double[] score = bias.clone();
        for (int id : x) {
            if (taught[id]) {
                int at = id * score.length;
                for (int k = 0; k < score.length; k++) {
                    score[k] += w[at + k];
                }
            }
        }
        return softmax(score);
    }

    private double[] probabilities(Set<String> x) {
        double[] score = bias.clone();
        for (String f : x) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int k = 0; k < KINDS.length; k++) {
                    score[k] += w[k];
                }
            }
        }
        return softmax(score);
    }

    private static double[] softmax(double[] score) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < score.length; k++) {
            score[k] = Math.exp(score[k] - max);
            sum += score[k];
        }
        for (int k = 0; k < score.length; k++) {
            score[k] /= sum;
        }
        return score;
    }

    /** The kind the model gives a text, with the features that weighed most for it. */
    Prediction predict(String text) {
        Set<String> x = features(text);
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        int kind = best;
        Map<String, String> said = said(text);
        List<String> weighing = x.stream().filter(weights::containsKey)
                .filter(f -> weights.get(f)[kind] > 0)
                .sorted(Comparator.comparingDouble((String f) -> -weights.get(f)[kind]).thenComparing(f -> f))
                .toList();
        // the evidence an analyst reads is the words of content that weighed most, not "por el" or "las 13"
        List<String> content = weighing.stream().filter(this::saysSomething).limit(WHY).toList();
        List<String> why = (content.isEmpty() ? weighing.stream().limit(WHY).toList() : content).stream()
                .map(f -> readable(f, said)).toList();
        return new Prediction(KINDS[kind], p[kind], why);
    }

    /** Each stem of the text with the word it came from, so the evidence quotes what the observer wrote. */
    private Map<String, String> said(String text) {
        Map<String, String> said = new HashMap<>();
        for (String word : WORD.split(text)) {
            if (!word.isEmpty()) {
                analyzer.terms(word).forEach(t -> said.putIfAbsent(t, word.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return said;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final int WHY = 3;

    /** A feature as an analyst reads it, in the text's words: "no hubo" for a pair, "¬propaganda" for a denied word. */
    private static String readable(String feature, Map<String, String> said) {
        if (feature.startsWith("!")) {
            return "¬" + said.getOrDefault(feature.substring(1), feature.substring(1));
        }
        StringBuilder out = new StringBuilder();
        for (String stem : feature.split("_")) {
            out.append(out.isEmpty() ? "" : " ").append(said.getOrDefault(stem, stem));
        }
        return out.toString();
    }

    /**
     * Stems and pairs of consecutive stems of each clause; a stem said under a denial ("no", "sin", "nadie"…, until
     * the clause ends or turns with "pero") is a feature of its own ("!propaganda"), not the stem; a question gets
     * "?".
     */
    Set<String> features(String text) {
        return features(analyzer, text);
    }

    /** {@link #features(String)} of any text, with this analysis chain. */
    static Set<String> features(FoldingSpanishAnalyzer analyzer, String text) {
        Set<String> x = new LinkedHashSet<>();
        for (String clause : CLAUSE.split(text)) {
            List<String> terms = analyzer.terms(clause);
            int denied = 0;
            String previous = null;
            for (String t : terms) {
                String f = t;
                if (TURNS.contains(t)) {
                    denied = 0;
                } else if (NEGATORS.contains(t)) {
                    denied = NEGATION_SCOPE;
                } else if (denied > 0) {
                    x.add("!" + t);
                    denied--;
                }
                x.add(f);
                if (previous != null) {
                    x.add(previous + "_" + t);
                }
                previous = t;
            }
        }
        if (text.indexOf('?') >= 0 || text.indexOf('¿') >= 0) {
            x.add("?");
        }
        return x;
    }

    /**
     * Whether a feature has a word of content or a denial: not only function words ("por el", "lo que", "¬en") or
     * numbers ("las 13", "00"), which passages of any kind share, and which an analyst cannot read as a reason.
     */
    private boolean saysSomething(String feature) {
        String f = feature.startsWith("!") ? feature.substring(1) : feature;
        for (String stem : f.split("_")) {
            if (!stem.isEmpty() && !stem.chars().allMatch(Character::isDigit) && !functionWords().contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static volatile Set<String> functionWords;

    /** Lucene's Spanish stop words, as this analyzer folds and stems them. */
    private Set<String> functionWords() {
        Set<String> words = functionWords;
        if (words == null) {
            Set<String> folded = new java.util.HashSet<>();
            for (Object w : org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet()) {
                folded.addAll(analyzer.terms(w instanceof char[] c ? new String(c) : String.valueOf(w)));
            }
            folded.removeAll(NEGATORS); // "no", "sin", "nadie" are what tells «sin novedad» from an incident
            words = Set.copyOf(folded);
            functionWords = words;
        }
        return words;
    }

    /** Where a denial's scope ends at the latest. */
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[.,;:!?¡¿()\\n]+");
}
