package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Names the page wrapped onto the next line ({@link WrappedNames}, {@link PersonNames}): a name after a title, an
 * article, a naming verb or a dotted title that ends its line is read on one line; the join keeps the text's length and
 * every line break that is no wrap (a signature, a label, a heading, a table's cell, a sentence's end); a wrapped line
 * that is no name finds none.
 */
class PersonNamesWrappedLinesTest {

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
    void aLastSurnameThePageWrappedIsReadWithItsNameWhenItClosesItsClause() {
        // one word opening the next line and closing its clause: an aside, a semicolon, a comma; listed or not, also a
        // word the lists know as a given name
        assertThat(personal("Apoyaron en la fila: Rosario Lemus (vigilancia), Anselmo Urquiza (orden), Dorotea\n"
                + "Tlacuilo (agua) y nadie más.")).anyMatch(p -> p.startsWith("Dorotea") && p.endsWith("Tlacuilo"));
        assertThat(personal("En la mesa de al lado estaba de secretario suplente el que llegó primero, Leonel Barragán\n"
                + "Cristóbal; después llegó el titular.")).anyMatch(p -> p.startsWith("Leonel") && p.endsWith("Cristóbal"));
        // a short line is no page's wrap; a word followed by more capitalized words, or a label, is a line of its own
        assertThat(wrapped.unwrap("Firmas: Rosario\nLemus; Dorotea")).contains("\n");
        assertThat(wrapped.unwrap("Los que llegaron primero a la fila fueron doña Rosendo y Martina\nGracias Amigos, dijo.")).contains("\n");
        assertThat(wrapped.unwrap("La presidenta ordenó a la secretaria que contara otra vez las boletas, Marta\nObservaciones: ninguna"))
                .contains("\n");
        // nor after a word that is no given name («la escuela Tlatilco»)
        assertThat(wrapped.unwrap("La mesa se puso afuera de la escuela primaria de la colonia Tlatilco\nCentro, junto al mercado."))
                .contains("\n");
    }

    @Test
    void aNameAfterARolesLabelGoesOnWithTheSurnameOpeningTheNextLine() {
        // a mesa's lineup on a page that wrapped the last name: the role's label with its colon names the person
        // (a given name the lists lack: the label says it is one)
        assertThat(wrapped.unwrap("Mesa instalada a las 8:10. Presidente: Olegario Pimentel. Suplente: Tlanextli Arriaga\n"
                + "Zamora\nSe abrió a las 9.")).contains("Arriaga Zamora\nSe abrió");
        // not after a field's label that names no role, nor a given name opening the next line (the next person)
        assertThat(wrapped.unwrap("Mesa instalada a las 8:10 en la escuela del barrio. Lugar: Tlanextli Arriaga\nZamora"))
                .contains("\n");
        assertThat(wrapped.unwrap("Presidente: Olegario Pimentel\nSecretaria: Xóchitl Arriaga\nEscrutadora: Otilia Mena\nRosalba"))
                .endsWith("\nRosalba");
    }

    @Test
    void aWrappedLineThatIsNoNameFindsNone() {
        assertThat(personal("La urna llegó a tiempo y la\nMesa se instaló a las nueve con sus tres funcionarios.")).isEmpty();
    }

    @Test
    void aDottedTitleEndingALineGoesWithTheNameWrappedOntoTheNext() {
        assertThat(personal("Autorizo para recibirlas a la Dra.\nLeticia Barbosa Ruelas, abogada.").get(0))
                .isEqualTo("Dra.\nLeticia Barbosa Ruelas");
        assertThat(personal("Lo escribió Fermina Ocotl con su comadre.\nELENCO\nLa presidenta de la mesa")).as("a whole word ends a sentence")
                .containsExactly("Fermina Ocotl");
    }
}
