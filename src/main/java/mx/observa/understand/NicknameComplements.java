package mx.observa.understand;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * What tells a person called by one word with an article apart goes with that word: «la Güera de las tortas», «la
 * Lupita de la subdelegación», «el Gallo de Tepito», «el Chino del taller». An article before a lone given name or
 * nickname already says the word is what people call someone; the complement right after it («de las tortas», «del
 * Puente») says which one, and is how the neighbourhood names her as surely as a surname would. Hidden without it,
 * a published page read «[dato personal] de las tortas», and anyone from the street knows who it was.
 *
 * <p>Only one word of complement (its article aside), right after the name on the same line and apart by single
 * spaces: a lower-case noun that is not a function word, or one capitalized word that no other capitalized word
 * follows (a place of two words, «de Benito Juárez», stays readable: it may be a decoy's name). Not after a name of
 * two words or more («la Sra. Ana Ruiz de la colonia» reads the colonia as where she lives, not what she is called).
 */
final class NicknameComplements {

    /** The article of a nickname, right before the word or opening the span. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?iu:el|la)[ \\t]+$");
    private static final Pattern ARTICLE_AND_WORD = Pattern.compile("(?iu:el|la)[ \\t]+\\p{Lu}[\\p{Ll}'’-]+");
    private static final Pattern LONE_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+");
    /** «de las tortas», «del Puente», «de la subdelegación»: the complement's word is group 1. */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "^ (?:del|de(?: (?:la|las|los|el))?) (\\p{L}[\\p{L}'’-]{2,})(?![\\p{L}\\d'’-])");
    private static final Pattern ANOTHER_CAPITALIZED = Pattern.compile("^[ \\t]+\\p{Lu}");

    private NicknameComplements() {
    }

    /**
     * Where a name span {@code [start, end)} of {@code text} should end: past the complement that tells its bearer
     * apart when the span is one capitalized word with its article, else at {@code end}.
     *
     * @param functionWord whether a folded, lower-case word is a function word («de la misma», «del otro»)
     * @param nameOrPlace whether a capitalized word (as written) is a known name or a place of the catalogue
     *                    («de Cuauhtémoc» is an alcaldía named after a person: a decoy stays readable)
     */
    static int end(String text, int start, int end, Predicate<String> functionWord, Predicate<String> nameOrPlace) {
        if (start < 0 || end > text.length() || end <= start) {
            return end;
        }
        String span = text.substring(start, end);
        boolean withArticle = ARTICLE_AND_WORD.matcher(span).matches()
                || LONE_WORD.matcher(span).matches()
                && ARTICLE_BEFORE.matcher(text).region(Math.max(0, start - 4), start).useTransparentBounds(true).find();
        if (!withArticle) {
            return end;
        }
        Matcher m = COMPLEMENT.matcher(text).region(end, Math.min(text.length(), end + 60));
        m.useTransparentBounds(true).useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return end;
        }
        String word = m.group(1);
        boolean lower = word.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
        boolean capitalized = Character.isUpperCase(word.charAt(0)) && word.substring(1).chars()
                .allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
        if (lower && !functionWord.test(Folding.foldLower(word))
                || capitalized && !nameOrPlace.test(word) && !ANOTHER_CAPITALIZED.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return m.end();
        }
        return end;
    }
}
