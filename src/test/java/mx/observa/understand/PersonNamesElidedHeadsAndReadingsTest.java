package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Decoys kept readable by what the sentence says of the name ({@link NoPersonContext}): an article and «de» standing for
 * a work or a place named earlier («la música … o la de …», «la calle es … y la de enfrente …»), an author one reads
 * («leía a …»), a thing of nature or a boat given a name («el cerro se llama …»); and the persons the same shapes
 * still name: a person's noun nearer, a title on the name, a place that is only a complement, reading aloud to someone.
 */
class PersonNamesElidedHeadsAndReadingsTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().filter(p -> p.kind().equals("nombre")).map(PersonalData::text).toList();
    }

    @Test
    void anArticleStandingForAWorkMakesTheNameItsAuthors() {
        assertThat(personal("Para el cierre tocaron un danzón; el primero fue el del salón y el segundo el de Arturo Márquez.")).isEmpty();
        assertThat(personal("La canción del cierre pudo ser la de Consuelo Velarde Ibáñez, nadie se acordaba.")).isEmpty();
    }

    @Test
    void anArticleStandingForAPersonOrATitledNameStaysAPerson() {
        assertThat(personal("La canción de mi tía, la de Remedios Ocampo, sonó toda la tarde.")).containsExactly("Remedios Ocampo");
        assertThat(personal("La novela que traía era la de doña Engracia Solís.")).isNotEmpty();
    }

    @Test
    void anArticleStandingForAStreetAcrossNamesTheStreet() {
        assertThat(personal("La calle de la mesa es Sur 73 y la de enfrente es Leopoldo Cuéllar.")).doesNotContain("Leopoldo Cuéllar");
        assertThat(personal("La calle de la escuela es Norte 12, y la de enfrente Manuel Acuña.")).isEmpty();
    }

    @Test
    void aPlaceThatIsOnlyAComplementLeavesTheNameToThePerson() {
        assertThat(personal("La vecina de la fonda, la de enfrente Rosa Pérez, nos prestó sillas.")).containsExactly("Rosa Pérez");
        assertThat(personal("En la calle, la de enfrente Rosa Pérez nos prestó sillas.")).containsExactly("Rosa Pérez");
    }

    @Test
    void anAuthorOneReadsIsNoPersonButSomeoneReadToIs() {
        assertThat(personal("Mientras esperaba la apertura leía a Amado Vértiz Solano en el teléfono.")).isEmpty();
        assertThat(personal("Le leía a Rosario Benítez las instrucciones porque no veía bien.")).containsExactly("Rosario Benítez");
        assertThat(personal("Les leí a Tomasa Quiroz y a su hijo el aviso de privacidad.")).contains("Tomasa Quiroz");
    }

    @Test
    void aMountainOrABoatGivenANameIsNoPersonButAManIs() {
        assertThat(personal("El cerro de atrás se llama Tepozteco Chico.")).isEmpty();
        assertThat(personal("La lancha del embarcadero se llama Rosita Álvarez.")).isEmpty();
        assertThat(personal("El lanchero se llama Fidencio Rosas.")).containsExactly("Fidencio Rosas");
    }
}
