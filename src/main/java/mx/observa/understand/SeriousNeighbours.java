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

    /**
     * How many of the nearest labelled passages must be the mesa letting a serious problem be (incidents of the
     * officials and of a serious topic) for an incident of the officials just after a serious incident to go on telling
     * it ({@link #followsAsLetBe}): most of them. With three of seven, the check sets ciega 1 … 38 gained 59 serious
     * incidents found and 13 false ones.
     */
    static final int LET_BE_ALIKE = 4;

    /**
     * The topics an incident that tells the mesa let the problem be may name besides the officials' own: what the mesa
     * would not do is often to move the screen or the mesa ("dijo que no había otro lugar y la dejó así").
     */
    private static final java.util.Set<String> LET_BE_OWN_TOPICS = java.util.Set.of("funcionariado", "instalacion");

    /**
     * An incident about the officials alone, told right after a serious incident, whose nearest labelled passages are
     * the mesa letting a serious problem be ("se lo señalé a la presidenta y respondió que «el local es de él»", "la
     * mesa lo vio y dijo que no eran propaganda", "nadie de la mesa dijo nada") goes on telling that incident: the mesa
     * let it be (labelling conventions of src/test/resources/evaluacion/README.md). Observers write the mesa's answer
     * in words of their own — an excuse quoted, a shrug, a reason — that no list of inaction cues can hold, but the
     * passages alike to it are other mesas' answers to other problems: they say it is a letting-be, the incident just
     * before says what was let be, so it takes that incident's serious topic, never theirs. An incident of another
     * kind of officials' fault (lateness, a rude word, an absence) is alike to passages of the officials alone.
     *
     * <p>Measured (round 44) on the check sets ciega 1 … 38, whose errors were not read: see docs/calidad.md.
     *
     * @param near the finding's nearest labelled passages, searched only when everything else holds
     */
    static Finding followsAsLetBe(Finding f, Finding previous, java.util.function.Supplier<List<LabelledPassages.Passage>> near) {
        if (previous == null || previous.illegible() || previous.kind() != FindingKind.INCIDENCIA || f.kind() != FindingKind.INCIDENCIA
                || !LET_BE_OWN_TOPICS.containsAll(f.evidence().keySet())) {
            return f;
        }
        // … told as such: a serious topic the incident before only took by going on telling another one is that one's,
        // and an answer of the mesa to the mesa's answer lets nothing new be
        List<String> serious = previous.evidence().entrySet().stream().filter(e -> TopicClassifier.SERIOUS.contains(e.getKey())
                && e.getValue().stream().noneMatch(w -> w.startsWith(HandledTopics.FOLLOWS))).map(Map.Entry::getKey).toList();
        if (serious.isEmpty()) {
            return f;
        }
        List<LabelledPassages.Passage> letBe = near.get().stream().filter(p -> p.kind() == FindingKind.INCIDENCIA
                && p.topics().containsAll(HandledTopics.HANDLERS) && p.topics().stream().anyMatch(TopicClassifier.SERIOUS::contains)).toList();
        if (letBe.size() < LET_BE_ALIKE) {
            return f;
        }
        SortedMap<String, List<String>> evidence = new TreeMap<>(f.evidence());
        serious.forEach(t -> evidence.put(t, List.of(HandledTopics.FOLLOWS + previous.number())));
        HandledTopics.HANDLERS.forEach(t -> evidence.putIfAbsent(t, List.of(LET_BE + letBe.size() + " de " + NearestPassages.K
                + ", «" + abbreviate(letBe.get(0).text()) + "»")));
        return new Finding(f.number(), f.text(), evidence, f.kind(), f.kindEvidence(), false);
    }

    /** How the officials' topic of a passage alike to the mesa letting problems be starts its evidence. */
    static final String LET_BE = "la mesa dejó estar el problema, como en ";

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
