package mx.observa.review;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.index.IndexedFinding;

/**
 * How much of an edition a person checked: of the reports it counts, how many an analyst reviewed (any field, any
 * finding or a note) and how many are automatic only; of its serious incidents, how many have a kind a person
 * confirmed or set and how many only the classifier decided; and how many incidents the classifier called serious
 * that a person rejected (another kind, or «no es hallazgo"), which the edition never lists.
 *
 * @param seriousRejected serious incidents of the automatic classification that are not serious after review
 */
public record ReviewCoverage(long reportsReviewed, long reportsAutomatic, long seriousReviewed, long seriousAutomatic,
                             long seriousRejected) {

    /**
     * @param counted the folios the edition counts
     * @param all     every indexed finding, as Observa understood it
     * @param serious whether a kind id and topics make a serious incident (the report's own rule)
     */
    public static ReviewCoverage of(Set<String> counted, List<IndexedFinding> all, ReviewedValues reviews,
                                    BiPredicate<String, List<String>> serious) {
        long reviewed = counted.stream().filter(reviews::touched).count();
        long seriousReviewed = 0;
        long seriousAutomatic = 0;
        long rejected = 0;
        for (IndexedFinding f : all) {
            if (!counted.contains(f.folio()) || f.illegible()) {
                continue;
            }
            boolean wasSerious = serious.test(f.kind(), f.topics());
            IndexedFinding now = reviews.apply(f);
            boolean isSerious = !reviews.notAFinding(f) && serious.test(now.kind(), now.topics());
            if (isSerious && reviews.findingField(f.folio(), f.text(), ReviewField.TIPO) != null) {
                seriousReviewed++;
            } else if (isSerious) {
                seriousAutomatic++;
            } else if (wasSerious) {
                rejected++;
            }
        }
        return new ReviewCoverage(reviewed, counted.size() - reviewed, seriousReviewed, seriousAutomatic, rejected);
    }

    /** The {@code revision} object of the edition's JSON. */
    public ObjectNode json() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("informes_revisados", reportsReviewed);
        n.put("informes_automaticos", reportsAutomatic);
        n.put("incidencias_graves_revisadas", seriousReviewed);
        n.put("incidencias_graves_automaticas", seriousAutomatic);
        n.put("incidencias_graves_descartadas", seriousRejected);
        return n;
    }
}
