package mx.observa.index;

/**
 * What an analyst asks for. All filters are optional (null = no filter).
 *
 * @param query    Lucene syntax in Spanish: words (all required), "phrases", OR, NOT/-, prefix*
 * @param alcaldia with or without accents, any case
 * @param offset   for pagination
 */
public record SearchRequest(String query, String topic, String alcaldia, Integer distrito, String channel,
                            int offset, int limit) {

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 0, 10);
    }
}
