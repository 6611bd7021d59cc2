package mx.observa.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import gg.jte.Content;
import gg.jte.TemplateOutput;

import mx.observa.text.Templates;

/**
 * Values of the edition as the report's XHTML writes them: every number and date carries the JSON Pointer of its
 * value ({@code data-ref}), so each figure in the text can be traced to the published JSON. Each is a piece of
 * template content: {@code ${report.num("/totales/informes")}} in a template writes src/main/jte/report/num.jte.
 */
final class Traced {

    static final Locale ES_MX = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);

    private Traced() {
    }

    /** A number of the edition and the pointer to it. */
    record Num(String pointer, String value) implements Content {
        @Override
        public void writeTo(TemplateOutput output) {
            Templates.write("report/num.jte", this, output);
        }
    }

    /** "1 informe" / "3 informes", the number traceable. */
    record Count(Num num, String noun) implements Content {
        @Override
        public void writeTo(TemplateOutput output) {
            Templates.write("report/count.jte", this, output);
        }
    }

    /** A date of the edition: in Spanish words, with its ISO value and its pointer. */
    record Day(String pointer, String iso, String words) implements Content {
        @Override
        public void writeTo(TemplateOutput output) {
            Templates.write("report/day.jte", this, output);
        }
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
}
