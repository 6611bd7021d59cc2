package mx.observa.index;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param total      how many findings match in all (hits is one page of them)
 * @param facets     dimension ({@link IndexSchema#FACETS}) → value counts, most frequent first. Counts of a dimension
 *                   ignore that dimension's own filter (drill sideways), so other values stay visible to add them.
 * @param dates      counts by period of the day observed, ignoring the date filter
 * @param correction what was done about words the index does not contain, or null when every word exists
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
                           List<DateCount> dates, Correction correction) {

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
}
