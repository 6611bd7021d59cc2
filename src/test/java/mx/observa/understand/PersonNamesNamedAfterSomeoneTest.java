package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Things named after someone ({@link NoPersonContext}): a famous person is named in passing by the thing that bears
 * their name (a refinery, an island, a herbarium), by what was inspired by them or honours them, by the song that
 * sounded, by their elected office in apposition, on a collectible card; a business is named after someone with a
 * title («la tienda Doña …», «El restaurante Don …»). None of those is a person of the report; the same words said of
 * a neighbour still are.
 */
class PersonNamesNamedAfterSomeoneTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    /** What the redaction's safety net still removes, after the context had its say. */
    private static List<String> announced(String text) {
        return Fixtures.DETECTOR.detection(text, Fixtures.NAMES.find(text), KnownPersonalData.NONE).announced().stream()
                .map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void aFacilityOrAnIslandNamedAfterSomeoneIsAPlace() {
        assertThat(personal("Mi compadre trabaja en la refinería Nazario Ortega de Salamanca y llegó tarde a votar.")).isEmpty();
        assertThat(personal("Los niños jugaban a que la mesa era la isla Rosendo Tapia y la urna un cofre.")).isEmpty();
        assertThat(personal("La escuela organizó una visita al acuario Amado Lizárraga después de la consulta.")).isEmpty();
    }

    @Test
    void whatBearsOrHonoursSomeonesNameNamesAFigure() {
        assertThat(personal("El salón donde se instaló la mesa lleva el nombre de Clemente Urquidi, y estaba limpio.")).isEmpty();
        assertThat(personal("Pusieron una placa en honor a Severa Anzures junto a la entrada.")).isEmpty();
        assertThat(personal("Las semillas se vieron parecidas, comparadas con las de Gregorio Mendel, dijo la maestra.")).isEmpty();
    }

    @Test
    void aNeighbourHonouredWithHisTitleIsStillAPerson() {
        assertThat(anyContains(personal("Hicimos una misa en honor a don Chencho Ruelas, que murió en marzo."), "Chencho Ruelas")).isTrue();
    }

    @Test
    void whatWasInspiredByAFigureOrASongThatSoundedNamesNoPerson() {
        assertThat(personal("El cartel, inspirado en la vida de Aurelia Campos, estaba pegado en la barda.")).isEmpty();
        assertThat(personal("En la fonda de enfrente sonaba Teodoro Bracamonte a todo volumen toda la mañana.")).isEmpty();
    }

    @Test
    void whomAWorkIsInspiredInWithTheVerbInAnyPersonNamesNoPerson() {
        assertThat(personal("Para los títeres de la kermés me inspiré en Gabriela Lozoya, que hacía muñecas de trapo.")).isEmpty();
        assertThat(personal("Los alebrijes de mi taller se inspiran en Casimiro Ontiveros y en sus grabados de animales.")).isEmpty();
        // someone who inspired a person in the report's story, with a relation between, is still a person
        assertThat(anyContains(personal("Nos inspiramos en mi tía Herminia Cázares, que fue funcionaria muchos años."), "Herminia Cázares")).isTrue();
    }

    @Test
    void aNeighbourNearAnInspirationOrWhoseDeviceSoundedIsStillAPerson() {
        assertThat(anyContains(personal("Inspirado en lo que vio, el vecino Braulio Lemus pidió la palabra."), "Braulio Lemus")).isTrue();
        assertThat(anyContains(personal("Sonó el celular de Marisela Quintero y nadie contestó."), "Marisela Quintero")).isTrue();
    }

    @Test
    void anElectedOfficeInAppositionSaysThePublicFigure() {
        assertThat(personal("Saludó en un video Ernestina Vallarta, la alcaldesa de Tlalpan, y nadie le hizo caso.")).isEmpty();
        // a role of the mesa in apposition is a person of the report
        assertThat(anyContains(personal("Juana Berlanga, la presidenta de la mesa, abrió a tiempo."), "Juana Berlanga")).isTrue();
    }

    @Test
    void aCollectorsLabelListsFiguresUpToItsSemicolon() {
        assertThat(personal("Cromos repetidos: Anselmo Treviño, Odilia Pons y Macario Leyva")).isEmpty();
        assertThat(personal("Mi sobrino quería la estampa de Crisanto Lobato para llenar el álbum.")).isEmpty();
        // after the semicolon the line speaks of people again
        assertThat(anyContains(personal("Estampas repetidas: Nemesio Barba; se las cambié a mi vecina Eloísa Tapia."), "Eloísa Tapia"))
                .isTrue();
    }

    @Test
    void aCapitalizedTitleAfterAPlaceWordOpensABusinessesName() {
        String shop = "Compramos agua en la tienda Don Lupe y seguimos a la mesa.";
        assertThat(announced(shop)).isEmpty();
        assertThat(personal(shop)).isEmpty();
        assertThat(announced("El café lo trajeron de la farmacia Dr. Ahorro, junto a la mesa.")).isEmpty();
        // the place word may open the sentence, its article capitalized
        String restaurant = "El restaurante Doña Eulalia de enfrente prestó sillas para la fila.";
        assertThat(announced(restaurant)).isEmpty();
        assertThat(personal(restaurant)).isEmpty();
    }

    @Test
    void aTitledPersonNearAShopIsStillAPerson() {
        // what someone did right after the name, or the title in lower case after «de», say a person
        assertThat(announced("Afuera de la tienda Don Beto repartía volantes del comité.")).contains("Beto");
        // «entre» is a place word that parts two people, not a shop's name
        assertThat(anyContains(announced("Hubo un pleito entre Don Beto y Doña Rosa por el lugar en la fila."), "Beto")).isTrue();
        assertThat(anyContains(personal("Las tortas las compramos en la tienda de doña Rufina Olmos."), "Rufina Olmos")).isTrue();
    }

    @Test
    void aGivenNameTheListsLackBeforeAFoundNameAfterACommaIsThePairsFirst() {
        assertThat(anyContains(personal("Se pelearon en la fila, Eudoxia y la Chata Barrientos, por el lugar."), "Eudoxia")).isTrue();
        // a place before the pair is still a place
        assertThat(personal("Llegaron de lejos, Iztapalapa y Anselmo Trujillo traían sus credenciales.").stream()
                .noneMatch(f -> f.contains("Iztapalapa"))).isTrue();
    }

    @Test
    void aPersonLabelClosingAnAsideAnnouncesTheName() {
        assertThat(announced("Vocal (observadora): ROSAURA IBARGÜENGOITIA, con su gafete.")).contains("ROSAURA IBARGÜENGOITIA");
        assertThat(announced("Mesa (instalación): a las nueve en punto.")).isEmpty();
    }

    @Test
    void aBiologistsAbbreviatedTitleGoesWithTheName() {
        assertThat(anyContains(personal("Revisó las muestras la Biól. Remedios Anaya Quiroz, del laboratorio."), "Biól. Remedios Anaya")).isTrue();
    }

    @Test
    void aRelativeOfSomeoneNamesThemThoughTheListsLackTheName() {
        assertThat(anyContains(personal("El que cargó la urna era el primo de Yoalli, muy amable."), "Yoalli")).isTrue();
        // a place after «de» is still a place
        assertThat(personal("El que cargó la urna era un primo de Xochimilco.")).isEmpty();
    }

    @Test
    void aNicknameLabelWithAnAsideInAFormsCellAnnouncesTheNickname() {
        assertThat(anyContains(personal("Nombre,ROGACIANO LEYVA\nApodo (si tiene),el Tololoche\nTelefono,no tengo"), "Tololoche")).isTrue();
    }
}
