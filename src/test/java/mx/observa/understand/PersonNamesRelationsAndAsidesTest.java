package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Relations and asides around a name ({@link PersonNames}, {@link PrivacyVocabulary}, {@link PhoneNumbers}): a public
 * figure quoted without the honorific it is listed with, or by the surnames the country calls a president by; a
 * nickname or a name set apart by commas after a relation, or counted with «uno es …»; a given name in lower case after
 * a relation; an age set apart after a lone name; the one spoken to after a short exclamation; a device named after its
 * owner; a table's row ending with its line; an authorship cue in German or French; a local number written as its
 * series and two pairs.
 */
class PersonNamesRelationsAndAsidesTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private List<String> phones(String text) {
        return Fixtures.detectedPersonalData(text).stream().filter(p -> p.kind().equals(PersonalDataDetector.TELEFONO))
                .map(PersonalData::text).toList();
    }

    @Test
    void aPublicFigureListedWithAnHonorificIsAlsoKnownWithoutIt() {
        assertThat(personal("La maestra leyó un poema de Juana Inés de la Cruz a los niños de la fila.")).isEmpty();
        assertThat(PrivacyVocabulary.figureForms("fray servando teresa de mier", Set.of("servando"), Set.of()))
                .containsExactly("fray servando teresa de mier", "servando teresa de mier");
        assertThat(PrivacyVocabulary.figureForms("benito juarez", Set.of("benito"), Set.of("juarez")))
                .as("no honorific to drop").containsExactly("benito juarez");
    }

    @Test
    void aPresidentCalledByHisSurnamesIsAPublicFigureButAMesasPresidentIsNot() {
        assertThat(personal("En la fila comentaban lo que dijo el presidente López Obrador en la mañanera.")).isEmpty();
        assertThat(personal("La presidenta Rosalinda Quiroga abrió la mesa a las nueve.")).anySatisfy(n -> assertThat(n).contains("Rosalinda Quiroga"));
    }

    @Test
    void aNicknameSetApartAfterARelationIsThatPersons() {
        assertThat(personal("Me prestó la escalera mi compadre, el Chapulín, antes de abrir.")).containsExactly("el Chapulín");
        assertThat(personal("Me ayudó mi chalán, el Pipiolo, a cargar la urna.")).containsExactly("el Pipiolo");
        assertThat(personal("Llegó mi hermano, el mayor, con la comida.")).as("an adjective in lower case").isEmpty();
    }

    @Test
    void peopleCountedOneByOneWithACopulaAreCalledByTheirNicknames() {
        assertThat(personal("Eran dos: uno es el Tlacuache, la otra una señora de rebozo.")).containsExactly("el Tlacuache");
    }

    @Test
    void aNameSetApartAfterAPossessiveRelationAndItsAdjectiveIsTheRelatives() {
        assertThat(personal("Mi prima lejana, Yatziri, me cuidó el lugar en la fila.")).containsExactly("Yatziri");
        assertThat(personal("Vino mi hermano menor, ya tarde, a votar.")).isEmpty();
    }

    @Test
    void aGivenNameInLowerCaseAfterARelationIsThatPersons() {
        assertThat(personal("Fui a votar con mi comadre toña y nos tocó la misma fila.")).anySatisfy(n -> assertThat(n).endsWith("toña"));
        assertThat(personal("El que repartía volantes era su compa beto de la papelería.")).anySatisfy(n -> assertThat(n).contains("beto"));
        assertThat(personal("Fui a votar con mi comadre y nos tocó la misma fila.")).isEmpty();
    }

    @Test
    void anAgeSetApartAfterOneCapitalizedWordMakesItAName() {
        assertThat(personal("En la fila estaba la pequeña Zuleika (6 años) con su mamá.")).containsExactly("Zuleika");
        assertThat(personal("Experiencia (10 años) como funcionaria de casilla.")).as("the capital opens the sentence").isEmpty();
        assertThat(personal("Votaron los vecinos de Coyoacán (8 años) sin problema.")).as("a place").isEmpty();
    }

    @Test
    void theOneSpokenToAfterAShortExclamationIsAPerson() {
        assertThat(personal("—Ya quedó, Yaretzi. Pásale.")).containsExactly("Yaretzi");
        assertThat(personal("Desde la esquina le gritaron \"¡córrele, Tlacuache!\" y se fue.")).containsExactly("Tlacuache");
        assertThat(personal("Saludos a todos, Tlalpan. Llegamos a Atlántida, Coyoacán.")).as("places").isEmpty();
        assertThat(personal("Ya casi acabamos, Ameyalco. Seguimos al aire.")).as("a pueblo's own word").isEmpty();
        assertThat(personal("Sede: Xochimilco, Dtto. 12")).as("an abbreviation").isEmpty();
    }

    @Test
    void aDeviceNamedAfterItsOwnerGivesTheOwnersName() {
        assertThat(personal("En la llamada: Rosaura Tapia Leyva (anfitriona), Galaxy de Yamileth"))
                .anySatisfy(n -> assertThat(n).endsWith("Yamileth"));
        assertThat(personal("Se conectó el iPad de Eleuterio y se cayó la red.")).containsExactly("Eleuterio");
        assertThat(personal("Usamos la laptop de Coyoacán para capturar.")).as("a place").isEmpty();
    }

    @Test
    void aTablesRowEndsWithItsLineSoAPlaceInTheRowBeforeDoesNotReachTheNextName() {
        String csv = "Brigadista,Teléfono,Sede\nROSAURA TAPIA LEYVA,55 5555 0142,Calzada Ermita\nEleuterio Zamudio,5555-0143,Calzada Ermita\n";
        assertThat(personal(csv)).contains("Eleuterio Zamudio");
    }

    @Test
    void anAuthorshipCueInGermanOrFrenchGivesTheAuthor() {
        assertThat(personal("Notizen von Jette Kowalski Brenner, Austauschstudentin")).contains("Jette Kowalski Brenner");
        assertThat(personal("Rapport de Maëlle Fournier Dubois, étudiante")).contains("Maëlle Fournier Dubois");
    }

    @Test
    void aLocalNumberWrittenAsItsSeriesAndTwoPairsIsAPhone() {
        assertThat(phones("Márquenme al 5521-43-87 en la tarde.")).containsExactly("5521-43-87");
        assertThat(phones("El acta dice 2022-05-01 y el folio 2021-11-30 y 1999.12.31.")).isEmpty();
        assertThat(PhoneNumbers.isDate("2022-05-01")).isTrue();
        assertThat(PhoneNumbers.isDate("5555-76-14")).isFalse();
    }
}
