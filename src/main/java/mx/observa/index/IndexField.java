package mx.observa.index;

/**
 * One field of a finding's document, described once for both backends: what its values are and what the index does
 * with them. The embedded index turns the description into Lucene fields ({@link IndexSchema#documents}), the
 * OpenSearch backend into its mapping and its JSON documents ({@code index/opensearch/OpenSearchDocuments}).
 *
 * @param name     the field's name in both indexes
 * @param type     what a value is
 * @param stored   read back with the finding (in OpenSearch every field is, in {@code _source})
 * @param filtered matched exactly (a term, a range of numbers or days)
 * @param sorted   results can be ordered by it
 * @param facet    the facet dimension its values are counted under (null: not counted); the dimension may be another
 *                 field's name (the alcaldía is filtered by its folded key and counted by its name with accents)
 * @param multi    a finding may have several values (topics, tags, personal data)
 */
public record IndexField(String name, Type type, boolean stored, boolean filtered, boolean sorted, String facet,
                         boolean multi) {

    /** What a value is. */
    public enum Type {
        /** Spanish text, analyzed by the shared chain, with offsets for highlighting. */
        TEXT,
        /** A string taken whole. */
        KEYWORD,
        /** An {@code int}. */
        INTEGER,
        /** A {@link java.time.LocalDate}: filtered and sorted as a day, stored as ISO text. */
        DAY,
        /** An {@link java.time.Instant}, stored as ISO text. */
        INSTANT
    }

    /** Only shown, never searched: stored and nothing else. */
    public boolean storedOnly() {
        return !filtered && !sorted && facet == null;
    }

    /** One value of this field for one finding. */
    public record Value(IndexField field, Object value) {
    }

    public Value of(Object value) {
        return new Value(this, value);
    }
}
