package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Names that are a thing's, told by how the sentence is built ({@link NoPersonContext}): a relative clause that names
 * a place, a thing or an animal («una colonia que se llama …»), a work named by its title with a capitalized article
 * («un capítulo de La …»), and what is compared with what a figure made («como los que inventó …»). A person's noun as
 * the antecedent or in its phrase, an article in lower case, and any verb that is not one of making keep the person.
 */
class ThingsNamedByRelativeOrTitleTest {

    private static List<String> names(String text) {
        return Fixtures.detectedPersonalData(text).stream().filter(p -> p.kind().equals(PersonalDataDetector.NOMBRE))
                .map(PersonalData::text).toList();
    }

    @Test
    void aPlaceOrAnAnimalNamedByARelativeClauseKeepsItsName() {
        assertThat(names("Mi hermana vive en una colonia que se llama Aurelio Tovar y allá sí hubo fila.")).isEmpty();
        assertThat(names("Mi hijo estudia en una escuela que se llama Gonzalo Arreguín desde el año pasado.")).isEmpty();
        assertThat(names("Tenemos un perico que se llama Anselmo Corona y grita toda la mañana.")).isEmpty();
        assertThat(names("Me operaron en un hospital que se llama como Baltazar Ledezma, por Tlalpan.")).isEmpty();
    }

    @Test
    void aPersonsNounAsTheAntecedentOrInItsPhraseKeepsThePerson() {
        assertThat(names("Tengo una vecina que se llama Rosalba Quiñones.")).containsExactly("Rosalba Quiñones");
        assertThat(names("La presidenta de la mesa que se llama Rosalba Quiñones llegó tarde.")).containsExactly("Rosalba Quiñones");
        assertThat(names("La vecina de la colonia que se llama Rosalba Quiñones trajo café.")).containsExactly("Rosalba Quiñones");
        assertThat(names("La escuela de mi hijo que se llama Mateo Salgado estaba cerrada.")).containsExactly("Mateo Salgado");
    }

    @Test
    void aWorkNamedByItsCapitalizedTitleIsNoPersonButAnArticleInLowerCaseIs() {
        assertThat(names("En la fila platicaban del capítulo de La Rosa de Guadalupe que pasaron anoche.")).isEmpty();
        assertThat(names("Sonaban las canciones de la Lupita Rangel en la tienda de enfrente.")).containsExactly("Lupita Rangel");
    }

    @Test
    void whatIsComparedWithWhatSomeoneInventedNamesAFigureButWhatSomeoneBroughtOrMadeAPerson() {
        assertThat(names("Vendían tamales como los que inventó Severiano Olmedo en su pueblo.")).isEmpty();
        assertThat(names("Trajeron lonas como las que trajo Severiano Olmedo el año pasado.")).containsExactly("Severiano Olmedo");
        assertThat(names("Los sellos eran como los que hacía Leonor Villaseca en la papelería.")).containsExactly("Leonor Villaseca");
        assertThat(names("No abrieron por el pretexto que inventó Julián Soto Arce.")).containsExactly("Julián Soto Arce");
    }
}
