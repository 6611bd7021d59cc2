package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A figure heard or seen on a medium, named right before it («oyendo a … en la radio»), a figure a monument represents
 * («frente a la estatua de …») and an animal described and then given its name («el loro de la fonda se llama …») stay
 * readable ({@link NoPersonContext}); a person of the report near the same words does not. Names invented, sentences
 * of genres of our own (a memoir, a vet's log, a walking tour).
 */
class FiguresHeardSeenOrCastTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aFigureHeardOrSeenOnAMediumNamedRightBeforeItStaysReadable() {
        assertThat(anyContains(personal("De chico aprendí a narrar partidos oyendo a Teófilo Barragán en la radio."), "Barragán"))
                .isFalse();
        assertThat(anyContains(personal("En la casa de mis tíos veíamos a Clodomiro Anaya por la tele cada noche."), "Anaya"))
                .isFalse();
    }

    @Test
    void aPersonOfTheReportNearAMediumIsStillAName() {
        // a relation before the name: the neighbour who spoke on the radio
        assertThat(anyContains(personal("Escuchamos a mi vecina Rosaura Pliego en la radio comunitaria."), "Rosaura Pliego")).isTrue();
        // the subject of the sentence, not the object of a verb of hearing or seeing
        assertThat(anyContains(personal("Ayer Anselmo Cadena en la tele dijo que votaría temprano."), "Anselmo Cadena")).isTrue();
        // the medium is not right after the name
        assertThat(anyContains(personal("Saludé a Anselmo Cadena en la fila; luego en la tele pasaron el debate."), "Anselmo Cadena"))
                .isTrue();
        // a title on the name: a neighbour known by it
        assertThat(anyContains(personal("Oímos a don Eusebio Zamudio en la radio del mercado."), "Eusebio Zamudio")).isTrue();
    }

    @Test
    void theFigureAMonumentRepresentsStaysReadable() {
        assertThat(anyContains(personal("El recorrido empieza frente a la estatua de Teodomiro Vallejo, en la plaza."), "Vallejo"))
                .isFalse();
        assertThat(anyContains(personal("La mesa se instaló junto al busto de Leandro Casasús, a la sombra."), "Casasús"))
                .isFalse();
    }

    @Test
    void aPersonNearAMonumentIsStillAName() {
        assertThat(anyContains(personal("Junto a la estatua, Teodomiro Vallejo repartía volantes del proyecto."), "Teodomiro Vallejo"))
                .isTrue();
        assertThat(anyContains(personal("Frente a la estatua de mi abuelo Ezequiel Anguiano votó toda la familia."), "Ezequiel Anguiano"))
                .isTrue();
    }

    @Test
    void anAnimalDescribedThenNamedKeepsItsName() {
        assertThat(anyContains(personal("Bitácora de la veterinaria: el loro de la fonda se llama Anacleto Garibay y ya habla."), "Garibay"))
                .isFalse();
        assertThat(anyContains(personal("El ajolote más viejo del estanque se llama Tlacaélel Ruiz."), "Ruiz")).isFalse();
    }

    @Test
    void aPersonNamedBesideAnAnimalIsStillAName() {
        assertThat(anyContains(personal("El dueño del perro se llama Anselmo Cadena y vive enfrente."), "Anselmo Cadena")).isTrue();
        assertThat(anyContains(personal("La vecina del gato se llama Rosaura Pliego."), "Rosaura Pliego")).isTrue();
    }
}
