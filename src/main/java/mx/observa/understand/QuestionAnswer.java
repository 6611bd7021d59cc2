package mx.observa.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * A finding split into what introduces it and what it says: a questionnaire's question ("¿Hubo propaganda…?")
 * or a label ("Material:", "Incidencias observadas:") and the answer after it, with a ticked box ("[X] No",
 * "Sí (X)", "NO_X_") read as the answer it marks, and a checklist's mark ("✔ Material completo", "✘ Sin
 * rampa") as a yes or a no to what the line states. Findings without either are all answer.
 *
 * @param lead       the question or label, or "" when there is none
 * @param question   whether the lead is a question (its yes/no answer tells whether what it asks about happened)
 * @param bodyStart  offset in the finding's text where the answer starts
 * @param ticked     the answer a ticked box gives ("si", "no"), or null
 */
record QuestionAnswer(String lead, boolean question, int bodyStart, String ticked) {

    /** "Material:", "10. Recomendaciones:", "Incidencias observadas:" — a colon followed by a space, not "9:40". */
    private static final Pattern LABEL = Pattern.compile("^((?:\\d{1,2}[.)]\\s*)?[^:.!?¿]{1,70}?[^\\d\\s]):(?:\\s+|$)");
    private static final Pattern ANSWER_PREFIX = Pattern.compile(
            "^\\s*(?:(?:r|resp|respuesta|observaciones|obs|explique|comentarios?|detalle|especifique)\\s*[:.\\-]\\s*)+");
    private static final Pattern BOX_FIRST = Pattern.compile("\\[\\s*[x✓✔]\\s*\\]\\s*(si|no)\\b|\\(\\s*[x✓✔]\\s*\\)\\s*(si|no)\\b");
    private static final Pattern BOX_AFTER = Pattern.compile("\\b(si|no)\\s*(?:\\(\\s*[x✓✔]\\s*\\)|_+\\s*[x✓✔]\\s*_*|\\[\\s*[x✓✔]\\s*\\])");
    private static final Pattern EMPTY_OR_TICKED = Pattern.compile("[\\[(]\\s*[x✓✔]?\\s*[\\])]|_{2,}");
    private static final Pattern OPTION = Pattern.compile("(?<![a-z])(?:si|no)(?![a-z])");
    private static final Pattern ANY_BOX = Pattern.compile("[\\[(]\\s*[x✓✔]?\\s*[\\])]|\\b(?:si|no)\\s*_+\\s*x?\\s*_*");
    private static final int MAX_LABEL_WORDS = 8;
    private static final Pattern CHECK_MARK = Pattern.compile("^\\s*([✔✓☑✘✗☒✕])\\s*");

    static QuestionAnswer parse(String text) {
        String folded = Folding.foldPreservingLength(text);
        // a checklist: "✔ Material completo", "✘ Señalización visible: no había ningún letrero"
        Matcher check = CHECK_MARK.matcher(folded);
        String marked = null;
        int from = 0;
        if (check.find()) {
            marked = "✔✓☑".indexOf(check.group(1).charAt(0)) >= 0 ? "si" : "no";
            from = check.end();
        }
        int q = folded.indexOf('?', from);
        int open = folded.indexOf('¿', from);
        String lead = "";
        boolean question = false;
        int bodyStart = from;
        if (q > 0 && open >= 0 && open < q) {
            lead = text.substring(from, q + 1);
            question = true;
            bodyStart = q + 1;
        } else {
            Matcher label = LABEL.matcher(folded.substring(from));
            if (label.find() && Boilerplate.words(label.group(1)) <= MAX_LABEL_WORDS) {
                lead = text.substring(from, from + label.end(1) + 1);
                bodyStart = from + label.end();
            }
        }
        if (marked != null) {
            return new QuestionAnswer(lead, question, bodyStart, marked);
        }
        String ticked = null;
        String rest = folded.substring(bodyStart);
        Matcher firstBox = EMPTY_OR_TICKED.matcher(rest);
        Matcher firstOption = OPTION.matcher(rest);
        if (firstBox.find() && firstOption.find()) {
            // "[X] Sí [ ] No": each box before its option; "Sí (X) No ( )", "SI_X_ NO___": after it
            Matcher ticks = firstBox.start() < firstOption.start() ? BOX_FIRST.matcher(rest) : BOX_AFTER.matcher(rest);
            if (ticks.find()) {
                ticked = ticks.group(1) != null ? ticks.group(1) : ticks.groupCount() > 1 ? ticks.group(2) : null;
            }
        }
        if (ticked != null) {
            // the boxes are part of the question's line: the answer proper starts after the last one
            Matcher any = ANY_BOX.matcher(rest);
            int end = 0;
            while (any.find()) {
                end = any.end();
            }
            bodyStart += end;
        }
        Matcher prefix = ANSWER_PREFIX.matcher(folded.substring(bodyStart));
        if (prefix.find()) {
            bodyStart += prefix.end();
        }
        return new QuestionAnswer(lead, question, Math.min(bodyStart, text.length()), ticked);
    }

    boolean hasLead() {
        return !lead.isEmpty();
    }
}
