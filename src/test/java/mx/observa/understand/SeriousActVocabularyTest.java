package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The twentieth round's vocabulary of the acts behind serious incidents (config/taxonomia.yaml): the nineteenth
 * labelled set found incidents whose finding lacked its serious topic because the act was said in words the rules did
 * not know — colloquial blows, a fight that breaks out («se armó la bronca»), pulling a person by the arm, drawing a weapon, a car rushing past the queue, the
 * formal and plural slogan («vote por…», «voten por las…», «para que votaran por…»), gifts of drink, a benefit promised
 * if a project wins, entering the booth with someone, reading another's ballot, an order with the project's number or a dictated choice.
 * Each is tried on invented sentences, together with the same words where they tell no serious act.
 */
class SeriousActVocabularyTest {

    private static Set<String> topics(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence().keySet();
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Afuera de la tienda dos compadres se dieron de madrazos por una deuda.          | seguridad
            El muchacho le soltó una cachetada a su hermano junto a la urna.              | seguridad
            Una mujer le jaló el cabello a la secretaria cuando no la dejaron votar.      | seguridad
            En plena discusión el señor sacó una navaja y la gente se alejó.              | seguridad
            Uno de ellos sacó un tubo de la cajuela y se hicieron todos para atrás.       | seguridad
            Un repartidor en moto pasó a toda velocidad rozando a la gente formada.       | seguridad
            Una camioneta en reversa casi atropella a un niño de la fila.                 | seguridad
            Al mediodía se armó la bronca entre dos familias por el lugar en la fila.     | seguridad
            Hubo una trifulca en la esquina y la gente se fue corriendo.                   | seguridad
            El líder les prometió a los que votaran por la cancha un lugar en la comida.  | proselitismo
            Desde su puesto la señora de los jugos gritaba «vote por el kiosco, joven».   | proselitismo
            Un muchacho con megáfono pedía que voten por las bancas del parque.           | proselitismo
            Pasaron unos señores repartiendo folletos para que votaran por el alumbrado.  | proselitismo
            Un hombre regalaba atole a los de la fila y les guiñaba el ojo.               | proselitismo
            La vendedora les daba tamales a los vecinos que iban llegando.                | proselitismo
            Les aseguraban que si ganaba la techumbre les iban a dar chamba en la obra.  | proselitismo
            Una señora se metió a la mampara con su comadre y tardaron un buen rato.      | secreto_voto
            El papá entró a la mampara con su hija de veinte años.                        | secreto_voto
            Desde la banca se podía leer la boleta de la persona que estaba votando.      | secreto_voto
            El señor le dijo en voz alta a su esposa "ponle al tres, vieja".              | secreto_voto
            La abuela dictó a su nieto qué proyecto marcar dentro de la mampara.          | secreto_voto
            """)
    void theActPlacesTheIncidentInItsSeriousTopic(String passage, String topic) {
        assertThat(topics(passage)).as(passage).contains(topic);
    }

    @Test
    void theSameWordsInAnotherSenseTellNoSeriousAct() {
        // reading one's own ballot is accessibility, not someone else's vote
        assertThat(topics("A la señora le costaba leer la boleta porque la letra era chiquita.")).doesNotContain("secreto_voto");
        // going to the booth with one's own ballot, or explaining how to mark it, is the procedure
        assertThat(topics("Cada quien entraba a la mampara con su papeleta y su crayón.")).doesNotContain("secreto_voto");
        assertThat(topics("La presidenta le dijo a cada quien cómo se marca la papeleta.")).doesNotContain("secreto_voto");
        // dictating the report to a relative is no dictated vote
        assertThat(topics("Mi tía me dictó este informe porque no alcanza a escribir.")).doesNotContain("secreto_voto");
        // officials offering water to someone who felt ill is care, not a gift for a vote
        assertThat(topics("La secretaria le ofreció agua a una señora que se mareó en la fila.")).doesNotContain("proselitismo");
        // what a project will build if it wins is information about the project
        assertThat(topics("Si gana el proyecto de la cancha van a poner pasto nuevo y gradas.")).doesNotContain("proselitismo");
        // a car that only drives past is no danger, and pulling a tent is no aggression
        assertThat(topics("Los coches pasaban despacio por la calle de enfrente.")).doesNotContain("seguridad");
        assertThat(topics("Entre dos jalaron la lona del toldo para que diera sombra.")).doesNotContain("seguridad");
    }

    @Test
    void aDeniedActIsNoSeriousIncident() {
        Finding calm = Fixtures.onlyFinding("Nadie regaló agua ni comida cerca de la fila en todo el día.");
        assertThat(calm.kind()).isNotEqualTo(FindingKind.INCIDENCIA);
        Finding blows = Fixtures.onlyFinding("Un borracho se dio de trancazos con el vigilante de la escuela.");
        assertThat(blows.kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(blows.topics()).contains("seguridad");
    }
}
