package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Material cues of the forty-first round (config/taxonomia.yaml): the material checked at the opening and the list's
 * tablet, told with a verb rather than the participles the older rules knew (evaluacion/README.md, «Convenciones de la
 * sesión 33»). The empty urna shown at the opening, sealed or with the ballots counted, is the material checked; the
 * urna emptied to count, or shown empty and nothing more, is not. The list's tablet told in any verb of its state
 * (no signal, restarted, slow) is material; the tablet that only served to find someone is not. Invented sentences,
 * in genres of their own, each with the case the rule must not touch.
 */
class TopicMaterialByItsStateTest {

    private static Set<String> topicsOf(String passage) {
        return Fixtures.RULES_ONLY.understand(passage, "nota.txt").findings().getFirst().evidence().keySet();
    }

    @Test
    void theEmptyUrnaShownSealedAndTheBallotsCountedIsTheMaterialChecked() {
        assertThat(topicsOf("Paso 1 de la receta: a las 8:52 mostraron la urna vacía, la sellaron y contaron las papeletas delante de todos."))
                .contains("material");
        assertThat(topicsOf("Primer tiempo: la urna se enseñó vacía a los vecinos, se selló y se contaron las boletas."))
                .contains("material");
    }

    @Test
    void theUrnaEmptiedToCountOrShownEmptyAloneIsNoMaterial() {
        assertThat(topicsOf("A las cinco y diez vaciaron la urna sobre la mesa y contaron las papeletas una por una."))
                .doesNotContain("material");
        assertThat(topicsOf("Al abrir, la presidenta enseñó la urna vacía a los primeros de la fila.")).doesNotContain("material");
    }

    @Test
    void theListsTabletThatFailsOrIsRestartedIsMaterial() {
        assertThat(topicsOf("Hora 10:40 del acta de la asamblea: la tableta no tenía señal y buscaron a cada quien en el listado impreso."))
                .contains("material");
        assertThat(topicsOf("Cuarto round: el escrutador reinició la tableta y ya encontró a todos.")).contains("material");
    }

    @Test
    void theTabletUsedOnlyToFindSomeoneIsNoMaterial() {
        assertThat(topicsOf("Ficha 3 del herbario: a la señora la encontraron en la tableta en un minuto y opinó."))
                .doesNotContain("material");
    }
}
