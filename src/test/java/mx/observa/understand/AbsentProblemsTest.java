package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;

/**
 * A problem named as what was absent did not happen (thirty-fourth session; invented sentences, none copied from a
 * labelled set): the word of absence denies its object only, never the rest of its clause.
 */
class AbsentProblemsTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Se notó la ausencia de propaganda en la plaza.                                   | conforme
            Hubo ausencia total de incidentes y de violencia.                                | conforme
            La plaza estaba libre de propaganda y de acarreo.                                | conforme
            Saldo del día: ausencia absoluta de riñas.                                        | conforme
            Propaganda: 0 puntos de castigo por completa ausencia de propaganda.              | conforme
            """)
    void theAbsenceOfAProblemIsNone(String passage, String kind) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
        assertThat(QualityReport.serious(f)).as(passage).isFalse();
    }

    /** The absence of someone or something needed, or a problem told past the absence's object, is still a problem. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ante la ausencia de policías, hubo una riña frente a la mesa.                                          | incidencia | true
            Notamos ausencia de rampa y de sillas.                                                                 | incidencia | false
            No hubo ausencia de propaganda: había lonas del proyecto 2 por todas partes.                           | incidencia | true
            La zona quedó libre de propaganda hasta las once; después llegó un señor repartiendo volantes del proyecto 3. | incidencia | true
            """)
    void theAbsenceOfSomethingNeededOrAProblemToldApartIsStillOne(String passage, String kind, boolean serious) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
        assertThat(QualityReport.serious(f)).as(passage).isEqualTo(serious);
    }
}
