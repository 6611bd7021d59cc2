package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/** How the evaluation judges a questionnaire's question labelled no finding (README «Convenciones de la sesión 33»). */
class QualityReportQuestionTest {

    private static Finding finding(String text) {
        return new Finding(1, text, new TreeMap<>(), FindingKind.CONFORME, List.of(), false);
    }

    @Test
    void aQuestionThatOpensItsAnswersFindingIsNoFindingByItself() {
        assertThat(QualityReport.opensItsAnswer("4. ¿Hubo propaganda cerca de la mesa?",
                finding("4. ¿Hubo propaganda cerca de la mesa? No, ninguna en todo el día."))).isTrue();
    }

    @Test
    void aQuestionAloneOrAfterOtherTextIsStillAFindingOfItsOwn() {
        assertThat(QualityReport.opensItsAnswer("4. ¿Hubo propaganda cerca de la mesa?",
                finding("4. ¿Hubo propaganda cerca de la mesa?"))).isFalse();
        assertThat(QualityReport.opensItsAnswer("4. ¿Hubo propaganda cerca de la mesa?",
                finding("Todo tranquilo en la fila. 4. ¿Hubo propaganda cerca de la mesa? No."))).isFalse();
        // … and a heading is no question
        assertThat(QualityReport.opensItsAnswer("Datos de la mesa", finding("Datos de la mesa: la 3 del mercado"))).isFalse();
    }
}
