package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;

class SeriousNeighboursTest {

    private static final KindClassifier.Kind BY_NEIGHBOURS = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("parecido a: «…»"));

    private static LabelledPassages.Passage passage(String text, FindingKind kind, String... topics) {
        return new LabelledPassages.Passage(text, kind, Set.of(topics), "prueba");
    }

    // what alike incidents of theft tell, in words no rule lists
    private static final LabelledPassages.Passage SATCHEL = passage("un muchacho se fue con la mochila de las actas", FindingKind.INCIDENCIA, "seguridad");
    private static final LabelledPassages.Passage MARKERS = passage("desaparecieron los plumones de la mesa", FindingKind.INCIDENCIA, "seguridad", "material");
    private static final LabelledPassages.Passage ENVELOPE = passage("alguien se fue con el sobre de las papeletas", FindingKind.INCIDENCIA, "seguridad");
    private static final LabelledPassages.Passage SHORT = passage("faltaron plumones para marcar", FindingKind.INCIDENCIA, "material");
    private static final LabelledPassages.Passage TABLET = passage("la tableta se quedó sin pila", FindingKind.INCIDENCIA, "material");

    /** A vote whose nearest passages are these; those of the finding's kind are the ones it is like. */
    private static NearestPassages.Settled settled(KindClassifier.Kind kind, LabelledPassages.Passage... near) {
        List<LabelledPassages.Passage> all = List.of(near);
        return new NearestPassages.Settled(kind, new NearestPassages.Vote(kind.kind(), 0.8,
                all.stream().filter(p -> p.kind() == kind.kind()).toList(), all));
    }

    @Test
    void anIncidentNoRuleWordNamesTakesTheSeriousTopicAllItsNearestIncidentsShare() {
        var about = SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, SATCHEL),
                new TreeMap<>());

        assertThat(about).containsOnlyKeys("seguridad");
        assertThat(about.get("seguridad").get(0)).startsWith(SeriousNeighbours.LIKE + "7 de 7");
    }

    @Test
    void oneNeighbourOfAnotherTopicOrKindOrTooFewNeighboursAreNotEnough() {
        LabelledPassages.Passage handled = passage("la presidenta recuperó el sobre de las papeletas", FindingKind.CONFORME, "seguridad");

        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, SHORT),
                new TreeMap<>())).isEmpty();
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, handled),
                new TreeMap<>())).isEmpty();
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, TABLET), new TreeMap<>())).isEmpty();
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE), new TreeMap<>())).isEmpty();
    }

    @Test
    void whatTheRulesDecidedOrReadAsFineIsNotLentASeriousTopic() {
        KindClassifier.Kind byRules = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("faltaron"));
        KindClassifier.Kind fine = new KindClassifier.Kind(FindingKind.CONFORME, List.of("parecido a: «…»"));

        assertThat(SeriousNeighbours.lend(new NearestPassages.Settled(byRules, null), new TreeMap<>())).isEmpty();
        assertThat(SeriousNeighbours.lend(settled(fine, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, SATCHEL), new TreeMap<>())).isEmpty();
    }

    @Test
    void aSeriousTopicTheRulesFoundIsNotJoinedByAnother() {
        TreeMap<String, List<String>> byRules = new TreeMap<>();
        byRules.put("proselitismo", List.of("volantes"));
        LabelledPassages.Passage fight = passage("dos vecinos se agarraron a golpes en la fila", FindingKind.INCIDENCIA, "seguridad");

        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, fight, fight, fight, fight, fight, fight, fight), byRules)).containsOnlyKeys("proselitismo");
    }
}
