package mx.observa.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import mx.observa.index.IndexSchema;

/** How dates and numbers read in the pages (Mexico City time, Spanish month names). */
final class Format {

    private static final Locale ES = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", ES);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", ES);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", ES);

    private Format() {
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static String shortDay(LocalDate d) {
        return d == null ? "" : SHORT_DAY.format(d).replace(".", "");
    }

    /** An instant in Mexico City time, e.g. "15 jun 2022, 10:32". */
    static String moment(String isoInstant) {
        if (isoInstant == null) {
            return "";
        }
        try {
            return MOMENT.format(Instant.parse(isoInstant).atZone(IndexSchema.ZONE)).replace(".", "");
        } catch (java.time.format.DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** "jun 2022". */
    static String month(LocalDate d) {
        return MONTH.format(d).replace(".", "");
    }

    static String count(long n, String singular, String plural) {
        return String.format(ES, "%,d", n) + " " + (n == 1 ? singular : plural);
    }

    static String number(long n) {
        return String.format(ES, "%,d", n);
    }
}
