package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WholeWordTest {

    @Test
    void aLiteralCountsOnlyWhereNoLetterOrDigitTouchesIt() {
        assertThat(WholeWord.in("lo atendió Eusebio, el de la tienda", "Eusebio")).isTrue();
        assertThat(WholeWord.in("(Eusebio)", "Eusebio")).isTrue();
        assertThat(WholeWord.in("Eusebio", "Eusebio")).isTrue();
        assertThat(WholeWord.in("Eusebiona vendía tamales", "Eusebio")).isFalse();
        assertThat(WholeWord.in("el 2Eusebio del chat", "Eusebio")).isFalse();
        assertThat(WholeWord.in("ñEusebio", "Eusebio")).as("a letter outside ASCII glues as well").isFalse();
        assertThat(WholeWord.in("eusebio", "Eusebio")).as("case counts").isFalse();
    }

    @Test
    void anEmptyLiteralIsNoWord() {
        assertThatThrownBy(() -> WholeWord.in("texto", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLaterOccurrenceStillCountsWhenTheFirstIsInsideAWord() {
        assertThat(WholeWord.in("Tlalocan y luego Tlaloc, el cerro", "Tlaloc")).isTrue();
        assertThat(WholeWord.in("calle 12 y calle 123", "calle 12")).isTrue();
        assertThat(WholeWord.in("calle 123 y calle 1234", "calle 12")).isFalse();
    }

    @Test
    void aLiteralThatEndsInPunctuationNeedsNoSpaceAfterIt() {
        assertThat(WholeWord.in("firmó Sra. Anastasia", "Sra.")).isTrue();
        assertThat(WholeWord.in("firmó Sra.Anastasia", "Sra.")).as("the pattern looks at the character after the literal").isFalse();
        assertThat(WholeWord.in("el correo x-y.z", "-y.")).as("a letter right before its first character").isFalse();
        assertThat(WholeWord.in("el correo x--y", "-y")).as("a hyphen before it is no letter").isTrue();
    }

    /** The look-around pattern it stands for, compared on texts made of the characters that decide a boundary. */
    @Test
    void answersAsThePatternItStandsForOnGeneratedTexts() {
        String[] pieces = {"ana", "Ana", "an", "a", "1", "9", " ", ".", "-", "ñ", "é", "\n", "\uD835\uDC00", "\uD83D\uDE00", "_", "٣"};
        Random random = new Random(32);
        List<String> literals = List.of("ana", "an", "a", "Ana", "ana 1", "a.", "-a", "1", "é", "ana ana");
        List<Pattern> patterns = literals.stream()
                .map(literal -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(literal) + "(?![\\p{L}\\d])")).toList();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (int l = 0; l < literals.size(); l++) {
                String literal = literals.get(l);
                boolean pattern = patterns.get(l).matcher(text).find();
                if (pattern != WholeWord.in(text.toString(), literal)) {
                    disagreements.add("«" + text + "» / «" + literal + "»: el patrón dice " + pattern);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
