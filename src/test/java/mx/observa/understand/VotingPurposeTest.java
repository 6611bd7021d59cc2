package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;

/**
 * What was done so that someone could vote is help, not a problem (thirty-fourth session; invented sentences, none
 * copied from a labelled set): a problem cue that reaches into the purpose «para que marcara» names the purpose.
 */
class VotingPurposeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            El escrutador cargó la boleta y la mampara de cartón hasta la reja para que marcara.
            La funcionaria le arrimó la mampara a la banca para que opinara sentada.
            """)
    void helpSoThatSomeoneCouldVoteIsNoSeriousIncident(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isNotEqualTo("incidencia");
        assertThat(QualityReport.serious(f)).as(passage).isFalse();
    }

    /** What was done before the purpose, or said inside it, still counts. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            El yerno se metió a la mampara con ella para que marcara el 3.
            Un muchacho le decía a la señora junto a la mampara qué marcar, para que votara por el 2.
            """)
    void aProblemToldBeforeOrInsideThePurposeStillCounts(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(QualityReport.serious(f)).as(passage + " " + f.kindEvidence()).isTrue();
    }
}
