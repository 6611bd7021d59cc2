package mx.observa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.es.SpanishAnalyzer;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Groups the observers' recommendations that say the same thing, so the commission reads each idea once with how
 * many reports made it.
 *
 * <p>Rule (docs/informe.md): each recommendation becomes the set of its words as the shared Spanish analyzer sees
 * them (accents folded, light stemming) minus Spanish stop words. In folio order, a recommendation joins the first
 * group whose first recommendation shares at least {@value #THRESHOLD} of their words (Jaccard similarity);
 * otherwise it starts a group. The first recommendation of a group is the text shown. Groups are listed by number
 * of reports, then by first folio.
 */
final class RecommendationGroups {

    static final double THRESHOLD = 0.5;

    record Group(PublishedFinding representative, List<PublishedFinding> members) {

        long reports() {
            return members.stream().map(PublishedFinding::folio).distinct().count();
        }
    }

    private final FoldingSpanishAnalyzer analyzer;
    private final Set<String> stopTerms = new HashSet<>();

    RecommendationGroups(FoldingSpanishAnalyzer analyzer) {
        this.analyzer = analyzer;
        SpanishAnalyzer.getDefaultStopSet().forEach(w -> stopTerms.addAll(analyzer.terms(new String((char[]) w))));
        stopTerms.addAll(analyzer.terms(Redactor.MARK));
    }

    List<Group> group(List<PublishedFinding> recommendations) {
        List<Set<String>> keys = new ArrayList<>();
        List<List<PublishedFinding>> groups = new ArrayList<>();
        for (PublishedFinding f : recommendations) {
            Set<String> terms = terms(f.text());
            int target = -1;
            for (int g = 0; g < groups.size() && target < 0; g++) {
                if (jaccard(terms, keys.get(g)) >= THRESHOLD) {
                    target = g;
                }
            }
            if (target < 0) {
                keys.add(terms);
                groups.add(new ArrayList<>());
                target = groups.size() - 1;
            }
            groups.get(target).add(f);
        }
        return groups.stream()
                .map(members -> new Group(members.get(0), List.copyOf(members)))
                .sorted(Comparator.comparingLong(Group::reports).reversed()
                        .thenComparing(g -> g.representative().folio())
                        .thenComparingInt(g -> g.representative().number()))
                .toList();
    }

    private Set<String> terms(String text) {
        Set<String> terms = new HashSet<>(analyzer.terms(text));
        terms.removeAll(stopTerms);
        return terms;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
