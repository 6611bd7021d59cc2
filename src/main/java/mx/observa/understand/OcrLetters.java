package mx.observa.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters a scan's OCR (or a hurried typist) writes for a digit read as that digit (the converse of {@link
 * OcrDigits}, which reads digits written for letters in words): O or o for 0, l or I for 1.
 * Only in a run that is otherwise digits («72l0», «5O55»: at least two digits, more digits than such letters, no other
 * letter), or in a short run beside a group of figures («5555 94 O7», «55 l2 3456»: the group says a number is being
 * written); words («Ola», «lI», «Oo») and codes with other letters («3B», «10am») keep their letters. One place for
 * the detector and the redaction's safety net, so both read a misread number alike. Same length as the text, so
 * offsets hold.
 */
public final class OcrLetters {

    /** A run of letters and digits: a word, a number, or a number misread. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d]+");
    private static final String OCR_LETTERS = "OolI";
    private static final String OCR_DIGITS = "0011";
    /** What parts a number's groups: one space, dot, hyphen or middle dot. */
    private static final String GROUP_SEPARATORS = " .-\u00B7";

    private OcrLetters() {
    }

    /** {@code text} with the misread digits read as digits; the same instance when there is none. */
    public static String read(String text) {
        StringBuilder out = null;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int digits = 0;
            int letters = 0;
            boolean readable = true;
            for (int i = m.start(); i < m.end() && readable; i++) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    digits++;
                } else {
                    letters++;
                    readable = OCR_LETTERS.indexOf(c) >= 0;
                }
            }
            if (!readable || letters == 0 || digits == 0) {
                continue;
            }
            boolean alone = digits >= 2 && letters < digits;
            // «O7» beside «94»: a group of two at most, next to a group of figures that is all digits
            boolean inAGroup = m.end() - m.start() <= 2 && (figuresBefore(text, m.start()) || figuresAfter(text, m.end()));
            if (!alone && !inAGroup) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = m.start(); i < m.end(); i++) {
                int k = OCR_LETTERS.indexOf(text.charAt(i));
                if (k >= 0) {
                    out.setCharAt(i, OCR_DIGITS.charAt(k));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether a group of two figures or more ends one separator before {@code start}. */
    private static boolean figuresBefore(String text, int start) {
        int i = start - 1;
        if (i < 1 || GROUP_SEPARATORS.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int n = 0;
        for (i--; i >= 0 && Character.isDigit(text.charAt(i)); i--) {
            n++;
        }
        return n >= 2 && (i < 0 || !Character.isLetter(text.charAt(i)));
    }

    /** Whether a group of two figures or more starts one separator after {@code end}. */
    private static boolean figuresAfter(String text, int end) {
        int i = end;
        if (i >= text.length() - 1 || GROUP_SEPARATORS.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int n = 0;
        for (i++; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            n++;
        }
        return n >= 2 && (i == text.length() || !Character.isLetter(text.charAt(i)));
    }
}
