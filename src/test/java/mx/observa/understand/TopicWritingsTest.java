package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ways of writing the twenty-seventh round found across the labelled sets (config/taxonomia.yaml), each tried on
 * invented sentences beside one it must not fire on: the acta named with the material or with a problem recorded in it,
 * the screen moved or placed and what someone marks seen by others, the officials' punctuality said with the routine of
 * the three, and gifts, promises and whispered numbers of a project.
 */
class TopicWritingsTest {

    private static Set<String> topics(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence().keySet();
    }

    @Test
    void theActaNamedWithTheMaterialOrAProblemRecordedInItIsThatMaterialNotTheCount() {
        assertThat(topics("Llegaron dos urnas selladas, las papeletas y el acta, sin faltantes."))
                .contains("material").doesNotContain("escrutinio");
        assertThat(topics("Una de las urnas traía la tapa rota; el secretario lo apuntó en el acta."))
                .contains("material").doesNotContain("escrutinio");
        // … the acta alone, filled or signed, is still the closing
        assertThat(topics("Al final el acta quedó firmada por los tres.")).contains("escrutinio");
        assertThat(topics("La secretaria llenó el acta con calma frente a los vecinos.")).contains("escrutinio");
        assertThat(topics("Al terminar contaron en voz alta frente a los vecinos.")).contains("escrutinio");
        assertThat(topics("Al final contaron que ya no había luz en la escuela.")).doesNotContain("escrutinio");
        // … and the closing as the hour of a turnout count is the turnout
        assertThat(topics("Vino poca gente: al cierre eran 41 opiniones.")).contains("participacion").doesNotContain("escrutinio");
    }

    @Test
    void theScreenMovedOrWhereItGoesIsTheSecrecyOfTheVote() {
        assertThat(topics("A media mañana el secretario movió la mampara hacia la barda.")).contains("secreto_voto");
        assertThat(topics("Conviene enseñar en la capacitación dónde va la mampara.")).contains("secreto_voto");
        // … a broken one swapped is material
        assertThat(topics("Cambiaron la mampara rota por otra.")).contains("material").doesNotContain("secreto_voto");
    }

    @Test
    void whatSomeoneMarksToldByOthersIsTheSecrecyOfTheVote() {
        assertThat(topics("Los de la banca platicaban lo que marcaba cada vecino.")).contains("secreto_voto");
        assertThat(topics("Le expliqué a mi tía cómo se marca la papeleta.")).doesNotContain("secreto_voto");
    }

    @Test
    void theOfficialsArrivingAtAnHourIsTheirPunctualityNotTheRoutineOfTheOpening() {
        assertThat(topics("Las tres funcionarias llegaron a las 8:10 y se quedaron todo el día."))
                .contains("funcionariado").doesNotContain("instalacion");
        assertThat(topics("Los tres funcionarios estaban desde temprano, bien dispuestos con la gente."))
                .contains("funcionariado").doesNotContain("instalacion");
        assertThat(topics("Ya estaban las tres funcionarias cuando llegué.")).contains("instalacion").doesNotContain("funcionariado");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un joven repartía abanicos con el número del proyecto.
            Les prometía arreglar la cancha si ganaba la propuesta del deportivo.
            Un señor les susurraba el número que tenían que marcar.
            Regalaban tacos a quienes salían de opinar.
            Le decía a cada quien que el bueno era el del parque.
            Contaba que si salía el proyecto del mercado a los que votaran les iban a dar local.
            """)
    void giftsPromisesAndWhisperedNumbersOfAProjectAreCampaigning(String passage) {
        assertThat(topics(passage)).contains("proselitismo");
    }

    @Test
    void theMesasOwnNumberOrAnOfficialsExplanationIsNoCampaigning() {
        assertThat(topics("La presidenta le entregó al escrutador la hoja con el número de folio.")).doesNotContain("proselitismo");
        assertThat(topics("El secretario le dio a cada quien su papeleta con el número de la mesa.")).doesNotContain("proselitismo");
        assertThat(topics("El presidente explicó que si gana el proyecto la obra se hace el año que entra.")).doesNotContain("proselitismo");
    }
}
