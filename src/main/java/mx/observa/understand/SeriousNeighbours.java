package mx.observa.understand;

import java.util.List;
import java.util.SortedMap;

import mx.observa.model.FindingKind;

/**
 * The serious topic of an incident no rule word names, taken from the labelled incidents it is like: "un muchacho se
 * fue con la mochila de las actas", "una señora daba llaveros con el logo de la ciclovía a la fila", "el marido se
 * metió a la mampara y le marcó la papeleta" tell an act on the material, the voters or the vote in words of their own,
 * and the nearest labelled passages that decided it is an incident tell the same act.
 *
 * <p>Only an incident the nearest passages decided (the rules found no words of its kind, or words the model
 * overruled), only when the rules gave it no serious topic, and only when every one of its {@link NearestPassages#K}
 * nearest labelled passages is an incident of that topic. A false serious incident is the costliest error: measured
 * on the sets -1 … -30, each read with the passages of the others (thirty-sixth session), a topic four to six of the
 * seven shared was a false serious incident about one time in six (24 of 150), one all seven shared one time in
 * sixty-two (1 of 62), and those few falses broke a set's floor. A passage the rules read as
 * «sin novedad», a recommendation or a handling never gets here, and the neighbours are quoted as the topic's
 * evidence. A decision of its own, apart from the search that finds the neighbours ({@link NearestPassages}).
 */
final class SeriousNeighbours {

    /** How a topic taken from the neighbours starts its evidence. */
    static final String LIKE = "incidencias parecidas: ";

    private SeriousNeighbours() {
    }

    /**
     * Adds to {@code about} the serious topic the incidents the finding is like share, when the rules gave none.
     *
     * @param settled the finding's kind and, when the nearest passages decided it, their vote
     * @param about   the finding's topics so far, changed in place
     */
    static SortedMap<String, List<String>> lend(NearestPassages.Settled settled, SortedMap<String, List<String>> about) {
        if (settled.vote() == null || settled.kind().kind() != FindingKind.INCIDENCIA
                || about.keySet().stream().anyMatch(TopicClassifier.SERIOUS::contains)) {
            return about;
        }
        List<LabelledPassages.Passage> near = settled.vote().near();
        for (String topic : TopicClassifier.SERIOUS) {
            if (near.size() >= NearestPassages.K
                    && near.stream().allMatch(p -> p.kind() == FindingKind.INCIDENCIA && p.topics().contains(topic))) {
                about.put(topic, List.of(LIKE + near.size() + " de " + near.size() + ", «" + abbreviate(near.get(0).text()) + "»"));
            }
        }
        return about;
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89).strip() + "…";
    }
}
