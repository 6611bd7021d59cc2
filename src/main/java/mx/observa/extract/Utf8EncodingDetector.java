package mx.observa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Text whose bytes are valid UTF-8 (and not plain ASCII) is UTF-8, whatever a statistical detector thinks: Tika's
 * detectors sometimes take BOM-less Spanish UTF-8 for GB18030 (juniversalchardet#71) and turn a report into Chinese.
 * Latin-1 Spanish is practically never valid UTF-8 (an accented letter followed by a plain one is an invalid
 * sequence), so this only settles the cases where it cannot be anything else.
 *
 * <p>{@link PlainText} does the same for a whole plain-text file; this detector brings the rule to the text Tika
 * reads inside other documents (a mail part, an HTML page without a charset), in this JVM and in the parser's child
 * JVMs. Registered in {@code META-INF/services}, where Tika's default detector puts it before its own.
 */
public final class Utf8EncodingDetector implements EncodingDetector {

    /** How much is looked at; a multi-byte character cut at the end is not held against the text. */
    private static final int LOOK_AHEAD = 64 * 1024;

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        input.mark(LOOK_AHEAD);
        try {
            byte[] bytes = input.readNBytes(LOOK_AHEAD);
            return isUtf8WithNonAscii(bytes, bytes.length == LOOK_AHEAD) ? StandardCharsets.UTF_8 : null;
        } finally {
            input.reset();
        }
    }

    static boolean isUtf8WithNonAscii(byte[] bytes, boolean mayBeCut) {
        int end = bytes.length;
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false; // ASCII reads the same in every candidate: let the other detectors decide
        }
        if (mayBeCut) {
            end = withoutCutCharacter(bytes);
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The length without a trailing, incomplete multi-byte sequence (at most 3 bytes of one). */
    private static int withoutCutCharacter(byte[] bytes) {
        int end = bytes.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) { // a lead byte: is its sequence complete?
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return back < needed ? end - back : end;
            }
            if ((b & 0xC0) != 0x80) {
                return end; // ASCII: nothing cut
            }
        }
        return end;
    }
}
