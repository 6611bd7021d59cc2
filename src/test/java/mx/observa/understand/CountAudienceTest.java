package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;

/**
 * The people before whom the count was read aloud tell that the count was public (`escrutinio`), not the turnout
 * (`participacion`); a queue or a day's attendance still does. Thirty-first session; invented sentences.
 */
class CountAudienceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cerraron a las cinco y contaron en voz alta frente a unos treinta vecinos.
            El escrutinio fue a las seis, leído en voz alta delante de doce personas que se quedaron a ver.
            """)
    void theCountsAudienceIsNoTurnout(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.evidence()).as(passage).containsKey("escrutinio").doesNotContainKey("participacion");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            En la mañana hubo una fila de treinta personas frente a la mesa.
            A mediodía esperaban unas cuarenta personas formadas delante de la escuela.
            """)
    void aQueueBeforeTheMesaIsStillTurnout(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.evidence()).as(passage).containsKey("participacion");
    }
}
