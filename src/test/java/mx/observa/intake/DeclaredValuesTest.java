package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.DeclaredField;
import mx.observa.support.TestHome;

class DeclaredValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 6, 15);

    private final DeclaredValues values = new DeclaredValues(
            Alcaldias.load(TestHome.projectRoot().resolve("config/geografia/alcaldias.csv")));

    private DeclaredValues.Checked check(Map<String, String> raw) {
        return values.check(raw, Set.of(), TODAY);
    }

    @Test
    void alcaldiasAreCanonicalWithAccentsFromNamesVariantsAndShortAnswers() {
        assertThat(check(Map.of("alcaldia", "alvaro obregon")).values()).containsEntry("alcaldia", "Álvaro Obregón");
        assertThat(check(Map.of("alcaldia", "GAM")).values()).containsEntry("alcaldia", "Gustavo A. Madero");
        assertThat(check(Map.of("alcaldia", "Alcaldía Tláhuac, CDMX")).values()).containsEntry("alcaldia", "Tláhuac");
        assertThat(check(Map.of("alcaldia", "Ecatepec")).errors())
                .containsEntry(DeclaredField.ALCALDIA, "«Ecatepec» no es una de las 16 alcaldías de la Ciudad de México.");
    }

    @Test
    void distritosInDigitsOrRomanNumeralsBetweenOneAndThirtyThree() {
        assertThat(check(Map.of("distrito", "07")).values()).containsEntry("distrito", "7");
        assertThat(check(Map.of("distrito", "DD XXIV")).values()).containsEntry("distrito", "24");
        assertThat(check(Map.of("distrito", "Distrito local 33")).values()).containsEntry("distrito", "33");
        assertThat(check(Map.of("distrito", "34")).errors()).containsKey(DeclaredField.DISTRITO);
        assertThat(check(Map.of("distrito", "el de mi casa")).errors()).containsKey(DeclaredField.DISTRITO);
    }

    @Test
    void datesInTheUsualWritingsButNeverInTheFuture() {
        assertThat(check(Map.of("fecha", "01/05/2022")).values()).containsEntry("fecha", "2022-05-01");
        assertThat(check(Map.of("fecha", "2022-5-1")).values()).containsEntry("fecha", "2022-05-01");
        assertThat(check(Map.of("fecha", "2022/05/01 10:15:00 a. m. GMT-5")).values()).containsEntry("fecha", "2022-05-01");
        assertThat(check(Map.of("fecha", "31/02/2022")).errors()).containsKey(DeclaredField.FECHA);
        assertThat(check(Map.of("fecha", "2022-07-01")).errors().get(DeclaredField.FECHA)).contains("posterior a hoy");
    }

    @Test
    void aUnidadTerritorialClaveMustBelongToTheDeclaredAlcaldiaAndANameIsKept() {
        assertThat(check(Map.of("ut", "07 - 123", "alcaldia", "Iztapalapa")).ok()).isTrue();
        assertThat(check(Map.of("ut", "07-123")).values()).containsEntry("ut", "07-123");
        assertThat(check(Map.of("ut", "03-010", "alcaldia", "Iztapalapa")).errors())
                .containsEntry(DeclaredField.UT, "La unidad territorial 03-010 pertenece a Coyoacán, no a Iztapalapa.");
        assertThat(check(Map.of("ut", "99-001")).errors()).containsKey(DeclaredField.UT);
        assertThat(check(Map.of("ut", "Santa Cruz Meyehualco")).values()).containsEntry("ut", "Santa Cruz Meyehualco");
    }

    @Test
    void requiredFieldsAndEmailShape() {
        DeclaredValues.Checked c = values.check(Map.of("correo", "ana@"), DeclaredValues.FORM_REQUIRED, TODAY);
        assertThat(c.errors()).containsOnlyKeys(DeclaredField.NOMBRE, DeclaredField.CORREO, DeclaredField.ALCALDIA);
        assertThat(c.errors().get(DeclaredField.NOMBRE)).isEqualTo("Falta «Nombre».");
        assertThat(check(Map.of("correo", " ana@example.org ")).values()).containsEntry("correo", "ana@example.org");
    }
}
