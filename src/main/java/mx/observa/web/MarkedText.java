package mx.observa.web;

import java.util.List;

import mx.observa.report.Redactor;
import mx.observa.text.Html;
import mx.observa.understand.KnownPersonalData;

/**
 * Redacts a piece of report text that is already HTML — escaped, with the search's words wrapped in
 * {@code <mark>} (a snippet, or a whole finding highlighted): it is read back to plain text, redacted as a whole
 * (a name split by a mark is still one name), and written again with the marks that survive.
 */
final class MarkedText {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private MarkedText() {
    }

    static String redact(String html, Redactor redactor, KnownPersonalData known) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        StringBuilder plain = new StringBuilder();
        java.util.BitSet marked = new java.util.BitSet();
        boolean inMark = false;
        int i = 0;
        while (i < html.length()) {
            if (html.startsWith(OPEN, i)) {
                inMark = true;
                i += OPEN.length();
            } else if (html.startsWith(CLOSE, i)) {
                inMark = false;
                i += CLOSE.length();
            } else if (html.charAt(i) == '&') {
                int semi = html.indexOf(';', i);
                String entity = semi < 0 || semi - i > 10 ? null : html.substring(i, semi + 1);
                String ch = entity == null ? null : unescape(entity);
                if (ch == null) {
                    ch = "&";
                    semi = i;
                }
                for (int k = 0; k < ch.length(); k++) {
                    marked.set(plain.length(), inMark);
                    plain.append(ch.charAt(k));
                }
                i = semi + 1;
            } else {
                marked.set(plain.length(), inMark);
                plain.append(html.charAt(i));
                i++;
            }
        }
        String text = plain.toString();
        List<int[]> spans = redactor.spans(text, known);
        StringBuilder out = new StringBuilder();
        boolean open = false;
        int at = 0;
        int next = 0;
        while (at < text.length()) {
            if (next < spans.size() && spans.get(next)[0] == at) {
                if (open) {
                    out.append(CLOSE);
                    open = false;
                }
                out.append(Html.escape(Redactor.MARK));
                at = spans.get(next++)[1];
                continue;
            }
            boolean m = marked.get(at);
            if (m != open) {
                out.append(m ? OPEN : CLOSE);
                open = m;
            }
            out.append(Html.escape(String.valueOf(text.charAt(at))));
            at++;
        }
        if (open) {
            out.append(CLOSE);
        }
        return out.toString();
    }

    private static String unescape(String entity) {
        return switch (entity) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            case "&apos;" -> "'";
            default -> {
                try {
                    if (entity.startsWith("&#x") || entity.startsWith("&#X")) {
                        yield new String(Character.toChars(Integer.parseInt(entity.substring(3, entity.length() - 1), 16)));
                    }
                    if (entity.startsWith("&#")) {
                        yield new String(Character.toChars(Integer.parseInt(entity.substring(2, entity.length() - 1))));
                    }
                } catch (IllegalArgumentException e) {
                    yield null;
                }
                yield null;
            }
        };
    }
}
