package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

import mx.observa.text.Folding;

/**
 * The words of a text with their offsets and shape, for finding runs of name-like words. A word is a run of letters
 * (an apostrophe or hyphen between letters stays inside: «O'Higgins», «Ruiz-Esparza»). Two words glued by a lost
 * space, as PDF extraction leaves a heading and the line after it, are two words where the case shows the seam:
 * «generalesObservadora», «FirmaSILVIA», «ObservacionesSilvia» (but «McDonald» stays one).
 */
final class Words {

    /**
     * @param folded      lower case without accents
     * @param capitalized starts with an upper-case letter
     * @param upper       every letter upper case (two letters at least)
     * @param dotted      followed at once by a period («Lic.», «Ma.», «J.»)
     */
    record Word(int start, int end, String text, String folded, boolean capitalized, boolean upper, boolean dotted) {

        boolean initial() {
            return text.length() == 1 && capitalized && dotted;
        }
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || isInnerMark(text, i)) && !(i > start && gluedSeam(text, start, i))) {
                i++;
            }
            String w = text.substring(start, i);
            boolean capitalized = Character.isUpperCase(w.charAt(0));
            boolean upper = w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            boolean dotted = i < n && text.charAt(i) == '.';
            words.add(new Word(start, i, w, Folding.foldLower(w), capitalized, upper, dotted));
        }
        return words;
    }

    /**
     * A lower-case letter at {@code i - 1} and an upper-case one at {@code i}, after at least three letters of the
     * word and before a capitalized or upper-case word of two letters or more: where a space was lost. Or an
     * upper-case heading of three letters or more glued to a capitalized word, «INFORMESaturnino»: the last capital
     * before the lower case opens the second word (no word mixes three capitals before a capitalized syllable).
     */
    private static boolean gluedSeam(String text, int start, int i) {
        if (i - start < 3 || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(i - 1))) {
            return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        }
        return Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i - 2))
                && Character.isUpperCase(text.charAt(i - 3)) && capitalizedSyllable(text, i);
    }

    /** Two lower-case letters after the capital at {@code i}: «Sa…» of «INFORMESaturnino», not a plural's «s». */
    private static boolean capitalizedSyllable(String text, int i) {
        return i + 2 < text.length() && Character.isLowerCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2));
    }

    private static boolean isInnerMark(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == '-') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    /** Index of the first word starting at or after {@code pos}, or {@code words.size()}. */
    static int firstAtOrAfter(List<Word> words, int pos) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last word ending at or before {@code pos}, or -1. */
    static int lastEndingBefore(List<Word> words, int pos) {
        int i = firstAtOrAfter(words, pos) - 1;
        while (i >= 0 && words.get(i).end() > pos) {
            i--;
        }
        return i;
    }
}
