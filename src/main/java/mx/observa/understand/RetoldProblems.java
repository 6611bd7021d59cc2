package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the problem words of a passage that tells how the incident before it was handled only point back at that
 * incident: "la presidenta denunció el robo ante la policía", "llamó al cuadrante y la patrulla se llevó a quien la
 * jaloneaba". The word is the object of the handling ("denunció el robo", with the definite article of what the reader
 * already knows) or names the one the handling fell on by what they did ("a quien la jaloneaba", "al que empujaba"):
 * it tells no new problem, the handling does. A problem the passage introduces ("un señor golpeó a un policía", "se
 * anotó un retraso") or one told before the handling ("el robo lo denunció la presidenta" is the kind rules' call)
 * is not pointed back at. The pointers are {@code problema_ya_contado} in {@code config/taxonomia.yaml}.
 */
final class RetoldProblems {

    /** How the evidence of a matched combination joins its parts (as {@link Rule} writes it). */
    private static final String PARTS = " … ";

    private final Cues pointers;

    RetoldProblems(Cues pointers) {
        this.pointers = pointers;
    }

    /**
     * @param problems the evidence of the passage's problem words, as the kind rules wrote it
     * @param acts     where the passage tells a handling
     * @return whether every problem word is found, right after a pointer back, after a handling that starts in its
     *         sentence
     */
    boolean onlyPointBack(AnalyzedText text, List<String> problems, List<Rule.Match> acts) {
        if (pointers.isEmpty() || problems.isEmpty() || acts.isEmpty()) {
            return false;
        }
        List<Rule.Match> back = pointers.find(text);
        for (String evidence : problems) {
            for (String part : evidence.split(PARTS)) {
                List<Integer> at = starts(text, part.strip());
                if (at.isEmpty() || !at.stream().allMatch(i -> pointedBack(text, i, back, acts))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean pointedBack(AnalyzedText text, int i, List<Rule.Match> back, List<Rule.Match> acts) {
        boolean pointer = back.stream().anyMatch(p -> p.to() == i - 1 && text.get(i).before() == AnalyzedText.Break.NONE);
        int sentence = text.sentenceStart(i);
        return pointer && acts.stream().anyMatch(a -> a.from() >= sentence && a.from() < i - 1);
    }

    /** The first token of every run of tokens whose text is the words given. */
    private static List<Integer> starts(AnalyzedText text, String words) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            for (int j = i; j < text.size(); j++) {
                String span = text.span(i, j);
                if (span.equals(words)) {
                    found.add(i);
                }
                if (span.length() >= words.length()) {
                    break;
                }
            }
        }
        return found;
    }
}
