package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Things a query describes instead of naming them, the way people who do not know the official word talk: «la caja
 * donde se echan los votos» is the urna, «las hojas para votar» are the boletas, «el papel final de la mesa» is the
 * acta. Each description ({@code descripciones} of {@code busqueda.yaml}) is a kind of thing (caja, hoja, papel…) with,
 * a few words before or after it, what marks its use (votos, votar, final…); the query then also asks for the thing's
 * name, which the reports write. Immutable and thread-safe.
 */
final class Descriptions {

    /** How many words apart the thing and its mark may be («la caja donde se echan los votos»: five). */
    static final int WINDOW = 5;

    /**
     * One description as the file writes it.
     *
     * @param nombre what the reports call it: added to the query
     * @param cosa   the kinds of thing it is described as
     * @param marca  what tells it apart (its use, its place, its moment)
     */
    record Spec(String nombre, List<String> cosa, List<String> marca) {
    }

    private record Description(String name, List<Phrase> things, List<Phrase> marks) {
    }

    private final List<Description> descriptions;

    Descriptions(List<Spec> specs, FoldingSpanishAnalyzer analyzer) {
        List<Description> all = new ArrayList<>();
        for (Spec s : specs == null ? List.<Spec>of() : specs) {
            if (s.nombre() == null || s.nombre().isBlank() || s.cosa() == null || s.cosa().isEmpty()
                    || s.marca() == null || s.marca().isEmpty()) {
                throw new IllegalArgumentException("cada descripción necesita 'nombre', 'cosa' y 'marca': " + s);
            }
            all.add(new Description(s.nombre().strip(), Phrase.compileAll(s.cosa(), analyzer),
                    Phrase.compileAll(s.marca(), analyzer)));
        }
        this.descriptions = List.copyOf(all);
    }

    /** The names of the things {@code text} describes, in the file's order, each once. */
    List<String> named(AnalyzedText text) {
        Set<String> names = new LinkedHashSet<>();
        for (Description d : descriptions) {
            if (describes(text, d)) {
                names.add(d.name());
            }
        }
        return List.copyOf(names);
    }

    private static boolean describes(AnalyzedText text, Description d) {
        for (int i = 0; i < text.size(); i++) {
            for (Phrase thing : d.things()) {
                if (!thing.matchesAt(text, i)) {
                    continue;
                }
                int from = Math.max(0, i - WINDOW);
                int to = Math.min(text.size(), i + thing.length() + WINDOW);
                for (int j = from; j < to; j++) {
                    if (j >= i && j < i + thing.length()) {
                        continue; // the thing's own words are not its mark
                    }
                    for (Phrase mark : d.marks()) {
                        if (mark.matchesAt(text, j)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
