package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

/**
 * Topic cues of the fortieth round (config/taxonomia.yaml): a topic's word counts for what it qualifies. «Puntual» said
 * of the opening is the opening's, not the officials'; not knowing WHY something happened is not not knowing of the
 * consultation; ballots counted at the opening are its check of the material, and a count in front of everyone with
 * no object said is the closing's; «aplicaciones» in the plural are anyone's apps or uses, not the internet vote's.
 * Invented sentences in other words than the labelled sets', each with the case the rule must not touch.
 */
class TopicWhatTheWordQualifiesTest {

    private static SortedMap<String, List<String>> shipped(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence();
    }

    private static Set<String> topicsOf(String passage) {
        return Fixtures.RULES_ONLY.understand(passage, "nota.txt").findings().getFirst().evidence().keySet();
    }

    @Test
    void aPunctualOpeningWithTheThreeOfficialsIsTheOpeningsRoutine() {
        assertThat(topicsOf("8:58 — inicio puntual de la jornada, con los tres funcionarios en sus sillas."))
                .contains("instalacion").doesNotContain("funcionariado");
        assertThat(topicsOf("Abrieron puntuales la mesa del mercado y estaban las tres personas funcionarias."))
                .contains("instalacion").doesNotContain("funcionariado");
        assertThat(shipped("La casilla arrancó a tiempo con el presidente, la secretaria y el escrutador."))
                .doesNotContainKey("funcionariado");
    }

    @Test
    void punctualitySaidOfTheOfficialsStillJudgesThem() {
        assertThat(shipped("Los tres funcionarios fueron puntuales y pacientes con los mayores.")).containsKey("funcionariado");
        assertThat(shipped("La secretaria llegó puntual, pero el escrutador no llegó nunca.")).containsKey("funcionariado");
        // the opening on time does not hide a judgement of the officials told after it
        assertThat(shipped("La mesa abrió puntual; el presidente fue grosero con una señora mayor.")).containsKey("funcionariado");
    }

    @Test
    void notKnowingWhyIsNotNotKnowingOfTheConsultation() {
        assertThat(shipped("Una pareja con credencial vigente se quedó sin votar y se fue sin saber por qué."))
                .doesNotContainKey("difusion");
        assertThat(shipped("Los de la fila no sabían por qué la mesa seguía cerrada a las diez.")).doesNotContainKey("difusion");
        assertThat(shipped("Muchos vecinos llegaron sin saber que había consulta ese domingo.")).containsKey("difusion");
        assertThat(shipped("En la fila nadie sabía de los proyectos.")).containsKey("difusion");
    }

    @Test
    void ballotsCountedAtTheOpeningAreTheOpeningsCheckNotTheCount() {
        assertThat(topicsOf("Antes de recibir a nadie, la secretaria contó las papeletas frente a la fila y enseñó la urna vacía."))
                .contains("instalacion").doesNotContain("escrutinio");
        assertThat(topicsOf("Abrieron a las 9:05 y contaron las boletas delante de los primeros vecinos."))
                .contains("instalacion").doesNotContain("escrutinio");
        assertThat(topicsOf("Ya de noche contaron las boletas delante de todos, sin prisa.")).contains("escrutinio");
        // counting with no object said, in front of everyone, is the count too — and at the opening, its check
        assertThat(topicsOf("A las cinco y cuarto contaron todo en voz alta y colgaron la hoja en el zaguán.")).contains("escrutinio");
        assertThat(topicsOf("Abrieron a las nueve: contaron delante de la fila y sellaron la urna vacía."))
                .contains("instalacion").doesNotContain("escrutinio");
    }

    @Test
    void appsInThePluralAreNotTheInternetVote() {
        assertThat(shipped("Aplicaciones")).doesNotContainKey("remota");
        assertThat(shipped("El taller enseñó las aplicaciones del nuevo logotipo en playeras y lonas.")).doesNotContainKey("remota");
        assertThat(shipped("La aplicación se cerraba sola cuando mi abuela quería opinar.")).containsKey("remota");
    }
}
