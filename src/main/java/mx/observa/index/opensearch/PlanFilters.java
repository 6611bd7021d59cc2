package mx.observa.index.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.index.IndexSchema;
import mx.observa.index.SearchFilters;

/**
 * The filters of a search plan as OpenSearch filter clauses, as the embedded index applies them
 * ({@code FilterQueries}): date range, UT and mesa on every query; each facet dimension (topic, kind, alcaldía,
 * distrito, channel, tag) an OR of its values, which a dimension's own counts leave out (drill sideways).
 */
final class PlanFilters {

    private final SearchFilters filters;

    PlanFilters(SearchFilters filters) {
        this.filters = filters;
    }

    /**
     * The query with the filters.
     *
     * @param dates      with the date range
     * @param dimensions with the facet dimensions' filters
     */
    ObjectNode around(ObjectNode query, boolean dates, boolean dimensions) {
        ObjectNode bool = Json.MAPPER.createObjectNode();
        bool.putArray("must").add(query);
        ArrayNode filter = bool.putArray("filter");
        if (dates && (filters.from() != null || filters.to() != null)) {
            ObjectNode range = Json.MAPPER.createObjectNode();
            ObjectNode bounds = range.putObject(IndexSchema.DATE);
            if (filters.from() != null) {
                bounds.put("gte", filters.from().toString());
            }
            if (filters.to() != null) {
                bounds.put("lte", filters.to().toString());
            }
            filter.add(LuceneQueryTranslation.node("range", range));
        }
        if (!filters.uts().isEmpty()) {
            filter.add(LuceneQueryTranslation.terms(IndexSchema.UT, filters.uts()));
        }
        if (!filters.mros().isEmpty()) {
            filter.add(LuceneQueryTranslation.terms(IndexSchema.MRO, filters.mros()));
        }
        if (dimensions) {
            dimensionFilters(null).forEach(filter::add);
        }
        return LuceneQueryTranslation.node("bool", bool);
    }

    /** Every dimension's filter but {@code except}'s, as one filter (match_all when there is none). */
    ObjectNode dimensions(String except) {
        List<ObjectNode> all = dimensionFilters(except);
        if (all.isEmpty()) {
            return LuceneQueryTranslation.node("match_all", Json.MAPPER.createObjectNode());
        }
        ObjectNode bool = Json.MAPPER.createObjectNode();
        ArrayNode list = bool.putArray("filter");
        all.forEach(list::add);
        return LuceneQueryTranslation.node("bool", bool);
    }

    private List<ObjectNode> dimensionFilters(String except) {
        List<ObjectNode> list = new ArrayList<>();
        add(list, except, IndexSchema.TOPIC, filters.topics());
        add(list, except, IndexSchema.KIND, filters.kinds().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
        add(list, except, IndexSchema.ALCALDIA, filters.alcaldias().stream().map(IndexSchema::key).toList());
        add(list, except, IndexSchema.DISTRITO, filters.distritos());
        add(list, except, IndexSchema.CHANNEL, filters.channels().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
        add(list, except, IndexSchema.TAG, filters.tags().stream().map(IndexSchema::tag).toList());
        return list;
    }

    private static void add(List<ObjectNode> list, String except, String dim, List<?> values) {
        if (!values.isEmpty() && !dim.equals(except)) {
            list.add(LuceneQueryTranslation.terms(dim, values));
        }
    }
}
