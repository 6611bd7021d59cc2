package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * What the eighteenth blind set taught: a dignity in lower case after its article and a saint's epithet name public
 * figures and devotions; a form printed in columns ends a value at the gap; a corner has no house number; «entre» leads
 * to people when the second party is a noun phrase; a copula or a colon after a described person gives a name; the
 * personal «a» repeated in a coordination, «soy» before one unknown word, an apposition closing its sentence, a
 * relational adjective after a role, a grandparent called as such, phonetic spellings of the cues.
 */
class PersonNamesNineteenthTest {

    private List<PersonalData> detected(String text) {
        return Fixtures.detectedPersonalData(text);
    }

    private List<String> personal(String text) {
        return detected(text).stream().map(PersonalData::text).toList();
    }

    private List<String> addresses(String text) {
        return detected(text).stream().filter(p -> p.kind().equals(PersonalDataDetector.DOMICILIO)).map(PersonalData::text).toList();
    }

    @Test
    void aDignityInLowerCaseAfterItsArticleNamesAPublicFigure() {
        assertThat(personal("En la homilía recordaron lo que pidió el papa León a los jóvenes.")).isEmpty();
        assertThat(personal("Leímos una carta del rey Felipe sobre la democracia.")).isEmpty();
        assertThat(personal("Mi papa Leonardo me llevó a votar.")).as("after a possessive, a relative written without the accent")
                .containsExactly("Mi papa Leonardo");
    }

    @Test
    void aGivenNameWithASaintsEpithetIsADevotion() {
        assertThat(personal("Al terminar pasó la procesión de Mateo Evangelista por la calle.")).isEmpty();
        assertThat(personal("Le pusieron flores a Miguel Arcángel antes de abrir.")).isEmpty();
        assertThat(personal("Al terminar llegó Mateo Ocampo a la mesa.")).as("a surname is no epithet").containsExactly("Mateo Ocampo");
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
    void entreLeadsToTwoPartiesWhenTheSecondIsANounPhrase() {
        assertThat(personal("Hubo gritos entre Anselmo Quiroga y la dueña del puesto de flores.")).contains("Anselmo Quiroga");
        assertThat(personal("La mesa estaba entre Vicente Guerrero y la avenida Central.")).isEmpty();
    }

    @Test
    void aCopulaAfterARoleOrATitleGivesTheNameThatFollows() {
        assertThat(personal("La señora del rebozo era Xiuhnel, la de las quesadillas.")).containsExactly("Xiuhnel");
        assertThat(personal("Los escrutadores fueron Tizoc y Ximena Ortuño.")).containsExactly("Tizoc", "Ximena Ortuño");
    }

    @Test
    void aPersonDescribedByArticleAndComplementThenAColonOrACopulaGivesAName() {
        assertThat(personal("– el de la bicicleta: Anacleto Vidaurri (dijo que volvía)")).containsExactly("Anacleto Vidaurri");
        assertThat(personal("La de la papelería era Itzpapalotl, muy atenta.")).containsExactly("Itzpapalotl");
    }

    @Test
    void thePersonalAMarksBothPartsOfACoordination() {
        assertThat(personal("Dale un abrazo a Xiuhtecuhtli y a Mariana de mi parte.")).containsExactly("Xiuhtecuhtli", "Mariana");
        assertThat(personal("Fuimos a Tlalpan y a Mariana le tocó manejar.")).as("a place before «y a»").containsExactly("Mariana");
    }

    @Test
    void soyBeforeOneUnknownWordClosingTheClauseIsTheSpeakersName() {
        assertThat(personal("OYENTE 2: Soy Ocelotl, quería felicitar a la mesa.")).containsExactly("Ocelotl");
        assertThat(personal("Soy Poblana, de corazón.")).as("a demonym").isEmpty();
        assertThat(personal("Soy Observador, acreditado por el instituto.")).isEmpty();
    }

    @Test
    void anAppositionMayCloseItsSentence() {
        assertThat(personal("Nos atendió el muchacho que traía lentes, Tenoch Barragán.")).containsExactly("Tenoch Barragán");
    }

    @Test
    void aRelationalAdjectiveMayStandBetweenARoleAndItsHolder() {
        assertThat(personal("Lo confirmó el coordinador vecinal Eustorgio Pedraza.")).anySatisfy(n -> assertThat(n).endsWith("Eustorgio Pedraza"));
    }

    @Test
    void aGrandparentCalledAsSuchGoesWithTheName() {
        assertThat(personal("Pasé por abuelito Cirilo a la iglesia.")).containsExactly("abuelito Cirilo");
    }

    @Test
    void cuesSpelledByEarStillIntroduceAName() {
        assertThat(personal("yo me yamo ernesto camargo y bine a botar")).containsExactly("ernesto camargo");
    }
}
