package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.Understanding;

/**
 * The follow-up step of {@link ReportFindings}: what a passage after an incident is when it judges nothing by its own
 * words. Twenty-fifth session (invented sentences): a request to leave is what the mesa should do, obeyed or told
 * bare; a time word ("después de eso") leaves the decision to what follows it. Each with the control that still
 * goes on telling the incident.
 */
class FollowUpTest {

    private static final String INCIDENT = "Un señor con chaleco del proyecto de la cancha repartía calendarios frente a la fila.";

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Las dos escrutadoras le pidieron retirarse y al rato la banqueta quedó despejada.     | conforme
            Al mediodía la secretaria le pidió al señor que se fuera y no volvió.                 | conforme
            La presidenta le pidió que se alejara, pero siguió ahí toda la mañana.                | incidencia
            La presidenta le pidió que se fuera y no se fue.                                      | incidencia
            El escrutador le pidió que se alejara y siguió repartiendo hasta la una.              | incidencia
            La secretaria le pidió retirarse y el señor le contestó que la banqueta era de todos. | incidencia
            Nadie de la mesa le pidió que se alejara de la fila.                                  | incidencia
            Ya se fue el de los calendarios.                                                      | incidencia
            """)
    void whatFollowsAnIncident(String passage, String kind) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        assertThat(u.findings()).hasSize(2);
        Finding after = u.findings().get(1);
        assertThat(after.kind().id()).as(passage + " " + after.kindEvidence()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Después de eso cada quien marcó su papeleta a solas.
            Tras el incidente la fila siguió avanzando como antes.
            """)
    void aTimeWordDoesNotGoOnTellingTheIncident(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        assertThat(u.findings().get(0).text()).isEqualTo(INCIDENT);
        // read as context with no topic, the passage after the report's last observation is its frame
        // (DocumentFrame) and no finding at all: either way it does not go on telling the incident
        u.findings().stream().filter(f -> f.text().equals(passage)).forEach(after ->
                assertThat(after.kind().id()).as(passage + " " + after.kindEvidence()).isNotEqualTo("incidencia"));
    }
}
