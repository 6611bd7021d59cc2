package mx.observa.index;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a search.
 *
 * @param total          how many findings match in all (hits is one page of them)
 * @param facets         dimension ({@link IndexSchema#FACETS}) → value counts, most frequent first. Counts of a
 *                       dimension ignore that dimension's own filter (drill sideways), so other values stay visible
 * @param dates          counts by period of the day observed, ignoring the date filter
 * @param correction     what was done about words the index does not contain, or null when every word exists
 * @param appliedFilters places named in the query that were applied as filters
 * @param topics         taxonomy topics the query is about (by the rules that classify findings), whose findings rank
 *                       higher; a one-click filter for the analyst
 * @param reports        when grouped by report: one page of reports, each with its best finding (then {@code hits}
 *                       holds those best findings); otherwise empty
 * @param totalReports   when grouped by report: how many reports (near-duplicates counted once) have a matching
 *                       finding; otherwise 0
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
                           List<DateCount> dates, Correction correction, List<AppliedFilter> appliedFilters,
                           List<String> topics, List<ReportHit> reports, long totalReports) {

    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, List<DateCount> dates,
                        Correction correction) {
        this(total, hits, facets, dates, correction, List.of(), List.of(), List.of(), 0);
    }

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Map.of(), List.of(), null);
    }

    /** How many findings have one value of a dimension. */
    public record FacetCount(String value, long count) {
    }

    /** How many findings were observed in a period (a day or a month), inclusive bounds. */
    public record DateCount(String label, java.time.LocalDate from, java.time.LocalDate to, long count) {
    }

    /**
     * Words not found anywhere in the index.
     *
     * @param missing    the words as the user typed them
     * @param suggestion the query with each missing word replaced by the closest word found, or null
     * @param fuzzy      true when the results shown come from a retry that accepted similar words
     */
    public record Correction(List<String> missing, String suggestion, boolean fuzzy) {
    }

    /**
     * One report of a search grouped by report.
     *
     * @param best         its best matching finding
     * @param moreFindings how many other findings of this report match
     * @param alsoSentAs   the other deliveries of the same report (near-duplicates), shown once under this one
     */
    public record ReportHit(SearchHit best, @JsonProperty("more_findings") long moreFindings,
                            @JsonProperty("also_sent_as") List<Delivery> alsoSentAs) {
    }

    /** A delivery of a report: its folio and the name it arrived with. */
    public record Delivery(String folio, String source) {
    }
}
