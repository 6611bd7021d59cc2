package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * A voter's choice seen by others, told as the question of what was chosen («vieron qué proyecto marcó», «se alcanza a
 * ver lo que la gente marca»): the secret of the vote broken, a serious incident (forty-first round). Invented
 * sentences of a swimming-club newsletter and a bus driver's log; the look-alikes see the result, deny that anyone saw,
 * or see that people voted without saying what they chose.
 */
class ChoiceSeenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Como la mesa quedó junto a la alberca, los nadadores de la orilla vieron qué proyecto marcó cada quien.
            Desde el andén del camión se alcanza a ver lo que la gente marca en la boleta.
            El tesorero llenó la boleta recargado en el mostrador de la cafetería y los meseros vieron qué escogió.
            El chofer se estiraba en su asiento para ver qué proyecto marcaba su compadre.
            Desde la fila el salvavidas veía cómo marcaban los que pasaban.
            """)
    void whatAVoterChoseSeenByOthersIsASeriousIncident(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind()).as(passage + " " + f.kindEvidence()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(f.topics()).as(passage + " " + f.evidence()).contains("secreto_voto");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Al cerrar, los vecinos vieron qué proyecto ganó en la hoja pegada en la puerta.
            Vi que marcaban con plumón negro y doblaban la boleta antes de salir.
            Los nadadores vieron que el secretario marcaba la credencial de cada quien con tinta.
            """)
    void theResultOrThatPeopleVotedIsNoChoiceSeen(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.evidence().getOrDefault("secreto_voto", java.util.List.of())).as(passage)
                .noneMatch(w -> w.contains("que proyecto") || w.contains("como marc") || w.contains("lo que la gente"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nadie vio qué proyecto marcó cada quien: la mampara quedó contra la barda.
            Ni desde el andén ni desde la fila se alcanzaba a ver lo que la gente marcaba.
            El biombo de la lavandería impedía ver qué proyecto marcaba cada cliente.
            Pusieron una cortina del puesto de tacos para que nadie viera qué escogió cada vecina.
            """)
    void aChoiceNobodySawIsNoIncident(String passage) {
        Finding f = Fixtures.onlyFinding(passage);
        assertThat(f.kind()).as(passage + " " + f.kindEvidence()).isNotEqualTo(FindingKind.INCIDENCIA);
    }
}
