package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A known name's forms tried only around their anchor or where initials start find what a scan of the whole text
 * finds, in the same order; and the one-pass search of many strings finds every occurrence.
 */
class FormSearchTest {

    private static final String SEPARATOR = "(?:[\\s_.,\\-]+(?:(?:de|del|la|las|los|y)[\\s_.\\-]+)*)";

    @Test
    void everyStringIsFoundWhereverItOccursEvenInsideAnother() {
        String text = "mariana y ana anotaron; juliana, ana-maria y anabel";
        List<String> strings = List.of("ana", "mariana", "an", "juliana", "maria", "zacarias");
        Map<String, int[]> found = new StringOccurrences(strings).in(text);
        for (String s : strings) {
            assertThat(found.getOrDefault(s, new int[0])).as(s).containsExactly(bruteForce(text, s));
        }
        assertThat(found).doesNotContainKey("zacarias");
    }

    @Test
    void manyRandomStringsAreFoundAsASearchForEachFindsThem() {
        Random random = new Random(11);
        String text = randomLetters(random, 5_000, "abn ");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            strings.add(randomLetters(random, 1 + random.nextInt(5), "abn"));
        }
        Map<String, int[]> found = new StringOccurrences(strings).in(text);
        for (String s : strings) {
            assertThat(found.getOrDefault(s, new int[0])).as(s).containsExactly(bruteForce(text, s));
        }
    }

    @Test
    void aNameAroundItsAnchorIsFoundAsTheWholeTextScanFindsIt() {
        // a lab notebook, a bus timetable and a recipe: the name between other words, glued, cut, repeated
        String text = ("bitácora: rosalba quiroga midió el ph; quiroga, rosalba firmó. rosalba_quiroga#12 subió las fotos; "
                + "ruta 4 sale a las 7 (rosalba   de la   quiroga maneja) y rosalbaquiroga no es ella. "
                + "receta de rosalba quirogas: no es su apellido; rosalba\n\nquiroga la probó. ").repeat(30);
        Pattern form = Pattern.compile("(rosalba" + SEPARATOR + "quiroga)(?![\\p{L}\\d])");
        Map<String, int[]> anchors = new StringOccurrences(List.of("quiroga")).in(text);
        assertThat(around(form, text, anchors.get("quiroga"), "quiroga".length())).isEqualTo(wholeText(form, text)).hasSize(120);
    }

    @Test
    void aMatchThatRunsPastTheWindowIsWidenedNotCut() {
        // the window of the first «ana» ends inside «lopez» of the second: found there cut short, it is found whole
        String text = "ana firmó el acta;" + " ".repeat(FormSearch.REACH - 20) + "ana lopez la selló";
        Pattern form = Pattern.compile("(ana(?:[ ]+lopez)?)(?![\\p{L}\\d])");
        int[] occurrences = new StringOccurrences(List.of("ana")).in(text).get("ana");
        assertThat(around(form, text, occurrences, "ana".length())).isEqualTo(wholeText(form, text)).hasSize(2)
                .last().isEqualTo((text.length() - " la selló".length() - "ana lopez".length()) + "-" + (text.length() - " la selló".length()));
    }

    @Test
    void aFormWhoseAnchorIsNotInTheTextFindsNothing() {
        String text = "el inventario del almacén: cajas, cinta, etiquetas y un termo";
        Pattern form = Pattern.compile("(cinta)(?![\\p{L}\\d])");
        Map<String, int[]> anchors = new StringOccurrences(List.of("tadeo")).in(text);
        assertThat(around(form, text, anchors.get("tadeo"), 5)).isEmpty();
    }

    @Test
    void initialsAreTriedOnlyWhereARunOfInitialsStartsAndFoundAsEverywhere() {
        // a minutes' signatures and a sports score sheet: initials with and without periods, inside words, before numbers
        String text = ("fdo. mjf; m. j. f. revisó; m.j.f; amjf no; mjfx no; 3mjf no; .mjf no; m j f sí; "
                + "mjf 07-12 es folio; x. q. l. es su hija; s.q.l. también; q. l. no ").repeat(20);
        Pattern initials = Pattern.compile("(?<![\\p{L}\\d.])(m\\.?[ \\t]?j\\.?[ \\t]?f\\.?(?![ \\t]*[-–]?[ \\t]*\\d))(?![\\p{L}\\d])");
        InitialRuns runs = InitialRuns.of(text);
        assertThat(at(initials, text, runs.startingWith("mjf"))).isEqualTo(wholeText(initials, text)).hasSize(80);
        Pattern family = Pattern.compile("(?<![\\p{L}\\d.])(\\p{L}\\.[ \\t]?q\\.[ \\t]?l\\.)(?![\\p{L}\\d])");
        assertThat(at(family, text, runs.startingWith(InitialRuns.ANY + "ql"))).isEqualTo(wholeText(family, text)).hasSize(40);
        assertThat(runs.startingWith("zz")).isEmpty();
    }

    private static List<String> wholeText(Pattern form, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = form.matcher(text);
        while (m.find()) {
            found.add(m.start(1) + "-" + m.end(1));
        }
        return found;
    }

    private static List<String> around(Pattern form, String text, int[] occurrences, int anchorLength) {
        Matcher m = form.matcher(text);
        return collect(m, FormSearch.around(m, text.length(), occurrences, anchorLength));
    }

    private static List<String> at(Pattern form, String text, List<Integer> starts) {
        Matcher m = form.matcher(text);
        return collect(m, FormSearch.at(m, text.length(), starts));
    }

    private static List<String> collect(Matcher m, FormSearch search) {
        List<String> found = new ArrayList<>();
        while (search.find()) {
            found.add(m.start(1) + "-" + m.end(1));
        }
        return found;
    }

    private static int[] bruteForce(String text, String s) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            at.add(i);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String randomLetters(Random random, int n, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
