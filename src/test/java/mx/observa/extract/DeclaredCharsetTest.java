package mx.observa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DeclaredCharsetTest {

    private static final String TEXT = "La señora responsable abrió la mesa a las 9:40; ¿qué faltó? Información.";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void aDeclaredCharsetIsHonoured() {
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), "utf-8")).isEqualTo(TEXT);
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1")).isEqualTo(TEXT);
        assertThat(DeclaredCharset.decode("Costó 20 € la lona".getBytes(Charset.forName("ISO-8859-15")), "\"iso-8859-15\""))
                .isEqualTo("Costó 20 € la lona");
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE")).isEqualTo(TEXT);
    }

    @Test
    void latin1LabelsReadWindows1252QuotesAndDashes() {
        String quoted = "“" + TEXT + "” – fin";
        assertThat(DeclaredCharset.decode(quoted.getBytes(WINDOWS_1252), "iso-8859-1")).isEqualTo(quoted);
        assertThat(DeclaredCharset.decode(quoted.getBytes(WINDOWS_1252), "windows-1252")).isEqualTo(quoted);
    }

    @Test
    void withoutADeclarationValidUtf8IsUtf8AndAnythingElseWindows1252() {
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(TEXT);
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.ISO_8859_1), null)).isEqualTo(TEXT);
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), " ")).isEqualTo(TEXT);
    }

    @Test
    void anUnknownOrMalformedNameFallsBackToDetectionAndKeepsTheText() {
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), "x-desconocido")).isEqualTo(TEXT);
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.ISO_8859_1), "no es/un nombre")).isEqualTo(TEXT);
    }

    @Test
    void aLabelTheBytesContradictIsOverruledWithoutLosingAnAccent() {
        // "utf-8" over Latin-1 bytes: a strict decoder would turn every accent into U+FFFD
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.ISO_8859_1), "utf-8")).isEqualTo(TEXT);
        // a Latin-1 label over UTF-8 bytes: read as labelled, every accent would be two letters ("abriÃ³")
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), "iso-8859-1")).isEqualTo(TEXT);
        assertThat(DeclaredCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), "us-ascii")).isEqualTo(TEXT);
    }

    @Test
    void aUtf8TextWithALatin1SignaturePastedUnderItComesOutWhole() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "\nAtentamente, la coordinación".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);

        assertThat(DeclaredCharset.decode(mixed, "utf-8")).isEqualTo(TEXT + "\nAtentamente, la coordinación");
    }

    @Test
    void aByteOrderMarkSaysWhatTheBytesAreAndIsDropped() {
        byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertThat(DeclaredCharset.decode(utf16, "iso-8859-1")).isEqualTo(TEXT);
        byte[] utf8 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(DeclaredCharset.decode(utf8, null)).isEqualTo(TEXT);
    }

    @Test
    void textReadAsLatin1IsReadAgainAndDecodedTextIsLeftAlone() {
        String asRead = new String("María Núñez".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(asRead).isEqualTo("MarÃ­a NÃºÃ±ez");
        assertThat(DeclaredCharset.rereadLatin1(asRead)).isEqualTo("María Núñez");
        assertThat(DeclaredCharset.rereadLatin1("María Núñez")).isEqualTo("María Núñez");
        assertThat(DeclaredCharset.rereadLatin1("Costó 20 €")).isEqualTo("Costó 20 €");
        assertThat(DeclaredCharset.rereadLatin1("=?utf-8?Q?Mar=C3=ADa?=")).isEqualTo("=?utf-8?Q?Mar=C3=ADa?=");
        assertThat(DeclaredCharset.rereadLatin1(null)).isNull();
    }
}
