package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.Understanding;

/**
 * The mesa that saw a problem and did nothing about it: the officials' conduct (`funcionariado`, labelling conventions
 * of src/test/resources/evaluacion/README.md), and the line goes on telling the incident before it, whose topic it
 * keeps. Thirty-first session; invented sentences in registers of their own (a market stall, a school festival), each
 * with a control where someone who is not the mesa keeps quiet.
 */
class OfficialsInactionTest {

    private static final String INCIDENT = "Una señora con mandil del comité ofrecía tortas a quien prometiera votar por el proyecto del mercado.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El secretario la estuvo viendo y no le dijo nada en toda la mañana.
            La mesa no les dijo nada porque, según ellos, la banqueta no era suya.
            Los de la mesa ni se dieron por enterados, siguieron con su torta.
            Cuando le avisé, el presidente me contestó que eso no era asunto suyo.
            La escrutadora nunca le dijo que se fuera; estuvo ahí hasta la una.
            """)
    void theMesaThatDoesNothingGoesOnTellingTheIncident(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(INCIDENT + "\n\n" + passage, "x.txt");
        assertThat(u.findings()).hasSize(2);
        Finding after = u.findings().get(1);
        assertThat(after.kind().id()).as(passage + " " + after.kindEvidence()).isEqualTo("incidencia");
        assertThat(after.evidence()).as(passage).containsKeys("funcionariado", "proselitismo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Una vecina que pasaba por la kermés no le dijo nada a la del mandil.
            El chofer del camión no le dijo nada a la mesa y se fue a la otra cuadra.
            """)
    void someoneElseKeepingQuietSaysNothingOfTheOfficials(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(passage, "x.txt");
        assertThat(u.findings()).allSatisfy(f -> assertThat(f.evidence()).as(passage).doesNotContainKey("funcionariado"));
    }
}
