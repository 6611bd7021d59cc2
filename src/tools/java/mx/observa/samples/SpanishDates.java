package mx.observa.samples;

import java.time.LocalDate;

/** Spanish dates written by hand (not through locale data, so output never depends on the JDK's CLDR version). */
final class SpanishDates {

    private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
    private static final String[] WEEKDAYS = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
            "domingo"};

    private SpanishDates() {
    }

    /** "1 de mayo de 2022". */
    static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " de " + MONTHS[date.getMonthValue() - 1] + " de " + date.getYear();
    }

    /** "domingo 1 de mayo de 2022". */
    static String withWeekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + " " + longDate(date);
    }

    /** "01/05/2022". */
    static String numeric(LocalDate date) {
        return String.format(java.util.Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }
}
