package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;

/**
 * Topic cues of the forty-second round (config/taxonomia.yaml, difusion and identificacion): what a passage's words are
 * about once the report or the sentence around them is known. In a report about the internet vote and no mesa, a
 * credential is the one the voting page asks for; announcing which project suits the village singles one out. Invented
 * sentences in other words than the labelled sets', each with the case the rule must not touch.
 */
class TopicWhatTheReportIsAboutTest {

    private static List<Finding> findings(String report) {
        return Fixtures.RULES_ONLY.understand(report, "bitacora.txt").findings();
    }

    private static Set<String> topicsOf(String passage) {
        return findings(passage).getFirst().evidence().keySet();
    }

    private static Set<String> topicsOf(List<Finding> findings, String words) {
        return findings.stream().filter(f -> f.text().contains(words)).findFirst().orElseThrow().evidence().keySet();
    }

    @Test
    void theListOfProjectsStaysHowTheyWereMadeKnown() {
        assertThat(topicsOf("En el mercado colgaron junto a la mesa el listado de proyectos con la descripción de cada uno."))
                .contains("difusion");
        assertThat(topicsOf("No pusieron el listado de proyectos por ningún lado y los marchantes no sabían qué se votaba."))
                .contains("difusion");
    }

    @Test
    void aCredentialAnInternetVoteReportTellsIsTheOneThePageAsks() {
        List<Finding> online = findings("""
                Diario de la cuidadora: el lunes ayudé a mi patrona de 90 años a opinar por internet desde la tableta de su nieto.

                Le pidieron la foto de su credencial por los dos lados y a la tercera vez la aceptaron bien.
                """);
        assertThat(topicsOf(online, "foto de su credencial")).contains("remota").doesNotContain("identificacion");
        // … while at a mesa, the credential checked against the list is the identification
        assertThat(topicsOf("En la mesa del kiosco revisaban la credencial de cada quien contra el listado antes de darle la boleta."))
                .contains("identificacion");
    }

    @Test
    void announcingWhichProjectSuitsSinglesOneOut() {
        assertThat(topicsOf("Desde la camioneta del gas anunciaban por el altavoz cuál proyecto le convenía a la colonia."))
                .doesNotContain("difusion");
        // … while a consultation nobody announced stays how it was made known
        assertThat(topicsOf("No se anunció la consulta por ningún medio y en la unidad casi nadie sabía que había mesa."))
                .contains("difusion");
    }
}
