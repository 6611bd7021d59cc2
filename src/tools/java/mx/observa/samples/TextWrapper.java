package mx.observa.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Greedy word wrapping that never breaks a protected phrase across lines. */
final class TextWrapper {

    private static final char GLUE = '\u0001';

    private TextWrapper() {
    }

    /**
     * @param firstWidth   width available on the first line
     * @param width        width available on the following lines
     * @param measure      width of a string in the same unit
     * @param keepTogether phrases whose words must stay on one line
     */
    static List<String> wrap(String text, double firstWidth, double width, ToDoubleFunction<String> measure,
                             List<String> keepTogether) {
        String glued = text;
        for (String phrase : keepTogether) {
            if (!phrase.isEmpty()) {
                glued = glued.replace(phrase, phrase.replace(' ', GLUE));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String hardLine : glued.split("\n", -1)) {
            String current = "";
            for (String word : hardLine.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = current.isEmpty() ? word : current + " " + word;
                double available = lines.isEmpty() ? firstWidth : width;
                if (!current.isEmpty() && measure.applyAsDouble(unglue(candidate)) > available) {
                    lines.add(unglue(current));
                    current = word;
                } else {
                    current = candidate;
                }
            }
            lines.add(unglue(current));
        }
        return lines;
    }

    private static String unglue(String s) {
        return s.replace(GLUE, ' ');
    }
}
