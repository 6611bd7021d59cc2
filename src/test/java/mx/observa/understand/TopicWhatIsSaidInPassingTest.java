package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Topic cues of the thirty-eighth round (config/taxonomia.yaml): which mention of a topic's word says something of
 * that aspect. What someone is asked to vote for is a project's name («vote por la seguridad»), not the day's
 * security; «la tarde» is the time of day, not a late notice. Invented sentences in other words than the labelled sets',
 * each with the case the rule must not touch.
 */
class TopicWhatIsSaidInPassingTest {

    private static Set<String> topicsOf(String passage) {
        return Fixtures.RULES_ONLY.understand(passage, "nota.txt").findings().getFirst().evidence().keySet();
    }

    @Test
    void aProjectsNameAfterTheVoteAskedForIsNotTheDaysTopic() {
        assertThat(topicsOf("Desde una camioneta con bocina repetían a cada rato: «Vote por su seguridad, vote por la alarma vecinal»."))
                .doesNotContain("seguridad");
        assertThat(topicsOf("Un señor le regalaba tamales a quien votara por la rampa del deportivo."))
                .contains("proselitismo").doesNotContain("accesibilidad");
        assertThat(topicsOf("La de la papelería les decía a todos que opinaran por la escalera nueva de la unidad."))
                .doesNotContain("accesibilidad");
    }

    @Test
    void whatStopsOrHurtsSomeoneNearAVoteAskedForStaysItsTopic() {
        // «por» that tells why or how someone voted names no project
        assertThat(topicsOf("Una señora en silla de ruedas no pudo votar por la escalera del salón.")).contains("accesibilidad");
        assertThat(topicsOf("Don Luis subió a votar por la rampa de la entrada, con su andadera.")).contains("accesibilidad");
        // … and what happened outside the project's name keeps its topic
        assertThat(topicsOf("Dos vecinos se empujaron en la fila porque uno le exigía al otro que votara por el parque."))
                .contains("seguridad");
        // the internet vote is the way of voting, never a project's name
        assertThat(topicsOf("Mi vecina me pidió que votara por internet desde su celular y la página se cayó.")).contains("remota");
    }

    @Test
    void theAfternoonIsATimeNotALateNotice() {
        assertThat(topicsOf("La manta del comité vecinal siguió colgada en el poste hasta las cinco de la tarde."))
                .doesNotContain("difusion");
        // … while a notice put up late, or neighbours who learnt of it late, is how the consultation was made known
        assertThat(topicsOf("Los carteles de la consulta los pegaron tarde, el mismo sábado, y casi nadie los vio."))
                .contains("difusion");
        assertThat(topicsOf("Muchos se enteraron de la consulta ese mismo día por el perifoneo.")).contains("difusion");
    }
}
