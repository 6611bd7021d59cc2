package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Figures known by what they made or studied ({@link NoPersonContext}): the author after a work's genre («los cuentos
 * de …»), who studied something, told after «que» («el sismo que estudió …»), the figure whose work is a comparison's
 * yardstick («comparado con lo que filmaba …») and figures listed nationwide stay readable; who spoke, who checked,
 * found or made up something at the mesa, or a role before the name keep the name redacted.
 */
class FigureWorksAndStudiesTest {

    private List<String> names(String text) {
        return Fixtures.detectedPersonalData(text).stream().filter(p -> p.kind().equals(PersonalDataDetector.NOMBRE))
                .map(PersonalData::text).toList();
    }

    @Test
    void theAuthorAfterAWorksGenreIsAFigure() {
        assertThat(names("De niño me leían los cuentos de Octaviano Zermeño antes de dormir.")).isEmpty();
        assertThat(names("En la sala de espera pasaban un documental de Leonor Villaseca sobre el maíz.")).isEmpty();
        assertThat(names("La mampara tenía pegados dos alebrijes de Cirilo Anaya Tello.")).isEmpty();
    }

    @Test
    void aPhotoOrAPersonsNounBeforeTheNameKeepsThePerson() {
        // a photo is of whoever stands in it
        assertThat(names("Tomé fotos de Leonor Villaseca repartiendo despensas.")).containsExactly("Leonor Villaseca");
        // a title makes the author a neighbour
        assertThat(names("Nos contaron los cuentos de don Octaviano Zermeño en la fila.")).isNotEmpty();
    }

    @Test
    void whoStudiedSomethingIsAFigure() {
        assertThat(names("En la secundaria nos hablaron de la bacteria que estudió Evaristo Lucero Tapia.")).isEmpty();
        assertThat(names("El cometa que estudió Ismael Quiroga volvió a pasar ese año.")).isEmpty();
    }

    @Test
    void whatTheMesaDidFoundOrMadeUpOrARoleBeforeTheNameIsAPersonsDoing() {
        assertThat(names("La boleta que revisó Ismael Quiroga estaba rota.")).containsExactly("Ismael Quiroga");
        assertThat(names("Las boletas marcadas que descubrió Julián Soto Arce estaban en la urna."))
                .containsExactly("Julián Soto Arce");
        assertThat(names("No abrieron por el pretexto que inventó Julián Soto Arce.")).containsExactly("Julián Soto Arce");
        assertThat(names("Hablé del problema que estudió la escrutadora Rosalba Quiñones con calma."))
                .containsExactly("escrutadora Rosalba Quiñones");
    }

    @Test
    void aFigureListedNationwideStaysReadableButANeighbourWithTheSameGivenNameDoesNot() {
        assertThat(names("En la fila una señora le contaba a su nieto de Hans Christian Andersen.")).isEmpty();
        assertThat(names("Mi sobrino subió tres volcanes y admira a Carlos Carsolio desde niño.")).isEmpty();
        assertThat(names("Nos atendió Carlos Carmona en la entrada de la escuela.")).containsExactly("Carlos Carmona");
    }

    @Test
    void theFigureWhoseWorkIsAYardstickIsNoPersonButWhoSpokeIs() {
        assertThat(names("Comparado con lo que pintaba Gumaro Estrada, el mural de la escuela es sencillo.")).isEmpty();
        assertThat(names("A diferencia de lo que componía Teófilo Arreguín, aquí sonaban cumbias.")).isEmpty();
        // any other verb names whoever said or did it, and so does the name right after «lo que»
        assertThat(names("Comparado con lo que nos dijo Rosalba Quiñones, la fila avanzó rápido.")).containsExactly("Rosalba Quiñones");
        assertThat(names("A diferencia de lo que Rosalba Quiñones nos contó, la urna llegó sellada.")).containsExactly("Rosalba Quiñones");
    }
}
