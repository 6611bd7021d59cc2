package mx.observa.index;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The filters of a search as Lucene queries: facet dimensions as drill-downs, the rest as filter clauses. */
final class FilterQueries {

    private FilterQueries() {
    }

    /**
     * The query with the filters: date range, UT and mesa as filter clauses of the base query; each facet dimension
     * (topic, kind, alcaldía, distrito, channel, tag) as a drill-down (OR of its values), so its counts can be taken sideways.
     */
    static DrillDownQuery drillDown(FacetsConfig config, Query query, SearchFilters f, boolean withDates) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (withDates && (f.from() != null || f.to() != null)) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            base.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        addFilter(base, f.uts(), v -> new TermQuery(new Term(IndexSchema.UT, v)));
        addFilter(base, f.mros(), v -> new TermQuery(new Term(IndexSchema.MRO, v)));
        DrillDownQuery dd = new DrillDownQuery(config, base.build());
        addDim(dd, IndexSchema.TOPIC, f.topics(), v -> new TermQuery(new Term(IndexSchema.TOPIC, v)));
        addDim(dd, IndexSchema.KIND, f.kinds(), v -> new TermQuery(new Term(IndexSchema.KIND, v.toLowerCase(Locale.ROOT))));
        addDim(dd, IndexSchema.ALCALDIA, f.alcaldias(), v -> new TermQuery(new Term(IndexSchema.ALCALDIA, IndexSchema.key(v))));
        addDim(dd, IndexSchema.TAG, f.tags(), v -> new TermQuery(new Term(IndexSchema.TAG, IndexSchema.tag(v))));
        addDim(dd, IndexSchema.CHANNEL, f.channels(), v -> new TermQuery(new Term(IndexSchema.CHANNEL, v.toLowerCase(Locale.ROOT))));
        if (!f.distritos().isEmpty()) {
            dd.add(IndexSchema.DISTRITO, IntPoint.newSetQuery(IndexSchema.DISTRITO, f.distritos()));
        }
        return dd;
    }

    /** The query with every filter, for counting. */
    static Query filtered(Query query, SearchFilters f) {
        return drillDown(new IndexSchema().facetsConfig(), query, f, true);
    }

    private static void addFilter(BooleanQuery.Builder base, List<String> values, Function<String, Query> term) {
        if (!values.isEmpty()) {
            base.add(any(values, term), BooleanClause.Occur.FILTER);
        }
    }

    private static void addDim(DrillDownQuery dd, String dim, List<String> values, Function<String, Query> term) {
        if (!values.isEmpty()) {
            dd.add(dim, any(values, term));
        }
    }

    private static Query any(List<String> values, Function<String, Query> term) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(term.apply(v), BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
