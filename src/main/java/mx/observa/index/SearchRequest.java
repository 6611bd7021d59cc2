package mx.observa.index;

/**
 * What an analyst asks for.
 *
 * @param query   Lucene syntax in Spanish: words (all required), "phrases", OR, NOT/-, prefix*; blank = everything
 * @param filters facet and date filters (never null)
 * @param order   relevance or date
 * @param offset  for pagination
 */
public record SearchRequest(String query, SearchFilters filters, Order order, int offset, int limit) {

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

    public SearchRequest {
        filters = filters == null ? SearchFilters.NONE : filters;
        order = order == null ? Order.RELEVANCE : order;
        offset = Math.max(0, offset);
        limit = Math.max(0, limit);
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
        return new SearchRequest(query, filters, order, newOffset, newLimit);
    }
}
