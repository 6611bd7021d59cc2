package mx.observa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.understand.QueryReader;

/**
 * The places a query names, as filters, and the query's other words. Removing one place from the query (the chip's ×)
 * leaves the others, so each filter is widened on its own.
 */
record Places(List<AppliedFilter> applied, String remainingWords, String query, List<QueryReader.Place> read) {

    private static final Map<QueryReader.PlaceKind, String> DIMENSION = Map.of(
            QueryReader.PlaceKind.ALCALDIA, AppliedFilter.ALCALDIA, QueryReader.PlaceKind.DISTRITO, AppliedFilter.DISTRITO,
            QueryReader.PlaceKind.UT, AppliedFilter.UT, QueryReader.PlaceKind.MRO, AppliedFilter.MRO);

    static Places in(String query, QueryReader reader) {
        return of(query, reader.places(query));
    }

    private static Places of(String query, List<QueryReader.Place> places) {
        List<AppliedFilter> applied = new ArrayList<>();
        for (QueryReader.Place p : places) {
            applied.add(new AppliedFilter(DIMENSION.get(p.kind()), p.value(), p.label(),
                    query.substring(p.start(), p.end()), without(query, List.of(p))));
        }
        return new Places(List.copyOf(applied), without(query, places), query, List.copyOf(places));
    }

    /** These places without the ones {@code keep} rejects, whose words go back to the query's words. */
    Places keeping(java.util.function.Predicate<AppliedFilter> keep) {
        List<QueryReader.Place> kept = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (keep.test(applied.get(i))) {
                kept.add(read.get(i));
            }
        }
        return kept.size() == read.size() ? this : of(query, kept);
    }

    /** The preposition that introduces a place ("en la", "de", "del"), cut out with it. */
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?i)(?:^|\\s)(?:en|de|del|desde|para|por)(?:\\s+(?:la|el|los|las))?\\s*$");

    /** The query with the places' words cut out, the spaces tidied and no dangling joining words at either end. */
    static String without(String query, List<QueryReader.Place> places) {
        StringBuilder out = new StringBuilder(query);
        for (int i = places.size() - 1; i >= 0; i--) {
            int start = places.get(i).start();
            Matcher introduced = INTRODUCED.matcher(query.substring(0, start));
            if (introduced.find()) {
                start = introduced.start();
            }
            out.replace(start, places.get(i).end(), " ");
        }
        String tidy = out.toString().replaceAll("\\s+", " ").replaceAll("\\s+([,.;:?!])", "$1").strip();
        tidy = tidy.replaceAll("(?i)(?:\\s+(?:en|de|del|la|el|los|las|y|e|o|u|,))+\\s*([?!.]?)$", "$1");
        tidy = tidy.replaceAll("(?i)^(¿?)(?:(?:en|de|del|y|o|,)\\s+)+", "$1");
        return tidy.strip();
    }
}
