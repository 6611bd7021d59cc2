package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Likenesses and namesakes ({@link NoPersonContext}): words read as a name that the context says name no person of the
 * report — a figure someone is likened to or dressed as, an authority quoted as an aside, a firm, an event named after
 * someone, an animal named by a naming verb — stay readable; the person next to them, and a nickname by age or size
 * with its article, are names.
 */
class PersonNamesLikenessesAndNamesakesTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aFigureSomeoneIsLikenedToIsNoPersonButANeighbourIs() {
        assertThat(personal("Con el chaleco fosforescente el suplente parecía el Borrego Cimarrón de las caricaturas.")).isEmpty();
        assertThat(personal("Mi hijo se parece a Jacinto Barrales, el de la tienda.")).containsExactly("Jacinto Barrales");
    }

    @Test
    void aPairLikenedByOneComoIsLikenedWholeButAPersonsNounOrAnAsideMakesPeople() {
        // the likening covers both names of the pair when the pair closes the clause
        assertThat(personal("Las remeras del club sueñan con remar como Evangelina Sotomayor y Dalia Quiñones.")).isEmpty();
        assertThat(personal("De chico quería cantar como Anacleto Berumen y Rigoberto Solís, y acabé de contador.")).isEmpty();
        // who the pair are, after it, makes them people of the report; so does a kin word on the second
        assertThat(personal("Mi sobrina quiere ser como Hortensia Valdivia y Remedios Ocaña, las de la mesa 3."))
                .containsExactly("Hortensia Valdivia", "Remedios Ocaña");
        assertThat(personal("Mi sobrina entrena para ser como Hortensia Valdivia y su tía Remedios Ocaña."))
                .contains("Hortensia Valdivia");
        // the clause goes on after the pair: what they did
        assertThat(personal("La presidenta trabaja como Aurelio Baños y Ernestina Galván le dijeron.")).isNotEmpty();
    }

    @Test
    void anAuthorityQuotedAsAnAsideIsNoPersonButATrainerIs() {
        assertThat(personal("Como sostenía Fermín Iturbide Lascano, la democracia empieza en el barrio.")).isEmpty();
        assertThat(personal("Como enseñó Anselmo Treviño en la capacitación, se cuentan dos veces.")).containsExactly("Anselmo Treviño");
    }

    @Test
    void aFirmOrABrandNamedAfterPeopleIsNoPerson() {
        assertThat(personal("Las sillas plegables eran de Teodoro Bros y llegaron tarde.")).isEmpty();
    }

    @Test
    void anEventNamedAfterSomeoneIsNoPerson() {
        assertThat(personal("Torneo,Copa Rigoberto Valdés,\n")).isEmpty();
        assertThat(personal("El deportivo anunció el Torneo Rigoberto Valdés para el domingo.")).isEmpty();
    }

    @Test
    void anAnimalNamedByANamingVerbIsNoPersonButTheOneTheClauseNamesIs() {
        assertThat(personal("La perrita de la escuela anda junto a la mampara; los niños le dicen la Princesa.")).isEmpty();
        assertThat(personal("Mi vecino tiene un perro; a mi vecino le dicen el Tlacuache.")).containsExactly("el Tlacuache");
        assertThat(personal("El señor del gorro, que le dicen el Güero, llegó tarde.")).containsExactly("el Güero");
    }

    @Test
    void aNicknameByAgeOrSizeWithItsArticleNamesAPerson() {
        assertThat(personal("Se metió a la fila el Nene de doña Chonita y nadie le dijo nada.")).contains("el Nene");
        assertThat(personal("Los que cargaron la urna fueron Julio Anaya y el Vikingo del taller.")).contains("el Vikingo");
    }
}
