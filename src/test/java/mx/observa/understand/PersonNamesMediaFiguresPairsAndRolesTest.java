package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Media figures, pairs and the mesa's roles ({@link PersonNames}, {@link NoPersonContext}): a public figure heard on the
 * radio, seen on the screen or worn on a shirt stays readable, a person of the report named near a medium does not; a
 * word the lists lack coordinated with a found name is the other of the pair, a place or a sentence's first word is
 * not; «Esc.» on the line of the mesa's abbreviated roles is who counts the votes, elsewhere a school; a role said
 * after a name with «como» makes it a person.
 */
class PersonNamesMediaFiguresPairsAndRolesTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aPublicFigureOnTheRadioOrTheScreenStaysReadable() {
        assertThat(personal("En el radio decían que Teodoro Lucio iba a dar un mensaje sobre la consulta.")).isEmpty();
        assertThat(personal("En la tele de la fonda salía Leocadio Urrutia hablando del instituto.")).isEmpty();
    }

    @Test
    void aPersonOfTheReportNamedNearAMediumIsStillAName() {
        assertThat(anyContains(personal("En la radio comunitaria avisó mi vecina Rosaura Pliego que ya había mesa."), "Rosaura Pliego"))
                .isTrue();
        assertThat(anyContains(personal("Lo vi en la tele. Después llegó Anselmo Cadena a votar con su credencial."), "Anselmo Cadena"))
                .isTrue();
    }

    @Test
    void aFigureOnAShirtOrACapStaysReadableButANeighboursCapDoesNot() {
        assertThat(personal("El escrutador traía la camiseta de Hugo Sánchez, la de cuando jugaba en el Real Madrid.")).isEmpty();
        assertThat(personal("El secretario llevaba una gorra de Fernando Valenzuela toda desteñida.")).isEmpty();
        assertThat(anyContains(personal("Se quedó en la mesa la gorra de su primo Baltazar Nieto."), "Baltazar Nieto")).isTrue();
        assertThat(anyContains(personal("Traía la playera de Anacleta Ruiz, mi comadre de la tortillería."), "Anacleta Ruiz")).isTrue();
    }

    @Test
    void aWordTheListsLackCoordinatedWithAFoundNameIsTheOtherOfThePair() {
        assertThat(anyContains(personal("Las que se quedaron a contar fueron Yaretzi y Hermelinda Casasola."), "Yaretzi")).isTrue();
        assertThat(anyContains(personal("Cargaron la urna Ramiro Villegas y Tiburcio, los del taller."), "Tiburcio")).isTrue();
    }

    @Test
    void aPlaceOrAWordThatOpensTheSentenceIsNoSecondName() {
        List<String> found = personal("Vinieron de Iztacalco y Ramiro Villegas llegó después.");
        assertThat(anyContains(found, "Iztacalco")).isFalse();
        assertThat(anyContains(personal("Quejas y Ramiro Villegas llegaron juntos a la mesa."), "Quejas")).isFalse();
        assertThat(anyContains(personal("Llegó Ramiro Villegas y Tlalpan."), "Tlalpan")).isFalse();
    }

    @Test
    void onTheLineOfTheMesasAbbreviatedRolesEscIsWhoCountsTheVotes() {
        assertThat(personal("Mesa 4: PRES. Anatolio Reséndiz. SRIA. Cleotilde Paz. ESC. Rodrigo.")).anyMatch(f -> f.contains("Rodrigo"));
        assertThat(personal("Funcionarios: Pres. Ofelia Ruvalcaba / Srio. Mauro Téllez / Esc. Brenda Yolotzin Arce"))
                .anyMatch(f -> f.contains("Brenda Yolotzin Arce"));
    }

    @Test
    void anAbbreviatedSchoolOnALineWithoutTheMesasRolesStaysAPlace() {
        assertThat(anyContains(personal("La mesa se instaló en la Esc. Benito Juárez, frente al mercado."), "Benito")).isFalse();
        // a role on the line, but «Esc.» after an article is the school where the mesa stood
        assertThat(anyContains(personal("Pres. de la mesa instalada en la Esc. Rosendo Arnaiz desde las 8."), "Rosendo")).isFalse();
    }

    @Test
    void aRoleSaidAfterANameWithComoMakesItAPerson() {
        assertThat(personal("La mesa quedó a cargo de la profesora Irma Lozano, con Eudocia Barrientos como secretaria."))
                .anyMatch(f -> f.contains("Eudocia Barrientos"));
        // a place «como» something is no person
        assertThat(personal("Usaron la Casa de Cultura Tlalpan como bodega de las urnas.")).isEmpty();
    }
}
