package mx.observa.samples;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/** Writes plain text in a given charset and line ending, optionally hard-wrapped as some mail clients do. */
final class PlainTextWriter {

    /**
     * @param wrapColumn wrap long lines at this many characters; 0 keeps one line per paragraph (as Notepad does)
     */
    String render(ReportDocument document, int wrapColumn) {
        String text = document.plainText("\n");
        if (wrapColumn <= 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String indent = line.startsWith("- ") ? "  " : "";
            List<String> wrapped = TextWrapper.wrap(line, wrapColumn, wrapColumn - indent.length(),
                    String::length, document.keepTogether());
            for (int i = 0; i < wrapped.size(); i++) {
                sb.append(i == 0 ? "" : indent).append(wrapped.get(i)).append('\n');
            }
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** Encodes strictly: a character the charset cannot hold is an error, never a silent '?'. */
    byte[] write(ReportDocument document, Charset charset, String newline, int wrapColumn) {
        return write(document, charset, newline, wrapColumn, false);
    }

    /** @param byteOrderMark start with U+FEFF, as Word and old Notepad do when saving UTF-8 */
    byte[] write(ReportDocument document, Charset charset, String newline, int wrapColumn, boolean byteOrderMark) {
        String text = render(document, wrapColumn).replace("\n", newline);
        return encode(byteOrderMark ? "\uFEFF" + text : text, charset);
    }

    static byte[] encode(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Text cannot be encoded in " + charset + ": " + e.getMessage(), e);
        }
    }
}
