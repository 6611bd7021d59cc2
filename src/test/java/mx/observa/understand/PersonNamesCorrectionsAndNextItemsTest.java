package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Where a name sits says who it is, though the lists lack it ({@link PersonNames}): a word the writer corrects into a
 * person's name, the next item of a list of people, a chat's speaker saved with what the person is to the phone's
 * owner, a given name of the larger foreign list before a known surname, and a place word as the nickname after
 * «alias». Each with a sentence where the same shape names no person.
 */
class PersonNamesCorrectionsAndNextItemsTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aWordCorrectedIntoAPersonsNameIsAPersonToo() {
        assertThat(personal("El que recogió las boletas fue Zotiquio... perdón, Evodio Santillán Ruiz, el del taller."))
                .contains("Zotiquio").anySatisfy(n -> assertThat(n).contains("Evodio Santillán"));
        assertThat(personal("Nos prestó la mesa Itzcóatl, digo, Ezequiel Montaño, que vive enfrente."))
                .contains("Itzcóatl");
        assertThat(personal("La que cobraba era Ameyal no, Tomasa Gallegos, la otra hermana.")).contains("Ameyal");
        assertThat(personal("Quien abrió la casilla: Xiuhnel no, perdón, ya me confundí, fue Abundio Reyes Pardo."))
                .contains("Xiuhnel");
    }

    @Test
    void aCorrectionOfAPlaceOrADayStaysReadable() {
        assertThat(personal("La mesa se puso en Tlalpan… perdón, en Coyoacán, junto al mercado.")).isEmpty();
        assertThat(personal("Nos vemos el Lunes, perdón, el martes a las nueve.")).isEmpty();
        assertThat(personal("Presidenta no, perdón, secretaria: así firmó el acta.")).isEmpty();
        assertThat(personal("Votaron Tonalli no, pero su hermano sí.")).as("no name meant after the bare «no,»")
                .doesNotContain("Tonalli");
    }

    @Test
    void theNextItemOfAListOfPeopleIsAPersonToo() {
        assertThat(personal("Integrantes de la brigada: Leocadia Fuentes (chofer), Gumaro Treviño (cargador), Xiuhnel"))
                .contains("Xiuhnel");
        assertThat(personal("En la cocina estaban Jovita Landeros, Ameyal y otra señora de la cuadra.")).contains("Ameyal");
        assertThat(personal("Me acompañaron: Porfiria Ugalde (sobrina), Heriberto Lazcano (vecino), Tonalli (amiga)."))
                .contains("Tonalli");
    }

    @Test
    void whatFollowsANameThatIsNoListStaysReadable() {
        assertThat(personal("Llegó Leocadia Fuentes, Coyoacán estaba lleno de gente.")).doesNotContain("Coyoacán");
        assertThat(personal("Integrantes: Leocadia Fuentes, Gumaro Treviño, Presidenta de la mesa.")).doesNotContain("Presidenta");
        assertThat(personal("Me atendió Leocadia Fuentes, Xiuhnel no estaba.")).as("the name is no item of a list")
                .doesNotContain("Xiuhnel");
    }

    @Test
    void aChatSpeakerSavedWithWhatSheIsToTheOwnerGoesWhole() {
        assertThat(personal("02/06/24 9:10 a. m. - Lupita Comadre: ya llegué a la casilla"))
                .contains("Lupita Comadre");
        assertThat(personal("[2/6/24, 09:12:00] Tamales Don Eleuterio: aquí sigo en la fila")).contains("Tamales Don Eleuterio");
    }

    @Test
    void aChatSpeakerThatIsAShopOrAGroupStaysReadable() {
        assertThat(personal("02/06/24 9:10 a. m. - Tortillería El Buen Sabor: ya abrimos")).isEmpty();
        assertThat(personal("02/06/24 9:11 a. m. - Papelería Central Tlalpan: junta a las seis")).isEmpty();
    }

    @Test
    void aGivenNameOfTheForeignListBeforeAKnownSurnameIsAPerson() {
        assertThat(personal("Ayudó a cargar las urnas un muchacho, Unai Barragán, que vive en la cuadra."))
                .anySatisfy(n -> assertThat(n).contains("Unai Barragán"));
        assertThat(personal("Llegó tarde Aitor Kessler Barragán con las llaves.")).anySatisfy(n -> assertThat(n).contains("Aitor Kessler Barragán"));
    }

    @Test
    void aForeignFiguresNameWithoutAKnownSurnameStaysReadable() {
        assertThat(personal("En la pared había un cartel de Nikola Tesla y otro de Marcel Marceau.")).isEmpty();
        assertThat(personal("Unai es un nombre vasco, dijo la maestra.")).isEmpty();
    }

    @Test
    void aPlaceWordAfterAliasIsAPersonsNickname() {
        assertThat(personal("La lona la amarró Heriberto Lazcano, alias el Gimnasio, y se fue.")).anySatisfy(n -> assertThat(n).contains("Gimnasio"));
        assertThat(personal("Luego fuimos al Gimnasio Olímpico a votar.")).isEmpty();
    }
}
