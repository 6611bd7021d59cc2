package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * A telephone number whose figures a scan (or a hand dodging a filter) wrote partly as letters that look like them,
 * in more than one group: «55 56O2 OOO7», «55 5601 OO07», «S5 5S12 34B9». {@link OcrLetters} reads a lone misread
 * figure inside a run of digits or a short group beside one; a number is made of ten figures however they are
 * written, so here the run is judged whole: groups of figures and look-alike letters, each group with at least one
 * real figure, more real figures than letters in all, that read as a number's digits ({@link PhoneNumbers#isNumber}).
 * Words never qualify: a group without a figure is no part of the run («Sol», «lo», «OBS»), and a token with any
 * other letter is a word or a code («3B» does, «10am», a CURP or a clave de elector do not: their letters are too many
 * or not look-alikes). Same offsets as the text.
 */
final class MisreadPhoneNumbers {

    /** The letters a scan or a hurried hand writes for a figure, and the figure each stands for. */
    private static final String LETTERS = "OoDQIl|ZzSsGbBgq";
    private static final String FIGURES = "0000111225566899";
    /** A group: figures and look-alike letters, at least one real figure («OOO7», «56O2»; «Sol» or «OO» alone are none). */
    private static final String GROUP = "[\\d" + LETTERS + "]*\\d[\\d" + LETTERS + "]*";
    /** Groups parted by what parts a number's groups: spaces, dots, hyphens, slashes or middle dots, up to three of them. */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d\\-/.])\\+?\\(?" + GROUP + "\\)?(?:[ \\t.\\-/\\u00B7]{1,3}\\(?"
            + GROUP + "\\)?)*(?![\\p{L}\\d\\-/])");
    private static final Pattern ONE_GROUP = Pattern.compile(GROUP);

    private MisreadPhoneNumbers() {
    }

    /**
     * Adds to {@code found} the numbers of {@code text} written with look-alike letters that no reading found whole;
     * a shorter number found inside one gives way to it. A run longer than a number («tel 55 56O2 OOO7 2022») is
     * read as its longest stretches of whole groups that are one.
     */
    static void find(String text, Pattern phoneWord, List<PersonalData> found) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            List<int[]> groups = new ArrayList<>();
            Matcher g = ONE_GROUP.matcher(text).region(m.start(), m.end());
            while (g.find()) {
                groups.add(new int[] {g.start(), g.end()});
            }
            boolean cued = phoneWord.matcher(Folding.foldPreservingLength(text.substring(Math.max(0, m.start() - 30), m.start()))).find();
            int from = 0;
            while (from < groups.size()) {
                int to = groups.size();
                int start = from == 0 ? m.start() : groups.get(from)[0];
                while (to > from && !isMisreadNumber(text, start, groups.get(to - 1)[1], cued)) {
                    to--;
                }
                if (to == from) {
                    from++;
                    continue;
                }
                int end = groups.get(to - 1)[1];
                if (to == groups.size() && m.end() > end && text.charAt(end) == ')') {
                    end = m.end();
                }
                add(text, start, PhoneNumbers.withExtension(text, end), found);
                from = to;
            }
        }
    }

    /** Whether {@code text} from {@code start} to {@code end} is a number written partly with look-alike letters. */
    private static boolean isMisreadNumber(String text, int start, int end, boolean cued) {
        int letters = 0;
        int figures = 0;
        StringBuilder digits = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int k = LETTERS.indexOf(c);
            if (Character.isDigit(c)) {
                figures++;
                digits.append(c);
            } else if (k >= 0) {
                letters++;
                digits.append(FIGURES.charAt(k));
            }
        }
        String read = read(text.substring(start, end));
        return letters > 0 && figures > letters && PhoneNumbers.isNumber(digits.toString(), read, cued) && !PhoneNumbers.isDate(read);
    }

    private static void add(String text, int start, int end, List<PersonalData> found) {
        if (found.stream().anyMatch(p -> p.start() <= start && p.end() >= end)) {
            return;
        }
        found.removeIf(p -> p.kind().equals(PersonalDataDetector.TELEFONO) && p.start() >= start && p.end() <= end);
        found.add(new PersonalData(PersonalDataDetector.TELEFONO, text.substring(start, end), start, end));
    }

    /** {@code value} with its look-alike letters read as the figures they stand for. */
    private static String read(String value) {
        StringBuilder out = new StringBuilder(value);
        for (int i = 0; i < out.length(); i++) {
            int k = LETTERS.indexOf(out.charAt(i));
            if (k >= 0) {
                out.setCharAt(i, FIGURES.charAt(k));
            }
        }
        return out.toString();
    }
}
