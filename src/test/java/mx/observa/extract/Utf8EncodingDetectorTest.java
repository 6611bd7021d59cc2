package mx.observa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class Utf8EncodingDetectorTest {

    private static final String SPANISH = "La mesa abrió a las 10:05, más de una hora tarde; la señora llegó después.";

    private final Utf8EncodingDetector detector = new Utf8EncodingDetector();

    @Test
    void validUtf8WithAccentsIsUtf8AndTheStreamIsLeftWhereItWas() throws Exception {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(SPANISH.getBytes(StandardCharsets.UTF_8)));
        assertThat(detector.detect(in, new Metadata())).isEqualTo(StandardCharsets.UTF_8);
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(SPANISH);
    }

    @Test
    void latin1SpanishIsLeftToTheOtherDetectors() throws Exception {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(SPANISH.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(detector.detect(in, new Metadata())).isNull();
    }

    @Test
    void plainAsciiIsLeftToTheOtherDetectors() throws Exception {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream("sin acentos".getBytes(StandardCharsets.US_ASCII)));
        assertThat(detector.detect(in, new Metadata())).isNull();
    }

    @Test
    void aCharacterCutAtTheEndOfTheLookAheadIsNotHeldAgainstTheText() {
        byte[] utf8 = "año".getBytes(StandardCharsets.UTF_8); // a, 0xC3 0xB1, o
        byte[] cut = Arrays.copyOf(utf8, 2);
        assertThat(Utf8EncodingDetector.isUtf8WithNonAscii(cut, true)).isTrue();
        assertThat(Utf8EncodingDetector.isUtf8WithNonAscii(cut, false)).isFalse();
    }
}
