package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link LineUnwrapper}: wrapped prose becomes one line, offsets unmoved, and what was written line by line stays. */
class LineUnwrapperTest {

    @Test
    void aSentenceCutByThePageOfAFormIsOneLineAndTheFormsHeadingsStayOnTheirOwn() {
        String page = String.join("\n",
                "3. LLEGADA DEL MATERIAL",
                "El paquete llegó a las ocho y cuarenta en la cajuela de un taxi que mandó el distrito desde",
                "la bodega de la calle de atrás.",
                "4. LUGAR",
                "Sin problema.");
        String unwrapped = LineUnwrapper.unwrap(page);

        assertThat(unwrapped).hasSameSizeAs(page)
                .contains("desde la bodega de la calle de atrás.")
                .startsWith("3. LLEGADA DEL MATERIAL\n")
                .contains("atrás.\n4. LUGAR\nSin problema.");
    }

    @Test
    void aWordCutWithAHyphenAtThePageWidthIsJoinedWithoutTheHyphen() {
        String page = String.join("\n",
                "II. CIERRE",
                "Al final de la tarde el secretario contó las boletas sobrantes dos veces porque no le cuadra-",
                "ban con las que se habían usado en la mañana.",
                "III. NOTAS");
        String unwrapped = LineUnwrapper.unwrap(page);

        assertThat(unwrapped.replace(String.valueOf(LineUnwrapper.SOFT_HYPHEN), "")).contains("cuadraban con las que");
    }

    @Test
    void linesEndedOnPurposeStayApart() {
        // a line that ends its sentence, a short line, an item of a list and a verse are written line by line
        String page = String.join("\n",
                "1. DATOS",
                "La mesa se puso en el zaguán de la casa de cultura y la gente entraba por el portón sin orden.",
                "luego llegó la lluvia y todos se metieron al patio techado de enfrente, donde sí cabían.",
                "Nota breve sin punto",
                "después de eso nada más",
                "Las opciones del cuestionario, con la marcada por la observadora al final de la lista de",
                "a) a tiempo, como marca la convocatoria de la consulta",
                "2. FIN");
        assertThat(LineUnwrapper.unwrap(page)).isEqualTo(page);

        String verse = String.join("\n", "la urna llegó temprano a la plaza", "y nadie la quiso cuidar en la tarde",
                "los de la mesa miraban el cielo");
        assertThat(LineUnwrapper.unwrap(verse)).isEqualTo(verse);
    }
}
