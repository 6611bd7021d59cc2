package mx.observa.web;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.report.Redactor;
import mx.observa.text.Folding;

/**
 * The words that explain a finding (the words it shares with a topic's vocabulary or with the passage it is like,
 * «palabras: compadre, la cantina, el compadre») are pieces of its text, cut from the sentence that told the detector
 * they were a name: «compadre» alone is an ordinary word, «el Compadre» in its sentence a nickname the finding hides.
 * So a word the finding's own text writes is shown only where its redacted text still shows it: what the finding hides
 * explains what its words may show. Words the text does not write (a label, «parecido a», a stem) are kept, and so
 * are words of one or two letters.
 */
final class HiddenWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+");

    private HiddenWords() {
    }

    /**
     * @param words    the words that placed a finding, already redacted as a text of the finding's report
     * @param original the finding's text as written
     * @param redacted the finding's text as the commission reads it
     * @return {@code words} with each word that {@code original} writes and {@code redacted} no longer shows replaced
     *         by {@link Redactor#MARK}
     */
    static String withheld(String words, String original, String redacted) {
        if (words == null || words.isEmpty() || original == null || original.equals(redacted)) {
            return words;
        }
        Set<String> written = folded(original);
        Set<String> shown = folded(redacted == null ? "" : redacted);
        Matcher word = WORD.matcher(words);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String w = Folding.foldLower(word.group());
            // an article or a preposition of one or two letters names no one, wherever the text wrote it
            boolean hidden = w.length() >= 3 && written.contains(w) && !shown.contains(w);
            word.appendReplacement(out, Matcher.quoteReplacement(hidden ? Redactor.MARK : word.group()));
        }
        word.appendTail(out);
        return out.toString();
    }

    private static Set<String> folded(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(Folding.foldLower(word.group()));
        }
        return words;
    }
}
