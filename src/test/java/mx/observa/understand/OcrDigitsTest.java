package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class OcrDigitsTest {

    @Test
    void wordsWrittenWithDigitsForLettersAreReadAsLetters() {
        String scan = "0bservad0ra: Cl3menc1a Roj0 Est3vez\nResp0nsable: Sr. Marc0s Lar10s\nFirma: C. R0J0 E.";
        String read = OcrDigits.asLetters(scan);
        assertThat(read).isEqualTo("Observadora: Clemencia Rojo Estevez\nResponsable: Sr. Marcos Larios\nFirma: C. ROJO E.");
        assertThat(read).hasSameSizeAs(scan);
    }

    @Test
    void codesTimesOrdinalsAndNumbersKeepTheirDigits() {
        for (String kept : List.of("CURP: AAFC691103HDFLGR02", "IDMEX2087715342", "Tel: 55 5555 28Z2", "a las 10am", "el 1ra vez, 3er piso, 5to lugar",
                "Edificio B-12", "C.P. 15830", "MRO 03", "2do turno")) {
            assertThat(OcrDigits.asLetters(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void theNameACurpOrAClaveDeElectorSpellsIsFoundInAnyOrderAndCase() {
        String text = "Se hace constar que ALDANA FIGUEROA CRISÓSTOMO\nCURP: AAFC691103HDFLGR02\n"
                + "Testigo: Baltazar Gutiérrez Olmos, clave GTOLBL80041509H800. Votó en la Explanada de la Alcaldía Tláhuac.";
        List<PersonalData> names = IdentityNames.find(text, IdentityDocuments.find(text));
        assertThat(names).extracting(PersonalData::text).containsExactly("ALDANA FIGUEROA CRISÓSTOMO", "Baltazar Gutiérrez Olmos");
        assertThat(IdentityNames.find("Explanada de la Alcaldía Tláhuac, sin códigos", List.of())).isEmpty();
    }
}
