package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.Understanding;

/**
 * A report mostly about the internet vote (config/taxonomia.yaml, {@code voto_por_internet}): there, opening and
 * closing words open and close the online vote or a session, and alone make no {@code escrutinio}; the count, the
 * acta or the mesa named still do, and a report about a mesa keeps its closing.
 */
class InternetVoteReportTest {

    private static final String ONLINE = String.join("\n\n",
            "Acompañé a mis tías a opinar por internet desde la computadora de la biblioteca.",
            "La página del SEI se cayó dos veces antes de las once y tardaba mucho en cargar.",
            "El código de verificación por SMS le llegó a la tercera vez a mi tía Chelo.",
            "La plataforma rechazó dos veces la foto de su credencial porque salía con reflejo.");

    private static List<String> topicsOf(Understanding u, String start) {
        return u.findings().stream().filter(f -> f.text().startsWith(start)).findFirst().map(Finding::topics).orElseThrow();
    }

    @Test
    void closingWordsInAReportMostlyAboutTheInternetVoteAreNoCount() {
        Understanding u = Fixtures.RULES_ONLY.understand(ONLINE + "\n\nA las 18:00 fue el cierre y todo quedó en orden.",
                "sei.txt");
        assertThat(topicsOf(u, "A las 18:00")).doesNotContain("escrutinio");
    }

    @Test
    void theCountTheActaOrTheMesaStillMakeTheClosingThere() {
        Understanding u = Fixtures.RULES_ONLY.understand(ONLINE
                + "\n\nEn la mesa de la esquina cerraron a las cinco y el conteo salió igual que el acta.", "sei.txt");
        assertThat(topicsOf(u, "En la mesa de la esquina")).contains("escrutinio");
    }

    @Test
    void aReportAboutAMesaKeepsItsClosingWords() {
        Understanding u = Fixtures.RULES_ONLY.understand(String.join("\n\n",
                "La mesa se instaló a las 9:10 en el patio del mercado, con las tres personas funcionarias.",
                "Había fila de unas 20 personas a mediodía y avanzaba rápido.",
                "Una señora no venía en el listado y la mandaron a su sección.",
                "La página del SEI se cayó un rato, según comentaban en la fila.",
                "La mampara quedó contra la pared y cada quien votó solo.",
                "Un señor repartía volantes de un proyecto en la entrada y la presidenta le pidió que se fuera.",
                "A las 18:00 fue el cierre y todo quedó en orden."), "mesa.txt");
        assertThat(topicsOf(u, "A las 18:00")).contains("escrutinio");
    }
}
