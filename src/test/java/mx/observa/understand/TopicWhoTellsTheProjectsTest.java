package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;

/**
 * Topic cues of the forty-fourth round (config/taxonomia.yaml, funcionariado and difusion): who tells the projects
 * decides what a passage about them is about. An official of the mesa explaining or reading the projects to voters is
 * the officials' treatment of voters ({@code funcionariado}), not how the consultation was made known. Invented
 * sentences in other words than the labelled sets', each with the case the rule must not touch.
 */
class TopicWhoTellsTheProjectsTest {

    private static List<Finding> findings(String report) {
        return Fixtures.RULES_ONLY.understand(report, "notas.txt").findings();
    }

    private static Set<String> topicsOf(String passage) {
        return findings(passage).getFirst().evidence().keySet();
    }

    @Test
    void anOfficialWhoExplainsTheProjectsIsTheOfficialsTreatmentOfVoters() {
        assertThat(topicsOf("El secretario les explicaba los proyectos a los señores de la tienda que se acercaban a preguntar."))
                .contains("funcionariado").doesNotContain("difusion");
        assertThat(topicsOf("Toda la mañana la escrutadora leyó en voz alta la descripción de cada proyecto a quien no traía lentes."))
                .contains("funcionariado").doesNotContain("difusion");
        assertThat(topicsOf("Las funcionarias explicaron los cinco proyectos sin decir cuál les gustaba."))
                .contains("funcionariado").doesNotContain("difusion");
    }

    @Test
    void nobodyToExplainOrSomeoneElseWhoExplainsStaysHowTheProjectsWereMadeKnown() {
        assertThat(topicsOf("Nadie en el parque supo decir qué proyectos había; la gente preguntaba por ellos y se iba."))
                .contains("difusion");
        assertThat(topicsOf("Pegaron en la reja una cartulina con los proyectos y su costo, y la gente se detenía a leerla."))
                .contains("difusion");
        assertThat(topicsOf("En la plaza la gente preguntaba cuáles eran los proyectos y nadie sabía decirles."))
                .contains("difusion").doesNotContain("funcionariado");
    }
}
