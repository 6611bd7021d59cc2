package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Topic cues of the thirty-ninth round (config/taxonomia.yaml): the state the urn or the ballots were found in at the
 * opening is `material` (evaluacion/README.md, «Convenciones de la sesión 33»). Invented sentences in other words than
 * the labelled sets', each with the case the rule must not touch.
 */
class TopicMaterialAtOpeningTest {

    private static Set<String> topicsOf(String passage) {
        return Fixtures.RULES_ONLY.understand(passage, "nota.txt").findings().getFirst().evidence().keySet();
    }

    @Test
    void theStateOfTheUrnOrTheBallotsAtTheOpeningIsMaterial() {
        assertThat(topicsOf("A las 8:45 la urna venía sellada y las papeletas contadas de fábrica.")).contains("material");
        assertThat(topicsOf("Al abrir, la escrutadora enseñó que la urna estaba sellada por los cuatro lados.")).contains("material");
    }

    @Test
    void ballotsCountedWithNoOpeningAreNoMaterial() {
        assertThat(topicsOf("Las boletas contadas esa noche dieron ochenta y siete opiniones.")).doesNotContain("material");
    }
}
