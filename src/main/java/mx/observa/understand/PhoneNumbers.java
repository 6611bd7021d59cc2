package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * Telephone numbers however they are written: ten digits (or 12–13 with +52 / +52 1) in any grouping, with
 * spaces, dots, hyphens (or a dash of any kind between two digits: "55—5555—0625", "55 – 5555 – 2812"), slashes or the area code in parentheses; eight digits grouped as a local number
 * (5512-3456) or after a phone word; and digits written as words, alone or mixed with figures, to dodge filters
 * ("cinco cinco, uno dos tres cuatro…", "55 doce 34 56 78"). Dates, clock times, folios and UT claves are not
 * numbers of this shape. An extension after the number ("ext. 123") goes with it.
 */
final class PhoneNumbers {

    private static final Pattern DIGITS = Pattern.compile("(?<![\\w\\-/.])\\+?\\(?\\d(?:[\\d \\t.\\-()/]|(?<=\\d[ \\t]?)\\p{Pd}(?=[ \\t]?\\d)){5,30}\\d(?![\\w\\-/])");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}");
    private static final Pattern SPACED_DASH = Pattern.compile("[ \\t]\\p{Pd}|\\p{Pd}[ \\t]");
    private static final Pattern LOCAL_EIGHT = Pattern.compile("\\d{4}[ .\\p{Pd}]\\d{4}|\\d{2}(?:[ .\\p{Pd}]\\d{2}){3}");
    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?:tel|tels|telefono|telefonos|cel|celular|movil|whatsapp|whats|wa|llamar|marcar|numero|contacto|fax)\\b[^\\n\\d]{0,20}$");

    /** The extension after a number ("… ext. 1234", "…, extensión 12"): part of the number. */
    private static final Pattern EXTENSION = Pattern.compile("[ \\t]*,?[ \\t]*(?:ext|extension|x)\\.?[ \\t]*:?[ \\t]*\\d{1,6}(?!\\d)");

    private static final Map<String, Integer> WORD_DIGITS = wordDigits();
    private static final Pattern NUMBER_WORDS;

    static {
        List<String> words = new ArrayList<>(WORD_DIGITS.keySet());
        words.sort((a, b) -> b.length() - a.length());
        String word = "(?:" + String.join("|", words) + ")";
        String unit = "(?:" + word + "(?:[ \\t]+y[ \\t]+" + word + ")?|\\d{1,4})";
        NUMBER_WORDS = Pattern.compile("(?<![\\p{L}\\d])" + unit + "(?:[ \\t,.\\p{Pd}]+" + unit + "){3,}(?![\\p{L}\\d])");
    }

    private PhoneNumbers() {
    }

    static List<PersonalData> find(String text) {
        List<PersonalData> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String value = trimEnd(m.group());
            int digits = (int) value.chars().filter(Character::isDigit).count();
            // a dash between spaces parts words ("DISTRITO 20 – 01/05/2022"): there a date is no part of a number
            boolean spacedDash = SPACED_DASH.matcher(value).find();
            if (DATE.matcher(value).matches() || value.contains("\n") || dateAndClock(value, text, m.start() + value.length())
                    || spacedDash && value.indexOf('/') >= 0) {
                continue;
            }
            boolean cued = PHONE_WORD.matcher(Folding.foldPreservingLength(text.substring(Math.max(0, m.start() - 30), m.start()))).find();
            boolean phone = digits == 10 || digits == 12 && value.replaceAll("\\D", "").startsWith("52")
                    || digits == 13 && value.replaceAll("\\D", "").startsWith("521")
                    || digits == 8 && (LOCAL_EIGHT.matcher(value).matches() || cued)
                    || digits > 13 && value.matches("[\\d \\t.\\p{Pd}()/+]+") && cued;
            if (phone) {
                int end = m.start() + value.length();
                Matcher ext = EXTENSION.matcher(Folding.foldPreservingLength(text)).region(end, Math.min(text.length(), end + 24));
                if (ext.lookingAt()) {
                    end = ext.end();
                }
                found.add(new PersonalData(PersonalDataDetector.TELEFONO, text.substring(m.start(), end), m.start(), end));
            }
        }
        String folded = Folding.foldPreservingLength(text);
        Matcher w = NUMBER_WORDS.matcher(folded);
        while (w.find()) {
            String span = w.group();
            int digits = digitsOf(span);
            boolean hasWord = span.chars().anyMatch(Character::isLetter);
            if (hasWord && (digits == 8 || digits == 10 || digits == 12)) {
                found.add(new PersonalData(PersonalDataDetector.TELEFONO, text.substring(w.start(), w.end()), w.start(), w.end()));
            }
        }
        return found;
    }

    /**
     * "01.05.2022 08:31", "2022-05-01 9:05" (a chat's or a log's time stamp): a date and the hour of a clock time are
     * ten or so digits in a row, and no number of this shape.
     */
    private static boolean dateAndClock(String value, String text, int end) {
        Matcher date = DATE.matcher(value);
        if (!date.lookingAt() || date.end() == value.length() || !Character.isWhitespace(value.charAt(date.end()))) {
            return false;
        }
        String rest = value.substring(date.end()).strip();
        return rest.matches("\\d{1,2}") && end < text.length() && text.charAt(end) == ':';
    }

    private static String trimEnd(String value) {
        String v = value;
        while (!v.isEmpty() && !Character.isDigit(v.charAt(v.length() - 1))) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    /** How many digits a run of figures and number words stands for ("cincuenta y cinco" is two). */
    private static int digitsOf(String span) {
        int digits = 0;
        for (String token : span.split("[ \\t,.\\p{Pd}]+")) {
            if (token.isEmpty() || token.equals("y")) {
                continue;
            }
            if (token.chars().allMatch(Character::isDigit)) {
                digits += token.length();
            } else {
                Integer n = WORD_DIGITS.get(token);
                if (n == null) {
                    return -1;
                }
                digits += n;
            }
        }
        // "treinta y cinco" counted 2 + 1: the unit after a ten is part of the same two digits
        Matcher tens = Pattern.compile("(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)[ \\t]+y[ \\t]+\\p{L}+").matcher(span);
        while (tens.find()) {
            digits--;
        }
        return digits;
    }

    private static Map<String, Integer> wordDigits() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String u : new String[] {"cero", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"}) {
            m.put(u, 1);
        }
        for (String t : new String[] {"diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
                "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis",
                "veintisiete", "veintiocho", "veintinueve", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
                "noventa"}) {
            m.put(t, 2);
        }
        return Map.copyOf(m);
    }
}
