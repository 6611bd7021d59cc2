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
 * @param unanswered boxes to tick, none ticked, and nothing written: the question is left unanswered
 */
record QuestionAnswer(String lead, boolean question, int bodyStart, String ticked, boolean unanswered) {

    /** How a questionnaire numbers its questions: "Pregunta:", "Pregunta 3.", "P1.", "P10)". */
    static final String QUESTION_MARKER = "pregunta\\s*\\d{0,2}\\s*[:.\\-]|p\\s?\\d{1,2}\\s*[.):\\-]";
    private static final Pattern QUESTION_PREFIX = Pattern.compile("^\\s*(?:" + QUESTION_MARKER + ")\\s*");
    /** Where a numbered question's answer starts: "Respuesta:", "R:". */
    private static final Pattern ANSWER_MARKER = Pattern.compile("(?:^|\\s)(?:respuesta|resp|r)\\s*[:.\\-](?:\\s+|$)");
    private static final Pattern STATEMENT_START = Pattern.compile("^[\\s—–\\-:.]+");

    /** "Material:", "10. Recomendaciones:", "Incidencias observadas:" — a colon followed by a space, not "9:40". */
    private static final Pattern LABEL = Pattern.compile("^((?:\\d{1,2}[.)]\\s*)?[^:.!?¿]{1,70}?[^\\d\\s]):(?:\\s+|$)");
    /** The dot leaders of a form's field: "Secreto ........... respetado", "Material ....... completo". */
    private static final Pattern LEADERS = Pattern.compile("(?<=^[^.:?¿]{1,70}[^\\d\\s.])[ \\t]?\\.{4,}(?=[ \\t]+\\S)");
    /** Where LEADERS' dots may start at the latest: after 71 characters of look-behind and a space. */
    private static final int LEADERS_REACH = 72;
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
        Matcher numbered = QUESTION_PREFIX.matcher(folded.substring(from));
        boolean asked = numbered.find();
        if (asked) {
            from += numbered.end();
        }
        int q = folded.indexOf('?', from);
        int open = folded.indexOf('¿', from);
        String lead = "";
        boolean question = false;
        int bodyStart = from;
        Matcher answerMarker = ANSWER_MARKER.matcher(folded);
        if (q > 0 && open >= 0 && open < q) {
            lead = text.substring(from, q + 1);
            question = true;
            bodyStart = q + 1;
        } else if (asked && answerMarker.find(from) && answerMarker.start() > from) {
            // "Pregunta: Recomendaciones / Respuesta: …", "P9. Describa alguna buena práctica: R: …"
            lead = text.substring(from, answerMarker.start()).strip();
            question = true;
            bodyStart = answerMarker.start();
        } else {
            Matcher label = LABEL.matcher(folded.substring(from));
            if (label.find() && Boilerplate.words(label.group(1)) <= MAX_LABEL_WORDS) {
                lead = text.substring(from, from + label.end(1) + 1);
                bodyStart = from + label.end();
            }
        }
        if (marked != null) {
            return new QuestionAnswer(lead, question, bodyStart, marked, false);
        }
        String ticked = null;
        boolean boxes = false;
        String rest = folded.substring(bodyStart);
        Matcher firstBox = EMPTY_OR_TICKED.matcher(rest);
        Matcher firstOption = OPTION.matcher(rest);
        boolean boxesFirst = false;
        if (firstBox.find() && firstOption.find()) {
            boxes = true;
            boxesFirst = lead.isEmpty() && rest.substring(0, Math.min(firstBox.start(), firstOption.start())).isBlank();
            // "[X] Sí [ ] No": each box before its option; "Sí (X) No ( )", "SI_X_ NO___": after it
            Matcher ticks = firstBox.start() < firstOption.start() ? BOX_FIRST.matcher(rest) : BOX_AFTER.matcher(rest);
            if (ticks.find()) {
                ticked = ticks.group(1) != null ? ticks.group(1) : ticks.groupCount() > 1 ? ticks.group(2) : null;
            }
        }
        if (boxes) {
            // the boxes are part of the question's line: the answer proper starts after the last one
            Matcher any = ANY_BOX.matcher(rest);
            int end = 0;
            while (any.find()) {
                end = any.end();
            }
            bodyStart += end;
        }
        if (boxesFirst) {
            // "[ ] Sí [X] No — Hubo propaganda cerca de la mesa": the boxes answer the statement after them
            Matcher dash = STATEMENT_START.matcher(text.substring(bodyStart));
            int statement = bodyStart + (dash.find() ? dash.end() : 0);
            return new QuestionAnswer(text.substring(statement), true, text.length(), ticked, ticked == null);
        }
        Matcher prefix = ANSWER_PREFIX.matcher(folded.substring(bodyStart));
        if (prefix.find()) {
            bodyStart += prefix.end();
        }
        bodyStart = Math.min(bodyStart, text.length());
        boolean unanswered = boxes && ticked == null && text.substring(bodyStart).isBlank();
        return new QuestionAnswer(lead, question, bodyStart, ticked, unanswered);
    }

    /**
     * The text with a field's dot leaders read as the colon they stand for ("Mampara ........ bien colocada" as
     * "Mampara:         bien colocada"), same length: the leaders are no sentence end, and the field is a label
     * and its answer.
     */
    static String leadersAsColon(String text) {
        // LEADERS can only match dots that start within its look-behind's reach of the text's start: without any
        // there, skip the search, which tries that look-behind at every character of the passage
        int dots = text.indexOf("....");
        if (dots < 0 || dots > LEADERS_REACH) {
            return text;
        }
        Matcher m = LEADERS.matcher(text);
        if (!m.find()) {
            return text;
        }
        return text.substring(0, m.start()) + ":" + " ".repeat(m.end() - m.start() - 1) + text.substring(m.end());
    }

    /**
     * The text with the words of the options left unticked blanked (same length): "[x] se abrió a tiempo [ ] se
     * abrió tarde", "Afluencia: [ ] Alta [X] Media [ ] Baja" — an option nobody chose says nothing. Sí/No options
     * stay: they are how {@link #parse} tells which one was ticked.
     */
    static String withoutUntickedOptions(String text) {
        if (BOX_FIRST.matcher(Folding.foldPreservingLength(text)).find()) {
            return text; // "[ ] hubo coacción [x] no hubo coacción": the ticked option answers no to the other
        }
        if (isChecklistItem(text)) {
            return text; // "[ ] Faltó una mampara: sólo llegó una": the item a box heads, the observer's own statement
        }
        Matcher m = UNTICKED_OPTION.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (BARE_YES_NO.matcher(Folding.foldLower(m.group(1))).matches()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = m.start(1); i < m.end(1); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** A box at the start of the item, after the heading it is read with, if any ("Material: [ ] Faltó…"). */
    private static final Pattern LEADING_BOX = Pattern.compile("(?:^|:)\\s*\\[\\s*[xX✓✔]?\\s*\\]");
    private static final Pattern BOX = Pattern.compile("[\\[(]\\s*[xX✓✔]?\\s*[\\])]");
    /** What an item says in words to state something, not name an option to choose ("Alta", "se abrió tarde"). */
    private static final int STATED_ITEM_WORDS = 4;

    /**
     * Whether the text is one item of a checklist, its box alone at the start and a statement after it ("[ ] El salón
     * está en el primer piso y no hay rampa"): an item left unticked is what did not go as it should, or what is
     * still to do, never an option nobody chose.
     */
    static boolean isChecklistItem(String text) {
        Matcher box = LEADING_BOX.matcher(text);
        if (!box.find()) {
            return false;
        }
        Matcher any = BOX.matcher(text);
        int boxes = 0;
        while (any.find()) {
            boxes++;
        }
        return boxes == 1 && Boilerplate.words(text.substring(box.end())) >= STATED_ITEM_WORDS;
    }

    private static final Pattern UNTICKED_OPTION = Pattern.compile("[\\[(]\\s*[\\])]([^\\[(\\n]+)");
    private static final Pattern BARE_YES_NO = Pattern.compile("\\s*(?:si|no)\\s*");

    /** The same finding read as all answer: its lead was a clause before a colon, not a label. */
    QuestionAnswer withoutLead() {
        return new QuestionAnswer("", false, 0, ticked, unanswered);
    }

    boolean hasLead() {
        return !lead.isEmpty();
    }
}
