package mx.observa.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * Telephone numbers however they are written: ten digits in any grouping, with the prefixes Mexicans dial or print
 * before them (+52, +52 1, 52, 0052, 01, and the mobile 044 / 045; another country's code after a "+"), with spaces, dots and middle dots ("55·5555·3107"),
 * hyphens (or a dash of any kind between two digits: "55—5555—0625", "55 – 5555 – 2812"), slashes or the area code in
 * parentheses; eight digits grouped as a local number (5512-3456) or after a phone word; several numbers in one run
 * ("55 5555 3107 / 55 5555 3108", "5555 3107 / 3108"); figures written one at a time ("5 5 5 5 - 9 4 1 8") or
 * with a letter a scan reads for a digit ("5555 94 O7", {@link OcrLetters}; in several groups, "55 56O2 OOO7",
 * {@link MisreadPhoneNumbers}); and digits written as words, alone or mixed with figures, to
 * dodge filters ("cinco cinco, uno dos tres cuatro…", "55 doce 34 56 78"); glued to its phone word ("Tel.5587124490"),
 * in keycap emoji or another script's figures; after a phone word, one figure short or long of a number, as its writer
 * miscounted it ("Tel.: 5 5 8 1 4 4 7 3 0"). The phone words are {@code palabras_de_telefono} of the privacy
 * vocabulary. Dates, clock times, folios and UT claves
 * are not numbers of this shape. An extension after the number ("ext. 123") and what the number is, in parentheses
 * ("(casa)", "(cel. de mi hija)"), go with it.
 */
final class PhoneNumbers {

    /** What people put between a number's groups: spaces (also non-breaking), dots, middle dots, hyphens, slashes, parentheses. */
    private static final String SEPARATORS = " \\t.\\-()/\\u00B7\\u2022\\u2219\\u2027\\u00A0\\u2007\\u202F";
    private static final Pattern DIGITS = Pattern.compile("(?<![\\w\\-/.])\\+?\\(?\\d(?:[\\d" + SEPARATORS
            + "]|(?<=\\d[ \\t]?)\\p{Pd}(?=[ \\t]?\\d)){5,40}\\d(?![\\w\\-/])");
    private static final Pattern GROUP = Pattern.compile("\\d+");
    /**
     * A number printed the way phone numbers are, inside a longer run of figures ("mesa 3 55 5555 3107"): prefix,
     * area code and two groups of three or four and four digits.
     */
    private static final Pattern SHAPED = Pattern.compile("(?<!\\d)(?:(?:\\+?52|0052)[ .\\u00B7\\p{Pd}]?(?:1[ .\\u00B7\\p{Pd}]?)?|04[45][ .\\u00B7\\p{Pd}]?|01[ .\\u00B7\\p{Pd}]?)?"
            + "(?:\\(\\d{2,3}\\)[ ]?|\\d{2,3}[ .\\u00B7\\p{Pd}])\\d{3,4}[ .\\u00B7\\p{Pd}]\\d{4}(?!\\d)");
    /**
     * What a number is, in parentheses right after it: "(casa)", "(oficina)", "(cel. de mi hija)"; no figures. A note on
     * what the number lacks ("(sin lada)", "(sin extensión)") says nothing of whose it is and stays readable.
     */
    private static final Pattern LABEL_AFTER = Pattern.compile("[ \\t]*\\((?![ \\t]*(?:sin|Sin|SIN)[ \\t])(?=[^()\\n]*\\p{L})[^()\\d\\n]{1,30}\\)");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}");
    private static final Pattern SPACED_DASH = Pattern.compile("[ \\t]\\p{Pd}|\\p{Pd}[ \\t]");
    /**
     * A local number of eight digits: 5512-3456, 55 12 34 56, and the series then pairs, 5512-34-56 (whose series is no
     * year: "2022 05 01" is a date however it is spaced).
     */
    private static final Pattern LOCAL_EIGHT = Pattern.compile(
            "\\d{4}[ .\\u00B7\\p{Pd}]\\d{4}|\\d{2}(?:[ .\\u00B7\\p{Pd}]\\d{2}){3}|(?!19|20)\\d{4}(?:[ .\\u00B7\\p{Pd}]\\d{2}){2}");
    /**
     * Eight figures written one at a time, as a number is dictated or spaced to dodge a filter, its two halves parted
     * by a dash: «5 5 5 5 - 9 4 1 8». A row of single counts («3 5 2 0 1 4 2 6») has no such dash.
     */
    private static final Pattern ONE_BY_ONE_EIGHT = Pattern.compile("\\d(?:[ .]\\d){3}[ \\t]*\\p{Pd}[ \\t]*\\d(?:[ .]\\d){3}");
    /** A phone word ({@code palabras_de_telefono}) and up to 20 other characters, no figure, ending where a number starts. */
    private final Pattern phoneWord;
    /**
     * A phone word its number is glued to, with no space after the abbreviation's point or a hyphen, or none at all
     * («Tel.5587124490», «Cel-55 8712 4490», «tel5587124490»): a hurried hand or a PDF's extraction drops the space,
     * and what follows the word is still its number, not a code's tail. Group 1 is the glue, if any.
     */
    private final Pattern glued;

    /** A digit said as a word, as an extension is dictated: «ext cero», «extensión dos uno». */
    private static final String DIGIT_WORD = "(?:cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)";
    /**
     * The extension after a number ("… ext. 1234", "…, extensión 12"): part of the number; after the whole word «ext»
     * also its digits said as words («ext cero»), as the number itself may be.
     */
    private static final Pattern EXTENSION = Pattern.compile("[ \\t]*,?[ \\t]*(?:(?:ext|extension|x)\\.?[ \\t]*:?[ \\t]*\\d{1,6}(?!\\d)"
            + "|(?:ext|extension)\\.?[ \\t]*:?[ \\t]*" + DIGIT_WORD + "(?:[ \\t]+" + DIGIT_WORD + "){0,5}(?![\\p{L}]))");

    private static final Map<String, Integer> WORD_DIGITS = wordDigits();
    /**
     * What parts the words of a number spelt out, as figures are parted («cinco cinco, dos ocho…», «cinco cinco ·
     * siete tres · …»): spaces, commas, periods, dashes, middle dots and bullets — and a line break, since a number in
     * words is as long as a line's end («llamar a la oficina: cinco-cinco-cinco-cinco,⏎nueve-cero…», a PDF's wrap);
     * the digits counted still say whether it is a number at all.
     */
    private static final String WORD_SEPARATORS = "[ \\t\\r\\n,.\\p{Pd}\\u00B7\\u2022\\u2219\\u2027]";
    private static final Pattern NUMBER_WORDS;

    static {
        List<String> words = new ArrayList<>(WORD_DIGITS.keySet());
        words.sort((a, b) -> b.length() - a.length());
        String word = "(?:" + String.join("|", words) + ")";
        String unit = "(?:" + word + "(?:[ \\t]+y[ \\t]+" + word + ")?|\\d{1,4})";
        NUMBER_WORDS = Pattern.compile("(?<![\\p{L}\\d])" + unit + "(?:" + WORD_SEPARATORS + "+" + unit + "){3,}(?![\\p{L}\\d])");
    }

    /** @param phoneWords the words that say a number is a telephone's, folded ({@link PrivacyVocabulary#phoneWords}) */
    PhoneNumbers(List<String> phoneWords) {
        String words = "(?:" + String.join("|", phoneWords.stream().map(Pattern::quote).toList()) + ")";
        this.phoneWord = Pattern.compile(words + "\\b[^\\n\\d]{0,20}$");
        this.glued = Pattern.compile("(?<![\\p{L}\\d])" + words + "([.\\-/]?)(?=\\+?\\(?\\d)");
    }

    /**
     * What contact data sits beside a number: between an e-mail address and a run of figures only the marks that part
     * the items of a list («ana@correo.example · 5 5 5 5 9 6 1 8», «5512 3456 / ana@correo.example»). A list whose
     * other item is an e-mail is a list of ways to reach someone, so the figures are a number as surely as after «tel.»;
     * a row of counts («votos: 3 5 2 0 1 4 2 6») has no address beside it.
     */
    private static final Pattern LIST_MARKS = Pattern.compile("[ \\t]*(?:[\\u00B7\\u2022\\u2219|,;/\\p{Pd}]|[ \\t](?:o|y|u)[ \\t])?[ \\t]*");

    /**
     * @param emails the e-mail addresses found in {@code text} ({@link EmailAddresses}): a run of figures listed right
     *               beside one is cued as a number is by a phone word ({@link #LIST_MARKS})
     */
    List<PersonalData> find(String text, List<PersonalData> emails) {
        List<PersonalData> found = new ArrayList<>();
        String folded = Folding.foldPreservingLength(text);
        String read = readable(text, folded);
        Matcher m = DIGITS.matcher(read);
        while (m.find()) {
            String value = trimEnd(m.group());
            // a dash between spaces parts words ("DISTRITO 20 – 01/05/2022"): there a date is no part of a number
            boolean spacedDash = SPACED_DASH.matcher(value).find();
            if (isDate(value) || value.contains("\n") || dateAndClock(value, read, m.start() + value.length())
                    || spacedDash && value.indexOf('/') >= 0) {
                continue;
            }
            boolean cued = phoneWord.matcher(Folding.foldPreservingLength(text.substring(Math.max(0, m.start() - 30), m.start()))).find()
                    || besideAnEmail(text, m.start(), m.start() + value.length(), emails);
            List<int[]> numbers = numbers(value, cued);
            for (int[] n : numbers) {
                int start = m.start() + n[0];
                int end = m.start() + n[1];
                if (n == numbers.get(numbers.size() - 1)) {
                    end = withExtension(text, end);
                }
                found.add(new PersonalData(PersonalDataDetector.TELEFONO, text.substring(start, end), start, end));
            }
        }
        wrapped(text, read, emails, found);
        MisreadPhoneNumbers.find(text, phoneWord, found);
        Matcher w = NUMBER_WORDS.matcher(folded);
        while (w.find()) {
            int[] number = spelt(folded, w.start(), w.end());
            if (number.length == 0 && folded.substring(w.start(), w.end()).indexOf('\n') >= 0) {
                // a run across lines that counts no number: the figures of the next line (a chat's time stamp, "1/5/22
                // 12:53 - …") or of the line before ran into it; the number is then on one line alone
                number = speltOnOneLine(folded, w.start(), w.end());
            }
            if (number.length == 2) {
                found.add(new PersonalData(PersonalDataDetector.TELEFONO, text.substring(number[0], number[1]), number[0], number[1]));
            }
        }
        return found;
    }

    /** The marks that dress a figure as a keycap emoji («5️⃣»): variation selector and combining enclosing keycap. */
    private static final String KEYCAP_MARKS = "\uFE0F\u20E3";

    /**
     * {@code text} as its figures are meant, same length and offsets: letters a scan or a hurried hand wrote for
     * figures ({@link OcrLetters}: «5555 94 O7»); figures of another script or width («５５», «٥٥») as the digits
     * they are; the marks that make a figure a keycap emoji («5️⃣5️⃣…», a chat's way to dodge a filter) as the
     * spaces between figures; and a space where a phone word is glued to its number ({@link #glued}).
     */
    private String readable(String text, String folded) {
        String read = OcrLetters.read(text);
        StringBuilder out = null;
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            char as = c < 0x80 ? c : KEYCAP_MARKS.indexOf(c) >= 0 ? ' ' : Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
            if (as != c) {
                if (out == null) {
                    out = new StringBuilder(read);
                }
                out.setCharAt(i, as);
            }
        }
        Matcher g = glued.matcher(folded);
        while (g.find()) {
            if (out == null) {
                out = new StringBuilder(read);
            }
            // the glue, or the word's last letter, read as the space the writer left out
            out.setCharAt(g.group(1).isEmpty() ? g.end() - 1 : g.start(1), ' ');
        }
        return out == null ? read : out.toString();
    }

    /**
     * A number a page or a form wrapped between its groups: figures that close a line and figures that open the next
     * («Tel. 55 5555» / «9607»). Two lines of figures are as often a table's rows («Boletas 1200» / «1199 usadas»), so
     * only after a phone word or beside an e-mail, as a number of eight figures is read: the two runs together are
     * one number.
     */
    private static final Pattern WRAPPED_RUN = Pattern.compile("(?<![\\w\\-/.])\\+?\\(?\\d[\\d" + SEPARATORS + "]*\\d[ \\t]*\\n[ \\t]*\\(?\\d[\\d"
            + SEPARATORS + "]*\\d(?![\\w\\-/])");

    private void wrapped(String text, String read, List<PersonalData> emails, List<PersonalData> found) {
        Matcher m = WRAPPED_RUN.matcher(read);
        while (m.find()) {
            String value = m.group();
            String oneLine = value.replaceAll("[ \\t]*\\n[ \\t]*", " ");
            boolean cued = phoneWord.matcher(Folding.foldPreservingLength(text.substring(Math.max(0, m.start() - 30), m.start()))).find()
                    || besideAnEmail(text, m.start(), m.end(), emails);
            if (cued && !isDate(oneLine) && Arrays.stream(value.split("\\n")).noneMatch(part -> isDate(part.strip()))
                    && isNumber(oneLine.replaceAll("\\D", ""), oneLine, true)) {
                found.add(new PersonalData(PersonalDataDetector.TELEFONO, text.substring(m.start(), m.end()), m.start(), m.end()));
            }
        }
    }

    /** Whether an e-mail address ends right before {@code start} or starts right after {@code end}, parted by list marks only. */
    private static boolean besideAnEmail(String text, int start, int end, List<PersonalData> emails) {
        for (PersonalData email : emails) {
            if (email.end() <= start && LIST_MARKS.matcher(text).region(email.end(), start).matches()
                    || email.start() >= end && LIST_MARKS.matcher(text).region(end, email.start()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** {@code [start, end]} when the run there is a number spelt with at least one word: 8, 10 or 12 digits; else empty. */
    private static int[] spelt(String folded, int start, int end) {
        String span = folded.substring(start, end);
        int digits = digitsOf(span);
        boolean hasWord = span.chars().anyMatch(Character::isLetter);
        return hasWord && (digits == 8 || digits == 10 || digits == 12) ? new int[] {start, end} : new int[0];
    }

    /** The first line of the run from {@code start} to {@code end} that is a number spelt out by itself, or empty. */
    private static int[] speltOnOneLine(String folded, int start, int end) {
        int from = start;
        while (from < end) {
            int lineEnd = folded.indexOf('\n', from);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            Matcher line = NUMBER_WORDS.matcher(folded).region(from, lineEnd);
            while (line.find()) {
                int[] number = spelt(folded, line.start(), line.end());
                if (number.length == 2) {
                    return number;
                }
            }
            from = lineEnd + 1;
        }
        return new int[0];
    }

    /**
     * The numbers in a run of figures, as [start, end) offsets in it: the whole run when it is one number; else the
     * run cut at its separators into numbers one after another ("55 5555 3107 / 55 5555 3108"), a last group of two to
     * four digits after a slash going with the number before it ("5555 3107 / 3108"); else the numbers printed in
     * the usual shape inside it; else, after a phone word, a long run of figures as a whole, or one a digit short or
     * long of a number ({@link #miscounted}).
     */
    private static List<int[]> numbers(String value, boolean cued) {
        List<int[]> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(value);
        while (g.find()) {
            groups.add(new int[] {g.start(), g.end()});
        }
        String digits = value.replaceAll("\\D", "");
        if (isNumber(digits, value, cued)) {
            return List.of(new int[] {0, value.length()});
        }
        List<int[]> cut = new ArrayList<>();
        if (cut(value, groups, 0, cued, cut)) {
            return cut;
        }
        List<int[]> shaped = new ArrayList<>();
        Matcher s = SHAPED.matcher(value);
        while (s.find()) {
            if (isNumber(s.group().replaceAll("\\D", ""), s.group(), cued)) {
                shaped.add(new int[] {s.start(), s.end()});
            }
        }
        if (!shaped.isEmpty()) {
            return shaped;
        }
        if (digits.length() > 13 && cued && value.matches("[\\d \\t.\\p{Pd}()/+\\u00B7]+")) {
            return List.of(new int[] {0, value.length()});
        }
        if (miscounted(digits, value, cued)) {
            return List.of(new int[] {0, value.length()});
        }
        return List.of();
    }

    /**
     * A number its writer miscounted: a figure dropped or typed twice, nine or eleven digits where ten were meant
     * («Tel.: 5 5 8 1 4 4 7 3 0», «cel 55 8144 73021»). Only what no other reading made a number, after a phone word or
     * beside an e-mail, and written in groups as a number is (a folio or a code is one block of figures: «número
     * 123456789»): what is said to be someone's phone is hidden even when it cannot be dialled.
     */
    private static boolean miscounted(String digits, String value, boolean cued) {
        return cued && (digits.length() == 9 || digits.length() == 11) && !digits.equals(value)
                && value.matches("[\\d \\t.\\p{Pd}()/\\u00B7]+") && !isDate(value);
    }

    /** Whether the groups from {@code from} on are numbers one after another; their spans are added to {@code out}. */
    private static boolean cut(String value, List<int[]> groups, int from, boolean cued, List<int[]> out) {
        if (from == groups.size()) {
            // one number over the whole run was tried before: one here has the other ending after it
            return !out.isEmpty();
        }
        int[] first = groups.get(from);
        for (int to = groups.size(); to > from; to--) {
            String part = value.substring(first[0], groups.get(to - 1)[1]);
            int start = first[0] > 0 && value.charAt(first[0] - 1) == '(' || first[0] > 0 && value.charAt(first[0] - 1) == '+'
                    ? first[0] - 1 : first[0];
            if (isNumber(part.replaceAll("\\D", ""), part, cued) && !isDate(part)) {
                out.add(new int[] {start, groups.get(to - 1)[1]});
                if (cut(value, groups, to, cued, out)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        // "5555 3107 / 3108": the other ending of the number before
        if (!out.isEmpty() && first[1] - first[0] <= 4 && first[1] - first[0] >= 2
                && value.substring(out.get(out.size() - 1)[1], first[0]).strip().equals("/")) {
            int[] last = out.get(out.size() - 1);
            int[] before = last.clone();
            last[1] = first[1];
            if (cut(value, groups, from + 1, cued, out)) {
                return true;
            }
            last[1] = before[1];
        }
        return false;
    }

    /**
     * Ten digits, with a prefix dialled before them, or a local number of eight; or another country's number, which
     * says so with its "+" and code ("+1 (213) 555-0142", "+34 612 345 678"): ten to fifteen digits in all.
     */
    static boolean isNumber(String digits, String value, boolean cued) {
        int n = digits.length();
        return n == 10
                || value.startsWith("+") && n >= 10 && n <= 15
                || n == 12 && (digits.startsWith("52") || digits.startsWith("01"))
                || n == 13 && (digits.startsWith("521") || digits.startsWith("044") || digits.startsWith("045"))
                || n == 14 && digits.startsWith("0052")
                || n == 15 && digits.startsWith("00521")
                || n == 8 && (LOCAL_EIGHT.matcher(value).matches() || ONE_BY_ONE_EIGHT.matcher(value).matches() || cued);
    }

    /**
     * A date written with figures, one that could be on a calendar: "2022-05-01", "01/05/2022", "5/1/22"; a local
     * number in the same shape ("5555-76-14") has no such month or day.
     */
    static boolean isDate(String value) {
        if (!DATE.matcher(value).matches()) {
            return false;
        }
        String[] parts = value.split("[/.\\-]");
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        int c = Integer.parseInt(parts[2]);
        if (parts[0].length() == 4) {
            return a >= 1900 && a <= 2099 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
        }
        return (a <= 31 && b <= 12 || a <= 12 && b <= 31) && (parts[2].length() == 2 || c >= 1900 && c <= 2099);
    }

    /** Where the number ends with its extension and what it is, in parentheses ("ext. 12 (oficina)"). */
    static int withExtension(String text, int end) {
        Matcher ext = EXTENSION.matcher(Folding.foldPreservingLength(text)).region(end, Math.min(text.length(), end + 24));
        if (ext.lookingAt()) {
            end = ext.end();
        }
        Matcher label = LABEL_AFTER.matcher(text).region(end, Math.min(text.length(), end + 36));
        label.useTransparentBounds(false).useAnchoringBounds(true);
        return label.lookingAt() ? label.end() : end;
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
        for (String token : span.split(WORD_SEPARATORS + "+")) {
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
        // «zero»: the English word for 0, which Caribbean and bilingual speakers say in a number («55 5555 86 zero seis»)
        for (String u : new String[] {"cero", "zero", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"}) {
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
