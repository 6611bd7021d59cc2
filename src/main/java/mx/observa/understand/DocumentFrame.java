package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The frame a borrowed genre puts around a report: the passages before its first observation and after its last one
 * that say nothing about any aspect of the mesa — context with no topic, such as a title, a salutation, whoever writes
 * and their trade, a sign-off or the genre's own furniture («¡Feliz cumpleaños, comadre!», «Para volver a escuchar
 * este menú, marque asterisco.», «Un vecino de la unidad»). Whatever the genre, what frames the report comes before
 * and after what it reports; a passage of context in between stays, and so does any passage with a topic or a
 * judgement, wherever it is. The labelling conventions let a line that only says who, where or when stay out of the
 * findings: it is neither counted nor quoted. A report made only of context keeps every passage.
 *
 * <p>In between, the one thing that is frame is a title: a short line of context that ends no sentence and says
 * nothing of any aspect («Segundo acto: la tarde», «Capítulo 3. El cierre», «Parte dos — lo que vi»). It names what
 * follows, as a heading does; a form's field keeps its place because its answer has a topic or a judgement
 * («Propaganda: ninguna»), and so does a sentence of context, which ends as one.
 */
final class DocumentFrame {

    /** How a finding points to another one in its evidence: "sigue al hallazgo 3", "atiende el hallazgo 6". */
    private static final Pattern FINDING_NUMBER = Pattern.compile("(hallazgo )(\\d+)");

    private DocumentFrame() {
    }

    /**
     * The findings without the frame at both ends and the titles in between, numbered again from 1 (and the numbers
     * they point to with them).
     */
    static List<Finding> withoutFrame(List<Finding> findings) {
        int from = 0;
        while (from < findings.size() && frames(findings.get(from))) {
            from++;
        }
        int to = findings.size();
        while (to > from && frames(findings.get(to - 1))) {
            to--;
        }
        if (from == to) {
            return findings;
        }
        List<Finding> inside = findings.subList(from, to);
        if (from == 0 && to == findings.size() && inside.stream().noneMatch(DocumentFrame::title)) {
            return findings;
        }
        // what each number becomes: the findings dropped before it are taken off
        int[] renumber = new int[findings.size() + 1];
        int dropped = from;
        for (int i = 0; i < findings.size(); i++) {
            renumber[i + 1] = Math.max(1, i + 1 - dropped);
            if (i >= from && i < to && title(findings.get(i))) {
                dropped++;
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : inside) {
            if (title(f)) {
                continue;
            }
            Map<String, List<String>> evidence = new TreeMap<>();
            f.evidence().forEach((topic, words) -> evidence.put(topic, renumbered(words, renumber)));
            kept.add(new Finding(kept.size() + 1, f.text(), new TreeMap<>(evidence), f.kind(),
                    renumbered(f.kindEvidence(), renumber), f.illegible()));
        }
        return kept;
    }

    /** Context with no topic: it judges nothing and says nothing of any aspect of the mesa. */
    private static boolean frames(Finding f) {
        return !f.illegible() && f.kind() == FindingKind.CONTEXTO && f.evidence().isEmpty();
    }

    /** The most words a title has: a heading's length ({@link Segmenter}'s own measure). */
    private static final int TITLE_WORDS = 6;
    /** How a sentence or a clause ends: a title ends with none of it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…;,]$");

    /**
     * A title in between: context that judges nothing, with no evidence even of a count, on one short line that ends
     * no sentence and starts as a title does (a capital or a number), not as a note ("ya abrieron").
     */
    private static boolean title(Finding f) {
        String text = f.text().strip();
        return frames(f) && f.kindEvidence().isEmpty() && !text.isEmpty() && text.indexOf('\n') < 0
                && Boilerplate.words(text) <= TITLE_WORDS && !SENTENCE_END.matcher(text).find() && !text.contains("?")
                && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
    }

    private static List<String> renumbered(List<String> evidence, int[] renumber) {
        List<String> out = new ArrayList<>(evidence.size());
        for (String e : evidence) {
            Matcher m = FINDING_NUMBER.matcher(e);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                int number = Integer.parseInt(m.group(2));
                m.appendReplacement(sb, m.group(1) + (number < renumber.length ? renumber[number] : number));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }
}
