package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlongTokensTest {

    @Test
    void textPeopleWriteIsLeftAsItIs() {
        String text = "Escribió desde ana.maria.gonzalez.de.la.fuente@correo.example.org a las 10:30;\n"
                + "https://www.iecm.mx/participacionciudadana/consulta-de-presupuesto-participativo-2022/ y nada más.";
        assertThat(OverlongTokens.broken(text)).isSameAs(text);
    }

    @Test
    void aRunNoWordIsAsLongAsIsBrokenWithoutMovingAnyOffset() {
        String blob = "iVBORw0KGgo".repeat(100);
        String text = "Antes del adjunto. " + blob + " Después del adjunto.";

        String broken = OverlongTokens.broken(text);

        assertThat(broken).hasSameSizeAs(text);
        assertThat(broken).startsWith("Antes del adjunto. ").endsWith(" Después del adjunto.");
        assertThat(broken.split("\\s+")).allSatisfy(token -> assertThat(token.length())
                .isLessThanOrEqualTo(OverlongTokens.LONGEST));
        for (int i = 0; i < text.length(); i++) {
            if (broken.charAt(i) != text.charAt(i)) {
                assertThat(broken.charAt(i)).as("only spaces replace characters of the run").isEqualTo(' ');
            }
        }
    }

    @Test
    void aRunExactlyAsLongAsTheLongestStaysWhole() {
        String run = "x".repeat(OverlongTokens.LONGEST);
        assertThat(OverlongTokens.broken(run + "\n" + run)).isEqualTo(run + "\n" + run);
        assertThat(OverlongTokens.broken(run + "x")).isEqualTo(run + " ");
    }
}
