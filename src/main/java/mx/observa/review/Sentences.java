package mx.observa.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a finding may be split: at a sentence boundary (after a period, question or exclamation mark or an ellipsis,
 * followed by space) or at a line break. Splitting elsewhere would cut a sentence an analyst cannot read on its own.
 */
final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])\\s+|\\s*\\n\\s*");

    private Sentences() {
    }

    /** The first part of each split the text allows, in order (never the whole text, never a blank part). */
    static List<String> firstParts(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        while (m.find()) {
            String first = text.substring(0, m.start()).strip();
            if (!first.isEmpty() && !text.substring(m.end()).isBlank() && !parts.contains(first)) {
                parts.add(first);
            }
        }
        return parts;
    }

    /** The second part when {@code first} is one of the text's {@link #firstParts}; null when it is not. */
    static String rest(String text, String first) {
        if (!firstParts(text).contains(first)) {
            return null;
        }
        return text.substring(text.indexOf(first) + first.length()).strip();
    }
}
