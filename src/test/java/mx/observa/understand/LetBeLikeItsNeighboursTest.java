package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The mesa's answer to a serious problem told just before it, in words no inaction cue lists — an excuse quoted, a
 * shrug, a reason — is read as the mesa letting that problem be when the passages alike to it are other mesas letting
 * other serious problems be ({@link SeriousNeighbours#followsAsLetBe}). Invented sentences (a beekeepers' newsletter, a
 * lost-and-found log, a choir's rehearsal notes), each with its look-alikes: the mesa that handled it, an officials'
 * fault of another kind, a problem of its own, and no serious incident before.
 */
class LetBeLikeItsNeighboursTest {

    private static LabelledPassages.Passage passage(String text, FindingKind kind, String... topics) {
        return new LabelledPassages.Passage(text, kind, Set.of(topics), "prueba");
    }

    private static Finding finding(int number, FindingKind kind, String text, String... topicAndWords) {
        TreeMap<String, List<String>> evidence = new TreeMap<>();
        for (int i = 0; i < topicAndWords.length; i += 2) {
            evidence.put(topicAndWords[i], List.of(topicAndWords[i + 1]));
        }
        return new Finding(number, text, evidence, kind, List.of("parecido a: «…»"), false);
    }

    // other mesas letting other serious problems be, as labelled passages are
    private static final LabelledPassages.Passage HONEY = passage("La presidenta probó la miel y dijo que «regalar no es pecado».",
            FindingKind.INCIDENCIA, "funcionariado", "proselitismo");
    private static final LabelledPassages.Passage LOCKER = passage("El escrutador contestó que el casillero «no le toca a la mesa» y lo dejó abierto.",
            FindingKind.INCIDENCIA, "funcionariado", "seguridad");
    private static final LabelledPassages.Passage CHOIR = passage("Le avisé al secretario y respondió que «cantan en todas las consultas».",
            FindingKind.INCIDENCIA, "funcionariado", "proselitismo");
    private static final LabelledPassages.Passage WHISPER = passage("La mesa oyó a la tía dictando y comentó que «así se ayudan».",
            FindingKind.INCIDENCIA, "funcionariado", "secreto_voto");
    // officials' faults of another kind, and the mesa doing what it should
    private static final LabelledPassages.Passage LATE = passage("El secretario llegó a las diez y media sin avisar.", FindingKind.INCIDENCIA, "funcionariado");
    private static final LabelledPassages.Passage RUDE = passage("La presidenta le gritó a una señora que preguntaba por la fila.", FindingKind.INCIDENCIA, "funcionariado");
    private static final LabelledPassages.Passage ASKED = passage("La presidenta le pidió que guardara los frascos y se fue.", FindingKind.CONFORME, "proselitismo");
    private static final LabelledPassages.Passage QUEUE = passage("La fila llegaba a la esquina.", FindingKind.INCIDENCIA, "participacion");

    private static final Finding JARS = finding(3, FindingKind.INCIDENCIA,
            "Un apicultor regalaba frascos de miel a quien prometiera marcar el proyecto del jardín.", "proselitismo", "regalaba");
    private static final Finding ANSWER = finding(4, FindingKind.INCIDENCIA,
            "Se lo comenté a la presidenta y me dijo que «la miel es de temporada».", "funcionariado", "parecido a: «…»");

    @Test
    void theMesasAnswerAlikeToOtherLetBesGoesOnTellingTheSeriousIncidentBefore() {
        Finding read = SeriousNeighbours.followsAsLetBe(ANSWER, JARS, () -> List.of(HONEY, CHOIR, WHISPER, LATE, HONEY, RUDE, ASKED));

        assertThat(read.evidence()).containsOnlyKeys("funcionariado", "proselitismo")
                .containsEntry("proselitismo", List.of(HandledTopics.FOLLOWS + "3"));
        assertThat(read.kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(read.kindEvidence()).isEqualTo(ANSWER.kindEvidence());
    }

    @Test
    void whatWasLetBeIsTheIncidentBeforeNotWhatTheNeighboursLetBe() {
        // the neighbours let a locker be open (seguridad) and a vote be whispered (secreto_voto): what this mesa let be is the gift
        Finding read = SeriousNeighbours.followsAsLetBe(ANSWER, JARS, () -> List.of(LOCKER, WHISPER, LOCKER, LATE, WHISPER, RUDE, ASKED));

        assertThat(read.evidence()).containsOnlyKeys("funcionariado", "proselitismo");
    }

    @Test
    void anAnswerThatNamesNoTopicTakesTheOfficialsFromTheNeighbours() {
        Finding bare = finding(4, FindingKind.INCIDENCIA, "Cuando le avisé, el secretario se encogió de hombros: «es la costumbre».");

        Finding read = SeriousNeighbours.followsAsLetBe(bare, JARS, () -> List.of(HONEY, CHOIR, WHISPER, LOCKER, QUEUE, LATE, ASKED));

        assertThat(read.evidence()).containsOnlyKeys("funcionariado", "proselitismo");
        assertThat(read.evidence().get("funcionariado").get(0)).startsWith(SeriousNeighbours.LET_BE + "4 de 7");
    }

    @Test
    void theMesaThatRefusedToMoveTheScreenStillLetItBe() {
        Finding peeking = finding(5, FindingKind.INCIDENCIA, "Desde la ventanilla del archivo se leía la boleta de quien marcaba.",
                "secreto_voto", "se leía … boleta");
        Finding refused = finding(6, FindingKind.INCIDENCIA, "El presidente dijo que ahí cabía y no cambió nada de lugar.",
                "instalacion", "cambió … de lugar");

        Finding read = SeriousNeighbours.followsAsLetBe(refused, peeking, () -> List.of(WHISPER, CHOIR, HONEY, LOCKER, QUEUE, LATE, RUDE));

        assertThat(read.evidence()).containsKeys("funcionariado", "instalacion", "secreto_voto");
    }

    @Test
    void fewerThanMostLetBesAmongTheNeighboursAreAnotherFaultOfTheOfficials() {
        Finding late = finding(4, FindingKind.INCIDENCIA, "La presidenta se fue a comer a su casa y tardó una hora en volver.",
                "funcionariado", "se fue a comer");

        assertThat(SeriousNeighbours.followsAsLetBe(late, JARS, () -> List.of(LATE, RUDE, LATE, HONEY, CHOIR, QUEUE, ASKED))).isSameAs(late);
        assertThat(SeriousNeighbours.followsAsLetBe(late, JARS, () -> List.of(LATE, RUDE, WHISPER, HONEY, CHOIR, QUEUE, ASKED))).isSameAs(late);
    }

    @Test
    void aLetBeTakenFromTheIncidentBeforeLendsNothingToTheNextAnswer() {
        Finding continued = finding(4, FindingKind.INCIDENCIA, ANSWER.text(), "funcionariado", "parecido a: «…»",
                "proselitismo", HandledTopics.FOLLOWS + "3");
        Finding next = finding(5, FindingKind.INCIDENCIA, "El escrutador tampoco quiso saber nada: «no es asunto de la mesa».",
                "funcionariado", "parecido a: «…»");

        assertThat(SeriousNeighbours.followsAsLetBe(next, continued, () -> List.of(HONEY, CHOIR, WHISPER, LOCKER, HONEY, CHOIR, WHISPER)))
                .isSameAs(next);
    }

    @Test
    void afterNoSeriousIncidentTheresNothingSeriousToLetBe() {
        Finding queue = finding(3, FindingKind.INCIDENCIA, "La fila de la mañana daba vuelta al mercado.", "participacion", "fila");
        Finding fine = finding(3, FindingKind.CONFORME, "Nadie regaló nada cerca de la mesa.", "proselitismo", "regaló");
        AtomicInteger searched = new AtomicInteger();

        for (Finding before : new Finding[] {queue, fine, null}) {
            assertThat(SeriousNeighbours.followsAsLetBe(ANSWER, before, () -> {
                searched.incrementAndGet();
                return List.of(HONEY, CHOIR, WHISPER, LOCKER, HONEY, CHOIR, WHISPER);
            })).isSameAs(ANSWER);
        }
        // the neighbours are searched only where they can change the answer
        assertThat(searched).hasValue(0);
    }

    @Test
    void aHandlingAProblemOfItsOwnOrAHeadingAreNotTheMesaLettingItBe() {
        List<LabelledPassages.Passage> letBes = List.of(HONEY, CHOIR, WHISPER, LOCKER, HONEY, CHOIR, WHISPER);
        Finding handled = finding(4, FindingKind.CONFORME, "La presidenta le pidió que se llevara los frascos y el apicultor se fue.",
                "funcionariado", "le pidió");
        Finding ownProblem = finding(4, FindingKind.INCIDENCIA, "La presidenta lo vio, y mientras tanto la fila creció hasta la esquina.",
                "funcionariado", "presidenta", "participacion", "fila");
        Finding context = finding(4, FindingKind.CONTEXTO, "Lo que hizo la mesa:");

        assertThat(SeriousNeighbours.followsAsLetBe(handled, JARS, () -> letBes)).isSameAs(handled);
        assertThat(SeriousNeighbours.followsAsLetBe(ownProblem, JARS, () -> letBes)).isSameAs(ownProblem);
        assertThat(SeriousNeighbours.followsAsLetBe(context, JARS, () -> letBes)).isSameAs(context);
    }
}
