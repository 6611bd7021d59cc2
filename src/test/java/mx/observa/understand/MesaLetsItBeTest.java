package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.model.Understanding;

/**
 * The mesa that saw the problem before and let it be, in words the follow-up cues of tipos.yaml do not list
 * ({@code inaccion_de_la_mesa} in taxonomia.yaml): the passage goes on telling the incident, about the officials and
 * about the problem they let be, even when its words alone read as the mesa working ("siguió atendiendo"). Thirty-fifth
 * session; invented sentences (a tianguis, a school kermés), each with a control: someone who is not the mesa lets it
 * be, the one who caused the problem leaves without a word, the mesa names a problem of its own.
 */
class MesaLetsItBeTest {

    private static final String INCIDENT = "Un señor con gorra del comité regalaba boletos de la rifa a quien prometiera votar por el proyecto del mercado.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente se dio cuenta y siguió atendiendo a la fila.
            La mesa lo vio y lo dejó seguir con sus boletos hasta el mediodía.
            Cuando le avisé, el escrutador contestó que la banqueta no era cosa suya.
            Las funcionarias los dejaron pasar con su boleto de la rifa sin decirles nada.
            Nadie de la mesa se acercó a pedirle que se fuera.
            """)
    void theMesaThatLetsItBeGoesOnTellingTheIncident(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        assertThat(u.findings()).hasSize(2);
        Finding after = u.findings().get(1);
        assertThat(after.kind().id()).as(passage + " " + after.kindEvidence()).isEqualTo("incidencia");
        assertThat(after.evidence()).as(passage).containsKeys("funcionariado", "proselitismo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un vecino lo vio y siguió atendiendo su puesto de tamales.
            La presidenta le pidió que guardara sus boletos y el señor se fue sin decirle nada.
            """)
    void whoElseLetsItBeOrLeavesSilentSaysNothingOfTheMesasConduct(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        assertThat(u.findings()).as(passage).noneMatch(f -> f.text().equals(passage) && f.kind() == FindingKind.INCIDENCIA);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La secretaria lo vio y siguió atendiendo, y la fila llegó hasta la esquina.
            """)
    void aPassageThatNamesAProblemOfItsOwnTellsThatProblem(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        Finding after = u.findings().get(1);
        assertThat(after.evidence()).as(passage).doesNotContainKey("proselitismo");
    }
}
