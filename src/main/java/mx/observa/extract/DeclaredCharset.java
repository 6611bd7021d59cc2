package mx.observa.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Text whose bytes come with a declared charset (a mail part's {@code Content-Type}, an HTML {@code meta} tag), read
 * in that charset; detection only when the declaration is missing, unknown or contradicted by the bytes, so nothing
 * the sender wrote is lost:
 * <ul>
 * <li>a byte order mark says what it is, whatever the declaration;</li>
 * <li>bytes that are valid UTF-8 with non-ASCII letters are UTF-8 even when a legacy charset is declared (ISO-8859-1,
 * Windows-1252, US-ASCII: what clients put when they don't know): text in those charsets is practically never valid
 * UTF-8 ("Ã³" is not Spanish), so only a wrong label makes it so;</li>
 * <li>any other known charset the bytes are valid in is used as declared (ISO-8859-15 with its €, UTF-16 …);</li>
 * <li>otherwise (nothing declared, an unknown name, "utf-8" over Latin-1 bytes) the text is read as UTF-8 and each
 * byte that is not part of a valid UTF-8 sequence as Windows-1252: pure Latin-1, pure UTF-8 and a mix of both (a
 * Latin-1 signature pasted under a UTF-8 text) all come out whole, where a strict decoder would turn every accent
 * into U+FFFD.</li>
 * </ul>
 * ISO-8859-1 and US-ASCII labels are read as Windows-1252 (its superset for text, as browsers and mail clients do):
 * their bytes 0x80–0x9F are Windows-1252's curly quotes and dashes in practice, never control characters.
 */
public final class DeclaredCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DeclaredCharset() {
    }

    /**
     * @param declared the charset name as declared (any case, quoted or not), or null when there is none
     * @return the text, without a leading byte order mark
     */
    public static String decode(byte[] bytes, String declared) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            String text = new String(bytes, bom);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        Charset charset = known(declared);
        if (charset != null && !isUtf8(charset)) {
            boolean unicode = charset.name().toUpperCase(Locale.ROOT).startsWith("UTF");
            if (!unicode && Utf8EncodingDetector.isUtf8WithNonAscii(bytes, false)) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            String strict = strict(bytes, charset);
            if (strict != null) {
                return strict;
            }
        }
        return utf8OrWindows1252(bytes);
    }

    /**
     * Text that was read one byte per character as ISO-8859-1 without knowing its charset — mail headers, which
     * Jakarta Mail reads so when a client writes them in raw UTF-8 (RFC 6532) or Latin-1 instead of encoded words
     * ("MarÃ­a" for "María") — with its bytes read again by {@link #decode}. Text with any character beyond
     * ISO-8859-1 was decoded already and is returned as it is; genuine Latin-1 text comes back unchanged.
     */
    public static String rereadLatin1(String text) {
        if (text == null) {
            return null;
        }
        boolean eightBit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text;
            }
            eightBit |= c >= 0x80;
        }
        return eightBit ? decode(text.getBytes(StandardCharsets.ISO_8859_1), null) : text;
    }

    /** The charset a name stands for, or null when it is blank or Java does not know it. */
    static Charset known(String declared) {
        if (declared == null) {
            return null;
        }
        String name = declared.strip().replace("\"", "").replace("'", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                    ? WINDOWS_1252 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** UTF-8, with every byte outside a valid UTF-8 sequence read as Windows-1252 instead of being lost. */
    private static String utf8OrWindows1252(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (result.isUnderflow()) {
                utf8.flush(out);
                break;
            }
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put(new String(new byte[] {in.get()}, WINDOWS_1252));
                }
            }
        }
        return out.flip().toString();
    }
}
