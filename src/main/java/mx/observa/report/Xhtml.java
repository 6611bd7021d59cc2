package mx.observa.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.text.Html;

/**
 * Small writing helpers for the report's XHTML (well-formed, so the PDF renderer can parse it): escaping, Spanish
 * dates, and numbers that carry the JSON Pointer of their value ({@code data-ref}) so every figure in the text can be
 * traced to the published JSON.
 */
final class Xhtml {

    static final Locale ES_MX = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);

    private final Out out;
    private final JsonNode root;
    private final int listRows;

    /**
     * @param listRows the longest listing this document shows (see {@link #shown})
     * @param out      where the document is written as it is made (a file for the HTML edition: it can be larger than
     *                 the heap)
     */
    Xhtml(JsonNode root, int listRows, Appendable out) {
        this.root = root;
        this.listRows = listRows;
        this.out = new Out(out);
    }

    /**
     * How many rows of a listing of {@code rows} this document shows: all of them, or the first {@code listRows} with a
     * note saying how many there are and where all of them are ({@code where}, markup).
     */
    long shown(long rows, String where) {
        if (rows <= listRows) {
            return rows;
        }
        out.append("<p class=\"aviso\">Por su extensión, este documento muestra los primeros ")
                .append(String.format(ES_MX, "%,d", listRows)).append(" de ").append(String.format(ES_MX, "%,d", rows))
                .append("; todos están en ").append(where).append(".</p>\n");
        return listRows;
    }

    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    Xhtml text(String s) {
        out.append(Html.escape(s));
        return this;
    }

    /** A number of the edition, wrapped with the pointer to its value. */
    Xhtml num(String pointer) {
        out.append("<span data-ref=\"").append(Html.escape(pointer)).append("\">").append(value(pointer)).append("</span>");
        return this;
    }

    /** "1 informe" / "3 informes", the number traceable. */
    Xhtml count(String pointer, String singular, String plural) {
        num(pointer);
        out.append(' ').append(root.at(pointer).asLong() == 1 ? singular : plural);
        return this;
    }

    /** A table cell holding a number of the edition. */
    Xhtml cell(String pointer) {
        out.append("<td class=\"n\" data-ref=\"").append(Html.escape(pointer)).append("\">").append(value(pointer))
                .append("</td>");
        return this;
    }

    /** A date of the edition in Spanish words, with the ISO value and its pointer. */
    Xhtml date(String pointer) {
        String iso = root.at(pointer).asText();
        out.append("<time datetime=\"").append(iso).append("\" data-ref=\"").append(Html.escape(pointer)).append("\">")
                .append(longDate(LocalDate.parse(iso))).append("</time>");
        return this;
    }

    long longValue(String pointer) {
        return root.at(pointer).asLong();
    }

    private String value(String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw new IllegalStateException("El informe cita un valor que no está en el JSON: " + pointer);
        }
        return Html.escape(node.asText());
    }

    static String longDate(LocalDate date) {
        return date.format(LONG_DATE);
    }

    /** JSON Pointer (RFC 6901) of a path whose keys may contain '/' or '~'. */
    static String pointer(String... keys) {
        StringBuilder p = new StringBuilder();
        for (String k : keys) {
            p.append('/').append(k.replace("~", "~0").replace("/", "~1"));
        }
        return p.toString();
    }

    /** An {@link Appendable} whose write failures are unchecked: the report is either written whole or not at all. */
    private record Out(Appendable to) {

        Out append(CharSequence s) {
            try {
                to.append(s);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("No se pudo escribir el informe", e);
            }
            return this;
        }

        Out append(char c) {
            return append(String.valueOf(c));
        }
    }
}
