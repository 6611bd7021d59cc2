package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    private List<PersonalData> detect(String text) {
        return detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text), KnownPersonalData.NONE);
    }

    @Test
    void contactDataAndIdentityDocuments() {
        String text = "Tel. 55 5612 3478, cel. (55) 3344-1298 o +52 55 1111 2222; correo ana.cervantes@consultoria.com.mx. "
                + "CURP ROEC680202MDFBSR04, clave de elector GLRSTR80010109M300.";
        List<PersonalData> found = detect(text);
        assertThat(found).extracting(PersonalData::kind, PersonalData::text).contains(
                org.assertj.core.groups.Tuple.tuple("telefono", "55 5612 3478"),
                org.assertj.core.groups.Tuple.tuple("telefono", "(55) 3344-1298"),
                org.assertj.core.groups.Tuple.tuple("correo", "ana.cervantes@consultoria.com.mx"),
                org.assertj.core.groups.Tuple.tuple("curp", "ROEC680202MDFBSR04"),
                org.assertj.core.groups.Tuple.tuple("clave_elector", "GLRSTR80010109M300"));
        assertThat(found).anySatisfy(p -> assertThat(p.text()).contains("52 55 1111 2222"));
        found.forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
    }

    @Test
    void streetAddressesWithANumberButNotPlacesOfTheMesa() {
        List<PersonalData> found = detect("Vivo en Av. Universidad 1200, Int. 4, Col. Xoco, C.P. 03330. "
                + "La mesa estaba en la calle de atrás, en la esquina de Medellín y Coahuila.");
        assertThat(found).filteredOn(p -> p.kind().equals("domicilio")).extracting(PersonalData::text)
                .containsExactly("Av. Universidad 1200, Int. 4, Col. Xoco, C.P. 03330");
    }

    @Test
    void namesOfPeopleButNotDatesTimesCountsOrClaves() {
        List<PersonalData> found = detect("Observadora: Guadalupe Sánchez Reyes\n\nEl 01/05/2022 a las 9:40, UT 07-091, votaron 46 personas; "
                + "folio OBS-2022-0417.");
        assertThat(found).extracting(PersonalData::kind, PersonalData::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nombre", "Guadalupe Sánchez Reyes"));
    }
}
