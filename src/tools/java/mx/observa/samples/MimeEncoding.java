package mx.observa.samples;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The MIME encodings an e-mail client applies: quoted-printable, base64, RFC 2047 words, RFC 2231 parameters. */
final class MimeEncoding {

    private static final String CRLF = "\r\n";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private MimeEncoding() {
    }

    /** Quoted-printable (RFC 2045) of UTF-8 text with CRLF hard breaks and soft breaks at 76 columns. */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            byte[] bytes = lines[l].getBytes(StandardCharsets.UTF_8);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                String token;
                if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)) {
                    token = String.valueOf((char) b);
                } else {
                    token = "=" + HEX[b >> 4] + HEX[b & 0xf];
                }
                if (line.length() + token.length() > 75) {
                    out.append(line).append('=').append(CRLF);
                    line.setLength(0);
                }
                line.append(token);
            }
            out.append(line);
            if (l < lines.length - 1) {
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    /** Base64 in 76-character lines separated by CRLF. */
    static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
    }

    /**
     * An RFC 2047 header value: plain when ASCII, else one or more encoded words (each at most 75 characters, never
     * splitting a character) joined by folding whitespace.
     *
     * @param q true for the "Q" encoding, false for "B"
     */
    static String encodedWords(String value, boolean q) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        String prefix = "=?UTF-8?" + (q ? "Q" : "B") + "?";
        int budget = 66 - prefix.length() - 2;
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            String candidate = chunk + ch;
            if (encodedLength(candidate, q) > budget && !chunk.isEmpty()) {
                words.add(prefix + encodeWord(chunk.toString(), q) + "?=");
                chunk.setLength(0);
            }
            chunk.append(ch);
            i += Character.charCount(cp);
        }
        words.add(prefix + encodeWord(chunk.toString(), q) + "?=");
        return String.join(CRLF + " ", words);
    }

    private static int encodedLength(String s, boolean q) {
        return encodeWord(s, q).length();
    }

    private static String encodeWord(String s, boolean q) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (!q) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        StringBuilder sb = new StringBuilder();
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b == ' ') {
                sb.append('_');
            } else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || "!*+-/".indexOf(b) >= 0) {
                sb.append((char) b);
            } else {
                sb.append('=').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return sb.toString();
    }

    /** A display name for From/To: quoted when it has specials, RFC 2047 encoded when it is not ASCII. */
    static String displayName(String name, boolean q) {
        if (!name.chars().allMatch(c -> c < 0x80)) {
            return encodedWords(name, q);
        }
        if (name.chars().anyMatch(c -> "()<>@,;:\\\".[]".indexOf(c) >= 0)) {
            return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return name;
    }

    /** RFC 2231 extended parameter value: {@code UTF-8''Informe%20observaci%C3%B3n.pdf}. */
    static String rfc2231(String value) {
        StringBuilder sb = new StringBuilder("UTF-8''");
        for (byte value1 : value.getBytes(StandardCharsets.UTF_8)) {
            int b = value1 & 0xff;
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || "-._~".indexOf(b) >= 0) {
                sb.append((char) b);
            } else {
                sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return sb.toString();
    }

    /** RFC 5322 date in UTC−5 (Mexico City, spring 2022): {@code Mon, 2 May 2022 21:14:07 -0500}. */
    static String rfc5322Date(LocalDateTime t) {
        return String.format(java.util.Locale.ROOT, "%s, %d %s %d %02d:%02d:%02d -0500",
                DAYS[t.getDayOfWeek().getValue() - 1], t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1],
                t.getYear(), t.getHour(), t.getMinute(), t.getSecond());
    }
}
