package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

class DocumentFrameTest {

    private static Finding context(int number, String text) {
        return Finding.of(number, text, Map.of());
    }

    private static Finding incident(int number, String text, String topic, String why) {
        return Finding.of(number, text, Map.of(topic, List.of("faltaron")), FindingKind.INCIDENCIA, List.of(why));
    }

    /** The findings kept, numbered again from 1, the last pointing to the finding it follows by its new number. */
    private static void assertKept(List<Finding> read, String lastPointsTo, String... texts) {
        List<Finding> kept = DocumentFrame.withoutFrame(read);
        assertThat(kept).extracting(Finding::text).containsExactly(texts);
        assertThat(kept).extracting(Finding::number).containsExactly(IntStream.rangeClosed(1, texts.length).boxed().toArray(Integer[]::new));
        assertThat(kept.get(texts.length - 1).kindEvidence()).as("the finding it points to, numbered again").containsExactly(lastPointsTo);
    }

    @Test
    void contextWithNoTopicBeforeTheFirstObservationAndAfterTheLastFramesTheReport() {
        List<Finding> read = List.of(
                context(1, "Receta de la abuela para el pozole del domingo"),
                context(2, "Ingredientes para doce personas."),
                incident(3, "Faltaron boletas a mediodía.", "material", "faltaron"),
                context(4, "Después fui por las tortillas."),
                incident(5, "Nadie avisó a la dirección distrital.", "funcionariado", "sigue al hallazgo 3"),
                context(6, "Sírvase caliente y con limón."));
        assertKept(read, "sigue al hallazgo 1",
                "Faltaron boletas a mediodía.", "Después fui por las tortillas.", "Nadie avisó a la dirección distrital.");
    }

    @Test
    void contextWithATopicAJudgementOrAReportOfContextOnlyStays() {
        Finding turnout = Finding.of(1, "Llegaron unas cuarenta personas en todo el día.", Map.of("participacion", List.of("personas")));
        Finding incident = incident(2, "Faltaron boletas a mediodía.", "material", "faltaron");
        assertThat(DocumentFrame.withoutFrame(List.of(turnout, incident))).hasSize(2);

        List<Finding> onlyContext = List.of(context(1, "Estuve en la mesa del mercado."), context(2, "Era domingo."));
        assertThat(DocumentFrame.withoutFrame(onlyContext)).as("nothing but context: nothing to frame").isEqualTo(onlyContext);

        Finding unreadable = Finding.illegible(1, "qee tuerce asin seo pea");
        assertThat(DocumentFrame.withoutFrame(List.of(unreadable, incident))).as("noise is marked, not dropped").hasSize(2);
    }

    @Test
    void aTitleInBetweenNamesWhatFollowsAndIsNoFinding() {
        List<Finding> read = List.of(
                incident(1, "Faltaron boletas a mediodía.", "material", "faltaron"),
                context(2, "Segundo acto: la tarde"),
                incident(3, "Nadie avisó a la dirección distrital.", "funcionariado", "sigue al hallazgo 1"),
                context(4, "Capítulo 3. El cierre"),
                incident(5, "Nadie repuso las boletas.", "material", "sigue al hallazgo 3"));
        assertKept(read, "sigue al hallazgo 2",
                "Faltaron boletas a mediodía.", "Nadie avisó a la dirección distrital.", "Nadie repuso las boletas.");
    }

    @Test
    void aSentenceOfContextAFieldWithATopicANoteOrACountInBetweenStays() {
        Finding before = incident(1, "Faltaron boletas a mediodía.", "material", "faltaron");
        Finding after = incident(6, "Nadie repuso las boletas.", "material", "faltaron");
        List<Finding> read = List.of(before,
                context(2, "Después fui por las tortillas."),
                Finding.of(3, "Propaganda: ninguna", Map.of("proselitismo", List.of("propaganda")), FindingKind.CONFORME, List.of("ninguna")),
                context(4, "ya llegó la señora del atole"),
                Finding.of(5, "Personas atendidas: 57", Map.of(), FindingKind.CONTEXTO, List.of("57")),
                after);
        assertThat(DocumentFrame.withoutFrame(read)).as("a sentence, a field with its topic, a note, a count").isEqualTo(read);

        List<Finding> longLine = List.of(before, context(2, "La mesa estaba bajo la carpa del tianguis junto a la parada"), after);
        assertThat(DocumentFrame.withoutFrame(longLine)).as("too long to be a title").hasSize(3);
    }
}
