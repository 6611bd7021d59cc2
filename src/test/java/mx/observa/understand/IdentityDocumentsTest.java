package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class IdentityDocumentsTest {

    private static List<String> found(String text, String kind) {
        return IdentityDocuments.find(text).stream().filter(p -> p.kind().equals(kind)).map(PersonalData::text).toList();
    }

    @Test
    void aCardNumberAfterAQualifiedOrBracketedLabel() {
        assertThat(found("Folio del trámite (credencial del vecino): 3318 0472 9915.", PersonalDataDetector.CREDENCIAL))
                .containsExactly("3318 0472 9915");
        assertThat(found("Anoté su credencial de votar vigente, número 0931 2287 6604 1 y se fue.", PersonalDataDetector.CREDENCIAL))
                .containsExactly("0931 2287 6604 1");
        assertThat(found("El OCR de su INE es 4471 0093 2186 5.", PersonalDataDetector.CREDENCIAL))
                .containsExactly("4471 0093 2186 5");
        assertThat(found("CIC (al reverso): 2039 8817 04", PersonalDataDetector.CREDENCIAL)).containsExactly("2039 8817 04");
    }

    @Test
    void aClaveDeElectorWithItsDateInPairs() {
        assertThat(found("clave de elector: VLTRMN 79 03 12 09 H 400", PersonalDataDetector.CLAVE_ELECTOR))
                .containsExactly("VLTRMN 79 03 12 09 H 400");
    }

    @Test
    void countsAndFoliosOfTheConsultationAreNoCardNumbers() {
        assertThat(IdentityDocuments.find("Sin credencial no votaron; llegaron 1200 boletas del folio 004512 al 005711 "
                + "y la credencial de la señora estaba vencida desde 2019.")).isEmpty();
    }

    @Test
    void aCardNumberOnTheLineBelowItsLabel() {
        assertThat(found("Datos del observador: Número de credencial\n\nRespuesta: 2231 0098 4417", PersonalDataDetector.CREDENCIAL))
                .containsExactly("2231 0098 4417");
        assertThat(found("CREDENCIAL PARA VOTAR\n0457 8812 3390 6\nVIGENCIA 2029", PersonalDataDetector.CREDENCIAL))
                .containsExactly("0457 8812 3390 6");
    }

    @Test
    void aCountBelowALineThatNamesTheCardIsNoCardNumber() {
        assertThat(IdentityDocuments.find("Tres personas llegaron sin credencial\n1200 boletas recibidas")).isEmpty();
        assertThat(IdentityDocuments.find("Revisaron la credencial\n2022-05-01 10:30")).isEmpty();
    }
}
