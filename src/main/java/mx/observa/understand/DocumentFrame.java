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
 */
final class DocumentFrame {

    /** How a finding points to another one in its evidence: "sigue al hallazgo 3", "atiende el hallazgo 6". */
    private static final Pattern FINDING_NUMBER = Pattern.compile("(hallazgo )(\\d+)");

    private DocumentFrame() {
    }

    /** The findings without the frame at both ends, numbered again from 1 (and the numbers they point to with them). */
    static List<Finding> withoutFrame(List<Finding> findings) {
        int from = 0;
        while (from < findings.size() && frames(findings.get(from))) {
            from++;
        }
        int to = findings.size();
        while (to > from && frames(findings.get(to - 1))) {
            to--;
        }
        if (from == to || from == 0 && to == findings.size()) {
            return findings;
        }
        int shift = from;
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings.subList(from, to)) {
            Map<String, List<String>> evidence = new TreeMap<>();
            f.evidence().forEach((topic, words) -> evidence.put(topic, renumbered(words, shift)));
            kept.add(new Finding(f.number() - shift, f.text(), new TreeMap<>(evidence), f.kind(),
                    renumbered(f.kindEvidence(), shift), f.illegible()));
        }
        return kept;
    }

    /** Context with no topic: it judges nothing and says nothing of any aspect of the mesa. */
    private static boolean frames(Finding f) {
        return !f.illegible() && f.kind() == FindingKind.CONTEXTO && f.evidence().isEmpty();
    }

    private static List<String> renumbered(List<String> evidence, int shift) {
        if (shift == 0) {
            return evidence;
        }
        List<String> out = new ArrayList<>(evidence.size());
        for (String e : evidence) {
            Matcher m = FINDING_NUMBER.matcher(e);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, m.group(1) + Math.max(1, Integer.parseInt(m.group(2)) - shift));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }
}
