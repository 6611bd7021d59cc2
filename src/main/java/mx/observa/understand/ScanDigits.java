package mx.observa.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scan's zeros read where the letter o was printed ("Gustav0 A. Mader0", "Distrit0 l0cal: 1", "may0"): inside a
 * word of letters a 0 is an o. Same length as the input, so offsets found in the result point into the original.
 * Numbers ("10:05", "05-180", "MRO-01") are left alone: the 0 must touch a letter and no other digit.
 */
final class ScanDigits {

    private static final Pattern ZERO_IN_WORD = Pattern.compile("(?<=\\p{L})0(?!\\d)|(?<!\\d)0(?=\\p{Ll})");

    private ScanDigits() {
    }

    static String asLetters(String text) {
        if (text.indexOf('0') < 0) {
            return text;
        }
        Matcher m = ZERO_IN_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            boolean upper = m.start() > 0 && Character.isUpperCase(text.charAt(m.start() - 1))
                    && (m.end() >= text.length() || !Character.isLowerCase(text.charAt(m.end())));
            out.setCharAt(m.start(), upper ? 'O' : 'o');
        }
        return out.toString();
    }
}
