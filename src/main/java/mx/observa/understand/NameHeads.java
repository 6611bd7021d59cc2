package mx.observa.understand;

import java.util.function.Predicate;

import mx.observa.text.Folding;

/**
 * The start of a name found only from its surname: «Beridze Ocampo» found, the given name «Levan» no list knows right
 * before it. The detector stops where its evidence stops, and a published page read «Levan [dato personal]»: a reader
 * still learns the given name of the person whose surnames were hidden (and so does a known surname written again
 * after another given name no list knows: the relative of a known «Beridze»). This is {@link NameTails} read the
 * other way: a capitalized word written right before a capitalized span, one space apart, is the rest of the name.
 *
 * <p>What keeps a word out: the start of a sentence, a line or a label («Ayer Juan …», «Presidenta: Odilia …», where
 * a capital says nothing), anything but a single space between it and the name, a word in capitals, and any word the
 * caller says is no part of a name on its own (a title, a role, a kinship word, a place's word, a function word: «la
 * Ingeniera Ruiz», «la colonia Guerrero»). So the word before must follow a word in lower case, a comma, a semicolon,
 * a dash set apart, a parenthesis or an opening quote: the middle of a sentence, where a capital is a proper name's.
 */
final class NameHeads {

    private NameHeads() {
    }

    /**
     * Where a hidden name {@code [start, end)} of {@code text} should start: at the capitalized word that opens it
     * when it stands in the middle of a sentence and is not {@code notAName} (given each word folded, in lower case),
     * nor follows a {@code placeWord} («colonia», «calle»), never before {@code floor}; else at {@code start}.
     */
    static int start(String text, int start, int end, int floor, Predicate<String> notAName, Predicate<String> placeWord) {
        if (start <= 0 || end > text.length() || end <= start || !Character.isUpperCase(text.charAt(start))) {
            return start;
        }
        int wordEnd = start - 1; // one space, and only one, between the word and the name
        if (wordEnd <= floor || text.charAt(wordEnd) != ' ') {
            return start;
        }
        int wordStart = wordEnd;
        while (wordStart > floor && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // one word only: a second capitalized word before it («de Escuela Benito …») is as likely a place's or a
        // thing's name as a second given name
        return titleCased(text, wordStart, wordEnd) && !notAName.test(Folding.foldLower(text.substring(wordStart, wordEnd)))
                && midSentence(text, wordStart, floor, placeWord) ? wordStart : start;
    }

    /** A capital and then two letters or more in lower case («Levan», «Tamaz»; not «IECM», «Sr», «O»). */
    private static boolean titleCased(String text, int from, int to) {
        if (to - from < 3 || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)) && text.charAt(from - 1) != '.';
    }

    /**
     * Whether the word at {@code wordStart} follows a word in lower case, a comma, a semicolon, a dash set apart, an
     * opening parenthesis or quote: not the start of the text, a line, a sentence or a label's value.
     */
    private static boolean midSentence(String text, int wordStart, int floor, Predicate<String> placeWord) {
        int i = wordStart;
        boolean spaced = false;
        while (i > floor && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
            spaced = true;
        }
        if (i <= floor || i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        if (c == ',' || c == ';') {
            return spaced;
        }
        if (c == '(' || c == '«' || c == '“' || c == '"') {
            return true;
        }
        if (c == '—' || c == '–' || c == '-') {
            // a dash set apart on both sides («Informe — Levan …»), not a word's hyphen
            return spaced && i >= 2 && (text.charAt(i - 2) == ' ' || text.charAt(i - 2) == '\t');
        }
        if (!spaced || !Character.isLowerCase(c)) {
            return false;
        }
        // the word before is all in lower case («mi alumno Rigel …»), not a capitalized word ending in lower case, and
        // leads to no place («la colonia Guerrero …», «calle Melchor …»: the capitals are the place's name)
        int w = i;
        while (w > floor && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return Character.isLowerCase(text.charAt(w)) && !placeWord.test(Folding.foldLower(text.substring(w, i)));
    }
}
