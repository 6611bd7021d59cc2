package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/** Private addresses known by their parts, without «calle» or «col.», and the public places that stay readable. */
class PrivateAddressesTest {

    private static List<String> addresses(String text) {
        return PrivateAddresses.find(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aFlatDownAChainOfBuildingAndEntranceIsAHome() {
        assertThat(addresses("Pásenle a verme al edificio K-7, entrada C, depto. 208, Unidad Lindavista Vallejo"))
                .contains("edificio K-7, entrada C, depto. 208, Unidad Lindavista Vallejo");
        // a building named by a word, its entrance numbered
        assertThat(addresses("Cartas a: Edificio Querétaro, entrada 3, depto. 905, Nonoalco"))
                .contains("Edificio Querétaro, entrada 3, depto. 905, Nonoalco");
        assertThat(addresses("Bien: edificio 9, entrada A, departamento 12, U.H. Los Olivos")).anySatisfy(
                a -> assertThat(a).startsWith("edificio 9, entrada A, departamento 12"));
    }

    @Test
    void theDoorOfAPublicPlaceStillMarksItPublic() {
        // «entrada» without an estate's letter or number is the door of the place where the mesa stood
        assertThat(addresses("La mesa estaba en la entrada del mercado, Cerrada Olmo 4.")).isEmpty();
    }

    @Test
    void aNumberAfterAStreetLikeNameAndAColoniaOfTwoWords() {
        assertThat(addresses("Para devoluciones: Tabachines 48, Lomas de Plateros, o por mensaje."))
                .containsExactly("Tabachines 48, Lomas de Plateros");
        assertThat(addresses("Si alguien la encuentra: Jacarandas 203, Santa Cecilia Tepetlapa"))
                .containsExactly("Jacarandas 203, Santa Cecilia Tepetlapa");
    }

    @Test
    void numberedThingsOfTheConsultationAListOrADateAreNoStreet() {
        assertThat(addresses("Me tocó la Sección 5127, Santa Cruz Meyehualco, en la mañana.")).isEmpty();
        assertThat(addresses("Vine del Distrito 26, San Andrés Tetepilco.")).isEmpty();
        assertThat(addresses("Tlalpan, Mayo 3, Ciudad de México")).isEmpty();
        assertThat(addresses("Consulta de Presupuesto Participativo 2022, Ciudad de México")).isEmpty();
        // the items of a list numbered in turn: a street keeps its one number
        assertThat(addresses("Lámina 1, El Volcán; Figura 2, El Árbol; Figura 3, La Nube")).isEmpty();
        assertThat(addresses("Escena 1, El Mercado Viejo. Escena 2, La Plaza Mayor.")).isEmpty();
        // where the mesa stood is a public place
        assertThat(addresses("La mesa se instaló en Fresnos 12, San Juan Cerro.")).isEmpty();
    }
}
