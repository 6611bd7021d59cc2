package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A name found in part runs on over the capitalized words that continue it: the second surname no list knows, in
 * capitals after a name in capitals; never past a comma, a line, a column's gap, a word in lower case or a form's next
 * label, and a span not shaped like a name keeps its end.
 */
class NameTailsTest {

    /** The text from the start of {@code found} to where {@link NameTails} ends it. */
    private static String runsTo(String text, String found) {
        int start = text.indexOf(found);
        return text.substring(start, NameTails.end(text, start, start + found.length()));
    }

    @Test
    void theSecondSurnameNoListKnowsGoesWithTheNameFoundBeforeIt() {
        assertThat(runsTo("El vale lo firmó Hilario Ocampo Zuazua, vecino del mercado.", "Hilario Ocampo"))
                .isEqualTo("Hilario Ocampo Zuazua");
        assertThat(runsTo("Le dijeron que la llave la tenía Nereida Balcázar Ugalde Ituarte y nadie más.", "Nereida"))
                .as("at most two more words").isEqualTo("Nereida Balcázar Ugalde");
        assertThat(runsTo("El paquete lo entregó ROSENDA ICHANTE MALDONADO y su hijo", "ROSENDA ICHANTE"))
                .as("capitals after capitals, in a line that writes in lower case").isEqualTo("ROSENDA ICHANTE MALDONADO");
    }

    @Test
    void whatIsNoPartOfTheNameIsLeftOut() {
        assertThat(runsTo("Lo trajo Hilario Ocampo, Zuazua lo esperaba.", "Hilario Ocampo")).as("a comma").isEqualTo("Hilario Ocampo");
        assertThat(runsTo("Lo trajo Hilario Ocampo cuando Zuazua ya se iba.", "Hilario Ocampo")).as("a word in lower case")
                .isEqualTo("Hilario Ocampo");
        assertThat(runsTo("Firma: Hilario Ocampo\nTlaxcala, a 3 de mayo", "Hilario Ocampo")).as("the next line").isEqualTo("Hilario Ocampo");
        assertThat(runsTo("NOMBRE: HILARIO OCAMPO SECCIÓN: 4521", "HILARIO OCAMPO")).as("the next field's label")
                .isEqualTo("HILARIO OCAMPO");
        assertThat(runsTo("Hilario Ocampo    Tlalpan", "Hilario Ocampo")).as("a column's gap").isEqualTo("Hilario Ocampo");
        assertThat(runsTo("ENTREGÓ EL PAQUETE ROSENDA ICHANTE NO FIRMÓ EL ACTA", "ROSENDA ICHANTE")).as("a line all in capitals")
                .isEqualTo("ROSENDA ICHANTE");
        assertThat(runsTo("Lo vio Hilario Ocampo RUIZ en la fila.", "Hilario Ocampo")).as("capitals after a name in mixed case")
                .isEqualTo("Hilario Ocampo");
    }

    @Test
    void theSurnameAfterInitialsGoesWithThemInEitherCase() {
        assertThat(runsTo("Sin más por el momento\nJ. M. VALDIVIA", "J. M.")).as("a signature's line all in capitals")
                .isEqualTo("J. M. VALDIVIA");
        assertThat(runsTo("La bitácora la llevó E. Zumárraga Pliego hasta el cierre.", "E.")).isEqualTo("E. Zumárraga Pliego");
        // the next field's label, a comma or a word in lower case still stop it
        assertThat(runsTo("J. M. SECCIÓN: 4521", "J. M.")).isEqualTo("J. M.");
        assertThat(runsTo("lo firmó J. M., Valdivia lo selló", "J. M.")).isEqualTo("J. M.");
        assertThat(runsTo("lo firmó J. M. cuando Valdivia llegó", "J. M.")).isEqualTo("J. M.");
    }

    @Test
    void aSpanNotShapedLikeANameKeepsItsEnd() {
        assertThat(runsTo("El correo ana.ruiz@correo.example Tlalpan llegó", "ana.ruiz@correo.example")).isEqualTo("ana.ruiz@correo.example");
        assertThat(runsTo("Credencial 4521 Ruiz Tapia", "4521")).as("a number").isEqualTo("4521");
        assertThat(runsTo("Vive en calle Pino 12 Santa Úrsula", "calle Pino 12")).as("an address").isEqualTo("calle Pino 12");
    }

    @Test
    void theDetectorReportsTheWholeNameAndFindsItElsewhereInTheText() {
        String text = "Quien suscribe, Hermenegildo Tapia Urquidi, vecino de la calle.\nAl final Hermenegildo Tapia Urquidi firmó el acta.";
        List<String> names = Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
        assertThat(names).as("the names the detector reports").allSatisfy(n -> assertThat(n).doesNotEndWith("Tapia"));
        assertThat(names).anySatisfy(n -> assertThat(n).contains("Urquidi"));
    }

    @Test
    void aNameFoundWithItsRoleInLowerCaseRunsOnToItsSurnames() {
        // the role came with the name the detector found; the surnames after it are as much the name's
        assertThat(runsTo("En la rifa, la tesorera Clotilde Zaragoza Ibargüen contó los boletos.", "tesorera Clotilde"))
                .isEqualTo("tesorera Clotilde Zaragoza Ibargüen");
        assertThat(runsTo("Bitácora del velero: el grumete ANSELMO QUIROGA TELLO subió el ancla", "el grumete ANSELMO"))
                .as("in capitals inside a line that writes in lower case").isEqualTo("el grumete ANSELMO QUIROGA TELLO");
        // a role alone, a comma or a word in lower case after the name still stop it
        assertThat(runsTo("la tesorera Clotilde, Zaragoza la ayudó", "tesorera Clotilde")).isEqualTo("tesorera Clotilde");
        assertThat(runsTo("la tesorera Clotilde contó con Zaragoza", "tesorera Clotilde")).isEqualTo("tesorera Clotilde");
        assertThat(runsTo("LA TESORERA clotilde ZARAGOZA", "TESORERA clotilde")).as("no name after the lower-case words")
                .isEqualTo("TESORERA clotilde");
    }
}
