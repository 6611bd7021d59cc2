package mx.observa.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import mx.observa.model.FindingKind;

/**
 * What an edition counts and picks among its findings, gathered while they stream by in folio and finding order, one
 * at a time: counts by topic and by kind, each topic's incidents and findings «sin novedad» apart, the serious
 * incidents and good practices counted ({@link Sections}), the quotes of each topic and the groups of
 * recommendations. Nothing here grows with the number of findings except the recommendation groups' member ids; the
 * findings' texts are not kept. Read it once every finding has streamed by.
 */
final class FindingTally implements Consumer<PublishedFinding> {

    private final Map<String, Long> byTopic = new HashMap<>();
    private final Map<FindingKind, Long> byKind = new EnumMap<>(FindingKind.class);
    private final Map<String, Long> incidentsByTopic = new HashMap<>();
    private final Map<String, Long> noIssueByTopic = new HashMap<>();
    private final Map<String, Long> reportsWithIncident = new HashMap<>();
    private final Map<String, Long> reportsNoIssue = new HashMap<>();
    private final Map<String, Quotes.Picker> quotes = new HashMap<>();
    private final Map<String, Long> seriousByTopic = new HashMap<>();
    private final RecommendationGroups recommendationGroups;
    private long findings;
    private long serious;
    private long seriousReports;
    private String lastSeriousFolio;
    private long practices;
    private long recommendations;
    /** The report whose findings are streaming by, and its topics with an incident or «sin novedad» so far. */
    private String folio;
    private final Set<String> incidentTopics = new HashSet<>();
    private final Set<String> noIssueTopics = new HashSet<>();

    FindingTally(RecommendationGroups recommendationGroups) {
        this.recommendationGroups = recommendationGroups;
    }

    @Override
    public void accept(PublishedFinding f) {
        if (!f.folio().equals(folio)) {
            endReport(); // findings arrive report by report
            folio = f.folio();
        }
        findings++;
        if (f.kind() != null) {
            byKind.merge(f.kind(), 1L, Long::sum);
        }
        for (String t : f.topics()) {
            byTopic.merge(t, 1L, Long::sum);
            if (!t.equals(EditionJson.GOOD_PRACTICE) && !t.equals(EditionJson.RECOMMENDATION)) {
                quotes.computeIfAbsent(t, Quotes.Picker::new).offer(f);
            }
            if (f.kind() == FindingKind.INCIDENCIA) {
                incidentsByTopic.merge(t, 1L, Long::sum);
                incidentTopics.add(t);
            } else if (f.kind() == FindingKind.CONFORME) {
                noIssueByTopic.merge(t, 1L, Long::sum);
                noIssueTopics.add(t);
            }
        }
        if (Sections.serious(f)) {
            serious++;
            EditionJson.SERIOUS.stream().filter(f::has).forEach(t -> seriousByTopic.merge(t, 1L, Long::sum));
            if (!f.folio().equals(lastSeriousFolio)) {
                seriousReports++;
                lastSeriousFolio = f.folio();
            }
        }
        if (Sections.practice(f)) {
            practices++;
        }
        if (Sections.recommendation(f)) {
            recommendations++;
            recommendationGroups.add(f);
        }
    }

    /**
     * Counts the report that just ended in each topic: with an incident when one of its findings there is one,
     * «sin novedad» when its findings there only say the aspect worked.
     */
    private void endReport() {
        incidentTopics.forEach(t -> reportsWithIncident.merge(t, 1L, Long::sum));
        noIssueTopics.stream().filter(t -> !incidentTopics.contains(t))
                .forEach(t -> reportsNoIssue.merge(t, 1L, Long::sum));
        incidentTopics.clear();
        noIssueTopics.clear();
        folio = null;
    }

    long findings() {
        return findings;
    }

    long findings(FindingKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }

    /** Topics some counted finding has. */
    Set<String> topics() {
        return byTopic.keySet();
    }

    long findings(String topic) {
        return byTopic.getOrDefault(topic, 0L);
    }

    /** Findings of kind incidencia in a topic. */
    long incidents(String topic) {
        return incidentsByTopic.getOrDefault(topic, 0L);
    }

    /** Findings of kind conforme («sin novedad») in a topic. */
    long noIssue(String topic) {
        return noIssueByTopic.getOrDefault(topic, 0L);
    }

    /** Reports with an incident in a topic. */
    long reportsWithIncident(String topic) {
        endReport();
        return reportsWithIncident.getOrDefault(topic, 0L);
    }

    /** Reports whose findings in a topic only say it worked (none of them an incident there). */
    long reportsNoIssue(String topic) {
        endReport();
        return reportsNoIssue.getOrDefault(topic, 0L);
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
