package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * The words of the sentence around a name ({@link PersonNames}): a dignity in lower case after its article and a saint's
 * epithet name public figures and devotions; «entre» leads to people when the second party is a noun phrase; a copula or
 * a colon after a role or a described person gives a name; the personal «a» repeated in a coordination, «soy» before
 * one unknown word, an apposition closing its sentence, a relational adjective after a role, a grandparent called as
 * such and the cues spelled by ear introduce one.
 */
class PersonNamesSentenceCuesTest {

    private List<PersonalData> detected(String text) {
        return Fixtures.detectedPersonalData(text);
    }

    private List<String> personal(String text) {
        return detected(text).stream().map(PersonalData::text).toList();
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
