package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * What the twenty-third and twenty-fourth blind sets taught: a name a page wrapped onto the next line is still a name;
 * a public figure seen on a medium or worn on a shirt stays readable; a word the lists lack coordinated with a found
 * name is a name too.
 */
class PersonNamesTwentyFifthTest {

    private final WrappedNames wrapped = new WrappedNames(Fixtures.PRIVACY);

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aNameWrappedAfterATitleAnArticleOrANamingVerbIsReadOnOneLine() {
        assertThat(anyContains(personal("En la lista no aparecieron los hermanos Pineda ni la señora\nEufrosina, que vive atrás"
                + " del mercado."), "Eufrosina")).isTrue();
        assertThat(anyContains(personal("No la dejaron votar porque no venía en la lista, y se fue enojada la señora\nZinnia."),
                "Zinnia")).isTrue();
        assertThat(anyContains(personal("Los carteles los pegó un muchacho del mercado, al que todos le dicen el\nMecates, y"
                + " nadie lo detuvo."), "Mecates")).isTrue();
        assertThat(anyContains(personal("Llegó a reclamar el representante de la asociación de comerciantes, ING. HERIBERTO\n"
                + "ARELLANO, a las once."), "ARELLANO")).isTrue();
    }

    @Test
    void theJoinKeepsTheTextsLengthAndEveryOtherLineBreak() {
        String text = "Firma de la señora\nEufrosina\nTeléfono: 55 5555 0000\nNombre:\nRamiro Villegas";
        String read = wrapped.unwrap(text);
        assertThat(read).hasSameSizeAs(text);
        assertThat(read).isEqualTo("Firma de la señora Eufrosina\nTeléfono: 55 5555 0000\nNombre:\nRamiro Villegas");
        // a short line is a signature or a list item, not a wrapped one: its given name and the next line stay apart
        assertThat(wrapped.unwrap("Gracias, Heriberto\nArellano y Asociados")).contains("\n");
        // the next line opening with a label is a new field
        assertThat(wrapped.unwrap("Se presentó la secretaria\nNombre: Rita")).contains("\n");
        // a heading, a table's cell and a sentence's end stay lines of their own
        assertThat(wrapped.unwrap("B. Funcionarios\nLlegaron los tres.")).contains("\n");
        assertThat(wrapped.unwrap("Wilfrido Zepeda | escrutador\nOtilia Carmona | suplente")).contains("\n");
        assertThat(wrapped.unwrap("Lo firmó con su comadre.\nELENCO")).contains("\n");
        // a person's noun in another sense, and a label with an aside, stay apart from the next line
        assertThat(wrapped.unwrap("Material,sin contacto\nAprobado por,Lic. Rebeca Olmos")).contains("\n");
        assertThat(wrapped.unwrap("Datos del representante\nNombre(s): Rebeca")).contains("\n");
    }

    @Test
    void aWrappedLineThatIsNoNameFindsNone() {
        assertThat(personal("La urna llegó a tiempo y la\nMesa se instaló a las nueve con sus tres funcionarios.")).isEmpty();
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
