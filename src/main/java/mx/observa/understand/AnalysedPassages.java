package mx.observa.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDirectory;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The labelled passages analysed once, and what {@link KindModel} and {@link PassageIndex} learn built from that
 * analysis for these passages or for any of their sub-lists. Leaving one labelled set out at a time (the quality
 * test's cross-validation) learns a model and an index from every set but one, once per set: analysed per model, each
 * passage was analysed (and indexed) once per set it was left in — forty-two times with forty-three sets, a cost that
 * grows with the square of the sets. Here each passage is analysed once: a model learns from each passage's features
 * already numbered, and an index made of whole labelled sets is merged from each set's own index, built once.
 *
 * <p>What is learnt is the same as learning afresh from the sub-list: the model's features and training order are
 * the passages', and a merged index holds the same documents, in the same order, with the same terms, frequencies
 * and lengths as one written document by document (so BM25 scores and ties are the same). Lazy: nothing is analysed
 * until a model or an index has to be learnt (a JVM that reads them from {@link LearntPassagesCache} analyses nothing).
 * Thread-safe.
 */
final class AnalysedPassages {

    private final List<LabelledPassages.Passage> passages;
    private final FoldingSpanishAnalyzer analyzer;
    private Analysis analysis;

    AnalysedPassages(LabelledPassages labelled, FoldingSpanishAnalyzer analyzer) {
        this.passages = labelled.passages();
        this.analyzer = analyzer;
    }

    FoldingSpanishAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * Every passage's features as numbers, and each labelled set's index (a set is a run of passages of one origin).
     *
     * @param at       each passage's position in the passages (by identity: a sub-list holds the same passages)
     * @param features the numbers of each passage's features, in the order {@link KindModel#features} gives them
     * @param names    each number's feature
     * @param sets     the runs of passages of one origin, in order
     */
    private record Analysis(Map<LabelledPassages.Passage, Integer> at, int[][] features, List<String> names, List<SetPart> sets) {
    }

    /** A run of passages of one labelled set, {@code from} inclusive to {@code to} exclusive, and their index. */
    private record SetPart(int from, int to, ByteBuffersDirectory index) {
    }

    private synchronized Analysis analysis() {
        if (analysis == null) {
            Map<LabelledPassages.Passage, Integer> at = new IdentityHashMap<>();
            Map<String, Integer> numbers = new HashMap<>();
            List<String> names = new ArrayList<>();
            int[][] features = new int[passages.size()][];
            List<List<String>> terms = new ArrayList<>(passages.size());
            for (int n = 0; n < passages.size(); n++) {
                LabelledPassages.Passage p = passages.get(n);
                at.putIfAbsent(p, n);
                features[n] = KindModel.features(analyzer, p.text()).stream().mapToInt(f -> numbers.computeIfAbsent(f, name -> {
                    names.add(name);
                    return names.size() - 1;
                })).toArray();
                terms.add(analyzer.terms(p.text()));
            }
            List<SetPart> sets = new ArrayList<>();
            for (int from = 0; from < passages.size(); ) {
                String origin = passages.get(from).origin();
                int to = from + 1;
                while (to < passages.size() && passages.get(to).origin().equals(origin)) {
                    to++;
                }
                sets.add(new SetPart(from, to, PassageIndex.index(terms.subList(from, to))));
                from = to;
            }
            analysis = new Analysis(at, features, List.copyOf(names), List.copyOf(sets));
        }
        return analysis;
    }

    /** Where each passage of a sub-list is in these passages, or null when one of them is not among them. */
    private static int[] positions(Analysis analysis, List<LabelledPassages.Passage> some) {
        int[] positions = new int[some.size()];
        for (int i = 0; i < positions.length; i++) {
            Integer n = analysis.at().get(some.get(i));
            if (n == null) {
                return null;
            }
            positions[i] = n;
        }
        return positions;
    }

    /** The kind model learnt from these passages or a sub-list of them: {@link KindModel#learnAfresh}'s. */
    KindModel model(LabelledPassages some) {
        Analysis analysis = analysis();
        int[] positions = positions(analysis, some.passages());
        if (positions == null) {
            return new AnalysedPassages(some, analyzer).model(some);
        }
        int[][] rows = new int[positions.length][];
        int[] kinds = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            rows[i] = analysis.features()[positions[i]];
            kinds[i] = some.passages().get(i).kind().ordinal();
        }
        return KindModel.learnt(analyzer, analysis.names(), rows, kinds);
    }

    /**
     * The index of these passages or a sub-list of them: {@link PassageIndex#index}'s. A sub-list made of whole
     * labelled sets, in order (all the passages but one set's), is merged from the sets' indexes; any other is
     * indexed passage by passage.
     */
    ByteBuffersDirectory index(LabelledPassages some) {
        Analysis analysis = analysis();
        int[] positions = positions(analysis, some.passages());
        if (positions == null) {
            return new AnalysedPassages(some, analyzer).index(some);
        }
        List<ByteBuffersDirectory> parts = new ArrayList<>();
        int i = 0;
        for (SetPart set : analysis.sets()) {
            if (i < positions.length && positions[i] == set.from()) {
                for (int n = set.from(); n < set.to(); n++, i++) {
                    if (i >= positions.length || positions[i] != n) {
                        return PassageIndex.index(some.passages(), analyzer); // part of a set: no whole index to merge
                    }
                }
                parts.add(set.index());
            }
        }
        if (i < positions.length) {
            return PassageIndex.index(some.passages(), analyzer); // out of order or repeated: not whole sets in order
        }
        return PassageIndex.merged(parts);
    }
}
