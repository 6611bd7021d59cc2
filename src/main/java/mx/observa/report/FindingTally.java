package mx.observa.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an edition counts and picks among its findings, gathered while they stream by in folio and finding order, one
 * at a time: counts by topic, the serious incidents and good practices counted, the quotes of each topic and the
 * groups of recommendations. Nothing here grows with the number of findings except the recommendation groups' member
 * ids; the findings' texts are not kept.
 */
final class FindingTally implements Consumer<PublishedFinding> {

    private final Map<String, Long> byTopic = new HashMap<>();
    private final Map<String, Quotes.Picker> quotes = new HashMap<>();
    private final Map<String, Long> seriousByTopic = new HashMap<>();
    private final RecommendationGroups recommendationGroups;
    private long findings;
    private long serious;
    private long seriousReports;
    private String lastSeriousFolio;
    private long practices;
    private long recommendations;

    FindingTally(RecommendationGroups recommendationGroups) {
        this.recommendationGroups = recommendationGroups;
    }

    @Override
    public void accept(PublishedFinding f) {
        findings++;
        for (String t : f.topics()) {
            byTopic.merge(t, 1L, Long::sum);
            if (!t.equals(EditionJson.GOOD_PRACTICE) && !t.equals(EditionJson.RECOMMENDATION)) {
                quotes.computeIfAbsent(t, Quotes.Picker::new).offer(f);
            }
        }
        if (EditionJson.SERIOUS.stream().anyMatch(f::has)) {
            serious++;
            EditionJson.SERIOUS.stream().filter(f::has).forEach(t -> seriousByTopic.merge(t, 1L, Long::sum));
            if (!f.folio().equals(lastSeriousFolio)) {
                seriousReports++; // findings arrive report by report
                lastSeriousFolio = f.folio();
            }
        }
        if (f.has(EditionJson.GOOD_PRACTICE)) {
            practices++;
        }
        if (f.has(EditionJson.RECOMMENDATION)) {
            recommendations++;
            recommendationGroups.add(f);
        }
    }

    long findings() {
        return findings;
    }

    /** Topics some counted finding has. */
    Set<String> topics() {
        return byTopic.keySet();
    }

    long findings(String topic) {
        return byTopic.getOrDefault(topic, 0L);
    }

    /** The chosen quotes of a topic (none for good practices and recommendations, which are listed whole). */
    List<PublishedFinding> quotes(String topic) {
        Quotes.Picker picker = quotes.get(topic);
        return picker == null ? List.of() : picker.chosen();
    }

    long serious() {
        return serious;
    }

    long serious(String topic) {
        return seriousByTopic.getOrDefault(topic, 0L);
    }

    long seriousReports() {
        return seriousReports;
    }

    long practices() {
        return practices;
    }

    long recommendations() {
        return recommendations;
    }

    List<RecommendationGroups.Group> recommendationGroups() {
        return recommendationGroups.groups();
    }
}
