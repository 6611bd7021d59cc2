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
        List<QueryReader.Place> read = reader.places(query);
        return of(query, read.stream().filter(p -> !continuedName(query, p, read)).toList());
    }

    /** The word right after a place, on its line: what may make its name a longer one. */
    private static final Pattern NEXT_WORD = Pattern.compile("^[ \\t]+(\\p{L}+)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");

    /**
     * Whether the query writes a UT's catalogue name as the start of a longer proper name the catalogue does not have
     * (the finder reads the longest name it has): "la mesa de Portales Norte" is not PORTALES I to IV. Such a place is
     * no filter and adds no findings: its words stay the query's words, and the name is sought as written in the
     * findings and the reports' headers ({@link HeaderPlaces}). The next word continues the name when it is written
     * as the name is (capitalized after a capitalized name, in capitals after a name in capitals) and starts no other
     * place the query names ("Portales Benito Juárez"); a name ended by a clave ("UT 07-091 Héroes…") is complete.
     *
     * @param others every place read in the query
     */
    static boolean continuedName(String query, QueryReader.Place place, List<QueryReader.Place> others) {
        if (place.kind() != QueryReader.PlaceKind.UT) {
            return false;
        }
        Matcher last = LAST_WORD.matcher(query.substring(place.start(), place.end()));
        Matcher next = NEXT_WORD.matcher(query.substring(place.end()));
        if (!last.find() || !next.find() || !Character.isUpperCase(last.group(1).charAt(0))) {
            return false;
        }
        String word = next.group(1);
        boolean inCapitals = last.group(1).chars().noneMatch(Character::isLowerCase);
        boolean sameCase = Character.isUpperCase(word.charAt(0))
                && (inCapitals || word.chars().anyMatch(Character::isLowerCase));
        int nextStart = place.end() + next.start(1);
        return sameCase && others.stream().noneMatch(o -> o.start() <= nextStart && nextStart < o.end());
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
