package mx.observa.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * What a person called by one word with its article is called by goes with that word: «la Chata del Tianguis», «el
 * Gallo de Tepito», and, where the text says that is what people call her, «le dicen la Chata de los tamales». The
 * complement says which one, as surely as a surname would: hidden without it, a published page read «[dato
 * personal] del Tianguis», and anyone from the street knows who it was.
 *
 * <p>Only one word of complement (its article aside), right after the name on the same line and apart by single
 * spaces: one capitalized word that no other capitalized word follows and that is no known name nor a place of the
 * catalogue (where the person is from: «de Benito Juárez», «de Cuauhtémoc» stay readable, they may be a decoy's
 * name), or a lower-case noun that is no function word or title — that one only after a phrase that names someone
 * («le dicen», «conocida como»): elsewhere «el Vikingo del taller» describes where the man works, and the
 * description stays readable as an office does. Not after a name of two words or more («la Sra. Ana Ruiz de la
 * colonia»).
 */
final class NicknameComplements {

    /** The article of a nickname, right before the word or opening the span. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?iu:el|la)[ \\t]+$");
    private static final Pattern ARTICLE_AND_WORD = Pattern.compile("(?iu:el|la)[ \\t]+\\p{Lu}[\\p{Ll}'’-]+");
    private static final Pattern LONE_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+");
    /** «de los tamales», «del Tianguis», «de la papelería»: the complement's word is group 1. */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "^ (?:del|de(?: (?:la|las|los|el))?) (\\p{L}[\\p{L}'’-]{2,})(?![\\p{L}\\d'’-])");
    private static final Pattern ANOTHER_CAPITALIZED = Pattern.compile("^[ \\t]+\\p{Lu}");
    /** How far back, on the nickname's line, a naming phrase is looked for. */
    private static final int NAMING_REACH = 60;

    private final PrivacyVocabulary vocabulary;
    private final PlaceGuard places;
    /** A naming phrase right before a position, maybe with the nickname's article: «le dicen », «le dicen la ». */
    private final Pattern namingBefore;

    NicknameComplements(PrivacyVocabulary vocabulary, PlaceGuard places) {
        this.vocabulary = vocabulary;
        this.places = places;
        this.namingBefore = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.namingPhrases())
                + ")[ \\t]+(?:(?:el|la)[ \\t]+)?$");
    }

    /**
     * Where a name span {@code [start, end)} of {@code text} should end: past the complement that tells its bearer
     * apart when the span is one capitalized word with its article, else at {@code end}.
     */
    int end(String text, int start, int end) {
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
        String folded = Folding.foldLower(word);
        boolean lower = word.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
        boolean capitalized = Character.isUpperCase(word.charAt(0)) && word.substring(1).chars()
                .allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
        if (capitalized && !vocabulary.isKnownName(folded) && !places.isPlaceName(word)
                && !ANOTHER_CAPITALIZED.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return m.end();
        }
        if (lower && !vocabulary.isFunctionWord(folded) && !vocabulary.isTitle(folded) && named(text, start)) {
            return m.end();
        }
        return end;
    }

    /** Whether a phrase that names someone stands right before {@code start}, on its line. */
    private boolean named(String text, int start) {
        int from = Math.max(Lines.nearStart(text, start), start - NAMING_REACH);
        String before = Folding.foldLower(text.substring(from, start));
        return namingBefore.matcher(before).find();
    }
}
