package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;

/**
 * Topic cues of the thirty-seventh round (config/taxonomia.yaml): whose matter a word of another topic is. A voter
 * told at the mesa that she already voted online is stopped by the mesa's list (identificacion), not by the internet
 * system; an official who does not know the rules is the officials' competence, not how the consultation was made
 * known; in a report about the internet vote, a bare «Resultado» is a step's or a section's, not the mesa's count.
 * Invented sentences in other words than the labelled sets', each with the case the rule must not touch.
 */
class TopicWhoseMatterTest {

    private static Set<String> topicsOf(String passage) {
        return Fixtures.RULES_ONLY.understand(passage, "nota.txt").findings().getFirst().evidence().keySet();
    }

    @Test
    void aVoterToldAtTheMesaSheAlreadyVotedOnlineIsTheList() {
        assertThat(topicsOf("A don Beto la secretaria le dijo que ya opinó por internet; no lo dejaron opinar aunque él juraba que no."))
                .contains("identificacion").doesNotContain("remota");
        // … and checking at the mesa who already voted online is checking that list
        assertThat(topicsOf("Que cada mesa tenga cómo confirmar quién ya votó por internet antes de negarle la boleta a alguien."))
                .doesNotContain("remota");
    }

    @Test
    void whoTellsHowSheVotedOnlineStaysTheInternetVote() {
        assertThat(topicsOf("Mi tía ya votó por internet desde su casa y dice que el código le llegó rápido.")).contains("remota");
        assertThat(topicsOf("La página para opinar por internet se cayó dos veces el martes.")).contains("remota");
        // … and a mesa that says nothing about an earlier vote tells no list
        assertThat(topicsOf("Ya votaron por internet casi todos los de mi edificio.")).doesNotContain("identificacion");
    }

    @Test
    void anOfficialWhoDoesNotKnowTheRulesIsTheOfficialsNotTheInformation() {
        Set<String> topics = topicsOf("El secretario no conocía las reglas de la consulta y llamaba a cada rato al distrito.");
        assertThat(topics).contains("funcionariado").doesNotContain("difusion");
    }

    @Test
    void neighboursWhoDoNotKnowTheConsultationStayTheInformation() {
        assertThat(topicsOf("Los vecinos no conocían la consulta y preguntaban para qué era la mesa.")).contains("difusion")
                .doesNotContain("funcionariado");
        assertThat(topicsOf("Casi nadie sabía qué proyectos había en la consulta.")).contains("difusion");
    }

    @Test
    void aBareResultInAReportAboutTheInternetVoteIsAStepNotTheCount() {
        List<Finding> online = Fixtures.RULES_ONLY.understand("""
                El jueves acompañé a mis vecinos de la cerrada a opinar por internet desde la computadora de la biblioteca.
                La página se cayó dos veces y el código de verificación tardó media hora en llegar al celular.
                Resultado: la plataforma me mandó un folio de confirmación al correo.
                """, "nota.txt").findings();
        assertThat(online).extracting(f -> f.evidence().keySet()).noneMatch(t -> t.contains("escrutinio"));
        // … and the results a mesa posts after its count are the count's
        assertThat(topicsOf("A las cinco contaron las papeletas y pegaron los resultados en la reja del mercado."))
                .contains("escrutinio");
    }
}
