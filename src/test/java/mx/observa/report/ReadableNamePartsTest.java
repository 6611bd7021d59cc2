package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link PrivacyPublicationIT} counts a planted name as published when part of it is readable beside the rest hidden
 * ({@link ReadableNameParts}); the whole-string check never saw «Nicanor [dato personal]».
 */
class ReadableNamePartsTest {

    private static String shown(String planted, String page) {
        return ReadableNameParts.of(planted).shownIn(ReadableNameParts.Page.of(page));
    }

    @Test
    void aGivenNameBesideItsHiddenSurnameIsShownInPart() {
        assertThat(shown("Nicanor Ugalde Brito", "Llegó Nicanor [dato personal] a las ocho.")).isEqualTo("nicanor [dato personal]");
        assertThat(shown("Nicanor U. Brito", "firmó <td>NICANOR [dato personal]</td>")).isEqualTo("nicanor [dato personal]");
        assertThat(shown("Rebeca Ánimas", "[dato personal] Animas y su hijo")).isEqualTo("[dato personal] animas");
        // a search hit marks the word it matched: the mark is inline, the words still follow one another
        assertThat(shown("Rebeca Ánimas", "\"snippet\":\"vi a <mark>Rebeca</mark> [dato personal] ayer\""))
                .isEqualTo("rebeca [dato personal]");
        // a particle, a title or a relation beside the mark names no one
        assertThat(shown("Eduviges de la Mora", "con Eduviges de la [dato personal]")).isEqualTo("eduviges de la [dato personal]");
        assertThat(shown("don Cleto Ruelas", "y Cleto [dato personal] cerró")).isEqualTo("cleto [dato personal]");
    }

    @Test
    void aNameWhollyHiddenOrOnlyItsTitleOrArticleReadableIsNot() {
        assertThat(shown("Nicanor Ugalde Brito", "Llegó [dato personal] a las ocho.")).isNull();
        assertThat(shown("Sra. Ugalde", "la Sra. [dato personal] abrió")).isNull();
        assertThat(ReadableNameParts.of("la Güera")).as("one identifying word is the whole-string check's").isNotNull();
        assertThat(shown("la Güera", "la [dato personal] trajo")).isNull();
        // the words of a name apart from one another are no name shown
        assertThat(shown("Nicanor Ugalde Brito", "Nicanor llegó; luego [dato personal] se fue")).isNull();
        // a word of a one-word name beside a mark that hides only its article is the whole-string check's
        assertThat(shown("la Güera", "[dato personal] guera de rancho")).isNull();
        assertThat(shown("el Chino", "pan chino")).isNull();
        // a generation's suffix after the hidden name is no part of it that says who («Jr.», «junior»)
        assertThat(shown("Fermín Olvera junior", "lo atendió [dato personal] junior en el taller")).isNull();
        assertThat(shown("Fermín Olvera Jr.", "firmó [dato personal] Jr. como testigo")).isNull();
    }

    @Test
    void aNameWhoseIdentifyingWordsAreAllReadableIsShownWithoutItsTitle() {
        assertThat(shown("don Cleto Ruelas", "habló Cleto Ruelas del acta")).isEqualTo("cleto ruelas");
        assertThat(shown("Nicanor Ugalde Brito", "NICANOR UGALDE BRITO")).isEqualTo("nicanor ugalde brito");
    }

    @Test
    void aStringWithNoWordThatIdentifiesHasNoPart() {
        assertThat(ReadableNameParts.of("Quirina")).isNull();
        assertThat(ReadableNameParts.of("la señora")).isNull();
        assertThat(ReadableNameParts.of("M. I. Z.")).isNull();
    }
}
