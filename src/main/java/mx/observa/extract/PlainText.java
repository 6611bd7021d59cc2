package mx.observa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Plain text that is valid UTF-8 is read as UTF-8 without asking a charset detector: Tika's statistical detection
 * sometimes takes BOM-less Spanish UTF-8 for GB18030 (juniversalchardet#71) and turns a report into Chinese.
 * Anything that is not valid UTF-8 (Latin-1 from old Windows tools, UTF-16) is left to Tika's detection.
 */
final class PlainText {

    private PlainText() {
    }

    static boolean isPlain(String mediaType) {
        return mediaType.startsWith("text/plain") || mediaType.startsWith("text/csv");
    }

    /** The file's text when the whole file (up to the character limit) decodes as strict UTF-8. */
    static Optional<String> strictUtf8(Path file, int maxChars) {
        try (InputStream in = Files.newInputStream(file)) {
            // 4 bytes per character at most: read no more than the limit can use.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, (long) maxChars * 4));
            boolean cut = in.read() >= 0;
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (cut) {
                return Optional.empty(); // too large to check whole; Tika streams it within its write limit
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer);
            String text = chars.toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.length() > maxChars ? text.substring(0, maxChars) : text);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
