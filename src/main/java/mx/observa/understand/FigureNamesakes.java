package mx.observa.understand;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * A known person's namesake who is a figure: «Firma: Leopoldo Garcilazo» makes «Leopoldo» known, and «los vitrales,
 * obra de Leopoldo Flores» then reads as another occurrence of him, though it shares the given name and nothing else.
 * An occurrence of what is known that holds a word no known string has (another surname) is another person, and the
 * context's «no person» decision ({@link NoPersonContext}) applies to it as it does to any trigger's find. An occurrence
 * made only of known words («obra de Leopoldo Garcilazo») stays hidden, whatever its context says: that one is the
 * known person. So is a name an e-mail address of the report spells («leopoldo.vitral@…» found in «… obra de
 * Leopoldo Flores»): the address tells a given name, not who else in the text bears it.
 */
final class FigureNamesakes {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern DIGIT_OR_AT = Pattern.compile("[\\d@]");

    private final PrivacyVocabulary vocabulary;
    private final NoPersonContext noPerson;

    FigureNamesakes(PrivacyVocabulary vocabulary, NoPersonContext noPerson) {
        this.vocabulary = vocabulary;
        this.noPerson = noPerson;
    }

    /**
     * The occurrences of {@code found} that are not a figure namesake of someone {@code known} (the strings known before
     * and those {@code text} itself revealed).
     */
    List<PersonalData> withoutFigures(String text, List<PersonalData> found, Collection<String> known) {
        if (found.isEmpty()) {
            return found;
        }
        Set<String> knownWords = null;
        String folded = null;
        List<PersonalData> kept = new java.util.ArrayList<>(found.size());
        for (PersonalData p : found) {
            if (!PersonalDataDetector.NOMBRE.equals(p.kind())) {
                kept.add(p);
                continue;
            }
            if (knownWords == null) {
                knownWords = words(known);
                folded = Folding.foldPreservingLength(text);
            }
            if (!(hasUnknownWord(p.text(), knownWords) && noPerson.namesNoPerson(text, folded, p.start(), p.end()))) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** A capitalized word of the occurrence, not a particle, that no known string holds. */
    private boolean hasUnknownWord(String occurrence, Set<String> knownWords) {
        Matcher w = WORD.matcher(occurrence);
        while (w.find()) {
            String word = Folding.foldLower(w.group());
            if (Character.isUpperCase(w.group().charAt(0)) && !vocabulary.isFunctionWord(word) && !knownWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the known strings that can be names: not an address, a phone, an e-mail or a document (a digit or an
     * at sign in it), whose words («andador Las Flores 3») say nothing of who a «Leopoldo Flores» is.
     */
    private static Set<String> words(Collection<String> known) {
        Set<String> out = new HashSet<>();
        for (String s : known) {
            if (DIGIT_OR_AT.matcher(s).find()) {
                continue;
            }
            Matcher w = WORD.matcher(s);
            while (w.find()) {
                out.add(Folding.foldLower(w.group()));
            }
        }
        return out;
    }
}
