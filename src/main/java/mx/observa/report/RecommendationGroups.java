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

    /**
     * @param members "folio#número" of every recommendation in the group, in folio order
     * @param reports how many reports made it
     */
    record Group(PublishedFinding representative, List<String> members, long reports) {
    }

    /** A group being filled: its first recommendation's words and who joined it (ids only, not their texts). */
    private static final class Open {
        private final PublishedFinding representative;
        private final Set<String> key;
        private final List<String> members = new ArrayList<>();
        private final Set<String> folios = new HashSet<>();

        Open(PublishedFinding representative, Set<String> key) {
            this.representative = representative;
            this.key = key;
        }
    }

    private final FoldingSpanishAnalyzer analyzer;
    private final Set<String> stopTerms = new HashSet<>();
    private final List<Open> open = new ArrayList<>();

    RecommendationGroups(FoldingSpanishAnalyzer analyzer) {
        this.analyzer = analyzer;
        SpanishAnalyzer.getDefaultStopSet().forEach(w -> stopTerms.addAll(analyzer.terms(new String((char[]) w))));
        stopTerms.addAll(analyzer.terms(Redactor.MARK));
    }

    /** Adds the next recommendation, in folio order, to the first group it shares enough words with, or a new one. */
    void add(PublishedFinding f) {
        Set<String> terms = terms(f.text());
        Open target = null;
        for (int g = 0; g < open.size() && target == null; g++) {
            if (jaccard(terms, open.get(g).key) >= THRESHOLD) {
                target = open.get(g);
            }
        }
        if (target == null) {
            target = new Open(f, terms);
            open.add(target);
        }
        target.members.add(f.folio() + "#" + f.number());
        target.folios.add(f.folio());
    }

    /** The groups, by number of reports, then by first folio. */
    List<Group> groups() {
        return open.stream()
                .map(g -> new Group(g.representative, List.copyOf(g.members), g.folios.size()))
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
