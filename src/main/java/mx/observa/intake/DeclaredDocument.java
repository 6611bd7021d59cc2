package mx.observa.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import mx.observa.model.DeclaredField;
import mx.observa.text.Html;

/**
 * The archived form of a report that arrived as fields rather than as a file (the text typed in the web form or sent
 * to the API, a row of a questionnaire export): a small UTF-8 HTML document. What the person declared goes in
 * {@code <meta>} tags and the report itself in the body, so the archived bytes identify the submission completely
 * (the same text from two observers is two submissions) while text extraction reads only the report. The output
 * is a pure function of its input: the same row or post always gives the same bytes, which is what makes importing
 * the same export twice add nothing.
 */
public final class DeclaredDocument {

    /** One answer of a questionnaire: the question (column header) and what was answered. */
    public record Answer(String question, String answer) {
    }

    private DeclaredDocument() {
    }

    /**
     * @param title    what the document is ("Respuesta de cuestionario", "Informe enviado por formulario")
     * @param declared declared fields by key; {@code fila} is left out (a row's place in an export is not its identity)
     * @param details  other recorded facts that are not report content (submission time, questionnaire ids)
     * @param answers  questions and answers, in column order
     * @param text     free text of the report, paragraphs separated by blank lines
     */
    public static byte[] render(String title, Map<String, String> declared, List<Answer> details,
                                List<Answer> answers, String text) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"es-MX\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<title>").append(Html.escape(title)).append("</title>\n");
        for (DeclaredField f : DeclaredField.values()) {
            String value = declared.get(f.key());
            if (f != DeclaredField.FILA && value != null && !value.isBlank()) {
                meta(h, "observa:" + f.key(), value.strip());
            }
        }
        for (Answer d : details) {
            meta(h, "observa:dato", d.question().strip() + ": " + d.answer().strip());
        }
        h.append("</head>\n<body>\n");
        for (Answer a : answers) {
            if (a.answer() != null && !a.answer().isBlank()) {
                h.append("<p><strong>").append(Html.escape(question(a.question()))).append("</strong> ")
                        .append(lines(a.answer().strip())).append("</p>\n");
            }
        }
        if (text != null) {
            for (String paragraph : text.strip().split("\\R\\s*\\R")) {
                if (!paragraph.isBlank()) {
                    h.append("<p>").append(lines(paragraph.strip())).append("</p>\n");
                }
            }
        }
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a rendering would carry any report content at all. */
    public static boolean hasContent(List<Answer> answers, String text) {
        return (text != null && !text.isBlank()) || answers.stream().anyMatch(a -> a.answer() != null && !a.answer().isBlank());
    }

    private static void meta(StringBuilder h, String name, String content) {
        h.append("<meta name=\"").append(Html.escape(name)).append("\" content=\"")
                .append(Html.escape(content.replaceAll("\\s+", " "))).append("\">\n");
    }

    /** "¿Se instaló a tiempo?" stays; "Hora de apertura" becomes "Hora de apertura:" so question and answer read apart. */
    private static String question(String q) {
        String s = q.strip();
        return s.matches(".*[?:.!)]$") ? s : s + ":";
    }

    private static String lines(String s) {
        return Html.escape(s).replaceAll("\\R", "<br>\n");
    }
}
