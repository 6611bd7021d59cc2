package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;

/**
 * Topic cues of the twenty-ninth round (config/taxonomia.yaml). Words that name a topic's thing in passing without
 * saying anything of it: the whole material ticked off as complete beside the opening it goes with, the language a
 * voter was served in, where a screen stands asked about in a recommendation. And ways of saying the topic that were
 * missed: a thing that came without a part in any person of the verb, a request to send something with the mesa,
 * a count of people written in words or as «poquitos», the elderly called «grandes». Invented sentences in other words
 * than the labelled sets', each with the case the rule must not touch.
 */
class TopicInPassingTest {

    /** Passage number → topics of every finding the rules alone read in a report. */
    private static Map<Integer, Set<String>> findingTopics(String report) {
        List<Finding> findings = Fixtures.RULES_ONLY.understand(report, "nota.txt").findings();
        Map<Integer, Set<String>> topics = new TreeMap<>();
        findings.forEach(f -> topics.put(f.number(), f.evidence().keySet()));
        return topics;
    }

    private static Set<String> topicsOf(String passage) {
        return findingTopics(passage).get(1);
    }

    @Test
    void theWholeMaterialTickedOffWithTheOpeningIsTheOpeningAndTheMaterial() {
        // the material's state is news about the material, told with the opening too (evaluacion/README.md,
        // «Convenciones de la sesión 33»)
        assertThat(topicsOf("Pusieron la mesa en el kiosco y abrió a las 9:05, con todo su material."))
                .contains("instalacion", "material");
        assertThat(topicsOf("Se instaló puntual bajo el toldo, con las tres funcionarias y el material completo."))
                .contains("instalacion", "material");
        // … the urn shown empty is the opening's own procedure
        assertThat(topicsOf("Abrió a las 9:05 y mostraron la urna vacía a la fila.")).contains("instalacion").doesNotContain("material");
    }

    @Test
    void theMaterialCheckedAloneOrFoundWantingStaysMaterial() {
        // the check of the material is what the passage tells
        assertThat(topicsOf("El material venía completo y bien sellado en su caja.")).contains("material");
        assertThat(topicsOf("¿Estaba completo el material? Sí, no faltó nada.")).contains("material");
        // … and a complete material beside a late opening is still news about the material when something was wrong
        assertThat(topicsOf("Abrieron hasta las 9:40 porque el material no estaba completo y hubo que esperar la caja."))
                .contains("instalacion", "material");
        // one thing named complete is about that thing, whatever opening goes with it
        assertThat(topicsOf("Abrió a las nueve; las papeletas venían completas y contadas.")).contains("material");
    }

    @Test
    void theLanguageAVoterIsServedInIsNoAccessibilityByItself() {
        assertThat(topicsOf("La escrutadora le explicó cada proyecto en otomí a una familia que así lo prefería."))
                .doesNotContain("accesibilidad");
        assertThat(topicsOf("Un joven zapoteco preguntó dónde le tocaba votar y lo mandaron a otra sección."))
                .doesNotContain("accesibilidad");
    }

    @Test
    void anInterpreterOrThePeopleServedStillMakeItAccessibility() {
        assertThat(topicsOf("No hubo intérprete para un señor sordo que llegó con su hija.")).contains("accesibilidad");
        assertThat(topicsOf("A una abuelita que sólo habla mixteco la pasaron primero y le explicaron en su lengua."))
                .contains("accesibilidad");
        // «grandes» is how many people say elderly
        assertThat(topicsOf("A las personas grandes les acercaron una silla mientras esperaban.")).contains("accesibilidad");
    }

    @Test
    void whatCameWithoutAPartIsTheMaterialInEveryPersonOfTheVerb() {
        assertThat(topicsOf("Las papeletas llegaron sin el número de serie y hubo que contarlas a mano.")).contains("material");
        assertThat(topicsOf("A media mañana el sello de la urna se despegó con el calor.")).contains("material");
        // … a voter who came without something is no material
        assertThat(topicsOf("Dos vecinos llegaron sin credencial y no pudieron opinar.")).doesNotContain("material");
        assertThat(topicsOf("Muchos llegaron sin saber qué venía en la papeleta.")).doesNotContain("material");
    }

    @Test
    void howManyCameIsTurnoutWhateverTheNumberIsWrittenWith() {
        assertThat(topicsOf("En toda la tarde se acercaron dieciocho personas a la mesa.")).contains("participacion");
        assertThat(topicsOf("Para ser día de fiesta vinieron poquitos, la mesa estuvo sola casi todo el rato."))
                .contains("participacion");
        // … people who came without knowing what was asked tell how it was made known, not how many came
        assertThat(topicsOf("Muchos vecinos llegaron sin saber qué proyectos había.")).doesNotContain("participacion");
        // … nor are the few votes counted at the close, nor a little late
        assertThat(topicsOf("El conteo fue rapidísimo porque eran poquitos votos.")).doesNotContain("participacion");
        assertThat(topicsOf("El escrutador llegó un poquito tarde, a las 9:10.")).doesNotContain("participacion");
    }

    @Test
    void checkingWhereTheScreenStandsIsTheSecrecyNotTheMaterial() {
        assertThat(topicsOf("Propongo que el capacitador revise hacia dónde quedan las mamparas antes de abrir."))
                .doesNotContain("material");
        assertThat(topicsOf("Que antes de la primera opinión alguien revise si se ve la mampara desde la calle."))
                .doesNotContain("material");
        // … checking the screens themselves is the material
        assertThat(topicsOf("Que revisen las mamparas en la bodega antes de repartirlas, la nuestra venía floja."))
                .contains("material");
    }

    @Test
    void askingToSendSomethingWithTheMesaIsAboutTheMaterial() {
        assertThat(topicsOf("Para la próxima, que surtan más plumones y una extensión a cada mesa.")).contains("material");
        assertThat(topicsOf("Que el Instituto envíe mamparas de repuesto a las colonias grandes.")).contains("material");
        // … sending someone is not
        assertThat(topicsOf("Que manden a una persona de la sede a explicar los proyectos.")).doesNotContain("material");
    }

    @Test
    void nothingLostAfterAMishapTellsHowItWasHandledNotTheMaterial() {
        assertThat(topicsOf("Cuando empezó a llover cambiaron la mesa al zaguán sin perder ninguna papeleta."))
                .doesNotContain("material");
        assertThat(topicsOf("Levantaron la urna del suelo y no se perdió ninguna boleta.")).doesNotContain("material");
        // … a material that was missing stays
        assertThat(topicsOf("Faltaron veinte boletas en el paquete y hubo que pedir más.")).contains("material");
    }
}
