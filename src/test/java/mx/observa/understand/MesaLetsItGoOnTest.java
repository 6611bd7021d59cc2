package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.model.Understanding;

/**
 * The mesa that let a problem go on in words the follow-up list did not have — the problem was "no era cosa suya", a
 * request to leave that failed ("sin éxito"), a request never made told in a log's present ("no le pide que se
 * aleje") — goes on telling the incident before it: an incident with that incident's topics (labelling conventions of
 * src/test/resources/evaluacion/README.md). Thirty-fifth session; invented sentences (a bakery's diary, a swimming
 * pool's log), with controls: the same words after a «sin novedad» or alone tell no serious incident, and a request
 * in the present that was obeyed is the mesa doing its work.
 */
class MesaLetsItGoOnTest {

    private static final String INCIDENT = "Un muchacho con gorra de la planilla verde regalaba conchas a quien prometiera votar por el proyecto del kiosco.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Los funcionarios dijeron que eso no era cosa suya.
            Le avisé al presidente y contestó que no era asunto de ellos.
            La secretaria le pidió dos veces que se retirara, sin éxito.
            La mesa lo ve y no le pide que se aleje.
            """)
    void theMesaThatLetsItGoOnTellsTheIncident(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        assertThat(u.findings()).hasSize(2);
        Finding after = u.findings().get(1);
        assertThat(after.kind()).as(passage + " " + after.kindEvidence()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(after.evidence()).as(passage).containsKey("proselitismo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Los funcionarios dijeron que eso no era cosa suya.
            La secretaria le pidió dos veces que se retirara, sin éxito.
            La mesa lo ve y no le pide que se aleje.
            """)
    void afterNothingWrongItIsNoSeriousIncident(String passage) {
        Understanding after = Fixtures.RULES_ONLY.understand("No hubo propaganda ni nadie pidiendo el voto.\n\n" + passage, "x.txt");
        Understanding alone = Fixtures.RULES_ONLY.understand(passage, "x.txt");
        assertThat(after.findings()).allSatisfy(f -> assertThat(QualityReport.serious(f)).as(f.text() + " " + f.kindEvidence()).isFalse());
        assertThat(alone.findings()).allSatisfy(f -> assertThat(QualityReport.serious(f)).as(f.text() + " " + f.kindEvidence()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La secretaria le pidió que se retire y el muchacho se fue.
            La presidenta le pidió que se vaya; obedeció.
            """)
    void aRequestThatWasObeyedIsTheMesaDoingItsWork(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        assertThat(u.findings()).hasSize(2);
        Finding after = u.findings().get(1);
        assertThat(after.kind()).as(passage + " " + after.kindEvidence()).isEqualTo(FindingKind.CONFORME);
    }
}
