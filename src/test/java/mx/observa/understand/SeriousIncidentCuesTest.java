package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The cues of the commission's serious incidents (kind {@code incidencia} in {@code seguridad}, {@code proselitismo}
 * or {@code secreto_voto}) that the sixth round added, each written for a class of misses seen in more than one
 * labelled set, and tried here on sentences of none of them — and what must stay out of that list; with them, the
 * round's good-practice cue and its reading of form fields written with dot leaders.
 */
class SeriousIncidentCuesTest {

    private static Finding only(String passage) {
        return Fixtures.onlyFinding(passage);
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un muchacho le sacó foto con el celular a la papeleta de su abuela.            | secreto_voto
            La vecina estuvo grabando con su teléfono a un señor mientras votaba.           | secreto_voto
            Un hombre enfocaba con la cámara a cada persona que opinaba.                    | secreto_voto
            En la entrada gritaban "voten por el deportivo" a quien pasaba.                 | proselitismo
            Una pinta en el muro decía "vota por la cancha nueva".                          | proselitismo
            Dos señoras apuntaban en un cuaderno los nombres de los que llegaban a opinar.   | proselitismo
            Un joven iba tomando nota de quiénes ya habían votado.                          | proselitismo
            """)
    void aSeriousIncidentIsFoundByWhatItDescribes(String passage, String topic) {
        Finding f = only(passage);
        assertThat(f.kind()).as(passage).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(f.topics()).as(passage).contains(topic);
    }

    @Test
    void aPhotoOfTheBallotIsNoTheftAndCountingPeopleInANotebookIsNoCoercion() {
        assertThat(only("Una señora tomó fotos de la boleta marcada de su hija.").topics())
                .contains("secreto_voto").doesNotContain("seguridad");
        assertThat(only("La secretaria anotó en su libreta cuántas personas llegaban cada hora.").topics())
                .doesNotContain("proselitismo", "secreto_voto");
        assertThat(only("Se votó por internet desde la tableta del módulo.").topics()).doesNotContain("proselitismo");
    }

    /**
     * Bringing the vote to whoever cannot reach the mesa, told bare, is the mesa doing its job (the guideline's good
     * practice is one the observer calls worth repeating, session 22) — and never a serious incident; praised or
     * asked to be repeated, it is a good practice.
     */
    @ParameterizedTest(name = "sin elogio ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Como el señor no podía bajar de la camioneta, la responsable le llevó la papeleta y la urna hasta el coche.
            A una señora en silla de ruedas le bajaron la urna a su altura.
            A la abuelita la atendieron en su coche para que no se bajara.
            """)
    void bringingTheVoteToWhoeverCannotReachTheMesaToldBareIsNoPracticeNorASeriousIncident(String passage) {
        Finding f = only(passage);
        assertThat(f.kind()).as(passage).isNotEqualTo(FindingKind.BUENA_PRACTICA);
        assertThat(f.topics()).as(passage).doesNotContain("seguridad", "proselitismo", "secreto_voto");
    }

    @ParameterizedTest(name = "buena práctica ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Como el señor no podía bajar de la camioneta, la responsable le llevó la papeleta y la urna hasta el coche; eso hay que copiarlo.
            A una señora en silla de ruedas le bajaron la urna a su altura, y eso estuvo bien.
            """)
    void bringingTheVoteToWhoeverCannotReachTheMesaPraisedIsAGoodPractice(String passage) {
        assertThat(only(passage).kind()).as(passage).isEqualTo(FindingKind.BUENA_PRACTICA);
    }

    @Test
    void aFieldWithDotLeadersIsALabelAndItsAnswerNotAHeading() {
        List<Finding> findings = Fixtures.RULES_ONLY.understand("""
                HOJA DE CAMPO
                Apertura ........ a las 9:00, sin contratiempos
                Propaganda ...... ninguna a la vista
                Mampara ......... bien colocada, de espaldas a la fila
                Sugerencias ..... poner un toldo para la lluvia
                """, "campo.txt").findings();
        assertThat(findings).extracting(f -> f.text().strip().split(" ")[0])
                .containsExactly("Apertura", "Propaganda", "Mampara", "Sugerencias");
        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.CONFORME, FindingKind.CONFORME,
                FindingKind.CONFORME, FindingKind.RECOMENDACION);
        assertThat(findings.get(2).topics()).as("a field's words are not the next field's").contains("secreto_voto");
        assertThat(findings.get(3).topics()).doesNotContain("secreto_voto");
    }
}
