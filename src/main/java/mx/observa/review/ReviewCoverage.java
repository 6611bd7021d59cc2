package mx.observa.review;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.model.Report;

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
     * Counts report by report, for an edition that reads its reports one at a time: what is kept is three numbers
     * per report, and {@link #coverage} sums those of the reports the edition counted.
     */
    public static final class Tally {

        private final ReviewedValues reviews;
        private final BiPredicate<String, List<String>> serious;
        private final java.util.Map<String, long[]> byFolio = new java.util.HashMap<>();

        public Tally(ReviewedValues reviews, BiPredicate<String, List<String>> serious) {
            this.reviews = reviews;
            this.serious = serious;
        }

        /**
         * One report as Observa understood it (before the reviews are laid over it), cut into findings as people split
         * or merged them, as it is published.
         */
        public void accept(Report automatic) {
            reviews.segmented(automatic).findings()
                    .forEach(f -> add(automatic.folio(), f.text(), f.kind().id(), f.topics(), f.illegible()));
        }

        private void add(String folio, String text, String kind, List<String> topics, boolean illegible) {
            long[] n = byFolio.computeIfAbsent(folio, k -> new long[3]);
            if (illegible) {
                return;
            }
            boolean wasSerious = serious.test(kind, topics);
            ReviewEntry kindEntry = reviews.findingField(folio, text, ReviewField.TIPO);
            ReviewEntry topicEntry = reviews.findingField(folio, text, ReviewField.TEMAS);
            boolean rejected = kindEntry != null && ReviewField.NOT_A_FINDING.equals(kindEntry.after());
            String nowKind = kindEntry == null || rejected ? kind : kindEntry.after();
            List<String> nowTopics = topicEntry == null ? topics : ReviewedValues.topicList(topicEntry.after());
            boolean isSerious = !rejected && serious.test(nowKind, nowTopics);
            if (isSerious && kindEntry != null) {
                n[0]++;
            } else if (isSerious) {
                n[1]++;
            } else if (wasSerious) {
                n[2]++;
            }
        }

        /** The coverage of the reports an edition counted. */
        public ReviewCoverage coverage(Set<String> counted) {
            long reviewed = counted.stream().filter(reviews::touched).count();
            long[] sum = new long[3];
            counted.forEach(folio -> {
                long[] n = byFolio.get(folio);
                if (n != null) {
                    for (int i = 0; i < 3; i++) {
                        sum[i] += n[i];
                    }
                }
            });
            return new ReviewCoverage(reviewed, counted.size() - reviewed, sum[0], sum[1], sum[2]);
        }
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
