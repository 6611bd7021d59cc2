package mx.observa.index;

import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.observa.model.Report;

/**
 * A report as people reviewed it, for the index: the values search filters, facets and the dashboard count by, and
 * hits show, beside what Observa understood (kept in {@link IndexSchema#AUTOMATIC}).
 *
 * @param automatic the report as Observa understood it, its findings split or merged as people did
 * @param values    the same findings, numbered alike, with the reviewed place, date, and each finding's reviewed kind
 *                  and topics
 * @param rejected numbers of the findings a person said are not findings (indexed with the kind
 *                 {@link #NOT_A_FINDING})
 * @param tags     finding number → the tags people gave it
 */
public record ReviewedReport(Report automatic, Report values, Set<Integer> rejected, Map<Integer, List<String>> tags) {

    /** The kind a rejected passage is filtered and counted under ("no es hallazgo"). */
    public static final String NOT_A_FINDING = "no_hallazgo";

    public ReviewedReport {
        if (automatic.findings().size() != values.findings().size()) {
            throw new IllegalArgumentException("reviewed report " + automatic.folio() + " has other findings than its automatic one");
        }
        rejected = Set.copyOf(rejected);
        tags = Map.copyOf(tags);
    }

    /** Nothing reviewed: the automatic report as it is. */
    public static ReviewedReport none(Report automatic) {
        return new ReviewedReport(automatic, automatic, Set.of(), Map.of());
    }
}
