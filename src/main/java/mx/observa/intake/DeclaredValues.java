package mx.observa.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.DeclaredField;

/**
 * Checks and normalizes what a sender declared (form, API, CSV columns): canonical alcaldía, distrito 1–33,
 * unidad territorial clave consistent with the alcaldía, ISO date, e-mail shape, lengths. Every problem gets a
 * Spanish message that says what was received and what is expected, so the person can correct it.
 */
public final class DeclaredValues {

    /** The outcome of a check: normalized values (keyed by {@link DeclaredField#key()}) and errors by field. */
    public record Checked(Map<String, String> values, Map<DeclaredField, String> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }

        /** All errors in one sentence list, in field order. */
        public String summary() {
            return String.join(" ", errors.values());
        }
    }

    /** What the web form requires; the API and CSV rows require nothing but content. */
    public static final Set<DeclaredField> FORM_REQUIRED = EnumSet.of(DeclaredField.NOMBRE, DeclaredField.CORREO,
            DeclaredField.ALCALDIA);

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern UT_CLAVE = Pattern.compile("^(\\d{2})\\s*-\\s*(\\d{3})$");
    private static final Pattern DISTRITO = Pattern.compile("^(?:distrito(?:\\s+local)?|dttos?\\.?|dd|dl)?\\s*([0-9]{1,2}|[ivxlIVXL]{1,7})$",
            Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d"));
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4})(?:[ T].*)?$");
    private static final int MAX_SHORT = 200;

    private final Alcaldias alcaldias;

    public DeclaredValues(Alcaldias alcaldias) {
        this.alcaldias = alcaldias;
    }

    /**
     * @param raw      values as typed, keyed by {@link DeclaredField#key()} (unknown keys are ignored)
     * @param required fields that must not be empty
     * @param today    dates after it are refused
     */
    public Checked check(Map<String, String> raw, Set<DeclaredField> required, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<DeclaredField, String> errors = new EnumMap<>(DeclaredField.class);
        for (DeclaredField field : DeclaredField.values()) {
            String typed = raw.get(field.key());
            typed = typed == null ? "" : typed.strip();
            if (typed.isEmpty()) {
                if (required.contains(field)) {
                    errors.put(field, "Falta «" + field.label() + "».");
                }
                continue;
            }
            try {
                values.put(field.key(), normalize(field, typed, today));
            } catch (IllegalArgumentException e) {
                errors.put(field, e.getMessage());
            }
        }
        consistency(values, errors);
        return new Checked(values, errors);
    }

    private String normalize(DeclaredField field, String typed, LocalDate today) {
        return switch (field) {
            case NOMBRE, ACREDITACION, MRO -> shortText(field, typed);
            case CORREO -> email(typed);
            case ALCALDIA -> alcaldias.find(typed).map(Alcaldias.Alcaldia::nombre).orElseThrow(() ->
                    new IllegalArgumentException("«" + typed + "» no es una de las 16 alcaldías de la Ciudad de México."));
            case DISTRITO -> Integer.toString(distrito(typed));
            case UT -> ut(typed);
            case FECHA -> date(typed, today).toString();
            case FILA -> typed;
        };
    }

    private static String shortText(DeclaredField field, String typed) {
        if (typed.length() > MAX_SHORT) {
            throw new IllegalArgumentException("«" + field.label() + "» admite hasta " + MAX_SHORT + " caracteres.");
        }
        return typed;
    }

    private static String email(String typed) {
        if (typed.length() > 254 || !EMAIL.matcher(typed).matches()) {
            throw new IllegalArgumentException("«" + typed + "» no parece un correo electrónico (ejemplo: nombre@dominio.mx).");
        }
        return typed;
    }

    static int distrito(String typed) {
        Matcher m = DISTRITO.matcher(typed.strip());
        Integer n = null;
        if (m.matches()) {
            String d = m.group(1);
            n = Character.isDigit(d.charAt(0)) ? Integer.parseInt(d) : roman(d.toUpperCase(Locale.ROOT));
        }
        if (n == null || n < 1 || n > 33) {
            throw new IllegalArgumentException("El distrito local debe ser un número del 1 al 33 (se recibió «" + typed + "»).");
        }
        return n;
    }

    /** Districts are often written in Roman numerals ("DD XXIV"). */
    private static int roman(String s) {
        Map<Character, Integer> value = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value.get(s.charAt(i));
            int next = i + 1 < s.length() ? value.get(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    /** A clave {@code AA-NNN} is normalized; anything else is taken as the unit's name. */
    private static String ut(String typed) {
        Matcher m = UT_CLAVE.matcher(typed);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2);
        }
        if (typed.matches("^\\d[\\d\\s-]*$")) {
            throw new IllegalArgumentException("La clave de unidad territorial tiene la forma 07-123 (se recibió «" + typed + "»).");
        }
        return shortText(DeclaredField.UT, typed);
    }

    private static LocalDate date(String typed, LocalDate today) {
        Matcher prefix = DATE_PREFIX.matcher(typed);
        String candidate = prefix.matches() ? prefix.group(1) : typed;
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(candidate, f.withResolverStyle(ResolverStyle.STRICT));
                if (d.isAfter(today)) {
                    throw new IllegalArgumentException("La fecha de la observación no puede ser posterior a hoy (se recibió «" + typed + "»).");
                }
                if (d.getYear() < 2000) {
                    throw new IllegalArgumentException("La fecha «" + typed + "» no parece correcta.");
                }
                return d;
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        throw new IllegalArgumentException("No se entiende la fecha «" + typed + "»; escríbala como 2022-05-01 o 01/05/2022.");
    }

    /** The first two digits of a unidad territorial clave are its alcaldía's clave. */
    private void consistency(Map<String, String> values, Map<DeclaredField, String> errors) {
        String ut = values.get(DeclaredField.UT.key());
        if (ut == null || !UT_CLAVE.matcher(ut).matches()) {
            return;
        }
        Optional<Alcaldias.Alcaldia> ofUt = alcaldias.byClave(ut.substring(0, 2));
        if (ofUt.isEmpty()) {
            errors.put(DeclaredField.UT, "La unidad territorial " + ut + " no corresponde a ninguna alcaldía (sus dos primeras cifras son la clave de la alcaldía).");
            return;
        }
        String alcaldia = values.get(DeclaredField.ALCALDIA.key());
        if (alcaldia != null && !alcaldia.equals(ofUt.get().nombre())) {
            errors.put(DeclaredField.UT, "La unidad territorial " + ut + " pertenece a " + ofUt.get().nombre()
                    + ", no a " + alcaldia + ".");
        }
    }
}
