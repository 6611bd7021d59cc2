package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.Understanding;

/**
 * The follow-up step of {@link ReportFindings} for a passage that tells how the serious incident before it was handled
 * and names it again only as what was handled ({@link RetoldProblems}, thirty-seventh session, invented sentences):
 * it is «sin novedad» — the mesa did what it should — and never a second serious incident. Each with the look-alikes
 * that still tell an incident: a new problem told after the handling, a handling that failed or was denied, the same
 * words with no incident before, and a problem of another aspect.
 */
class HandlingRetoldTest {

    private static final String THEFT = "A media tarde un muchacho le arrebató a la secretaria el sobre con las actas y corrió hacia el metro.";
    private static final String SHOVING = "Dos vecinos se empujaron en la fila por un lugar y uno cayó encima de la mampara.";

    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            THEFT   | El presidente denunció el robo ante la policía desde su celular.                        | conforme
            THEFT   | Por la noche la escrutadora reportó el robo a la dirección distrital por teléfono.      | conforme
            SHOVING | La escrutadora llamó a la patrulla y los policías se llevaron al que empujaba.          | conforme
            SHOVING | Llegó una patrulla y se llevó a quien los empujaba, sin más problema.                    | conforme
            SHOVING | Llegó una patrulla y al rato un señor golpeó a uno de los policías.                      | incidencia
            THEFT   | El presidente denunció el robo, pero la patrulla nunca llegó.                           | incidencia
            THEFT   | La presidenta reportó el robo al distrito, pero nadie le contestó en toda la tarde.      | incidencia
            """)
    void aHandlingThatNamesTheIncidentAgainIsNoNewIncident(String before, String passage, String kind) {
        String incident = before.equals("THEFT") ? THEFT : SHOVING;
        Understanding u = Fixtures.RULES_ONLY.understand(incident + "\n\n" + passage, "bitacora.txt");
        assertThat(u.findings()).hasSize(2);
        assertThat(u.findings().get(0).kind().id()).isEqualTo("incidencia");
        Finding after = u.findings().get(1);
        assertThat(after.kind().id()).as(passage + " " + after.kindEvidence()).isEqualTo(kind);
    }

    /** With no incident before, or one of another aspect, the same words tell the incident themselves. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ya era tarde.                                                                  | El presidente denunció el robo de la urna ante la policía.
            A dos señoras no las encontraron en el listado y se fueron sin opinar.         | La patrulla se llevó al que rompió la urna a patadas.
            """)
    void withoutThatIncidentTheWordsTellOne(String first, String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(first + "\n\n" + passage, "bitacora.txt");
        Finding after = u.findings().stream().filter(f -> f.text().equals(passage)).findFirst().orElseThrow();
        assertThat(after.kind().id()).as(after.kindEvidence().toString()).isEqualTo("incidencia");
        assertThat(after.topics()).contains("seguridad");
    }
}
