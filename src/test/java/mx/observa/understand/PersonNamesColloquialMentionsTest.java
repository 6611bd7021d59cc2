package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * How everyday writing mentions people ({@link PersonNames}): abbreviated congregation titles (but not a word ending a
 * sentence), a neighbour or an office right before a name, trait nicknames and nicknames with their article, a lone
 * word in a list of names, the repeated preposition of a coordination, an epithet by trade, the object a dative pronoun
 * doubles, a family by its surname and its dwelling.
 */
class PersonNamesColloquialMentionsTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void anAbbreviatedCongregationTitleGoesWithTheName() {
        assertThat(personal("Firmaron el acta la hna. Rebeca Olmos y el hno. Saúl Cordero."))
                .containsExactly("hna. Rebeca Olmos", "hno. Saúl Cordero");
    }

    @Test
    void aWordEndingASentenceIsNoAbbreviatedOffice() {
        assertThat(personal("Llegó tarde la secretaria. Ana Ruiz dijo que no importaba.")).containsExactly("Ana Ruiz");
    }

    @Test
    void theNeighbourRightBeforeANameIsHowTheTextCallsHer() {
        assertThat(personal("La urna se movió porque la vecina Herminia Salas lo pidió.")).containsExactly("vecina Herminia Salas");
    }

    @Test
    void aDemonymWithItsArticleAndACapitalIsANickname() {
        assertThat(personal("Los gritos los empezó el Regio Carbajal, que ni vota aquí.")).containsExactly("el Regio Carbajal");
        assertThat(personal("A la mesa llegó un señor costeño con su nieta.")).as("a demonym in lower case describes").isEmpty();
    }

    @Test
    void aLowerCaseTraitNicknameBeforeAKnownSurnameIsAPerson() {
        assertThat(personal("Le vendí tres kilos a la flaca Hernández y al chino rivera."))
                .containsExactly("la flaca Hernández", "chino rivera");
        assertThat(personal("el güero ya no quiso votar")).as("a trait alone is an adjective").isEmpty();
    }

    @Test
    void aNicknameWithItsArticleAfterAnOfficeOrAPossessiveRelation() {
        assertThat(personal("la escrutadora la Chofis nos prestó una pluma")).containsExactly("escrutadora la Chofis");
        assertThat(personal("Fui con mi pana el Cuervito Landaeta a la mesa.")).containsExactly("el Cuervito Landaeta");
        assertThat(personal("La mesa estaba en la calle el Chino 12.")).as("a street after its word stays a place")
                .doesNotContain("el Chino");
    }

    @Test
    void aLoneWordBetweenTwoNamesOfAListIsAPerson() {
        assertThat(personal("En la mesa estaban Hugo Ledesma, Itzayana y Perla Cordero."))
                .containsExactly("Hugo Ledesma", "Itzayana", "Perla Cordero");
        assertThat(personal("Vinieron Rosa Pérez, Tlalpan, Iztapalapa y Luis Gómez.")).as("places in a list stay readable")
                .containsExactly("Rosa Pérez", "Luis Gómez");
    }

    @Test
    void theRepeatedPrepositionOfACoordinationKeepsThePersonContext() {
        assertThat(personal("Platiqué con Rosa Pérez y con Maryuri Landa antes de votar."))
                .containsExactly("Rosa Pérez", "Maryuri Landa");
        assertThat(personal("Platiqué con Rosa Pérez y con Protección Civil del Estado.")).containsExactly("Rosa Pérez");
    }

    @Test
    void anEpithetByTradeTellsThePersonApartAndGoesWithTheName() {
        assertThat(personal("Nos ayudó Toño el del gas a cargar las mamparas.")).containsExactly("Toño el del gas");
        assertThat(personal("Estaban los vecinos: la de la fonda, Reina Solís, y otros.")).containsExactly("la de la fonda, Reina Solís");
        assertThat(personal("El Mercado Juárez el de la colonia estaba cerrado.")).as("a place with an epithet").isEmpty();
    }

    @Test
    void theObjectADativePronounDoublesIsAPersonInAnyCase() {
        assertThat(personal("hay que avisarle a CHEPINA que traiga las actas")).containsExactly("CHEPINA");
        assertThat(personal("Le pregunté a Chencho si ya había votado.")).containsExactly("Chencho");
        assertThat(personal("Hay que avisarle a IECM y al INE del incidente.")).as("acronyms").isEmpty();
        assertThat(personal("Fuimos a decirle a la Alcaldía que faltaban boletas.")).isEmpty();
        assertThat(personal("HAY QUE AVISARLE A LA MESA")).as("a text in capitals").isEmpty();
    }

    @Test
    void aFamilyByItsSurnameAndItsDwelling() {
        assertThat(personal("Nos prestaron la mesa los Flores del departamento 12.")).containsExactly("los Flores del departamento 12");
        assertThat(personal("Vimos los Pinos de la casa 3 y a los Ocampo.")).as("a plural noun is no family")
                .containsExactly("los Ocampo");
    }
}

