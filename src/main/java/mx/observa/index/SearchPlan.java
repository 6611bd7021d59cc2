package mx.observa.index;

import java.util.List;

import org.apache.lucene.search.Query;

import mx.observa.index.SearchResult.Correction;

/**
 * What a search runs, as {@link QueryPlanner} built it, for an engine other than the embedded index to run
 * (see {@link FindingSearch#planned}).
 *
 * @param match      which findings are results (constant score: totals and facet counts)
 * @param rank       their order by relevance
 * @param highlight  what snippets mark
 * @param filters    the request's filters plus the places the query named
 * @param applied    those places
 * @param topics     the topics the query is about
 * @param correction words no report contains, or null
 * @param scored     false when there are no words
 * @param proximity  what rescores the best results, or null
 * @param byDate     results in date order (asked for, or no words), not by relevance
 */
public record SearchPlan(Query match, Query rank, Query highlight, SearchFilters filters, List<AppliedFilter> applied,
                         List<String> topics, Correction correction, boolean scored, Query proximity, boolean byDate) {

    /** How many of the best results the proximity rescores. */
    public static final int RESCORED = Proximity.RESCORED;
}
