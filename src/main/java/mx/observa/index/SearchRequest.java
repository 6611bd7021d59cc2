package mx.observa.index;

/**
 * What an analyst asks for.
 *
 * @param query     Spanish, as typed: natural words and phrases (ranked: the more of its meaningful words, the closer
 *                  together, the better), "exact phrases", OR, NOT/-, +required, prefix*; places it names become
 *                  filters; blank = everything
 * @param filters   facet and date filters (never null)
 * @param order     relevance or date
 * @param offset    for pagination (in findings, or in reports when grouped by report)
 * @param grouping  one row per finding, or per report (with its near-duplicates)
 * @param similarTo a finding ({@code FOLIO#N}) whose like is sought ("Más como este"), or null
 */
public record SearchRequest(String query, SearchFilters filters, Order order, int offset, int limit, Grouping grouping,
                            String similarTo) {

    /** How hits are ordered. */
    public enum Order {
        /** Best match first (with no words: newest observation first, as {@link #DATE}). */
        RELEVANCE("relevancia"),
        /** Most recent observation date first; reports without a date last. */
        DATE("fecha");

        private final String id;

        Order(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The order named {@code id} ("relevancia", "fecha"); relevance when unknown. */
        public static Order of(String id) {
            return id != null && id.strip().equalsIgnoreCase(DATE.id) ? DATE : RELEVANCE;
        }
    }

    /** What one row of the result is. */
    public enum Grouping {
        /** One row per finding. */
        FINDING("hallazgo"),
        /** One row per report (near-duplicates together), with its best finding. */
        REPORT("informe");

        private final String id;

        Grouping(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** "informe" or "report" (any case) → by report; anything else → by finding. */
        public static Grouping of(String id) {
            return id != null && (id.strip().equalsIgnoreCase(REPORT.id) || id.strip().equalsIgnoreCase("report"))
                    ? REPORT : FINDING;
        }
    }

    public SearchRequest {
        filters = filters == null ? SearchFilters.NONE : filters;
        order = order == null ? Order.RELEVANCE : order;
        offset = Math.max(0, offset);
        limit = Math.max(0, limit);
        grouping = grouping == null ? Grouping.FINDING : grouping;
        similarTo = similarTo == null || similarTo.isBlank() ? null : similarTo.strip();
    }

    public SearchRequest(String query, SearchFilters filters, Order order, int offset, int limit) {
        this(query, filters, order, offset, limit, Grouping.FINDING, null);
    }

    /** One value per filter (null = no filter), by relevance: the command line's and the tests' form. */
    public SearchRequest(String query, String topic, String alcaldia, Integer distrito, String channel, int offset,
                         int limit) {
        this(query, SearchFilters.single(topic, alcaldia, distrito, channel), Order.RELEVANCE, offset, limit);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchFilters.NONE, Order.RELEVANCE, 0, 10);
    }

    public SearchRequest page(int newOffset, int newLimit) {
        return new SearchRequest(query, filters, order, newOffset, newLimit, grouping, similarTo);
    }

    public SearchRequest groupedBy(Grouping newGrouping) {
        return new SearchRequest(query, filters, order, offset, limit, newGrouping, similarTo);
    }

    public SearchRequest like(String finding) {
        return new SearchRequest(query, filters, order, offset, limit, grouping, finding);
    }
}
