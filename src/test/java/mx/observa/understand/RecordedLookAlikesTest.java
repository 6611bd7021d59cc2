package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.Understanding;

/**
 * Serious topics' look-alikes of the thirty-ninth round, in invented sentences of a few genres (a diary, a log, a
 * chat): a record's name ("libro de incidentes"), the threat the mesa wrote down, a screen that covered as it should.
 * Each with a serious incident written near the same words, which must stay one.
 */
class RecordedLookAlikesTest {

    private static final Set<String> SERIOUS = Set.copyOf(TopicClassifier.SERIOUS);

    private static List<Finding> read(String report) {
        Understanding u = Fixtures.RULES_ONLY.understand(report, "bitacora.txt");
        return u.findings();
    }

    private static Finding last(String report) {
        List<Finding> findings = read(report);
        return findings.get(findings.size() - 1);
    }

    private static boolean serious(Finding f) {
        return f.kind().id().equals("incidencia") && f.topics().stream().anyMatch(SERIOUS::contains);
    }

    private static final String FIGHT = "Dos hombres se empujaron junto a la urna porque uno quería meterse en la fila.";

    @Test
    void aRecordsNameIsWhereTheMesaWroteNotAProblem() {
        Finding handled = last(FIGHT + "\n\nLa secretaria marcó al 911, vinieron dos policías y se puso todo en el libro de incidentes.");
        assertThat(serious(handled)).as(handled.kindEvidence().toString()).isFalse();
        Finding alone = last("Ya de salida, la presidenta firmó la bitácora de incidencias y cerró la caja.");
        assertThat(alone.kind().id()).as(alone.kindEvidence().toString()).isNotEqualTo("incidencia");
    }

    @Test
    void whatTheRecordSaysHappenedIsStillAnIncident() {
        Finding told = last("En el libro de incidentes quedó que un señor pateó la urna hasta tirarla.");
        assertThat(serious(told)).as(told.kindEvidence() + " " + told.topics()).isTrue();
    }

    private static final String HANDOUTS = "Un muchacho regalaba gorras a quienes votaran por el proyecto de la cancha.";

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente le pidió que se retirara y asentó la amenaza en el acta.                 | conforme
            La responsable le pidió que se fuera y registró las amenazas en la bitácora.         | conforme
            El presidente le pidió que se retirara y el muchacho lo amenazó.                       | incidencia
            El presidente le pidió que se retirara y anotó en el acta que el muchacho lo amenazó.  | incidencia
            """)
    void theThreatTheMesaWroteDownIsNoFailedHandling(String passage, String kind) {
        Finding f = last(HANDOUTS + "\n\n" + passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Con la mampara de tela, que tapaba bien, cada persona marcó sin que la vieran.   | false
            La mampara tapa completo el frente y nadie alcanza a ver la papeleta.            | false
            La mampara no tapaba y desde la puerta se veía cómo marcaba cada quien.          | true
            Las mamparas no tapan: desde la fila se ve lo que marcan.                         | true
            """)
    void aScreenThatCoversIsFineOnlyOneThatDoesNotIsABreach(String line, boolean breach) {
        Finding f = last(line);
        assertThat(serious(f)).as(f.kind().id() + " " + f.kindEvidence() + " " + f.topics()).isEqualTo(breach);
        if (breach) {
            assertThat(f.topics()).contains("secreto_voto");
        }
    }
}
