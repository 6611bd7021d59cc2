package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Private addresses as the whole detector reports them ({@link PersonalDataDetector#DOMICILIO}) in prose and forms: a
 * labelled address ends at the gap or the label of the next column; a street named by its number alone, or after a
 * general, is an address with its units; «vive» spelled by ear is still a cue; a corner has no house number; a neighbour
 * known by his address and a firm's office in a building keep theirs.
 */
class PersonalDataAddressesTest {

    private List<PersonalData> detected(String text) {
        return Fixtures.detectedPersonalData(text);
    }

    private List<String> addresses(String text) {
        return detected(text).stream().filter(p -> p.kind().equals(PersonalDataDetector.DOMICILIO)).map(PersonalData::text).toList();
    }

    @Test
    void aLabelledValueThatOnlyPointsAtAPublicPlaceIsNoHouse() {
        assertThat(addresses("Señas del domicilio: frente al Deportivo Plan Sexenal, pasando la caseta")).isEmpty();
        assertThat(addresses("Dirección: a una cuadra del mercado de Portales")).isEmpty();
        // a number or a street in the value still makes it a house
        assertThat(addresses("Domicilio: a media cuadra del panteón, cerrada Fresno 8")).hasSize(1);
    }

    @Test
    void aDashSetApartBeforeALandmarkClosesALabelledAddress() {
        assertThat(addresses("Domicilio: Retorno 12 núm. 30, depto. 4 — junto a la Clínica Gea González"))
                .containsExactly("Retorno 12 núm. 30, depto. 4");
        // a dash that parts the address's own pieces does not close it
        assertThat(addresses("Domicilio: Retorno 12 núm. 30 – Col. Avante")).containsExactly("Retorno 12 núm. 30 – Col. Avante");
    }

    @Test
    void aColoniaTheCatalogueKnowsWrittenInLowerCaseAfterTheAddressIsItsToo() {
        assertThat(addresses("mi tia vive en calle cedro 15 int 2, santa ursula coapa, ahi votamos"))
                .containsExactly("calle cedro 15 int 2, santa ursula coapa");
        // words in lower case that name no place are the sentence going on
        assertThat(addresses("mi tia vive en calle cedro 15 int 2, nomas que no estaba")).containsExactly("calle cedro 15 int 2");
    }

    @Test
    void theRoomOfABuildingAfterItsNumberIsPartOfTheAddress() {
        assertThat(addresses("Me encuentran en Av. Universidad 1200, aula 14, Benito Juárez, por las tardes."))
                .containsExactly("Av. Universidad 1200, aula 14, Benito Juárez");
    }

    @Test
    void aFloorSaidByItsOrderIsPartOfTheAddressAndSoIsWhatFollowsIt() {
        assertThat(addresses("Cartas a: Av. Tepeyac 33, planta alta, Gustavo A. Madero"))
                .containsExactly("Av. Tepeyac 33, planta alta, Gustavo A. Madero");
        assertThat(addresses("Mi papá vive en cerrada del Ocote 8, tercer piso, y no pudo bajar a votar"))
                .containsExactly("cerrada del Ocote 8, tercer piso");
        // a floor of a public building with no street and number is no house
        assertThat(addresses("La mesa estaba en el segundo piso de la Casa de Cultura.")).isEmpty();
    }

    @Test
    void aStreetTypeAbbreviatedWithoutItsPeriodInAChatStillOpensAnAddress() {
        assertThat(addresses("pasen a mi casa cda pinos 12 int 3 col la joya")).containsExactly("cda pinos 12 int 3 col la joya");
        assertThat(addresses("la direccion es av del sauce mz 4 lt 12 col el sauce")).containsExactly("av del sauce mz 4 lt 12 col el sauce");
        // where the mesa stood is a public place, abbreviated or not
        assertThat(addresses("la mesa se puso en av Central 340 desde las 9")).isEmpty();
    }

    @Test
    void aLabelledAddressEndsAtTheGapBeforeTheNextColumn() {
        assertThat(addresses("Domicilio: Poniente 58 No. 31          Horario de la sede: de 9 a 17 horas"))
                .containsExactly("Poniente 58 No. 31");
    }

    @Test
    void aLabelledAddressEndsBeforeTheNextFieldsLabelWhenTheGapWasClosed() {
        assertThat(addresses("Domicilio: Poniente 58 No. 31 Tel. de la oficina: Coordinación Distrital 9"))
                .containsExactly("Poniente 58 No. 31");
    }

    @Test
    void aStreetNamedByItsNumberAloneIsAnAddressWithItsUnits() {
        assertThat(addresses("Pasé a dejarle los papeles a don Cleto en andador 9, edificio C, depto 21, ya en la noche."))
                .anySatisfy(a -> assertThat(a).startsWith("andador 9, edificio C, depto 21"));
        assertThat(addresses("La mesa estaba en el andador 9, frente a la cancha.")).isEmpty();
    }

    @Test
    void livingSpeltByEarIsStillAPrivateCue() {
        assertThat(addresses("el de los elotes es mi compadre y bibe en calle oriente 9 numero 14 por la escuela"))
                .anySatisfy(a -> assertThat(a).contains("oriente 9 numero 14"));
    }

    @Test
    void aCornerHasNoHouseNumber() {
        assertThat(addresses("El acta la recibieron en la oficina de Av. Ermita esq. Oriente 20, ya tarde.")).isEmpty();
        assertThat(addresses("Recogí las boletas en Av. Ermita 1520, esquina con Oriente 20.")).as("a house number before the corner")
                .anySatisfy(a -> assertThat(a).startsWith("Av. Ermita 1520"));
    }

    @Test
    void aStreetNamedAfterADoctorKeepsItsTitleInAnAddress() {
        assertThat(addresses("Vivo en Gral. Anaya 212 depto. 3. Me pueden buscar ahí.")).containsExactly("Gral. Anaya 212 depto. 3");
    }

    @Test
    void aNeighbourIsKnownByTheAddressGivenWithHim() {
        assertThat(addresses("La mesa se atrasó por un vecino, el de Sur 73 #118, que metió su coche."))
                .anySatisfy(a -> assertThat(a).contains("Sur 73 #118"));
    }

    @Test
    void theOfficeOfAFirmInABuildingIsPartOfItsAddress() {
        assertThat(detected("Para dudas: consultorio en Calle Olivo 214, consultorio 7, col. Florida, por las tardes.").stream()
                .filter(p -> p.kind().equals(PersonalDataDetector.DOMICILIO)).map(PersonalData::text).toList())
                .anySatisfy(a -> assertThat(a).contains("consultorio 7"));
    }

    @Test
    void aWorkplacesNumberedOfficeMakesAnUntypedStreetAnAddress() {
        assertThat(addresses("El contador nos recibió en su oficina de Lago Zúrich 40, despacho 12, Granada, antes de la consulta."))
                .anySatisfy(a -> assertThat(a).startsWith("Lago Zúrich 40, despacho 12"));
        assertThat(addresses("Me atendió la dentista en Mar Egeo 118, consultorio 5, ya tarde.")).as("a consulting room by its number")
                .anySatisfy(a -> assertThat(a).startsWith("Mar Egeo 118, consultorio 5"));
        assertThat(addresses("La mesa se instaló afuera de la Secundaria 215, despacho de la dirección.")).as("an office without a number")
                .isEmpty();
        assertThat(addresses("Entregamos 40 boletas, despacho 2 del consejo las recibió.")).as("a quantity, not a house number")
                .isEmpty();
    }
}
