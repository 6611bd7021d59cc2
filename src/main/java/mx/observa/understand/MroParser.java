package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * The mesa receptora de opinión a report is about, normalized as {@code MRO-NN} ("MRO 2", "MRO-02", "Mesa
 * Receptora de Opinión número 2" → "MRO-02"). A report that names several mesas has no single one.
 */
final class MroParser {

    private static final Pattern MRO = Pattern.compile(
            "(?<![\\p{L}])(?:mro|mesa receptora de opinion)\\s*[-#:]?\\s*(?:no\\.?|num\\.?|numero)?\\s*(\\d{1,3})(?![\\d:])");

    Optional<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        mentions(text).forEach(m -> found.add(m.value()));
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Every mesa named in the text, normalized, with where it is written. */
    List<Mention<String>> mentions(String text) {
        List<Mention<String>> mentions = new ArrayList<>();
        Matcher m = MRO.matcher(Folding.foldPreservingLength(text));
        while (m.find()) {
            mentions.add(new Mention<>(String.format("MRO-%02d", Integer.parseInt(m.group(1))), m.start(), m.end(), 1));
        }
        return mentions;
    }
}
