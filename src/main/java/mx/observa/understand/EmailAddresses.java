package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * E-mail addresses, also written to dodge filters: "usuario[at]dominio.org", "usuario (arroba) dominio (punto)
 * com", "ana punto lopez arroba gmail punto com", "ana @ gmail . com". A disguised address must end in a known
 * top-level domain, so "nos vemos at home" is not one.
 */
final class EmailAddresses {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    private static final String OPEN = "[\\[({<]";
    private static final String CLOSE = "[\\])}>]";
    private static final String AT = "(?:[ \\t]*@[ \\t]*|[ \\t]*" + OPEN + "[ \\t]*(?:at|arroba)[ \\t]*" + CLOSE + "[ \\t]*|[ \\t]+(?:at|arroba)[ \\t]+)";
    private static final String DOT = "(?:[ \\t]*\\.[ \\t]*|[ \\t]*" + OPEN + "[ \\t]*(?:dot|punto)[ \\t]*" + CLOSE + "[ \\t]*|[ \\t]+(?:dot|punto)[ \\t]+)";
    private static final String TLD = "(?:com|org|net|edu|gob|mx|info|io|es|us|biz|co|me|online|app)";
    private static final Pattern DISGUISED = Pattern.compile(
            "(?<![\\w.])[\\w+-]+(?:" + DOT + "[\\w+-]+)*" + AT + "[\\w-]+(?:" + DOT + "[\\w-]+)*" + DOT + TLD + "(?![\\w])");

    private EmailAddresses() {
    }

    static List<PersonalData> find(String text) {
        List<PersonalData> found = new ArrayList<>();
        Matcher m = PLAIN.matcher(text);
        while (m.find()) {
            found.add(new PersonalData(PersonalDataDetector.CORREO, m.group(), m.start(), m.end()));
        }
        Matcher d = DISGUISED.matcher(Folding.foldPreservingLength(text));
        while (d.find()) {
            String value = text.substring(d.start(), d.end());
            if (!value.contains("@") || value.matches(".*\\s.*")) {
                found.add(new PersonalData(PersonalDataDetector.CORREO, value, d.start(), d.end()));
            }
        }
        return found;
    }
}
