package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Where a sentence has a slot for a person — the value after a description of someone and its colon, the other half
 * of a pair joined to a found name — what fills it is that person's name, though no list knows it: a nickname with
 * its article, a given name that ends like an infinitive, a given name after a label's colon. And three capitalized
 * words whose last two are known surnames are a name in upper case too. Sentences written for this test.
 */
class PersonNamesPersonSlotsTest {

    private static List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aNicknameWithItsArticleFillsTheSlotAfterADescribedPerson() {
        assertThat(personal("El que cuidaba la puerta: el Zancudo.")).contains("el Zancudo");
        assertThat(personal("Ayudante: el Pinole.")).contains("el Pinole");
    }

    @Test
    void aPlaceAfterTheColonOfAThingIsNoPerson() {
        assertThat(anyContains(personal("Dirección de la casilla: el Pedregal."), "Pedregal")).isFalse();
    }

    @Test
    void theOneOfSomethingHeadsADescriptionLikeTheOneWho() {
        assertThat(personal("El de los tamales, Clodomiro, llegó tarde.")).contains("Clodomiro");
        assertThat(personal("La de la papelería, Clodovea, nos prestó un lápiz.")).contains("Clodovea");
        assertThat(personal("El de las tortas: el Chiquilín, que se fue temprano.")).contains("el Chiquilín");
    }

    @Test
    void aPlaceAfterTheOneOfIsNoPerson() {
        assertThat(anyContains(personal("La de siempre, Coyoacán, se llenó."), "Coyoac")).isFalse();
    }

    @Test
    void aSurnameEndingLikeAnInfinitiveFillsTheSlotAfterADescribedPerson() {
        assertThat(personal("El repartidor que tocó el silbato: Jazael Cuéllar.")).contains("Jazael Cuéllar");
    }

    @Test
    void anOfficesNameAfterADescribedPersonIsNot() {
        assertThat(personal("El encargado del módulo: Registro Escolar.")).isEmpty();
    }

    @Test
    void aNicknameWithItsArticleJoinedToAFoundNameIsAPerson() {
        assertThat(personal("Repartían volantes Eusebia Carranza y el Chícharo.")).contains("el Chícharo");
    }

    @Test
    void aThingAfterAFoundNameWhoseClauseGoesOnIsNot() {
        assertThat(anyContains(personal("Llegaron Eusebia Carranza y el Metro estaba cerrado."), "Metro")).isFalse();
    }

    @Test
    void theFirstOfAPairAfterALabelsColonIsAPerson() {
        assertThat(personal("Los que cargaron la urna: Ixcóatl y Rufina Ávalos.")).contains("Ixcóatl");
        assertThat(personal("Quienes no traían credencial: Yaneli y Rufina Ávalos.")).contains("Yaneli");
    }

    @Test
    void placesPairedAfterAColonAreNot() {
        assertThat(personal("Colonias visitadas: Tepito y Santa Julia.")).isEmpty();
    }

    @Test
    void aGivenNameEndingLikeAnInfinitiveIsAPersonBesideAFoundName() {
        assertThat(personal("Se quejaron Ildemar y Socorro Pineda.")).contains("Ildemar");
    }

    @Test
    void aGivenNameEndingLikeAnInfinitiveIsAPersonInAListOfNamesOrAfterWhoseRelative() {
        assertThat(personal("Votaron Simón Arzate, Ildemar y Lupita Zárate.")).contains("Ildemar");
        assertThat(personal("la hija de Yomar votó primero.")).contains("Yomar");
    }

    @Test
    void capitalizedInfinitivesPairedWithNoNameAreNot() {
        assertThat(personal("Temas: Participar, Votar y Opinar.")).isEmpty();
        assertThat(personal("Las metas eran Votar y Opinar.")).isEmpty();
    }

    @Test
    void aGivenNameAndTwoKnownSurnamesInUpperCaseAreAName() {
        assertThat(personal("Nos atendió ETELVINO HERRERA CAMPOS en la mesa.")).contains("ETELVINO HERRERA CAMPOS");
        assertThat(personal("Juez de casilla: ETELVINO HERRERA CAMPOS — calle Pino 3")).contains("ETELVINO HERRERA CAMPOS");
    }

    @Test
    void theEndOfAPlacesNameInUpperCaseIsNot() {
        assertThat(personal("MERCADO JAMAICA FLORES RAMOS")).isEmpty();
    }
}
