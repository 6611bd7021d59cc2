package mx.observa.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Ranking measures over a list of delivered files, best first, against graded judgments (3, 2, 1; unlisted 0). As in
 * the TREC Deep Learning track, the binary measures count grades 2 and 3 as relevant and nDCG uses every grade as its
 * gain.
 */
final class RankingMetrics {

    static final int RELEVANT = 2;

    private RankingMetrics() {
    }

    /**
     * Relevant files among the first {@code k}, over the relevant files there could be in {@code k} places
     * (min(k, relevant)): "capped recall", so a query with more relevant files than places can still reach 1.
     * NaN when the query has no relevant file.
     */
    static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g >= RELEVANT).count();
        if (relevant == 0) {
            return Double.NaN;
        }
        long found = ranked.stream().limit(k).filter(f -> grades.getOrDefault(f, 0) >= RELEVANT).count();
        return (double) found / Math.min(k, relevant);
    }

    /** Reciprocal rank of the first relevant file among the first {@code k} (0 when none); NaN with no relevant file. */
    static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int k) {
        if (grades.values().stream().noneMatch(g -> g >= RELEVANT)) {
            return Double.NaN;
        }
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= RELEVANT) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** nDCG@k with linear gain (the grade) and log2 discount; NaN when no file has a grade above 0. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += grades.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? Double.NaN : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
