package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Figures and titles ({@link NoPersonContext}, {@link PersonNames}): a figure known nationwide by their name
 * ({@code personajes}), a figure named by their work, their style or their history, the author of a quoted work, a
 * figure summoned by hyperbole and a name an aside says is a place's stay readable, whichever trigger read them; a
 * person labelled as one or whose name only opens with a figure's does not, nor a person of the report anchored by a
 * relation or a title; and
 * religious, foreign and rank titles, work relations and a title ending the line lead to a name.
 */
class PersonNamesFigureReferencesTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aFigureNamedByTheirWorkOrStyleIsNoPersonButARelativeIs() {
        assertThat(personal("La escenografía del módulo tenía calaveras como las de Leopoldo Méndez Ulloa.")).isEmpty();
        assertThat(personal("Pintaron la mampara al estilo de Rufino Tamayo Ortega, con colores muy vivos.")).isEmpty();
        assertThat(personal("Pintaron la mampara al estilo de mi tío Rufino, con colores muy vivos.")).containsExactly("mi tío Rufino");
    }

    @Test
    void whatOnceBelongedToAFigureNamesNoPersonEvenAcrossAnAside() {
        assertThat(personal("En la mesa pusieron un tintero que perteneció, según el cronista, a Guillermo Prieto Pradillo.")).isEmpty();
        assertThat(personal("Había una silla que perteneció a Venancio Carrillo Ibarra.")).isEmpty();
    }

    @Test
    void theAuthorOfAQuotedWorkIsNoPerson() {
        assertThat(personal("En la pared del módulo había un cartel con «El llano en llamas» de Juan Rulfo Vizcaíno.")).isEmpty();
        assertThat(personal("Cerca de la urna leyeron “Balún Canán” de Rosario Castellanos Figueroa en voz alta.")).isEmpty();
    }

    @Test
    void aFigureSummonedByHyperboleIsNoPersonButOneWhoDidNothingIs() {
        assertThat(personal("Ni Remedios Varo Uranga pintó tal desorden como el de la fila.")).isEmpty();
        assertThat(personal("No llegó ni Remedios Uranga Varo a la hora de abrir.")).contains("Remedios Uranga Varo");
    }

    @Test
    void aNameAnAsideSaysIsAPlacesStaysReadable() {
        assertThat(personal("Los heridos irían al Dr. Belisario Quijano (es el nombre del hospital de la zona).")).isEmpty();
        assertThat(personal("Atendió el Dr. Belisario Quijano (médico del hospital de la zona).")).contains("Dr. Belisario Quijano");
    }

    @Test
    void aReligiousAForeignOrAnAbbreviatedRankTitleGoesWithTheName() {
        assertThat(personal("Nos recibió en el convento la Madre Eufemia Landeros.")).containsExactly("Madre Eufemia Landeros");
        assertThat(personal("La lectura la hizo Madame Clotilde en el zaguán.")).containsExactly("Madame Clotilde");
        assertThat(personal("Levantó el acta el Cmdte. Rigoberto Anzures Peña.")).containsExactly("Cmdte. Rigoberto Anzures Peña");
        assertThat(personal("Lo cuidó su madre Eufemia Landeros.")).containsExactly("Eufemia Landeros");
    }

    @Test
    void aGermanCourtesyTitleOrATrainersTitleGoesWithTheName() {
        assertThat(personal("Nos prestó el toldo Herr Klaus Ibarguen, el vecino de la panadería.")).containsExactly("Herr Klaus Ibarguen");
        assertThat(personal("En la fila estaba la Frau Odilia Wendt con su nieta.")).containsExactly("Frau Odilia Wendt");
        assertThat(personal("Cuidó la entrada el coach Heriberto Pantoja, del equipo de futbol.")).containsExactly("coach Heriberto Pantoja");
        // the word alone, with no name after it, is no person
        assertThat(personal("El coach del equipo llegó tarde a votar.")).isEmpty();
    }

    @Test
    void aPartnerOrAnApprenticeNamedAfterAPossessiveIsAPerson() {
        assertThat(personal("Me acompañó a la mesa mi socia Yoalli.")).containsExactly("mi socia Yoalli");
        assertThat(personal("Cargó las mamparas mi aprendiz Yoalli Tepaz.")).containsExactly("Yoalli Tepaz");
    }

    @Test
    void aTitleWordEndingTheLineGoesWithTheNameOnTheNext() {
        assertThat(personal("Suplió a la escrutadora una vecina, doña\nEufemia Landeros, sin capacitación."))
                .containsExactly("doña\nEufemia Landeros");
    }

    @Test
    void aCommonGivenNameTheListsLackedIsKnown() {
        assertThat(personal("Subieron la urna dos vecinos y Flavio, el de la esquina.")).anyMatch(p -> p.contains("Flavio"));
    }

    @Test
    void aFigureKnownNationwideByTheirNameIsNoPersonWhateverTheWordsAround() {
        // no phrase here says «a figure»: the name alone does, in wordings no context rule knows
        assertThat(personal("El escrutador traía un calendario con la cara de Dolores del Río y lo colgó junto a la urna.")).isEmpty();
        assertThat(personal("Mientras contábamos alguien puso a todo volumen a Rigo Tovar y nadie se quejó.")).isEmpty();
        assertThat(personal("Un niño con la cara pintada, según él de Canelo Álvarez, jugaba bajo la mampara.")).isEmpty();
        assertThat(personal("Para matar el tiempo discutimos si Checo Pérez ganaría el domingo.")).isEmpty();
    }

    @Test
    void aPrivatePersonSharingAFiguresGivenNameOrLabelledWithItIsStillAPerson() {
        // a figure's first words inside a longer name, a person's label, or only the given name shared: a person
        assertThat(personal("Nombre: María Félix Cárdenas\nCargo: secretaria")).anyMatch(p -> p.contains("María Félix Cárdenas"));
        assertThat(personal("Firmó el acta la observadora Silvia Pinal Robles a las seis.")).anyMatch(p -> p.contains("Silvia Pinal Robles"));
        assertThat(personal("El representante, el señor Octavio Lagunas, llegó con un libro de Octavio Paz."))
                .anyMatch(p -> p.contains("Octavio Lagunas")).noneMatch(p -> p.contains("Paz"));
    }

    @Test
    void aPriestsTitleGoesWithHisNameButAFathersAfterAPossessiveStaysReadable() {
        assertThat(personal("Bendijo la mesa el padre Gumersindo Aranda antes de abrir.")).containsExactly("padre Gumersindo Aranda");
        assertThat(personal("Ofició la misa el Pbro. Anselmo Tapia Roldán.")).containsExactly("Pbro. Anselmo Tapia Roldán");
        assertThat(personal("Me acompañó mi padre Gumersindo Aranda hasta la fila.")).containsExactly("Gumersindo Aranda");
    }

    @Test
    void aNameEndingInARomanOrdinalIsAPopeOrAMonarchsNotAPerson() {
        assertThat(personal("La mesa quedó en el auditorio Benedicto XVI, junto al atrio.")).isEmpty();
        assertThat(personal("En la pared del salón colgaba un retrato de Carlos III y otro de la virgen.")).isEmpty();
        // an initial after the surname is a private person's: «… V.»
        assertThat(personal("Firmó el acta la funcionaria Otilia Bermúdez V. a las seis.")).anyMatch(p -> p.contains("Otilia Bermúdez"));
    }

    @Test
    void aTelevisionCharacterKnownNationwideIsNoPerson() {
        assertThat(personal("La piñata de la fiesta de al lado era de El Chapulín Colorado.")).isEmpty();
    }

    @Test
    void theAuthorOfAWorkAfterADashIsNoPersonButWhomItWasSungForIs() {
        assertThat(personal("Pusieron «Amorcito corazón» — de Pedro Infante, en la bocina del módulo.")).isEmpty();
        assertThat(personal("«Amorcito corazón» — para doña Eulalia Zamudio, que cumplía años.")).anyMatch(p -> p.contains("Eulalia Zamudio"));
    }

    @Test
    void theAuthorOfANamedWorkIsNoPersonOfTheReport() {
        assertThat(personal("En el equipo de sonido pusieron la Sinfonía núm. 3 de Graciela Ontiveros Lugo.")).isEmpty();
        assertThat(personal("Los del comité recordaban las películas de Anselmo Valdepeñas mientras esperaban.")).isEmpty();
        // a letter is the neighbours' too: whoever wrote it stays a person
        assertThat(personal("Leímos la carta de Rosalinda Escárcega en voz alta.")).containsExactly("Rosalinda Escárcega");
    }

    @Test
    void aFigureCoordinatedAfterACyclesNameIsNoPerson() {
        assertThat(personal("El cine club anunciaba un ciclo Pedro Armendáriz y Dolores Sarabia toda la semana.")).isEmpty();
    }
}
