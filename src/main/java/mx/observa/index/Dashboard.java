package mx.observa.index;

import java.util.List;

import mx.observa.index.SearchResult.FacetCount;

/**
 * What the analysts' dashboard shows, counted by facets (near-duplicates left out).
 *
 * @param reportsByDay       reports by day of arrival (ISO date labels, in date order)
 * @param findingsByDay      findings by day of arrival
 * @param reportsByAlcaldia  reports whose alcaldía was identified, most first
 * @param findingsByTopic    findings per topic id, most first
 * @param findingsByKind     findings per kind id (incidencia, conforme…), most first
 */
public record Dashboard(long reports, long findings, List<FacetCount> reportsByDay, List<FacetCount> findingsByDay,
                        List<FacetCount> reportsByAlcaldia, List<FacetCount> findingsByTopic,
                        List<FacetCount> findingsByKind) {

    public static final Dashboard EMPTY = new Dashboard(0, 0, List.of(), List.of(), List.of(), List.of(), List.of());

    public Dashboard(long reports, long findings, List<FacetCount> reportsByDay, List<FacetCount> findingsByDay,
                     List<FacetCount> reportsByAlcaldia, List<FacetCount> findingsByTopic) {
        this(reports, findings, reportsByDay, findingsByDay, reportsByAlcaldia, findingsByTopic, List.of());
    }
}
