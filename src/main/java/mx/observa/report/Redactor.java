package mx.observa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;

/**
 * Removes personal data from every text the report publishes (HTML, PDF, CSV, JSON, quotes).
 *
 * <p>Two layers: first the spans the project's personal-data detector finds, then a conservative safety net of
 * patterns that must never leak whatever the detector misses — e-mail addresses, telephone numbers, CURP, clave de
 * elector, RFC and other long identifiers, and names where the text announces one ("Nombre:", "Observadora:",
 * "Atentamente" and the lines after it, "Sra. …", "me llamo …"). The safety net prefers removing too much: a
 * published report may lose a word, it may not expose a person.
 */
public final class Redactor {

    /** What replaces each removed span. */
    public static final String MARK = "[dato personal]";

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]+";
    /** Up to five capitalized words on one line (a name never continues on the next line). */
    private static final String NAME = NAME_WORD + "(?:[ \\t]+(?:(?:de|del|la|las|los|y)[ \\t]+)?" + NAME_WORD + "){0,4}";

    /**
     * A label announcing a person + colon: the capitalized words that follow are the name; when the value is not
     * capitalized, everything up to the next comma, semicolon, period or line end.
     */
    private static final Pattern PERSON_LABEL = Pattern.compile(
            "(?iu)\\b(?:nombre(?:\\s+completo)?(?:\\s+de\\s+la\\s+persona\\s+observadora|\\s+del\\s+observador"
                    + "|\\s+de\\s+la\\s+observadora)?|(?:persona\\s+)?observador(?:a|es|as|\\(a\\)|/a)?"
                    + "|firma|elabor[óo]|responsable|testigo)"
                    + "[ \\t]*[:：][ \\t]*(?:(?-i:(" + NAME + "))|([^\\n,;.]+))");
    /** A label announcing contact data or an identifier + colon: the rest of the line (or up to a semicolon). */
    private static final Pattern CONTACT_LABEL = Pattern.compile(
            "(?iu)\\b(?:tel[ée]fono|celular|cel|tel|whats[ae]?pp|correo(?:\\s+electr[óo]nico)?|e-?mail|domicilio"
                    + "|direcci[óo]n\\s+particular|curp|clave\\s+de\\s+elector|credencial(?:\\s+para\\s+votar)?)"
                    + "\\.?[ \\t]*[:：][ \\t]*([^\\n;]+)");
    /** A signature block: whatever follows "Atentamente" on its line and the two lines after it. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?iu)\\batentamente\\b[ \\t,.:;-]*([^\\n]*(?:\\n[^\\n]*){0,2})");
    private static final Pattern HONORIFIC = Pattern.compile(
            "(?u)\\b(?:(?:Sr|Sra|Srta|Lic|Licda|Ing|Mtro|Mtra|Dr|Dra|Prof|Profa|C)\\.|[Ss]eñor(?:a|ita)?|[Dd]on|[Dd]oña)"
                    + "[ \\t]+(" + NAME + ")");
    private static final Pattern SELF_NAMED = Pattern.compile(
            "(?iu)\\b(?:me\\s+llamo|mi\\s+nombre\\s+es)[ \\t]+(?-i:(" + NAME + "))");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    private static final Pattern CURP = Pattern.compile("(?i)\\b[A-Z]{4}\\d{6}[HMX][A-Z]{5}[A-Z\\d]\\d\\b");
    private static final Pattern CLAVE_ELECTOR = Pattern.compile("(?i)\\b[A-Z]{6}\\d{8}[HMX]\\d{3}\\b");
    private static final Pattern RFC = Pattern.compile("(?i)\\b[A-ZÑ&]{3,4}\\d{6}[A-Z\\d]{3}\\b");
    /** Long codes mixing letters and digits (IDMEX…, OCR and CIC of the voter card). */
    private static final Pattern LONG_CODE = Pattern.compile("(?i)\\b(?=[A-Z\\d]*\\d{6})(?=[A-Z\\d]*[A-Z])[A-Z\\d]{12,}\\b");
    /** Telephone numbers: 8 or 10 digits with optional +52, area code in parentheses and separators. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+?52[\\s.-]?(?:1[\\s.-]?)?)?(?:(?:\\(\\d{2,3}\\)|\\d{2,3})[\\s.-]?)?\\d{3,4}[\\s.-]?\\d{4}(?![\\w-])"
                    + "|(?<![\\w-])\\d{2}(?:[\\s.-]\\d{2}){3,4}(?![\\w-])");
    /** Any other run of 11 or more digits is an identifier, never a quantity an observer reports. */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w-])\\d{11,18}(?![\\w-])");

    private final Function<String, List<PersonalData>> detector;

    /** @param detector the project's detector: spans of personal data in a text (offsets into that text) */
    public Redactor(Function<String, List<PersonalData>> detector) {
        this.detector = detector;
    }

    /** Only the safety net, for when no detector is wired. */
    public static Redactor safetyNetOnly() {
        return new Redactor(text -> List.of());
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = removeSpans(text, detector.apply(text));
        out = replaceGroup(out, PERSON_LABEL);
        out = replaceGroup(out, CONTACT_LABEL);
        out = replaceGroup(out, SIGNATURE);
        out = replaceGroup(out, HONORIFIC);
        out = replaceGroup(out, SELF_NAMED);
        for (Pattern p : List.of(EMAIL, CURP, CLAVE_ELECTOR, RFC, LONG_CODE, PHONE, LONG_NUMBER)) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MARK));
        }
        return out;
    }

    private static String removeSpans(String text, List<PersonalData> spans) {
        if (spans == null || spans.isEmpty()) {
            return text;
        }
        List<PersonalData> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(PersonalData::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (PersonalData s : sorted) {
            int start = Math.max(at, Math.max(0, s.start()));
            int end = Math.min(text.length(), s.end());
            if (end <= start) {
                continue;
            }
            out.append(text, at, start).append(MARK);
            at = end;
        }
        return out.append(text.substring(at)).toString();
    }

    /** Replaces the personal part of every match (its first group that matched), keeping the label before it. */
    private static String replaceGroup(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            int g = 1;
            while (g < m.groupCount() && m.group(g) == null) {
                g++;
            }
            String personal = m.group(g);
            if (personal == null || personal.isBlank() || personal.strip().equals(MARK)) {
                continue;
            }
            out.append(text, at, m.start(g)).append(MARK);
            at = m.end(g);
        }
        return out.append(text.substring(at)).toString();
    }
}
