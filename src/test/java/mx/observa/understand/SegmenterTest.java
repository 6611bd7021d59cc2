package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> findings(String text) {
        String clean = LineUnwrapper.unwrap(text);
        MetadataExtractor.Result meta = new MetadataExtractor(Fixtures.GAZETTEER, Fixtures.PRIVACY, 2022).extract(clean);
        return new Segmenter().segment(clean, meta.mentionSpans()).stream().map(Segmenter.Segment::text).toList();
    }

    @Test
    void aLetterKeepsOnlyItsFindings() {
        List<String> found = findings("""
                RED CIUDADANA DE OBSERVACIÓN "OJOS EN LA COLONIA", A.C.
                Calle Ermita Iztapalapa 1520, Col. Héroes de Churubusco, C.P. 09090
                Tel. 55 5612 3478 · contacto@ojos.org.mx

                Ciudad de México, a 4 de mayo de 2022

                Asunto: Informe de observación

                INSTITUTO ELECTORAL DE LA CIUDAD DE MÉXICO
                P R E S E N T E

                Por medio del presente informo lo observado el 1 de mayo de 2022 en la Unidad Territorial 07-091, alcaldía Iztapalapa, Distrito 24.

                La mesa se instaló a las 9:40 porque el mobiliario llegó tarde.

                Faltó una mampara.

                Sin otro particular, quedo a sus órdenes.

                Atentamente

                Rosa María Villalobos Cruz
                Persona observadora acreditada

                AVISO DE PRIVACIDAD: Los datos personales recabados serán protegidos conforme a la ley.
                """);
        assertThat(found).containsExactly("La mesa se instaló a las 9:40 porque el mobiliario llegó tarde.", "Faltó una mampara.");
    }

    @Test
    void mailHeadersQuotedRepliesAndSignaturesAreNotFindings() {
        List<String> found = findings("""
                De: Laura Méndez <laura@example.org>
                Asunto: Informe SEI

                Buenas noches:

                La plataforma estuvo caída dos horas.

                Saludos,
                Laura
                Tel. 55 4318 2297

                El vie, 29 abr 2022 a las 10:02, Observación IECM <obs@iecm.mx> escribió:
                > Le recordamos incluir la instalación de la mesa.
                """);
        assertThat(found).containsExactly("La plataforma estuvo caída dos horas.");
        assertThat(findings("La mesa abrió a tiempo y sin problemas.\n--\nLic. Ana Cervantes\nEste correo es confidencial."))
                .containsExactly("La mesa abrió a tiempo y sin problemas.");
    }

    @Test
    void boilerplateWordsInsideRealFindingsDoNotDropThem() {
        assertThat(findings("Gracias a la policía se calmó la situación.\n\nMandé un correo a info@iecm.mx y nunca respondieron"))
                .containsExactly("Gracias a la policía se calmó la situación.", "Mandé un correo a info@iecm.mx y nunca respondieron");
    }

    @Test
    void aQuestionStaysWithItsAnswerEvenAfterABlankLine() {
        assertThat(findings("""
                1. ¿A qué hora se instaló la mesa?
                R: A las 9:05, sin contratiempos.

                2. ¿Hubo propaganda cerca de la mesa?

                No se observó ninguna.
                """)).containsExactly("1. ¿A qué hora se instaló la mesa? R: A las 9:05, sin contratiempos.",
                "2. ¿Hubo propaganda cerca de la mesa? No se observó ninguna.");
    }

    @Test
    void listItemsAreFindingsAndAHeadingGivesThemContext() {
        assertThat(findings("""
                Recomendaciones

                - Hacer accesible la plataforma.
                - Difundir antes el calendario.
                """)).containsExactly("Recomendaciones: Hacer accesible la plataforma.", "Recomendaciones: Difundir antes el calendario.");
        assertThat(findings("Material\nSe contaba con 250 boletas y una urna.")).containsExactly("Material: Se contaba con 250 boletas y una urna.");
    }

    @Test
    void headerLinesMadeOfMetadataAreNotFindings() {
        assertThat(findings("""
                REPORTE DE OBSERVACION
                ALC. COYOACAN   DTTO 30
                UT PASEOS DE TAXQUENA II   MRO 2
                1 DE MAYO 2022

                - POCA GENTE, APROX 25 OPINIONES EN TODO EL DIA
                """)).containsExactly("POCA GENTE, APROX 25 OPINIONES EN TODO EL DIA");
    }

    @Test
    void wrappedLinesHyphenationAndPageBreaksAreUndone() {
        String text = "La mesa se instaló en el patio de la escuela y las personas funcionarias atendie-\n"
                + "ron con amabilidad a todas las personas que se acercaron a opinar durante la\n"
                + "mañana.\n\nUn grupo ofrecía llevar en automóvil\n\nPágina 1 de 2\n\na las personas mayores.";
        assertThat(findings(text)).containsExactly(
                "La mesa se instaló en el patio de la escuela y las personas funcionarias atendieron con amabilidad a todas las "
                        + "personas que se acercaron a opinar durante la mañana.",
                "Un grupo ofrecía llevar en automóvil a las personas mayores.");
    }

    @Test
    void unwrappingKeepsEveryOffset() {
        String text = "línea larga que llega hasta el margen derecho de la página impresa y sigue\nen la siguiente.\n\nOtra.";
        assertThat(LineUnwrapper.unwrap(text)).hasSameSizeAs(text).doesNotContain("y sigue\n");
        assertThat(LineUnwrapper.unwrap("Nombre: Ana\nAlcaldía: Tlalpan")).isEqualTo("Nombre: Ana\nAlcaldía: Tlalpan");
    }
}
