package mx.observa.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;

/**
 * Finds personal data in a report's text so published outputs can redact it: e-mail addresses, phone numbers
 * (ten digits, optionally +52, in the usual groupings), CURP, clave de elector, street addresses with a number
 * (and "C.P." postal codes), and names of people as found by {@link PersonNames}. Overlapping spans are merged
 * into the first, longest one. Names of public places and institutions are not personal data and are not
 * reported.
 */
final class PersonalDataDetector {

    static final String NOMBRE = "nombre";
    static final String TELEFONO = "telefono";
    static final String CORREO = "correo";
    static final String CURP = "curp";
    static final String CLAVE_ELECTOR = "clave_elector";
    static final String DOMICILIO = "domicilio";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d\\-/.])(?:\\+?52[\\s.-]?)?(?:\\(?\\d{2,3}\\)?[\\s.-]?)\\d{3,4}[\\s.-]?\\d{4}(?![\\d\\-/])");
    private static final Pattern CURP_PATTERN = Pattern.compile(
            "\\b[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX]"
                    + "(?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)"
                    + "[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d\\b");
    private static final Pattern ELECTOR = Pattern.compile("\\b[A-Z]{6}\\d{8}[HMX]\\d{3}\\b");
    private static final Pattern STREET = Pattern.compile(
            "(?<![\\p{L}])(?:calle|av\\.|avenida|andador|cerrada|cda\\.|privada|priv\\.|callejon|calzada|calz\\.|"
                    + "prolongacion|prol\\.|eje|circuito|boulevard|blvd\\.)\\s+[\\p{L}\\d .'-]{2,60}?"
                    + "(?:\\s(?:no\\.?|num\\.?|numero|#)\\s*\\d{1,5}|\\s\\d{1,5})(?![\\d:])"
                    + "(?:\\s*,?\\s*(?:int\\.?|interior|depto\\.?|dpto\\.?|mz\\.?|lt\\.?|edif\\.?)\\s*[\\w-]{1,6})*"
                    + "(?:\\s*,\\s*col(?:onia|\\.)?\\s+[\\p{L} .]{2,40}?(?=,|$|\\n))?"
                    + "(?:\\s*,?\\s*c\\.\\s?p\\.\\s*\\d{5})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTAL_CODE = Pattern.compile("(?i)\\bc\\.\\s?p\\.\\s*\\d{5}\\b");

    List<PersonalData> detect(String text, List<Mention<String>> names) {
        List<PersonalData> found = new ArrayList<>();
        addAll(found, text, EMAIL, CORREO);
        addAll(found, text, CURP_PATTERN, CURP);
        addAll(found, text, ELECTOR, CLAVE_ELECTOR);
        addAll(found, text, STREET, DOMICILIO);
        addAll(found, text, POSTAL_CODE, DOMICILIO);
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            if (digits.length() == 10 || (digits.length() == 12 && digits.startsWith("52"))) {
                found.add(new PersonalData(TELEFONO, phone.group(), phone.start(), phone.end()));
            }
        }
        for (Mention<String> name : names) {
            found.add(new PersonalData(NOMBRE, name.value(), name.start(), name.end()));
        }
        return merge(found);
    }

    private static void addAll(List<PersonalData> found, String text, Pattern pattern, String kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String value = m.group().strip();
            if (!value.isEmpty()) {
                int start = m.start() + m.group().indexOf(value);
                found.add(new PersonalData(kind, value, start, start + value.length()));
            }
        }
    }

    /** Sorted by offset; a span inside or overlapping an earlier kept one is dropped (the longer one is kept). */
    private static List<PersonalData> merge(List<PersonalData> found) {
        found.sort(Comparator.comparingInt(PersonalData::start).thenComparing(p -> -(p.end() - p.start())));
        List<PersonalData> kept = new ArrayList<>();
        for (PersonalData p : found) {
            PersonalData last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && p.start() < last.end()) {
                continue;
            }
            kept.add(p);
        }
        return List.copyOf(kept);
    }
}
