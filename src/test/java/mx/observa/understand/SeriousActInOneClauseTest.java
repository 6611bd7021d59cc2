package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The parts of a serious act a combination of the serious topics reads ({@code misma_clausula} in
 * config/taxonomia.yaml) are told in one clause: «y» or «pero» followed by an article starts another clause with a
 * subject of its own, and what that subject did is not what the first one did ("un vecino lo dijo y el secretario
 * volteó la mampara" is nobody telling a voter at the booth what to mark). Not so what is seen: the booth one clause
 * names is what another subject peeks at in the next ("la mampara quedó pegada a la reja y los que pasaban se
 * asomaban"). Sentences of genres of this test's own: a sports club's minutes, a shift handover, a parish bulletin.
 */
class SeriousActInOneClauseTest {

    private static boolean serious(Finding f) {
        return f.kind() == FindingKind.INCIDENCIA && f.topics().stream().anyMatch(TopicClassifier.SERIOUS::contains);
    }

    @ParameterizedTest(name = "no grave ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Acta del club: un socio lo comentó en voz alta y el tesorero acomodó la mampara contra la barda.
            Entrega de turno: la guardia lo acompañó hasta el portón y la mampara quedó en su lugar sin daño.
            En la parroquia el sacristán lo señaló desde la puerta y la encargada giró la mampara hacia el muro.
            """)
    void twoClausesWithSubjectsOfTheirOwnMakeNoSeriousAct(String passage) {
        assertThat(serious(Fixtures.onlyFinding(passage))).as(passage).isFalse();
    }

    @ParameterizedTest(name = "grave ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Acta del club: un socio acompañó a su suegra hasta la mampara y le fue diciendo qué marcar.       | secreto_voto
            Entrega de turno: en la mampara el señor le dijo a su mamá por cuál proyecto votar.                | secreto_voto
            En la parroquia un joven se metió con su abuela a la mampara y la encargada no dijo nada.           | secreto_voto
            Acta del club: la mampara quedó de frente a la fila y la presidenta dijo que no había otro lugar.   | secreto_voto
            Entrega de turno: un muchacho repartía gorras con el logo del proyecto y la gente las aceptaba.     | proselitismo
            Acta del club: la mampara quedó pegada a la reja y los que pasaban se asomaban.                   | secreto_voto
            """)
    void anActToldInOneClauseStaysSeriousWhateverFollows(String passage, String topic) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind()).as(passage).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(f.topics()).as(passage).contains(topic);
    }
}
