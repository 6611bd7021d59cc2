package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirty-seventh session (invented sentences): the sun that burns is the day's heat, not something set on fire, so
 * it is no security problem; what people burn still is.
 */
class BurningSunTest {

    private static Set<String> topics(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence().keySet();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A las dos el sol quemaba la banqueta y la gente se formaba bajo los árboles.
            Quemaba el sol sobre la fila y nadie había puesto una lona.
            Los escrutadores terminaron quemados por el sol después de seis horas sin toldo.
            """)
    void theSunIsNoFire(String passage) {
        assertThat(topics(passage)).doesNotContain("seguridad");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bajo el sol de mediodía unos muchachos quemaron las boletas sobrantes en un bote.
            Alguien quemó la lona de la mesa con un cerillo y salieron corriendo.
            """)
    void whatPeopleBurnIsASecurityProblem(String passage) {
        assertThat(topics(passage)).contains("seguridad");
    }
}
