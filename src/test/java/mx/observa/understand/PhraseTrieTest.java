package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PhraseTrieTest {

    private static final List<String> TEXTS = List.of(
            "la sra. lopez y el sr  perez, srta gomez; presidenta de la mesa y presidente",
            "Nombre de la persona observadora: Ana\tNombre: Luis  nombre completo  : X",
            "srtas sr\tpres presidenta\tde  la mesa sras", "", "s sr sra srt srta");

    /** Every match (start, end and the group) of the pattern built around the alternation. */
    private static List<String> matches(String alternation, String around, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(around.formatted(alternation)).matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return found;
    }

    @Test
    void findsWhatThePlainAlternationFindsWhateverFollowsIt() {
        List<List<String>> lists = List.of(
                List.of("presidenta de la mesa", "nombre completo", "presidenta", "presidente", "srta", "sra", "sr", "nombre"),
                List.of("sr", "sra"), // a prefix first: the alternation stops at "sr", and so must the tree (it is not used)
                List.of("de la", "de", "la"));
        List<String> arounds = List.of("(%s)", "(?<![\\p{L}])(%s)(?![\\p{L}])", "(%s)(\\.?)[ \\t]+", "(%s)[ \\t]*:");
        for (List<String> phrases : lists) {
            for (String around : arounds) {
                for (String text : TEXTS) {
                    assertThat(matches(PrivacyVocabulary.alternation(phrases), around, text))
                            .as("%s in «%s» with %s", phrases, text, around)
                            .isEqualTo(matches(PrivacyVocabulary.plainAlternation(phrases), around, text));
                }
            }
        }
    }

    @Test
    void isATreeOnlyWhenEveryPhraseComesBeforeItsPrefixes() {
        assertThat(PhraseTrie.of(List.of("sra", "sr"))).isPresent();
        assertThat(PhraseTrie.of(List.of("sr", "sra"))).isEmpty();
        assertThat(PhraseTrie.of(List.of("sra", "sr")).orElseThrow().regex()).isEqualTo("(?:sr(?:a)?)");
        assertThat(PhraseTrie.of(List.of("de la mesa", "de")).orElseThrow().regex()).isEqualTo("(?:de(?:[ \\t]+la[ \\t]+mesa)?)");
    }
}
