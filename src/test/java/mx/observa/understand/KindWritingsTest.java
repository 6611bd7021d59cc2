package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thirty-seventh session: kinds of writing that read a «sin novedad» or a recommendation as an incident, by
 * construction (invented sentences in genres of their own, none copied from a labelled set), each with the sentences
 * next to it that must keep their kind.
 */
class KindWritingsTest {

    private static String kindOf(String passage) {
        return Fixtures.onlyFinding(passage).kind().id();
    }

    /**
     * A denial that lists what did not happen goes on through items of a noun and its complement ("compra de votos",
     * "reparto de despensas"): articles and prepositions do not make an item long. A clause after the comma, with its
     * own verb or more words than an item, is not denied.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            No vimos volantes, compra de votos ni acarreo en toda la mañana.                     | conforme
            Durante la tarde no hubo gritos, reparto de despensas ni empujones.                    | conforme
            No hubo boletas suficientes, se acabaron a mediodía.                                 | incidencia
            No abrieron a tiempo, la presidenta llegó pasadas las diez con las llaves del salón. | incidencia
            """)
    void aDeniedListOfNounsWithTheirComplements(String passage, String kind) {
        assertThat(kindOf(passage)).as(passage).isEqualTo(kind);
    }

    /**
     * An infinitive that opens its sentence proposes with its pronouns joined to it ("Decirle", "Revisarlas",
     * "Llevárselo") as it does bare; a word that only ends like one ("Charla") or an infinitive that is the subject of a
     * fact told ("Explicarles costó trabajo") proposes nothing.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pedirles a las mesas que revisen dónde queda la mampara antes de abrir.                | recomendacion
            Avisarle a la presidenta que puede retirar a quien haga campaña junto a la urna.       | recomendacion
            Llevárselas al distrito en la camioneta del Instituto y no en taxi.                      | recomendacion
            Explicarles los proyectos a los vecinos costó trabajo porque la lona se cayó.           | incidencia
            """)
    void anInfinitiveWithItsPronounsProposes(String passage, String kind) {
        assertThat(kindOf(passage)).as(passage).isEqualTo(kind);
    }

    /**
     * A «no» to a question whose words the rules do not read as a problem or as things going right, followed only by
     * things going right, answers that the feared thing did not happen; a turn after it ("pero…") or a bare «no» is
     * still read by the question.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            3) ¿Alguien supo por cuál proyecto opinaba su vecino? No; la mampara estaba bien puesta contra la pared.        | conforme
            3) ¿Alguien supo por cuál proyecto opinaba su vecino? No; la mampara estaba bien puesta, pero la fila pasaba pegada. | incidencia
            """)
    void aNoFollowedOnlyByThingsGoingRight(String passage, String kind) {
        assertThat(kindOf(passage)).as(passage).isEqualTo(kind);
    }

    /** A problem said to have ended, whatever the verb of ending, is resolved; one that goes on is not. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            El escrutador amarró la lona con un mecate y el problema se acabó.        | conforme
            Se acabaron las boletas a las dos y nadie trajo más en toda la tarde.     | incidencia
            """)
    void aProblemSaidToHaveEnded(String passage, String kind) {
        assertThat(kindOf(passage)).as(passage).isEqualTo(kind);
    }
}
