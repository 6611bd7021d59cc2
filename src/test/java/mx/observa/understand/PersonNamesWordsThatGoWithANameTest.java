package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * The words the text points at a person with, beside a name it already finds ({@link PersonalDataDetector},
 * {@link PersonNames}): a trait nickname between the article and the name, the plural that names a couple or
 * siblings by their surname, a surname said with «apellidarse» in any tense, a relation with its article and whose it
 * is right after a name, a naming «como» repeated with its verb left out, the nickname a real name follows, the last
 * item of a list of found names. Each with a sentence where the same words point at nobody.
 */
class PersonNamesWordsThatGoWithANameTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aTraitNicknameBetweenTheArticleAndAFoundNameGoesWithIt() {
        assertThat(personal("Contó los votos la güera Maricela Tovar y los anotó el chaparro Efrén Solís."))
                .containsExactly("güera Maricela Tovar", "chaparro Efrén Solís");
    }

    @Test
    void aTraitWithoutAFoundNameOrAnAgeOrOfficeWordInTheSingularStaysReadable() {
        assertThat(personal("La güera de los jugos vendía toda la mañana frente a la urna.")).isEmpty();
        assertThat(personal("Los anotó la niña Ximena Solís.")).as("who did it stays readable").containsExactly("Ximena Solís");
        assertThat(personal("Votó su hija, una güera Fernanda muy seria, ya no.")).as("no article right before")
                .doesNotContain("güera Fernanda");
    }

    @Test
    void aPluralOfFamilyNamesACoupleOrSiblingsByTheirSurname() {
        assertThat(personal("Los refrescos los regalaron los señores Quintanar Oviedo, dueños de la miscelánea."))
                .containsExactly("señores Quintanar Oviedo");
        assertThat(personal("Las sillas las prestaron las hermanas Villaseñor; la mayor se llama Eulalia Villaseñor."))
                .contains("hermanas Villaseñor");
    }

    @Test
    void aStreetOrAFigureNamedAfterSiblingsStaysReadable() {
        assertThat(personal("La mesa quedó en la calle Hermanos Serdán, junto a la farmacia.")).isEmpty();
        assertThat(personal("Saludaron los señores de la tienda y las hermanas del comedor.")).isEmpty();
    }

    @Test
    void aSurnameSaidWithApellidarseInAnyTenseIsAnnounced() {
        assertThat(personal("El guardia dijo que la que manejaba la camioneta se apellidaba Quezada Robles.")).containsExactly("Quezada Robles");
        assertThat(personal("Los del puesto se apellidan Tapia, según la señora.")).containsExactly("Tapia");
    }

    @Test
    void aCoordinationThatLeavesTheNamingVerbOutAnnouncesItsNameToo() {
        assertThat(personal("En la mesa, el presidente se identificó como Eustaquio y la suplente como Brígida Salcedo."))
                .contains("Eustaquio", "Brígida Salcedo");
    }

    @Test
    void aCoordinationWithoutANameAfterItsComoStaysReadable() {
        assertThat(personal("Se presentó como observadora y la otra señora como suplente de la mesa.")).isEmpty();
        assertThat(personal("Se presentó como capacitador y su compañero como Representante.")).isEmpty();
        assertThat(personal("Se presentó como Eustaquio. Después llegó la suplente como Directora de la escuela."))
                .as("another clause").containsExactly("Eustaquio");
    }

    @Test
    void theLastItemOfAListOfFoundNamesIsAPersonThoughTheSentenceGoesOn() {
        assertThat(personal("Pascuala Ibarra, el Negro Rentería y Lucerito nos ayudaron a cargar las urnas."))
                .contains("Lucerito");
        assertThat(personal("En la fila estaban Pascuala Ibarra, Hermelinda Ruiz y Lucerito.")).contains("Lucerito");
    }

    @Test
    void theLastItemOfAListOfPlacesOrOfOneNameStaysReadable() {
        assertThat(personal("Recorrimos Tlalpan, Coyoacán y Xochimilco en la mañana.")).isEmpty();
        assertThat(personal("Llegaron Pascuala Ibarra y Protección Civil a revisar la lona.")).doesNotContain("Protección");
        assertThat(personal("Votaron Pascuala Ibarra, Hermelinda Ruiz y Contraloría avisó que cerraran."))
                .doesNotContain("Contraloría");
    }

    @Test
    void whatTheRealNameFollowingCallsANicknameIsOne() {
        assertThat(personal("Los volantes los trajo el Zancudo, que en realidad se llama Anselmo Ugarte."))
                .contains("el Zancudo", "Anselmo Ugarte");
        assertThat(personal("Votamos en el Cerro, que en realidad se llama Cerro de la Estrella.")).as("a place").isEmpty();
    }

    @Test
    void aRelationWithItsArticleAndWhoseItIsMakesTheWordBeforeAPerson() {
        assertThat(personal("Dejamos el recado con Pachita, la vecina del 12, para que avisara.")).containsExactly("Pachita");
        assertThat(personal("Llegó a votar la Pecosa, su ex, y se armó el chisme.")).containsExactly("Pecosa");
    }

    @Test
    void aRelationWithItsArticleButNoOneWhoseStaysAClause() {
        assertThat(personal("Gracias, la vecina de enfrente trajo café para todos.")).as("a greeting opens the sentence").isEmpty();
        assertThat(personal("Fuimos a Xochimilco, la vecina no quiso ir.")).as("a place, then a new clause").isEmpty();
    }
}
