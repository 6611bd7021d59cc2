package mx.observa.index;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A place named in the words of a query that the search applied as a filter instead of as words to find.
 *
 * @param dimension      {@value #ALCALDIA}, {@value #DISTRITO}, {@value #UT} or {@value #MRO}
 * @param value          what was filtered on (the alcaldía's name, the distrito's number, the UT clave or the claves of
 *                       a family of UTs separated by commas, MRO-NN)
 * @param label          how to show it (Spanish)
 * @param words          the words of the query that named it, as typed
 * @param queryWithout   the query without those words: searching it widens the search by this filter
 */
public record AppliedFilter(String dimension, String value, String label, String words,
                            @JsonProperty("query_without") String queryWithout) {

    public static final String ALCALDIA = "alcaldia";
    public static final String DISTRITO = "distrito";
    public static final String UT = "ut";
    public static final String MRO = "mro";
}
