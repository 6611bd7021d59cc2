package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.Understanding;

/**
 * Thirty-fifth session (invented sentences): who is told what to mark, and whose posters are denied.
 * <ul>
 *   <li>Telling a voter in the booth what or where to mark is the secrecy and freedom of that vote, not campaigning;
 *       telling the line which project is the good one is.</li>
 *   <li>Flyers "de proyectos" (no article), posters or flyers "de ningún proyecto", are a project's propaganda, and their
 *       absence is propaganda that did not happen; "con los proyectos" is the consultation's list.</li>
 *   <li>"para que marcara" is a purpose, not the question "qué marcar".</li>
 *   <li>The voter who then marks alone says the handling worked: the official who asked the companion out did what
 *       the mesa should, and the passage is about the vote's secrecy, not about the officials.</li>
 * </ul>
 */
class TopicBoothAndPostersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            En la caseta, la abuela entró con su yerno y él le iba indicando dónde marcar.
            Un muchacho se metió a la mampara con su tía y le señalaba qué marcar.
            """)
    void whatOneVoterIsToldInTheBoothIsTheSecrecyOfTheVote(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind().id()).as(passage).isEqualTo("incidencia");
        assertThat(f.evidence()).as(passage).containsKey("secreto_voto").doesNotContainKey("proselitismo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente le pidió al yerno que saliera de la mampara y la abuela terminó sola.
            La escrutadora le pidió al sobrino que saliera de la mampara y la señora opinó sola.
            """)
    void theVoterWhoEndsAloneIsTheHandlingThatWorked(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand("Un muchacho se metió a la mampara con su tía y le señalaba qué marcar.\n\n" + passage, "x.txt");
        assertThat(u.findings()).hasSize(2);
        Finding after = u.findings().get(1);
        assertThat(after.kind().id()).as(passage + " " + after.kindEvidence()).isEqualTo("conforme");
        assertThat(after.evidence()).as(passage).containsKey("secreto_voto").doesNotContainKey("funcionariado");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un señor con megáfono le decía a la fila cuál era el bueno.
            """)
    void whatTheLineIsToldIsCampaigning(String passage) {
        assertThat(Fixtures.onlyFinding(passage).evidence()).as(passage).containsKey("proselitismo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No vi lonas ni mantas de ningún proyecto en todo el tianguis.
            En la plaza nunca hubo volantes de proyectos.
            """)
    void noPostersOfProjectsIsNoPropaganda(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo("conforme");
        assertThat(f.evidence()).as(passage).containsKey("proselitismo").doesNotContainKey("difusion");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            No había ningún cartel con los proyectos y la gente preguntaba qué se votaba.
            """)
    void noListOfTheProjectsIsInformation(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.evidence()).as(passage).containsKey("difusion").doesNotContainKey("proselitismo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le acercaron la mampara a la banca para que marcara sentada.
            """)
    void aPurposeIsNoQuestionOfWhatToMark(String passage) {
        assertThat(Fixtures.onlyFinding(passage).evidence()).as(passage).doesNotContainKey("secreto_voto");
    }
}
