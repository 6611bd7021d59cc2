package mx.observa.understand;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The serious topic of an incident no rule word names, taken from the labelled incidents it is like: "un muchacho se
 * fue con la mochila de las actas", "una señora daba llaveros con el logo de la ciclovía a la fila", "el marido se
 * metió a la mampara y le marcó la papeleta" tell an act on the material, the voters or the vote in words of their own,
 * and the nearest labelled passages that decided it is an incident tell the same act.
 *
 * <p>Only an incident the nearest passages decided (the rules found no words of its kind, or words the model
 * overruled), and only when the rules gave it no serious topic. When the rules gave it some other topic, every one of
 * its {@link NearestPassages#K} nearest labelled passages must be an incident of that serious topic: measured on the
 * sets -1 … -30, each read with the passages of the others (thirty-sixth session), a topic four to six of the seven
 * shared was then a false serious incident about one time in six (24 of 150), one all seven shared one time in
 * sixty-two (1 of 62). When no rule word gave it any topic at all ({@link #unworded}: "un muchacho repartía separadores
 * con el logo de un proyecto", "un hombre marcó dos boletas, la suya y la de su esposa"), what the neighbours say is
 * the only reading of what it is about, and {@link #MOST_WHEN_UNWORDED} incidents of one serious topic, more than of
 * any other, are enough. Measured (fortieth round) on the check sets ciega 1 … 34, whose errors were not read: serious
 * incidents found 1678 → 1727 of 2150, false ones 152 → 153 (with four alike: 1799 found, 164 false; with five: 1762,
 * 157). The passages alike to one that says the mesa let a
 * problem be are the mesa letting other problems be: such a passage takes the serious topic of the incident just
 * before it, not theirs ({@link #letBeAsBefore}). A passage the rules read as «sin novedad», a recommendation or a
 * handling never gets here, and the neighbours are quoted as the topic's evidence. A decision of its own, apart from
 * the search that finds the neighbours ({@link NearestPassages}).
 */
final class SeriousNeighbours {

    /** How a topic taken from the neighbours starts its evidence. */
    static final String LIKE = "incidencias parecidas: ";
    /**
     * How many of the nearest passages must be incidents of one serious topic to lend it to an incident no rule word
     * gave any topic (and more than share any other serious topic).
     */
    static final int MOST_WHEN_UNWORDED = 6;

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
        if (near.size() < NearestPassages.K) {
            return about;
        }
        // an incident no rule word gave any topic says what it is about only through the incidents it is like
        int needed = unworded(about) ? MOST_WHEN_UNWORDED : NearestPassages.K;
        String best = null;
        long most = 0;
        for (String topic : TopicClassifier.SERIOUS) {
            long sharing = near.stream().filter(p -> p.kind() == FindingKind.INCIDENCIA && p.topics().contains(topic)).count();
            if (sharing > most) {
                best = topic;
                most = sharing;
            } else if (sharing == most) {
                best = null; // two serious topics alike as often: the neighbours do not say which
            }
        }
        if (best != null && most >= needed) {
            String topic = best;
            LabelledPassages.Passage first = near.stream().filter(p -> p.kind() == FindingKind.INCIDENCIA && p.topics().contains(topic))
                    .findFirst().orElseThrow();
            about.put(topic, List.of(LIKE + most + " de " + near.size() + ", «" + abbreviate(first.text()) + "»"));
        }
        return about;
    }

    /**
     * The finding whose serious topic the neighbours lent while saying it is about the officials (both topics lent:
     * "la presidenta la vio y dijo que no era asunto de la mesa") with the serious topic of the problem it tells the
     * mesa let be — the incident just before it — instead: the passages alike are the mesa letting other problems be,
     * and what it let be here is the one the report just told ("la vio formada en la fila y dijo que esperara" after a
     * pregnant woman kept waiting is no serious incident). After no serious incident, no serious topic.
     */
    static Finding letBeAsBefore(Finding f, Finding previous) {
        return letBeAsBefore(f, previous, () -> false);
    }

    /**
     * The same, and also when all seven neighbours lent the serious topic if the passage names who the mesa saw only
     * by a pronoun ("la presidenta <em>la vio</em> formada y dijo que todos tienen prisa"): what it let be is then the
     * one the report just told, whatever the seven let-be passages alike let be — they are alike in the letting-be,
     * not in its matter. One that names what it saw ("vio los volantes y los dejó") keeps the seven's topic.
     *
     * <p>Measured (round 43): no figure of the check sets ciega 1 … 37 moved, one false serious incident fewer on the
     * studied ones (ciega 39); kept as the mechanism it is, tested on sentences of its own.
     *
     * @param seenByPronoun whether the passage names who the mesa saw or heard only by a pronoun, asked only when needed
     */
    static Finding letBeAsBefore(Finding f, Finding previous, java.util.function.BooleanSupplier seenByPronoun) {
        List<String> lent = f.evidence().entrySet().stream()
                .filter(e -> TopicClassifier.SERIOUS.contains(e.getKey()) && fromNeighbours(e.getValue())).map(Map.Entry::getKey).toList();
        if (lent.isEmpty() && f.evidence().entrySet().stream()
                .anyMatch(e -> TopicClassifier.SERIOUS.contains(e.getKey()) && lentByAll(e.getValue()))
                && NearestPassages.decided(f.evidence().getOrDefault("funcionariado", List.of())) && seenByPronoun.getAsBoolean()) {
            lent = f.evidence().entrySet().stream()
                    .filter(e -> TopicClassifier.SERIOUS.contains(e.getKey()) && lentByAll(e.getValue())).map(Map.Entry::getKey).toList();
        }
        List<String> officials = f.evidence().get("funcionariado");
        if (lent.isEmpty() || officials == null || !NearestPassages.decided(officials)) {
            return f;
        }
        SortedMap<String, List<String>> evidence = new TreeMap<>(f.evidence());
        lent.forEach(evidence::remove);
        if (previous != null && !previous.illegible() && previous.kind() == FindingKind.INCIDENCIA) {
            previous.evidence().keySet().stream().filter(TopicClassifier.SERIOUS::contains)
                    .forEach(t -> evidence.put(t, List.of(HandledTopics.FOLLOWS + previous.number())));
        }
        return new Finding(f.number(), f.text(), evidence, f.kind(), f.kindEvidence(), false);
    }

    /** Whether a serious topic's evidence says all the neighbours alike lent it. */
    private static boolean lentByAll(List<String> words) {
        return !words.isEmpty() && words.get(0).startsWith(LIKE + NearestPassages.K + " de ");
    }

    /** Whether a serious topic's evidence says the neighbours lent it with fewer than all of them alike. */
    private static boolean fromNeighbours(List<String> words) {
        return !words.isEmpty() && words.get(0).startsWith(LIKE) && !words.get(0).startsWith(LIKE + NearestPassages.K + " de ");
    }

    /** Whether no rule word gave the finding a topic: the ones it has, if any, its neighbours lent it. */
    static boolean unworded(SortedMap<String, List<String>> about) {
        return about.values().stream().allMatch(NearestPassages::decided);
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89).strip() + "…";
    }
}
