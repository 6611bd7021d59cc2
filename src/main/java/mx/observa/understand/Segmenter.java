package mx.observa.understand;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Splits a report into findings: paragraphs, list items, lines of notes, chat messages, and questions together
 * with their answers. Drops what is not a finding: boilerplate ({@link Boilerplate}), lines that only carry the
 * report's metadata ("Alcaldía: Tláhuac", "DTTO 30 · UT Paseos de Taxqueña II", "1 de mayo de 2022") or personal
 * data ("Clave de elector: …", an address), tables of contents, form labels left without an answer
 * ("Observaciones: ______"), signature blocks, legal notices, and everything after a quoted reply or a "--"
 * signature marker. A heading glued to its text by extraction ("2. Desarrollo de la jornadaLa mesa…") is split
 * from it. Short headings are not findings but give context: "Material" on its own line before a paragraph, or a
 * heading before a list, is the {@link Segment#context} of what follows. Lines wrapped inside a paragraph (as PDF
 * extraction produces) are joined, and words hyphenated at a line end are rejoined; lines that end where their
 * thought ends (notes, one item per line) stay apart.
 */
final class Segmenter {

    /**
     * A finding's text, cleaned for display, with the offsets of the report text it came from.
     *
     * @param context the heading it was written under ("Material", "Recomendaciones"), or null: not part of the
     *                finding's text, but part of what it says
     * @param reading what the finding says when its quote does not say it alone, or null: a checklist's row read
     *                with the header of the column its mark is under ("¿Hubo propaganda? | X | |" reads "¿Hubo
     *                propaganda? Sí")
     */
    record Segment(String text, int start, int end, String context, String reading) {

        Segment(String text, int start, int end, String context) {
            this(text, start, end, context, null);
        }

        /** The text as classified: the heading, if any, then the finding (as it reads, when that differs). */
        String classified() {
            String said = reading == null ? text : reading;
            return context == null ? said : context + ": " + said;
        }
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•·▪–✔✓☑✘✗☒✕]|\\(?\\d{1,2}[.)]|\\(?[a-zA-Z]\\)|[a-zA-Z]\\.)\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•·▪–]\\s+");
    /** A checklist item ("✔ Material completo"): its mark is its answer, kept in the text. */
    private static final Pattern CHECKED = Pattern.compile("^\\s*[✔✓☑✘✗☒✕]");
    private static final Pattern QUESTION_START = Pattern.compile(
            "^\\s*(?:(?:(?:\\d{1,2}|[a-zA-Z])[.)]\\s*|[—―]\\s*)?[¿]|" + QuestionAnswer.QUESTION_MARKER + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER = Pattern.compile(
            "^\\s*(?:r\\s*[:.=\\-]|resp(?:uesta)?\\.?\\s*[:.=\\-]|observaciones\\s*:|obs\\.?\\s*:|comentarios?\\s*:|\\[\\s*x?\\s*\\])");
    private static final Pattern ADDRESS = Pattern.compile(
            "^\\s*(?:calle|c\\.|av\\.?|avenida|calz\\.?|calzada|cerrada|cda\\.?|privada|priv\\.?|andador|prolongacion|prol\\.?"
                    + "|callejon|camino|carretera|boulevard|blvd\\.?)\\s+.{0,60}?(?:\\d+|numero|num\\.?|no\\.|n°|#)");
    /** Compiled once: it runs on every line. */
    private static final Pattern PARENTHESIZED = Pattern.compile("\\([^)]*\\)");
    /** A label naming the observer, which in a transcript names who speaks ("OBSERVADORA: Pues les cuento que…"). */
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "^\\s*(?:persona observadora|observador(?:a|\\(a\\))?|entrevistad[oa])\\s*:");
    /** What a person says, not a name: enough words to be a sentence, ending as one. */
    private static final int SENTENCE_WORDS = 8;
    /** A line of a table of contents: dot leaders and a page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("(?:\\.{4,}|…{2,}|·{4,}|_{4,})\\s*\\d{1,3}\\s*$");
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?:\\p{Lu} ){3,}\\p{Lu}:?");
    /** A form label with nothing after it but blanks to fill ("Observaciones: ______", "Incidencias:"). */
    private static final Pattern EMPTY_LABEL = Pattern.compile("^\\s*(?:\\d{1,2}[.)]\\s*)?[^:?¿]{1,60}:[\\s_.\\-–]*$");
    /**
     * Who sent a chat message: a name, never a spreadsheet's next cell ("01/05/2022 19:02:11,¿A qué hora abrió?,"A las
     * 9:00…"" is a form export's row: its time is followed by a separator, and a name asks nothing and quotes nothing).
     */
    private static final String SENDER = "(?![,;\\t])[^:—\"¿?]{1,40}";
    /**
     * The prefix of a chat export line: "[1/5/22, 8:52:10] Lupita:", "1/5/22 10:14 - Juan Pérez:". An application writes
     * the sender after a bracket or a hyphen; an em dash after the hour is the punctuation of a log written by hand
     * ("01/05/2022 08:55 — En espera: no llegaba la mesa"), whose label is part of the entry, not who sent it.
     */
    static final Pattern CHAT_PREFIX = Pattern.compile(
            "^\\s*\\[?\\d{1,2}/\\d{1,2}(?:/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?\\]?\\s*(?:-\\s*)?" + SENDER
                    + "|,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?\\]?\\s*(?:-\\s*)?(?![,;\\t])[^:\\d—\"¿?]{1,40}):\\s*");
    /**
     * A line of a chat export with its date and time but no sender ("01/05/22, 07:58 - Los mensajes y las llamadas están
     * cifrados…", "… - Mamá Chuy creó el grupo …"): a notice of the application, never what the observer wrote.
     */
    private static final Pattern CHAT_NOTICE = Pattern.compile(
            "^\\s*\\[?\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?\\]?\\s*-\\s*(?![^:]{1,40}:)\\S");
    /** The messages with a sender a text needs for its dated lines without one to be a chat application's notices. */
    private static final int CHAT_MESSAGES = 3;
    /**
     * A chat message from whoever coordinates the observers or runs the channel ("Coordinación: reporten…", "Administración
     * U.H.: gracias por avisar"): not the observer's finding.
     */
    private static final Pattern COORDINATION_SENDER = Pattern.compile(
            "\\bcoord|administra(?:dor|cion)|\\badmin\\b|moderador|iecm|instituto", Pattern.CASE_INSENSITIVE);
    /** A line written to the full width of a hard-wrapped page (at least this share of the longest line). */
    private static final double WRAPPED_WIDTH = 0.8;
    private static final int MIN_WRAPPED_CHARS = 60;
    private static final int MIN_DANGLING_LINES = 2;
    /** A heading glued to its text by extraction: "Datos generalesObservadora:", "2. Desarrollo de la jornadaLa mesa". */
    private static final Pattern GLUED_HEADING = Pattern.compile(
            "^(\\s*(?:\\d{1,2}[.)]\\s*|[IVX]{1,4}[.)]\\s*)?\\p{L}[\\p{L} ]{0,50}?\\p{Ll}{2})(?=\\p{Lu})");
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:\\d{1,2}[.)]\\s*)?(?:\\p{L}[\\p{L} ]{0,40}:|\\p{L}+(?: \\p{L}+){0,2}['’]?\\.)\\s+\\S");
    /** A field with its value after dot leaders ("Secreto ........... respetado"), not a contents line's page number. */
    private static final Pattern LEADER_FIELD = Pattern.compile("^\\s*\\S[^.]{0,60}?\\s?\\.{4,}\\s*(?!\\d{1,3}\\s*$)\\S");
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "el", "los", "y", "e", "o", "en", "a",
            "al", "con", "por", "para");
    /** Words that begin a line continuing the previous one ("…se retiraron" / "y la mesa…"). */
    private static final Set<String> CONTINUING = Set.of("y", "e", "o", "u", "ni", "pero", "que", "porque", "pues", "aunque",
            "sino", "mientras", "de", "del");
    /** Function words a wrapped line ends on ("…frente a la" / "escuela primaria."). */
    private static final Set<String> DANGLING = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "a",
            "al", "en", "con", "por", "para", "sin", "y", "e", "o", "u", "que", "se", "su", "sus", "lo", "le", "les", "mi", "mis",
            "muy", "como", "sobre", "entre", "hasta", "desde", "cada", "este", "esta", "ese", "esa");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");
    private static final Pattern ENUMERATED = Pattern.compile("^\\s*\\(?(?:\\d{1,2}|[a-zA-Z])[.)]\\s");
    private static final int MAX_HEADING_WORDS = 6;
    /** The quote marks of a reply at any depth: "> > > ". */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^\\s*(?:>\\s?)+");
    /** The words a wrapped sentence may leave on a line of their own, in lower case and ending it. */
    private static final int TAIL_WORDS = 3;
    /** What starts an entry of a log or a thread: a time ("17:45", "10:20 hrs.") or a count ("14/14"). */
    private static final Pattern ENTRY_PREFIX = Pattern.compile("^\\s*(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:hrs?|h)\\.?)?|\\d{1,3}/\\d{1,3})\\s+");
    /**
     * Which recording a transcribed line is ("Audio 13 (0:15):", "Nota de voz 2 -"), or the mark of a later edit of a
     * post ("Edit:", "Actualización:"): the transcriber's or the site's label, not what the line says.
     */
    private static final Pattern RECORDING_LABEL = Pattern.compile(
            "^\\s*(?:(?:audio|nota de voz|mensaje de voz|grabacion)\\s*#?\\d{1,3}\\s*(?:\\([\\d:.' ]{1,10}\\))?\\s*[:.\\-–—]"
                    + "|(?:edit|editado|edito|update|actualizacion)\\s*\\d{0,2}\\s*:)\\s*");
    /** A log entry: a line that starts with the time it records. */
    private static final Pattern TIMED = Pattern.compile("^\\s*\\[?\\d{1,2}[:.]\\d{2}\\b");
    /** A log: most lines start with a time, at least this many. */
    private static final int LOG_ENTRIES = 5;
    /**
     * A comment at the top of a log, a script or a plain-text markup file ("# sei.log -- bitácora de…", "# Formato:
     * [fecha hora] NIVEL mensaje"): the file's header, written before anything it records.
     */
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*(?:#{1,6}|//)\\s+\\S");
    /**
     * An entry of a register written by codes ("OBS-03. Secreto del voto.", "INC-01. Propaganda."): with only a few words
     * and the entry's text on the lines under it, it is their heading.
     */
    private static final Pattern CODED_HEADING = Pattern.compile("^\\s*\\p{Lu}{2,6}-?\\d{1,3}[.:)]\\s+(\\S[^.!?:]{0,50})[.:]?\\s*$");
    private static final Pattern CODED_ENTRY = Pattern.compile("^\\s*\\p{Lu}{2,6}-?\\d{1,3}[.:)]\\s");
    private static final int CODED_HEADING_WORDS = 4;
    /** An answer this short ("No", "A tiempo") is read with its question. */
    private static final int ANSWER_WORDS = 4;
    /**
     * The turn of whoever asks or hosts in a transcript ("ENTREVISTADORA: ¿…?", "LOCUTOR: Buenos días…"): not the
     * observer's finding; a question there is what the next turn answers.
     */
    private static final Pattern ASKER_TURN = Pattern.compile(
            "^\\s*" + Segmenter.TIME_CODE + "(?:entrevistador|locutor|conductor|presentador|moderador|anfitrion)(?:a|\\(a\\)|es|as)?\\s*:|^\\s*"
                    + Segmenter.TIME_CODE + "(?:reporter[oa]|periodista)\\s*:");

    /**
     * The time code a recording's transcript writes before each turn ("00:01:31 Coordinadora: …", "[12:04] Locutor: …"),
     * optional: the turn is the same with or without it.
     */
    private static final String TIME_CODE = "(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s+)?";

    /**
     * A turn of a dialogue written with its speaker's label: "Asistente: ¿…?", "Usuario: Como a las 10:15…", after a
     * time code or with the speaker's number ("00:01:02 Observador 1: …").
     */
    private static final Pattern SPEAKER = Pattern.compile("^\\s*" + TIME_CODE + "(\\p{L}[\\p{L} .]{0,25}?(?: \\d{1,2})?)\\s*:\\s+\\S");
    /** Labels of a form's question and answer, read together as one finding, never one side of a dialogue. */
    private static final Pattern FORM_SIDE = Pattern.compile("^(?:p|q|r|preg|pregunta|resp|respuesta|nota|notas|obs|observaciones?)$");
    /** The turns a speaker must have to be told apart as the one who asks. */
    private static final int ASKER_TURNS = 3;

    /**
     * The speakers of a dialogue who ask rather than tell, whatever they are called ("Asistente", "Entrevistadora",
     * "Locutor", "E"): at least {@value #ASKER_TURNS} turns, at least half of them questions, while another speaker answers. Their
     * questions are the context of the answer after them; their other turns ("Gracias. Tu folio quedó registrado.")
     * are the conversation's frame, not what the observer saw.
     */
    private static Set<String> askers(List<Line> lines) {
        java.util.Map<String, int[]> turns = new java.util.HashMap<>();
        for (Line l : lines) {
            String folded = Folding.foldPreservingLength(l.text());
            Matcher m = SPEAKER.matcher(folded);
            if (!l.chat() && m.find() && Boilerplate.words(m.group(1)) <= 3) {
                int[] t = turns.computeIfAbsent(m.group(1).strip(), k -> new int[2]);
                t[0]++;
                if (folded.indexOf('?', m.end()) >= 0) {
                    t[1]++;
                }
            }
        }
        Set<String> askers = new java.util.HashSet<>();
        turns.forEach((speaker, t) -> {
            boolean answered = turns.entrySet().stream()
                    .anyMatch(e -> !e.getKey().equals(speaker) && e.getValue()[0] >= ASKER_TURNS && e.getValue()[1] * 2 < e.getValue()[0]);
            // half the turns asking is enough: an interviewer also opens ("A ver, cuénteme…") and thanks at the end
            if (t[0] >= ASKER_TURNS && t[1] * 2 >= t[0] && answered && !FORM_SIDE.matcher(speaker).matches()) {
                askers.add(speaker);
            }
        });
        return askers;
    }

    /** Where what the asker says starts, when the line is an asker's turn; -1 otherwise. */
    private static int askerTurn(String folded, Set<String> askers) {
        Matcher asker = ASKER_TURN.matcher(folded);
        if (asker.find()) {
            return asker.end();
        }
        Matcher speaker = SPEAKER.matcher(folded);
        return speaker.find() && askers.contains(speaker.group(1).strip()) ? folded.indexOf(':', speaker.start(1)) + 1 : -1;
    }

    private enum Kind { TEXT, LIST, QUESTION }

    private static final class Block {
        final List<String> lines = new ArrayList<>();
        final Kind kind;
        final int start;
        int end;
        boolean afterPageBreak;
        boolean chat;
        /** A blank line (or the start) comes before it: not a line right under the previous block. */
        boolean separated;
        /** A heading split from the text it was glued to: a heading whatever its length. */
        boolean heading;
        /** One of riddles written one after another: its clues are read without the question that closes them. */
        boolean riddle;
        /** The question an interviewer asked right before this turn, or null: its context. */
        String asked;
        /** The question block this labelled answer answers after another answer to it, or null. */
        Block answerOf;
        /** The checklist row this block is, or null. */
        TableRows.ChecklistRow row;
        /**
         * A section's name split from the sentence under it ({@link #namesASection}): it heads that block alone, as it
         * did when the two were one finding, so what the finding is read as does not change; only its quote does.
         */
        boolean namesNextOnly;
        /** A row of a spreadsheet saved as text: an observation, never a heading however short. */
        boolean tableRow;
        /** The spreadsheet's column that tells what was observed ({@link TableRows#proseColumn}), or -1. */
        int proseColumn = -1;

        Block(Kind kind, String line, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            lines.add(line);
        }

        void add(String line, int lineEnd) {
            lines.add(line);
            end = lineEnd;
        }

        String lastLine() {
            return lines.get(lines.size() - 1).strip();
        }

        boolean isHeading() {
            if (heading) {
                return true;
            }
            if (lines.size() != 1 || chat || tableRow) {
                return false;
            }
            String line = lines.get(0).strip();
            if (BULLET.matcher(line).find() || CHECKED.matcher(line).find()
                    || !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                return false; // "- no vi propaganda", "ya lo retiró el responsable": a note, not a title
            }
            if (IllegibleText.opensWithGap(line)) {
                return false; // "[ilegible] [ilegible] a las 2 [mancha]": what was lost names nothing that follows
            }
            if (EMPTY_LABEL.matcher(line).matches()) {
                return true; // "Incidencias:", "Observaciones: ______"
            }
            // a title's aside in parentheses is no field of its own: "Unidad 1. Instalación (duración: una hora)"
            String bare = PARENTHESIZED.matcher(line).replaceAll(" ").strip();
            return titleWords(line) <= MAX_HEADING_WORDS && !line.matches(".*[.!?]$") && !line.contains("?")
                    && !line.startsWith("¡") && !bare.matches(".*\\S:\\s*\\S.*") && !LEADER_FIELD.matcher(line).find();
        }
    }

    private enum Mode { NORMAL, SKIP_BLOCK, SIGNATURE_WAIT, SIGNATURE }

    private final IllegibleText illegible;
    private final Boilerplate boilerplate;
    // The patterns that place the words of config/segmentacion.yaml, built from the vocabulary of the Observa home
    // this segmenter serves; the static patterns above are structure only.
    private final Pattern metadataLabel;
    private final Pattern personalLabel;
    private final Pattern unanswered;
    private final Pattern placeholderAnswer;
    private final Pattern productionCue;
    private final Pattern criteriaColumn;
    /** A board's or a list's group of rows named after a label ("COLUMNA: POR HACER"): it heads the rows under it. */
    private final Pattern groupLabel;
    /** The words a line made only of the report's data may have besides the data (config/segmentacion.yaml). */
    private final Set<String> metaWords;
    private final Set<String> firstPersonWords;

    /** The things of a mesa a message names when it tells what happened there (config/segmentacion.yaml). */
    private final Pattern mesaThings;
    /** A heading of what the borrowed genre is for ("OBJETIVO DEL JUEGO"): what it heads is no finding. */
    private final Pattern frameHeading;

    /**
     * @param words the words of non-findings, read from the running Observa's {@code config/segmentacion.yaml}
     *              ({@link SegmentationVocabulary#load(java.nio.file.Path)})
     */
    Segmenter(IllegibleText illegible, SegmentationVocabulary words) {
        this.illegible = illegible;
        this.boilerplate = new Boilerplate(words);
        this.metadataLabel = Pattern.compile(
                "^\\s*(?:[-*•]\\s*)?(?:\\d{1,2}[.)]\\s*)?" + words.any("etiquetas_de_datos") + "\\s*(?:\\([^)]*\\))?\\s*[:\\t]");
        this.personalLabel = Pattern.compile(
                "^\\s*(?:[-*•]\\s*)?(?:\\d{1,2}[.)]\\s*)?" + words.any("etiquetas_personales")
                        + "(?: del? (?:la )?(?:persona )?observador(?:a|\\(a\\))?)?\\s*[:\\t#]");
        this.unanswered = Pattern.compile(
                "^(?:(?:p\\s?)?\\d{1,2}[.)]?\\s*)?(?:otr[oa]s? )?" + words.any("etiquetas_de_contenido")
                        + "(?: (?:o|y|u) [\\p{L} ]{1,30})?(?: adicionales| generales| finales)?\\s*[:.]\\s*"
                        + "(?:r\\s*[:.]\\s*)?[(\\[]?" + words.any("respuestas_vacias") + "[)\\]]?[ .]*$");
        // any field the writer or the site left empty, the emptiness written in brackets as a placeholder:
        // "Respuesta del organizador: (sin respuesta)", "Incidentes: [ninguno]"
        this.placeholderAnswer = Pattern.compile("^(?:\\d{1,2}[.)]\\s*)?[\\p{L} ]{1,40}:\\s*[(\\[]" + words.any("respuestas_vacias") + "[)\\]][ .]*$");
        // a script's direction to whoever runs the sound or the camera: "CONTROL: entra cortinilla", "EFECTO: campana"
        this.productionCue = Pattern.compile("^\\s*" + words.any("etiquetas_de_produccion") + "\\s*:");
        // the column of a rubric or evaluation sheet that names what each row grades: "Criterio", "Aspecto evaluado"
        this.criteriaColumn = Pattern.compile("^" + words.any("columnas_de_criterios") + "$");
        this.groupLabel = Pattern.compile("^" + words.any("etiquetas_de_grupo") + "\\s*:\\s*[^.!?:]{1,60}$");
        this.metaWords = Set.copyOf(words.list("palabras_de_datos"));
        this.firstPersonWords = Set.copyOf(words.list("primera_persona"));
        this.mesaThings = Pattern.compile("\\b" + words.any("cosas_de_la_mesa") + "\\b");
        this.frameHeading = Pattern.compile("^" + words.any("encabezados_del_marco") + "$");
    }

    /** The block lines are being added to, and the one closed last (an answer may still join it). */
    private static final class OpenBlock {
        Block current;
        Block lastClosed;

        void close() {
            if (current != null) {
                lastClosed = current;
                current = null;
            }
        }
    }

    /**
     * @param metadataSpans offsets of everything the metadata extraction recognised (alcaldía, distrito, UT,
     *                      dates, names), so lines made only of metadata are not taken for findings
     */
    List<Segment> segment(String text, List<int[]> metadataSpans) {
        BitSet metadata = new BitSet(text.length());
        metadataSpans.forEach(span -> metadata.set(Math.max(0, span[0]), Math.min(text.length(), span[1])));
        List<TableRows.Cell> cells = TableRows.csvCells(text);
        if (cells != null) {
            return answers(text, cells, metadata, ANSWER_WORDS);
        }
        List<TableRows.Cell> answered = TableRows.questionAnswerRows(text);
        if (answered != null) {
            return answers(text, answered, metadata, STANDING_CELL_WORDS);
        }
        List<TableRows.AnsweredRow> checked = TableRows.answeredRows(text);
        return checked == null ? segment(text, metadata, false) : answeredRows(text, checked, metadata);
    }

    /**
     * In a sheet of two columns, a question (or a field's name) and its answer ("¿Material completo?,No. Urna sin
     * etiqueta…"), an answer of this many words is the finding and its question the context; a one-word answer ("No")
     * says nothing alone and is read with it.
     */
    private static final int STANDING_CELL_WORDS = 2;
    /** Words of a column's name that only ask where or when: "Colonia / UT y distrito", "Unidad territorial y alcaldía". */
    private static final Set<String> PLACE_AND_DATE_WORDS = Set.of("alcaldia", "delegacion", "demarcacion", "distrito", "dtto",
            "dto", "unidad", "territorial", "ut", "colonia", "col", "pueblo", "barrio", "seccion", "fecha", "dia", "clave",
            "de", "del", "la", "el", "y", "e", "o", "u");

    /** A column's name made only of words that ask where or when (with at least one that does): declared data. */
    private static boolean asksPlaceOrDate(String header) {
        Matcher w = WORD.matcher(Folding.foldLower(header));
        boolean asks = false;
        while (w.find()) {
            if (!PLACE_AND_DATE_WORDS.contains(w.group())) {
                return false;
            }
            asks |= !CONNECTORS.contains(w.group()) && !w.group().equals("u");
        }
        return asks;
    }

    /**
     * A questionnaire export in CSV: each answer cell is read on its own, under its column's header (the question it
     * answers), as a questionnaire's answers are. Columns of declared data (alcaldía, distrito, marca temporal, the
     * observer's name) are not findings; an answer of a few words ("No", "A tiempo") says nothing without its
     * question, so the two are one finding.
     */
    private List<Segment> answers(String text, List<TableRows.Cell> cells, BitSet metadata, int standingWords) {
        List<Segment> segments = new ArrayList<>();
        for (TableRows.Cell cell : cells) {
            String header = headingText(cell.header().replaceAll("\\s+", " "));
            String label = Folding.foldPreservingLength(header + ":");
            if (metadataLabel.matcher(label).find() || personalLabel.matcher(label).find() || asksPlaceOrDate(header)) {
                continue;
            }
            if (criteriaColumn.matcher(Folding.foldLower(PARENTHESIZED.matcher(header).replaceAll("")).strip()).matches()) {
                continue; // "1. Puntualidad en la apertura" under "Criterio": what the sheet grades, printed on every copy
            }
            String value = text.substring(cell.start(), cell.end());
            if (Boilerplate.words(value) < standingWords) {
                // "Sí" says nothing without "¿Se instaló a tiempo?": it is read with its question, but the question is
                // the form's, printed on every row, and never part of what the observer wrote
                String field = header + (header.endsWith("?") ? " " : ": ") + value.strip();
                if (!isUnansweredField(Folding.foldPreservingLength(field))) {
                    segments.add(new Segment(value.strip(), cell.start(), cell.end(), null, field));
                }
                continue;
            }
            List<Segment> said = segment(value, metadata.get(cell.start(), cell.end()), true);
            if (said.isEmpty() && !value.isBlank()) {
                // an answer cell is never a title or a heading: a short answer with no period ("No, escalones sin rampa")
                // is what the observer wrote under the question
                said = List.of(new Segment(value.strip(), value.indexOf(value.strip()), value.indexOf(value.strip()) + value.strip().length(), null));
            }
            for (Segment s : said) {
                segments.add(new Segment(s.text(), cell.start() + s.start(), cell.start() + s.end(),
                        s.context() != null ? s.context() : header));
            }
        }
        return segments;
    }

    /**
     * A checklist saved as CSV, a column of statements or questions, one of yes or no and one of notes ("La mesa se
     * instaló a la hora prevista,Sí,Abrió 8:57…"): the note is the finding, read with the statement and its answer; a
     * row without a note is its answer alone, read the same way. The statement is the form's, never the observer's
     * words; a row without an answer ("Recomendación,,Capacitar…") is its note under the statement as its heading.
     */
    private List<Segment> answeredRows(String text, List<TableRows.AnsweredRow> rows, BitSet metadata) {
        List<Segment> segments = new ArrayList<>();
        for (TableRows.AnsweredRow row : rows) {
            String lead = headingText(row.lead().replaceAll("\\s+", " "));
            String label = Folding.foldPreservingLength(lead + ":");
            if (lead.isEmpty() || metadataLabel.matcher(label).find() || personalLabel.matcher(label).find() || asksPlaceOrDate(lead)) {
                continue;
            }
            String answer = row.answer() == null ? "" : text.substring(row.answer()[0], row.answer()[1]).strip();
            // a checklist's statement answered yes or no is a question asked ("¿Se garantizó el secreto de la opinión? No")
            String said = (lead.endsWith("?") ? lead : "¿" + lead + "?") + " " + answer;
            if (row.note() == null) {
                if (!answer.isEmpty()) {
                    segments.add(new Segment(answer, row.answer()[0], row.answer()[1], null, said));
                }
                continue;
            }
            String note = text.substring(row.note()[0], row.note()[1]).strip();
            segments.add(answer.isEmpty() ? new Segment(note, row.note()[0], row.note()[1], lead)
                    : new Segment(note, row.note()[0], row.note()[1], null, said + ". " + note));
        }
        return segments;
    }

    /**
     * @param inAnswer whether the text is one answer of a questionnaire: it has no title, letterhead or preamble
     */
    private List<Segment> segment(String text, BitSet metadata, boolean inAnswer) {
        List<Block> blocks = new ArrayList<>();
        OpenBlock open = new OpenBlock();
        boolean beforeContent = !inAnswer;
        boolean pageBreak = false;
        boolean blank = true;
        boolean forwarded = false;
        // a dropped line (metadata, personal data, a title) whose sentence goes on in the next line: drop that too
        boolean droppedGoesOn = false;
        // the line dropped last was a farewell after the report's content ("Sin más por el momento, reciba un saludo.")
        boolean farewellDropped = false;
        Mode mode = Mode.NORMAL;
        String asked = null;
        boolean thread = false;
        List<Line> lines = lines(text, mesaThings);
        int width = hardWrapped(lines, illegible) ? lines.stream().mapToInt(x -> x.text().strip().length()).max().orElse(0) : Integer.MAX_VALUE;
        boolean mixedCase = mixedCase(text);
        boolean log = isLog(lines);
        boolean table = !inAnswer && TableRows.isDelimitedRows(lines.stream().map(Line::text).toList());
        int proseColumn = table ? TableRows.proseColumn(lines.stream().map(Line::text).toList()) : -1;
        java.util.Map<Integer, TableRows.ChecklistRow> checklist = TableRows.checklist(text);
        Set<String> askers = askers(lines);
        boolean play = isPlay(lines, mesaThings);
        for (int index = 0; index < lines.size(); index++) {
            Line l = lines.get(index);
            String line = l.text();
            int lineStart = l.start();
            TableRows.ChecklistRow row = checklist.get(lineStart);
            if (row != null) {
                // a checklist's row: its own finding, read with the column its mark is under; its header names columns
                open.close();
                blank = false;
                if (!row.header() && !(row.mark().isEmpty() && row.rest().isBlank())) {
                    Block b = new Block(Kind.TEXT, row.text(), lineStart, l.end());
                    b.row = row;
                    b.afterPageBreak = pageBreak;
                    blocks.add(b);
                    open.current = b;
                    beforeContent = false;
                }
                pageBreak = false;
                continue;
            }
            if (open.current != null && open.current.row != null && !line.isBlank() && startsLowerCase(line)) {
                open.current.add(line, l.end()); // the row's observation wrapped onto the next line
                continue;
            }
            if (forwarded && Boilerplate.isQuotedLine(line)) {
                // a forwarded message: the quoted text is the report itself ("> Les cuento de la mesa…")
                int mark = line.indexOf('>') + 1;
                int skip = mark < line.length() && line.charAt(mark) == ' ' ? mark + 1 : mark;
                line = line.substring(skip);
                lineStart += skip;
            }
            boolean quotedInThread = thread && Boilerplate.isQuotedLine(line);
            if (quotedInThread) {
                // a reply thread whose newest message only forwards it: the older messages, at every quote level
                Matcher marks = QUOTE_MARKS.matcher(line);
                int skip = marks.find() ? marks.end() : 0;
                line = line.substring(skip);
                lineStart += skip;
            }
            String folded = Folding.foldPreservingLength(line);
            int lineEnd = l.end();

            if (line.isBlank()) {
                open.close();
                blank = true;
                droppedGoesOn = false;
                if (mode == Mode.SKIP_BLOCK || mode == Mode.SIGNATURE) {
                    mode = Mode.NORMAL;
                }
                continue;
            }
            if (mode == Mode.SKIP_BLOCK) {
                continue;
            }
            if (mode == Mode.SIGNATURE_WAIT || mode == Mode.SIGNATURE) {
                if (!goesOnAfterClosing(line)) {
                    mode = Mode.SIGNATURE;
                    continue;
                }
                mode = Mode.NORMAL;
            }
            Matcher viewer = l.chat() ? null : AUDIENCE_MESSAGE.matcher(line);
            if (l.coordination() || viewer != null && viewer.find()
                    && !illegible.isIllegible(viewer.group(1) != null ? viewer.group(1) : viewer.group(2))) {
                // the coordination's or a reviewer's words, or a viewer's message in a live stream's chat
                open.close();
                continue;
            }
            if (Boilerplate.isPageNumber(folded)) {
                pageBreak = true;
                continue;
            }
            if (Boilerplate.isForwardMarker(folded)) {
                forwarded = true;
                open.close();
                index = afterForwardingNote(lines, index);
                continue;
            }
            if (Boilerplate.isQuotedLine(line)) {
                continue;
            }
            if (Boilerplate.isQuoteHeader(folded)) {
                open.close();
                if (forwardChainBelow(lines, index)) {
                    // "-----Mensaje original-----" of a message forwarded on and on ("RV: Fwd: …"): the report is
                    // the message at the bottom, not an older one the writer replied to
                    thread |= beforeContent;
                    forwarded = true;
                    index = afterForwardingNote(lines, index);
                    continue;
                }
                if (beforeContent || thread) {
                    // nothing of the newest message was a finding (a greeting, a note that forwards the thread): the
                    // report is in the messages it quotes
                    thread = true;
                    continue;
                }
                break; // everything below is a quoted older message
            }
            if (Boilerplate.isSignatureMarker(folded)) {
                if (beforeContent) {
                    continue;
                }
                break; // everything below is a signature
            }
            if (quotedInThread && line.strip().endsWith("?")) {
                // in a thread, a message that asks ("¿Nos puedes mandar un resumen de tu mesa?") is the coordination's
                // turn, as an interviewer's: what it asks is the context of the answer after it
                open.close();
                asked = line.strip();
                continue;
            }
            if (Boilerplate.isFramedMarker(folded)) {
                open.close(); // "===== hoja 2 de 3 =====": a marker of the scan or the export, not a passage
                continue;
            }
            if (boilerplate.isMailHeader(folded)) {
                // the header block right under "Mensaje reenviado" introduces the forwarded report, not an older quote
                if (!beforeContent && !forwarded && startsQuotedHeaderBlock(text, lineEnd + 1)) {
                    break;
                }
                open.close();
                continue;
            }
            if (boilerplate.startsLegalNotice(folded)) {
                open.close();
                mode = Mode.SKIP_BLOCK;
                continue;
            }
            if (boilerplate.isClosing(folded)) {
                open.close();
                mode = Mode.SIGNATURE_WAIT;
                continue;
            }
            int askerTurn = l.chat() ? -1 : askerTurn(folded, askers);
            if (askerTurn >= 0) {
                // the interviewer's or host's turn: a question heads the answer that follows, the rest is no finding
                open.close();
                String said = line.substring(askerTurn).strip();
                asked = said.contains("?") ? said : null;
                continue;
            }
            if (beforeContent && !l.chat()) {
                // "Informe dictado a mi lector de pantalla. Soy persona ciega y…": the sentence about the document is
                // no finding, what follows it may be
                int cut = afterDocumentSentence(folded);
                if (cut > 0) {
                    line = line.substring(cut);
                    folded = folded.substring(cut);
                    lineStart += cut;
                }
            }
            // a log's time or a thread's count before what the line says ("17:45 Me retiro.", "14/14 Fin del hilo.")
            String said = RECORDING_LABEL.matcher(ENTRY_PREFIX.matcher(folded).replaceFirst("")).replaceFirst("");
            // noise may look like anything: it is kept, and marked later; a form's label read through a scan's digits
            // ("Distrit0: XXlX Unidad territoria1: …") still says what the line is
            boolean noise = illegible.isIllegible(line) && !metadataLabel.matcher(scanLetters(folded)).find();
            boolean continuesDropped = droppedGoesOn && startsLowerCase(line);
            boolean logHeader = log && beforeContent && !TIMED.matcher(folded).find();
            if (table && beforeContent && TableRows.isColumnNames(line)) {
                open.close(); // "Rubro,Hora,Lo observado,Valoración": the names of the columns above the first row
                continue;
            }
            if (!noise && (continuesDropped || logHeader || boilerplate.isGreetingOrClosing(said) || boilerplate.isChrome(folded, beforeContent)
                    || Boilerplate.isCapitalTitle(line, beforeContent, mixedCase) && !groupLabel.matcher(folded.strip()).matches()
                    || isPersonalDataLine(line, folded)
                    || !l.chat() && lastLine(lines, index) && Boilerplate.isSignature(folded)
                    || !l.chat() && farewellDropped && lastLine(lines, index) && Boilerplate.signsAfterFarewell(line)
                    || boilerplate.isAboutTheDocument(said) || isEditorialNote(line) && !(play && isStageDirection(line)) || isGenresFields(line, folded)
                    || isUnansweredField(folded)
                    || !l.chat() && isTitle(line, blank, nextIsBlank(lines, index), beforeContent) && !headsAList(lines, index)
                    || !l.chat() && beforeContent && (isDashedTitle(line) || firstLine(lines, index)
                        && (isVerblessTitle(line) || isTitleWithSubtitle(line, lines, index) || isCapitalLedTitle(line)))
                        && !headsAList(lines, index)
                    || !l.chat() && beforeContent && isCapitalHeading(line, true, true, mixedCase)
                    || isContents(line) || isLetterGrid(line) || !l.chat() && isMetadataLine(lineStart, folded, metadata)
                    || beforeContent && COMMENT_LINE.matcher(line).find()
                    || !l.chat() && productionCue.matcher(folded).find())) {
                dropQuestionAskingFor(open, blocks);
                open.close();
                droppedGoesOn = fillsWidth(line, width);
                farewellDropped = !beforeContent && boilerplate.isGreetingOrClosing(said);
                continue;
            }
            droppedGoesOn = false;
            farewellDropped = false;

            beforeContent = false;
            // in a text written without blank lines, a line in capitals after a finished sentence heads what follows
            boolean capitalHeading = !noise && !l.chat()
                    && (isCapitalHeading(line, blank || previousEndsSentence(lines, index), nextIsBlank(lines, index), mixedCase)
                        || groupLabel.matcher(folded.strip()).matches() && titleWords(line) <= GROUP_NAME_WORDS
                        || headsNumberedEntry(lines, index));
            // a note in the margin is a remark of its own, not the start of the sentence under it
            boolean marginNote = MARGIN_NOTE.matcher(Folding.foldLower(line.strip())).find();
            if (noise || l.heading() || capitalHeading || marginNote) {
                // a line of noise, or a heading split from its text or written in capitals, stands alone: what
                // follows is not part of it
                open.close();
                Block alone = new Block(Kind.TEXT, line, lineStart, lineEnd);
                alone.heading = l.heading() || capitalHeading;
                alone.separated = blank;
                alone.afterPageBreak = pageBreak;
                asked = null;
                blocks.add(alone);
                open.lastClosed = alone;
                blank = false;
                pageBreak = false;
                continue;
            }
            boolean chat = l.chat();
            boolean question = QUESTION_START.matcher(line).find();
            boolean answer = !chat && ANSWER.matcher(folded).find()
                    && (open.current == null ? open.lastClosed != null && open.lastClosed.kind == Kind.QUESTION
                        : open.current.kind == Kind.QUESTION);
            boolean listItem = chat || (LIST_MARKER.matcher(line).find() || QuestionAnswer.isChecklistItem(line)) && !question;
            boolean afterQuestion = open.lastClosed != null && open.lastClosed.kind == Kind.QUESTION
                    && (answer || endsAsking(open.lastClosed.lastLine()) && !question && !listItem) && open.lastClosed == lastBlock(blocks);
            Block answered = open.current == null ? null : open.current.kind == Kind.QUESTION ? open.current : open.current.answerOf;
            if (answered != null && !chat && answered.lines.size() >= 2 && ANSWER_LABEL.matcher(folded).find()
                    && ANSWER_LABEL.matcher(Folding.foldPreservingLength(answered.lines.get(1))).find()) {
                // a worksheet's question answered in several labelled lines ("R= Sí. Unos muchachos…" / "R= También
                // había unas lonas…"): each answer says a thing of its own, read with the question it answers
                open.current = new Block(Kind.TEXT, line, lineStart, lineEnd);
                open.current.asked = answered.lines.get(0).strip();
                open.current.answerOf = answered;
                blocks.add(open.current);
                continue;
            }
            if (open.current == null && afterQuestion) {
                open.current = open.lastClosed; // "¿…?" / blank line / "R: …" or the bare answer
                open.current.add(line, lineEnd);
                continue;
            }
            if (open.current == null) {
                open.current = new Block(question ? Kind.QUESTION : listItem ? Kind.LIST : Kind.TEXT, line, lineStart, lineEnd);
                open.current.chat = chat;
                open.current.tableRow = table;
                open.current.proseColumn = proseColumn;
                open.current.afterPageBreak = pageBreak;
                open.current.separated = blank;
                open.current.asked = asked;
                asked = null;
                blank = false;
                pageBreak = false;
                blocks.add(open.current);
                continue;
            }
            blank = false;
            pageBreak = false;
            String previous = open.current.lastLine();
            boolean previousIsQuestion = endsAsking(previous) || previous.endsWith(":") && !EMPTY_LABEL.matcher(previous).matches()
                    || previous.endsWith(":") && open.current.kind == Kind.QUESTION;
            // one riddle after another ("…¿Quién soy?" / "…¿Cómo estuvo el día?"): each is a clue of its own, no answer
            boolean nextRiddle = !answer && tellsThenAsks(previous) && tellsThenAsks(line) && open.current.lines.size() == 1;
            if (!nextRiddle && (answer || (previousIsQuestion && !question && !listItem))) {
                open.current.add(line, lineEnd);
            } else if (nextRiddle) {
                open.current.riddle = true;
                open.current = new Block(Kind.TEXT, line, lineStart, lineEnd);
                open.current.riddle = true;
                blocks.add(open.current);
            } else if (question) {
                if (open.current.isHeading() && !(mixedCase && sectionTitle(open.current))) {
                    open.current.add(line, lineEnd);
                } else {
                    open.current = new Block(Kind.QUESTION, line, lineStart, lineEnd);
                    blocks.add(open.current);
                }
            } else if (table) {
                // a spreadsheet saved as text, one row per line: a row is one observation, whatever its last cell
                open.current = new Block(Kind.TEXT, line, lineStart, lineEnd);
                open.current.tableRow = true;
                open.current.proseColumn = proseColumn;
                blocks.add(open.current);
            } else if (open.current.lines.size() == 1 && !open.current.chat && EMPTY_LABEL.matcher(previous).matches()) {
                // a form's label alone on its line ("10. Comentarios y recomendaciones:") heads the answer under it,
                // as a heading does: the label is the form's, the answer the writer's
                open.current = new Block(listItem ? Kind.LIST : Kind.TEXT, line, lineStart, lineEnd);
                open.current.separated = false;
                blocks.add(open.current);
            } else if (!listItem && wrapped(previous, line, width)) {
                open.current.add(line, lineEnd);
            } else if (listItem || previous.matches(".*[.!?]$") && startsSentence(line) || startsAnother(previous, line)) {
                open.current.namesNextOnly = !listItem && open.current.lines.size() == 1 && Boilerplate.words(previous) <= 1
                        && namesASection(previous, line.strip());
                open.current = new Block(listItem ? Kind.LIST : Kind.TEXT, line, lineStart, lineEnd);
                open.current.chat = chat;
                blocks.add(open.current);
            } else {
                open.current.add(line, lineEnd);
            }
        }
        return toSegments(mergeContinuations(blocks), frameHeading);
    }

    /**
     * A line of the text, or part of one: a heading glued to its text is two lines, and the prefix of a chat message
     * ("[1/5/22, 8:52] Lupita:") is left out of the line that follows it.
     */
    /**
     * @param coordination a message of the coordination, a notice of the chat application, or a borrowed genre's repeated
     *                     label ({@link #repeatedGenreLabels}): not what the observer tells
     */
    private record Line(String text, int start, int end, boolean chat, boolean heading, boolean coordination) {

        Line(String text, int start, int end) {
            this(text, start, end, false, false, false);
        }
    }

    private static List<Line> lines(String text, Pattern mesaThings) {
        List<Line> lines = new ArrayList<>();
        Map<Integer, String> senders = new HashMap<>();
        int pos = 0;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(pos, end);
            Matcher chat = CHAT_PREFIX.matcher(line);
            Matcher glued = GLUED_HEADING.matcher(line);
            Matcher slide = SLIDE_TITLE.matcher(line);
            if (isReviewComment(line)) {
                // a reviewer's comment in the margin of a shared document: the reviewer asks, the observer answers
                lines.add(new Line(line, pos, end, false, false, true));
            } else if (chat.find()) {
                boolean coordination = COORDINATION_SENDER.matcher(chat.group()).find();
                lines.add(new Line(line.substring(chat.end()), pos + chat.end(), end, true, false, coordination));
                senders.put(pos + chat.end(), sender(chat.group()));
            } else if (slide.find()) {
                // "Diapositiva 4 — Lo que salió mal": the slide's title heads its bullets, its number is layout
                lines.add(new Line(line.substring(slide.start(1)), pos + slide.start(1), end, false, true, false));
            } else if (codedHeading(text, line, end) || isDashedTitle(line) || isFormSection(line) || isCapitalQuestion(line)
                    || ENTRY_HEADING.matcher(line).matches()) {
                lines.add(new Line(line, pos, end, false, true, false));
            } else if (glued.find() && Boilerplate.words(glued.group(1)) <= MAX_HEADING_WORDS && !camelCase(line, glued.end())) {
                lines.add(new Line(line.substring(0, glued.end()), pos, pos + glued.end(), false, true, false));
                lines.add(new Line(line.substring(glued.end()), pos + glued.end(), end));
            } else {
                lines.add(new Line(line, pos, end));
            }
            pos = end + 1;
        }
        return countedGenreLabels(repeatedGenreLabels(sectionHeadings(chatNotices(othersMessages(lines, senders, mesaThings)))));
    }

    /**
     * A genre's counted label and what it says besides its number: "PLANO 3, detalle de la mampara, 10:30", "Palabra 4:
     * _ _ _ _ _ T → TABLET (adivinada con 4 fallas)", "Unidad 2. El cuerpo docente de la mesa".
     */
    private static final Pattern COUNTED_LABEL = Pattern.compile("^\\s*(\\p{L}{3,20})\\s+(\\d{1,2})(?![\\d:.]\\d|\\d)\\s*[,.:;)\\-–—]*\\s*(.*)$");

    /**
     * The frame of a genre that counts its parts, each over what it tells: a storyboard's shots, a game's rounds, a
     * course's units ("PLANO 3, detalle de la mampara, 10:30" over the line of what the shot shows). At least {@value
     * #REPEATED_LABELS} lines start with the same word and a number, each says at most {@value #LABEL_VALUE_WORDS} words
     * besides and no sentence, and the line under each is not another of them: they number the parts and head them, as
     * a section's name does; what happened is under them. A counted line that tells ("Hallazgo 2: de tres funcionarios
     * llegaron dos…", "Prenda 2, el escrutador: llegó a las 11:30…") says a sentence and stays a finding; so does one
     * followed by the next counted line.
     */
    private static List<Line> countedGenreLabels(List<Line> lines) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Matcher m = COUNTED_LABEL.matcher(l.text());
            if (l.chat() || l.coordination() || l.heading() || !m.matches()) {
                continue;
            }
            String value = m.group(3).strip();
            // words, not the blanks of a game ("_ _ _ _ O") or the arrows between them
            if (WORD.matcher(value).results().count() > LABEL_VALUE_WORDS || value.contains("?") || !verbless(value)) {
                continue;
            }
            int next = nextWithText(lines, i);
            if (next >= lines.size()) {
                continue;
            }
            Matcher below = COUNTED_LABEL.matcher(lines.get(next).text());
            String word = Folding.foldLower(m.group(1));
            if (!below.matches() || !Folding.foldLower(below.group(1)).equals(word)) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
            }
        }
        return remade(lines, byWord.values(), l -> new Line(l.text(), l.start(), l.end(), false, true, false));
    }

    /** The index of the first line after {@code i} with text, or the number of lines. */
    private static int nextWithText(List<Line> lines, int i) {
        int next = i + 1;
        while (next < lines.size() && lines.get(next).text().isBlank()) {
            next++;
        }
        return next;
    }

    /** The lines with every group of at least {@value #REPEATED_LABELS} labels remade as {@code as} says. */
    private static List<Line> remade(List<Line> lines, Collection<List<Integer>> groups, UnaryOperator<Line> as) {
        List<Line> out = null;
        for (List<Integer> at : groups) {
            if (at.size() < REPEATED_LABELS) {
                continue;
            }
            out = out == null ? new ArrayList<>(lines) : out;
            for (int i : at) {
                out.set(i, as.apply(lines.get(i)));
            }
        }
        return out == null ? lines : out;
    }

    /** A label in capitals and its short value on one line: "SE BUSCA: al secretario.", "SE VENDE: una mampara". */
    private static final Pattern CAPITAL_LABEL = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} ]{0,30}\\p{Lu})\\s*:\\s*(\\S.*)$");
    /**
     * A label in capitals glossed in lower case after an ellipsis, as a cheat sheet prompts what to note under it
     * ("MATERIAL ... lo que venía en la caja", "GENTE … cuántos"); leader dots of four or more are a field and its value.
     */
    private static final Pattern GLOSSED_LABEL = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} ]{0,30}\\p{Lu})\\s*(?:(?<!\\.)\\.{3}(?!\\.)|…)\\s*(\\S.*)$");
    /** The lines that must repeat a label, each over lines of its own, for it to be the frame of a borrowed genre. */
    private static final int REPEATED_LABELS = 3;
    private static final int LABEL_VALUE_WORDS = 8;

    /**
     * A label in capitals that a borrowed genre repeats over each part, with a short value and no sentence ("SE BUSCA:
     * al secretario." over the lines that tell what the secretary did, "SE BUSCA: más gente." over the turnout): at
     * least {@value #REPEATED_LABELS} such lines, each followed by a line that is no such label. They are the genre's
     * frame, not what the observer tells, and are set aside like the coordination's lines: their value is a pun on the
     * genre ("al hombre de la lista"), which as the context of the lines under it would mislead their reading. The
     * speaker of a dialogue ("GILA: ¡Fuera de aquí!") says a sentence, and speakers follow one another. Labels glossed
     * after an ellipsis ({@link #GLOSSED_LABEL}) are a frame when {@value #REPEATED_LABELS} of them each head lines of
     * their own, though each label differs: a field and its answer are written with a colon, not an ellipsis.
     */
    private static List<Line> repeatedGenreLabels(List<Line> lines) {
        Map<String, List<Integer>> byLabel = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Matcher m = CAPITAL_LABEL.matcher(l.text());
            Matcher glossed = GLOSSED_LABEL.matcher(l.text());
            if (l.chat() || l.heading()) {
                continue;
            }
            // a label glossed after an ellipsis: together they are one frame, whatever each label says
            String key;
            if (m.matches()) {
                key = m.group(1).strip();
            } else if (glossed.matches()) {
                m = glossed;
                key = "…";
            } else {
                continue;
            }
            String value = m.group(2).strip();
            if (Boilerplate.words(value) > LABEL_VALUE_WORDS || value.contains("?") || value.contains("!") || value.endsWith(":")
                    || !value.chars().anyMatch(Character::isLowerCase) || !verbless(value)) {
                continue;
            }
            int next = nextWithText(lines, i);
            if (next < lines.size() && !CAPITAL_LABEL.matcher(lines.get(next).text()).find()
                    && !GLOSSED_LABEL.matcher(lines.get(next).text()).matches()
                    && !LIST_MARKER.matcher(lines.get(next).text()).find()) {
                byLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return remade(lines, byLabel.values(), l -> new Line(l.text(), l.start(), l.end(), false, false, true));
    }

    /** Who sent a chat message, from its prefix: "[1/5/22, 8:32 a.m.] Mami:" and "1/5/22 10:14 - Mami:" are "mami". */
    private static String sender(String prefix) {
        int cut = Math.max(prefix.lastIndexOf(']'), prefix.lastIndexOf(" - "));
        String name = cut >= 0 ? prefix.substring(cut + 1) : SENDER_PREAMBLE.matcher(prefix).replaceFirst("");
        return Folding.foldLower(name.replace(":", "").replaceFirst("^\\s*-", "")).strip();
    }

    private static final Pattern SENDER_PREAMBLE = Pattern.compile("^[\\d/:,.\\s\\[\\]]+(?:[ap]\\.?\\s?m\\.?\\s*)?");
    /** How many times the messages of everyone else the observer's must be to tell her apart from who writes to her. */
    private static final int OBSERVER_SHARE = 2;
    /** The messages the observer must have written for a chat to say who she is: a short exchange keeps every message. */
    private static final int OBSERVER_MESSAGES = 6;

    /**
     * In a chat export where one sender writes most of the messages — at least {@value #OBSERVER_MESSAGES}, and
     * {@value #OBSERVER_SHARE} times all the others' together — that sender is the observer, and the rest write to
     * her: family asking whether she ate, co-workers about the shop, a coordinator thanking her. Their messages are
     * set aside like a coordinator's: what the observer saw is in her own. Where two or more write alike (a group of
     * observers), every message is kept, and so is another sender's message that tells something of a mesa (a second
     * observer at the next mesa: "En la del kiosco tampoco llegaron las mamparas…"), as a statement long enough to be
     * one: a question or a reaction ("¿ya hay mucha gente?", "neta, qué oso") is still the others' talk.
     */
    private static List<Line> othersMessages(List<Line> lines, Map<Integer, String> senders, Pattern mesaThings) {
        if (senders.size() < CHAT_MESSAGES) {
            return lines;
        }
        Map<String, Integer> counts = new HashMap<>();
        senders.values().forEach(s -> counts.merge(s, 1, Integer::sum));
        Map.Entry<String, Integer> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        int others = senders.size() - top.getValue();
        if (others == 0 || top.getValue() < OBSERVER_MESSAGES || top.getValue() < OBSERVER_SHARE * others) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String sender = senders.get(l.start());
            boolean other = sender != null && !sender.equals(top.getKey()) && !toldOfAMesa(l.text(), mesaThings);
            out.add(other ? new Line(l.text(), l.start(), l.end(), true, false, true) : l);
        }
        return out;
    }

    /** A message that tells a fact of a mesa: a statement of {@value #SENTENCE_WORDS} words or more naming a thing of one. */
    private static boolean toldOfAMesa(String message, Pattern mesaThings) {
        String s = message.strip();
        return !s.contains("?") && Boilerplate.words(s) >= SENTENCE_WORDS && mesaThings.matcher(Folding.foldPreservingLength(s)).find();
    }

    /**
     * In a chat export (at least {@value #CHAT_MESSAGES} messages with a sender), a dated line without a sender is the
     * application's notice (encryption, a group created, someone added): set aside like a coordinator's message. In a
     * log the observer dates herself ("01/05/2022 09:15 - Llegué a la mesa"), no line has a sender and each is kept.
     */
    private static List<Line> chatNotices(List<Line> lines) {
        if (lines.stream().filter(Line::chat).count() < CHAT_MESSAGES) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        int preamble = exportPreamble(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean notice = !l.chat() && (i == preamble || CHAT_NOTICE.matcher(l.text()).find());
            out.add(notice ? new Line(l.text(), l.start(), l.end(), false, false, true) : l);
        }
        return out;
    }

    /**
     * The index of the line an export prints above a chat's first message, or -1: the first line with text, neither
     * a message nor dated, right above a message or a dated notice ("Los mensajes y las llamadas están cifrados…" of an
     * export without dates on its notices). Who sent what begins below it; above the messages nobody is writing yet.
     */
    private static int exportPreamble(List<Line> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                first = i;
                break;
            }
        }
        if (first < 0 || lines.get(first).chat() || CHAT_NOTICE.matcher(lines.get(first).text()).find()) {
            return -1;
        }
        for (int i = first + 1; i < lines.size(); i++) {
            Line next = lines.get(i);
            if (!next.text().isBlank()) {
                return next.chat() || CHAT_NOTICE.matcher(next.text()).find() ? first : -1;
            }
        }
        return -1;
    }

    /** A numbered line that may name a section: "2. Incidentes reportados por la brigada.", "Punto 2. Informe de…". */
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\s*(?:punto\\s+)?(\\d{1,2})[.)]\\s+\\S", Pattern.CASE_INSENSITIVE);
    /** What a section's content starts with when it is written under its name: a sub-number, a bullet or a label. */
    private static final Pattern SUBORDINATE = Pattern.compile("^\\s*(?:\\d{1,2}\\.\\d{1,2}\\.?\\s|[-*•·▪–]\\s|\\p{L}[\\p{L} ]{0,25}:\\s+\\S)");
    private static final int SECTION_NAME_WORDS = 12;

    /**
     * Numbered lines that name sections rather than tell: in a document where at least two numbered lines are each
     * followed by content written under them (sub-numbered items "2.1 …", bullets, or labelled lines "Resultado: …"),
     * those numbered lines are headings, whatever they say, as an agenda's or a form's sections are.
     */
    private static List<Line> sectionHeadings(List<Line> lines) {
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Matcher m = NUMBERED_LINE.matcher(l.text());
            if (l.chat() || l.heading() || !m.find() || l.text().contains("?") || Boilerplate.words(l.text()) > SECTION_NAME_WORDS
                    || FIELD.matcher(l.text()).find()) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).text().isBlank()) {
                next++;
            }
            if (next >= lines.size()) {
                continue;
            }
            String below = lines.get(next).text();
            Matcher sub = SUBORDINATE.matcher(below);
            boolean subNumbered = below.strip().startsWith(m.group(1) + ".") && sub.find();
            if (subNumbered || !NUMBERED_LINE.matcher(below).find() && SUBORDINATE.matcher(below).find()) {
                named.add(i);
            }
        }
        if (named.size() < 2) {
            return commandmentHeadings(lines);
        }
        List<Line> out = new ArrayList<>(lines);
        for (int i : named) {
            Line l = lines.get(i);
            out.set(i, new Line(l.text(), l.start(), l.end(), false, true, l.coordination()));
        }
        return out;
    }

    /** An item numbered in roman or arabic numerals: "IV. No permitirás propaganda.", "3) Abrir a tiempo". */
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*(?:[IVXLC]{1,6}|\\d{1,2})[.)]\\s+(\\S.*)$");
    /** Numbered lines, at least, that alternate with what is said under them for them to be headings. */
    private static final int COMMENTED_ITEMS = 3;
    private static final int ITEM_WORDS = 8;

    /**
     * The numbered items of a list written as headings, each with what happened under it in a longer line of its own
     * ("IV. No permitirás propaganda." / "No se cumplió: un carro de sonido pasó cinco veces…"): a decalogue, a
     * checklist of rules or a list of points, commented one by one. When every numbered line of the text is short and
     * followed by an unnumbered line at least twice as long, the numbered lines say what each comment is about.
     */
    private static List<Line> commandmentHeadings(List<Line> lines) {
        List<Integer> items = new ArrayList<>();
        int numbered = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Matcher m = ITEM_LINE.matcher(l.text());
            if (l.chat() || !m.find()) {
                continue;
            }
            numbered++;
            int next = i + 1;
            while (next < lines.size() && lines.get(next).text().isBlank()) {
                next++;
            }
            int words = Boilerplate.words(m.group(1));
            if (next >= lines.size() || l.heading() || words > ITEM_WORDS || m.group(1).contains("?") || m.group(1).contains(":")) {
                continue;
            }
            String below = lines.get(next).text();
            // a line that goes on below ("…porque el" / "mobiliario llegó tarde") is one item wrapped, not a heading
            if (!ITEM_LINE.matcher(below).find() && !LIST_MARKER.matcher(below).find() && !startsLowerCase(below)
                    && !m.group(1).strip().matches(".*[,;]$") && Boilerplate.words(below) >= 2 * words) {
                items.add(i);
            }
        }
        if (items.size() < COMMENTED_ITEMS || items.size() < numbered) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        for (int i : items) {
            Line l = lines.get(i);
            out.set(i, new Line(l.text(), l.start(), l.end(), false, true, l.coordination()));
        }
        return out;
    }

    /**
     * A section of a form or questionnaire, by its letter or number and its name: "Sección D. Secreto y libertad de la
     * opinión", "Apartado 3: Cierre", "BLOQUE II — Escrutinio".
     */
    private static final Pattern FORM_SECTION = Pattern.compile(
            "^\\s*(?:seccion|apartado|bloque|modulo|rubro)\\s+(?:[a-z]|\\d{1,2}|[ivx]{1,4})(?:[.:)—–-]\\s*|\\s+[—–-]\\s*)(\\S[^.!?]{0,60})?\\s*$");

    /** A form's section heading with no sentence in it: it heads the items under it, it is none of them. */
    private static boolean isFormSection(String line) {
        Matcher m = FORM_SECTION.matcher(Folding.foldPreservingLength(line));
        return m.matches() && (m.group(1) == null || verbless(m.group(1)));
    }

    /**
     * A comment of a shared document exported with its anchor ("[a]Comentario de Coordinación: ¿Lo viste tú?") or
     * signed by whoever coordinates or reviews ("Comentario de la revisora: falta la hora"): not the observer's words.
     */
    private static final Pattern REVIEW_COMMENT = Pattern.compile(
            "^\\s*(\\[\\p{Alnum}{1,3}\\]\\s*)?comentarios? (?:de|del) ([^:]{1,50}):");
    private static final Pattern REVIEWER = Pattern.compile("\\b(?:revisor|editor|corrector|tutor|asesor)(?:a|es|as)?\\b");

    private static boolean isReviewComment(String line) {
        Matcher m = REVIEW_COMMENT.matcher(Folding.foldPreservingLength(line).toLowerCase(java.util.Locale.ROOT));
        return m.find() && (m.group(1) != null || COORDINATION_SENDER.matcher(m.group(2)).find() || REVIEWER.matcher(m.group(2)).find());
    }

    /**
     * A question written in capitals on a line of its own, maybe numbered or glossed ("2) ¿QUÉ PASÓ REALMENTE?",
     * "¿POR QUÉ? (lo que creo)"): a section's name in the writer's own scheme, not a form's question with its answer.
     */
    private static boolean isCapitalQuestion(String line) {
        String s = PARENTHESIZED.matcher(line).replaceAll("").strip().replaceFirst("^\\(?\\d{1,2}[.)]\\s*", "");
        return s.startsWith("¿") && s.endsWith("?") && s.indexOf('?') == s.length() - 1
                && s.chars().filter(Character::isLetter).count() >= CAPITAL_QUESTION_LETTERS
                && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static final int CAPITAL_QUESTION_LETTERS = 6;

    /**
     * The heading of a numbered entry with its time, on a line of its own: "Intento 2 — 10:40", "Visita 3 - 12:15 hrs",
     * "Ronda 1: 9:00". It heads what the entry says.
     */
    private static final Pattern ENTRY_HEADING = Pattern.compile(
            "^\\s*\\p{L}{3,15}\\s+(?:(?:no|num|n[°º])\\.?\\s*|#\\s?)?\\d{1,3}\\s*[—–:·-]\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:hrs?|h|am|pm|a\\.\\s?m|p\\.\\s?m)\\.?)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A viewer's message in a live stream's chat, copied with its screen name ("<<lupita.tlh: saludos!!>>", "@el_compa:
     * jajaja"): whoever watches writes it, not the observer. Noise there is still marked illegible.
     */
    private static final Pattern AUDIENCE_MESSAGE = Pattern.compile(
            "^\\s*(?:<{1,2}\\s*@?[\\p{L}\\p{N}_.]{2,30}\\s*:(.*?)>{1,2}\\s*$|@[\\p{L}\\p{N}_.]{2,30}\\s*:(.*))");

    /** A slide's number and its title, as a presentation exported to text writes them. */
    private static final Pattern SLIDE_TITLE = Pattern.compile(
            "^\\s*(?:diapositiva|l[aá]mina|slide|pantalla)\\s+\\d{1,3}\\s*[—–:.-]\\s*(\\S[^.!?]{0,60})$", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the capital a glued heading would be split at is inside a name written in camel case ("Transcripción de
     * audio de WhatsApp", "mi post de LinkedIn"): a capitalised word after the heading's first, where a heading's last
     * word glued to the next sentence is in lower case ("Desarrollo de la jornadaLa") or is the heading ("IncidenciasA").
     */
    private static boolean camelCase(String line, int at) {
        int start = at;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        boolean firstWord = !line.substring(0, start).matches(".*\\p{L}.*");
        return !firstWord && Character.isUpperCase(line.charAt(start));
    }

    /**
     * Inside a paragraph that was not hard-wrapped (those were joined by {@link LineUnwrapper}), a line that ends
     * where its thought ends and a next line that does not continue it are two findings (notes, one per line):
     * the line does not end in a comma or a function word ("…frente a la"), and the next does not start with one
     * that links ("y", "pero", "porque", "de"…).
     */
    private static boolean startsAnother(String previous, String line) {
        String prev = previous.strip();
        if (DIALOGUE_DASH.matcher(line.strip()).find() && prev.matches(".*[.!?…]$")) {
            return true; // "—No, nadie puso un letrero." / "—¿Y la policía?": each turn of a dialogue is said by its own voice
        }
        if (prev.isEmpty() || prev.matches(".*[,;(\\-–—]$")) {
            return false;
        }
        String next = line.strip();
        if (Boilerplate.words(prev) <= 1) {
            return namesASection(prev, next);
        }
        if (!prev.matches(".*[.!?:]$") && startsLowerCase(next) && Boilerplate.words(next) <= TAIL_WORDS && SENTENCE_END.matcher(next).find()) {
            return false; // "…el proyecto de pavimentación de la calle" / "principal.": the tail of a wrapped sentence
        }
        String[] prevWords = Folding.foldLower(prev).split("[^\\p{L}\\p{N}]+");
        String last = prevWords.length == 0 ? "" : prevWords[prevWords.length - 1];
        String[] nextWords = Folding.foldLower(line.strip()).split("[^\\p{L}\\p{N}]+");
        String first = nextWords.length == 0 ? "" : nextWords[0].isEmpty() && nextWords.length > 1 ? nextWords[1] : nextWords[0];
        if (!DANGLING.contains(last) && WISH.matcher(next).find()) {
            return true; // "…en la cortina del mercado" / "Que revisen las mamparas…": a capital «Que» opens a wish, not a clause
        }
        return !DANGLING.contains(last) && !CONTINUING.contains(first);
    }

    /**
     * A single capitalised word on its line above a line that says a whole thing of its own — a sentence ended with
     * its period, or a field with its own label ("Riego" / "Se secó: a media mañana…", "Veredicto" / "Hace falta un
     * director…"): the word names the section the lines under it belong to, as a borrowed genre's sections do, and is
     * no part of their first sentence. A word above a short answer ("Instalación" / "9:05", "Material" / "completo")
     * or above a sentence that goes on past its line stays with it: label and answer are one finding.
     */
    private static boolean namesASection(String previous, String next) {
        if (!SECTION_WORD.matcher(previous).matches()) {
            return false;
        }
        return FIELD.matcher(next).find() && !next.startsWith(previous)
                || startsSentence(next) && next.matches(".*[.!?]$") && Boilerplate.words(next) >= SECTION_SENTENCE_WORDS;
    }

    /** A section's name: one word of letters starting with a capital, nothing else on the line. */
    private static final Pattern SECTION_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** How many words a line under a section's name has at least to be a sentence of its own, not an answer. */
    private static final int SECTION_SENTENCE_WORDS = 5;

    /**
     * A line opening with a capital «Que» and no comma before its verb: a wish or a request of its own ("Que pongan la
     * urna más baja", "Que le avisen a las bases"), as notes without punctuation list them; a lower-case «que» goes on.
     */
    private static final Pattern WISH = Pattern.compile("^Que\\s+\\p{Ll}");

    /**
     * A line cut by the width of the page, not by its writer: it fills the page width (the longest line of the
     * text), does not end a sentence, and the next line goes on in lower case ("…porque el toldo" / "no llegó a
     * tiempo.").
     */
    private static boolean wrapped(String previous, String line, int width) {
        return fillsWidth(previous, width) && startsLowerCase(line);
    }

    /** A line as long as the page is wide that does not end a sentence: the page cut it. */
    private static boolean fillsWidth(String line, int width) {
        String s = line.strip();
        return s.length() >= MIN_WRAPPED_CHARS && s.length() >= width * WRAPPED_WIDTH && !s.matches(".*[.!?:;]$");
    }

    /**
     * Whether the text was cut into lines by a page width (PDF or text export) rather than by its writer: at least
     * {@link #MIN_DANGLING_LINES} lines end on a word no sentence ends on ("…frente al", "…el cartel de") and go on
     * in the next line. Notes written one per line never do. A line the copy could not read to its end ("…la
     * presidenta [ilegible] a la") stops where the damage stopped it, not where the page did: it is no sign of a width.
     */
    private static boolean hardWrapped(List<Line> lines, IllegibleText illegible) {
        int dangling = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String[] words = Folding.foldLower(lines.get(i).text().strip()).split("[^\\p{L}\\p{N}]+");
            if (words.length > 3 && DANGLING.contains(words[words.length - 1]) && !lines.get(i + 1).text().isBlank()
                    && !illegible.isIllegible(lines.get(i).text())) {
                dangling++;
            }
        }
        return dangling >= MIN_DANGLING_LINES;
    }

    private static boolean startsLowerCase(String line) {
        String s = line.strip();
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    /**
     * A question whose answer is the report's metadata or personal data ("Pregunta: Nombre de la persona
     * observadora" / "Respuesta: …") asks for no finding: it goes with its answer.
     */
    private static void dropQuestionAskingFor(OpenBlock open, List<Block> blocks) {
        Block question = open.current != null ? open.current : open.lastClosed;
        if (question != null && question.kind == Kind.QUESTION && question.lines.size() == 1 && question == lastBlock(blocks)) {
            blocks.remove(blocks.size() - 1);
            open.current = null;
            open.lastClosed = null;
        }
    }

    /** A line of a table of contents, or of section titles run together ("Incidencias Escrutinio Conclusiones"). */
    private static boolean isContents(String line) {
        if (CONTENTS_LINE.matcher(line).find()) {
            return true;
        }
        String s = line.strip();
        int colon = s.indexOf(':');
        String rest = colon >= 0 && colon < s.length() - 1 ? s.substring(colon + 1) : s;
        if (LIST_MARKER.matcher(line).find() || rest.matches(".*[.!?\\d].*")) {
            return false;
        }
        int titles = 0;
        for (String w : rest.strip().split("\\s+")) {
            String word = w.replaceAll("[^\\p{L}]", "");
            if (word.isEmpty()) {
                continue;
            }
            if (TITLE_WORD.matcher(word).matches()) {
                titles++;
            } else if (!CONNECTORS.contains(Folding.foldLower(word))) {
                return false;
            }
        }
        return titles >= 3;
    }

    /** Whether the text is written in lower and upper case, so a line in capitals stands out as a title. */
    private static boolean mixedCase(String text) {
        long upper = text.chars().filter(Character::isUpperCase).count();
        long lower = text.chars().filter(Character::isLowerCase).count();
        return lower > upper * 2;
    }

    private static boolean previousEndsSentence(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String s = lines.get(i).text().strip();
            if (!s.isEmpty()) {
                return s.matches(".*[.!?]$");
            }
        }
        return false;
    }

    private static boolean nextIsBlank(List<Line> lines, int index) {
        return index + 1 >= lines.size() || lines.get(index + 1).text().isBlank();
    }

    /**
     * Whether the next line with text is an item of a list: a first line above a list heads its items ("Propuestas de
     * mejora" above bullets), it is no document title to drop.
     */
    private static boolean headsAList(List<Line> lines, int index) {
        for (int next = index + 1; next < lines.size(); next++) {
            if (!lines.get(next).text().isBlank()) {
                return LIST_MARKER.matcher(lines.get(next).text()).find();
            }
        }
        return false;
    }

    /**
     * The report's title, not a finding: its first line, with no sentence in it, standing alone above a blank line
     * ("Guía de verificación en la mesa receptora"), or a heading spelt out ("H E C H O S").
     */
    private static boolean isTitle(String original, boolean blankBefore, boolean blankAfter, boolean beforeContent) {
        String line = original.strip();
        if (SPACED_LETTERS.matcher(line).matches()) {
            return true;
        }
        return beforeContent && blankBefore && blankAfter && titleLike(line) && Boilerplate.words(line) <= 12 && !line.contains(",");
    }

    /** Parts of a title line: "Campo 3 — Integración de la mesa", "Mesa receptora — Merced Gómez, BJ — Reseñas". */
    private static final Pattern TITLE_DASH = Pattern.compile("\\s+[—–]\\s+");
    private static final int TITLE_PART_WORDS = 8;
    private static final int TITLE_WORDS = 20;
    private static final int FIRST_LINE_TITLE_WORDS = 10;
    /** Verbs a sentence of a report is made with; a title names, it does not tell. */
    private static final Set<String> COMMON_VERBS = Set.of("hubo", "habia", "habian", "hay", "fue", "fueron", "era", "eran",
            "estaba", "estaban", "estuvo", "estuvieron", "es", "son", "estan", "se", "me", "nos", "tiene", "tenia", "tenian",
            "dijo", "dijeron", "pidio", "vimos", "vi", "llegue", "llegamos", "estuve", "estuvimos", "puso", "pusieron");
    private static final Pattern VERB_ENDING = Pattern.compile("\\p{L}{2,}(?:aron|ieron|aban|aba)");

    /**
     * A title made of parts set apart by dashes ("Para su difusión inmediata — 2 de mayo de 2022", "Campo 3 —
     * Integración de la mesa"): short parts naming things, no sentence, question or field in it.
     */
    static boolean isDashedTitle(String original) {
        String line = original.strip();
        String[] parts = TITLE_DASH.split(line);
        if (parts.length < 2 || Boilerplate.words(line) > TITLE_WORDS || SENTENCE_END.matcher(line).find()
                || line.contains("?") || line.contains(":") || line.endsWith(",") || !verbless(line)) {
            return false;
        }
        for (String part : parts) {
            int words = Boilerplate.words(part);
            if (words == 0 || words > TITLE_PART_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first line of a document written as "title: subtitle" above prose ("Asturias: la consulta de 2020 y la de
     * 2022, vistas por la misma vecina", "🗳️ Mi primera vez como observador: 5 aprendizajes"): a short title before
     * the colon, no sentence ended, and the next line ends a sentence.
     */
    private static boolean isTitleWithSubtitle(String original, List<Line> lines, int index) {
        String line = LEADING_SYMBOLS.matcher(original.strip()).replaceFirst("");
        int colon = line.indexOf(':');
        if (colon <= 0 || SENTENCE_END.matcher(line).find() || line.contains("?") || Boilerplate.words(line) > SUBTITLED_WORDS
                || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        int head = Boilerplate.words(line.substring(0, colon));
        if (head > TITLE_PART_WORDS - 2 || Boilerplate.words(line.substring(colon + 1)) < 2) {
            return false;
        }
        for (int next = index + 1; next < lines.size(); next++) {
            String s = TRAILING_SYMBOLS.matcher(lines.get(next).text().strip()).replaceFirst("");
            if (!s.isEmpty()) {
                return SENTENCE_END.matcher(s).find() && !LIST_MARKER.matcher(s).find();
            }
        }
        return false;
    }

    private static final int SUBTITLED_WORDS = 25;
    private static final Pattern TRAILING_SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cf}\\x{FE0F}\\s]+$");

    /** Pictographs and symbols before a line's first word ("🗳️ Mi primera vez…"): decoration. */
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cf}\\x{FE0F}\\s]+");

    /** The first line of a document that names rather than tells ("Acompañamiento al módulo de votación por internet (SEI)"). */
    private static boolean isVerblessTitle(String original) {
        String line = LEADING_SYMBOLS.matcher(original.strip()).replaceFirst("");
        return titleLike(line) && titleWords(line) <= FIRST_LINE_TITLE_WORDS && !line.endsWith(",") && verbless(line);
    }

    /**
     * A line under a closing that tells something in a sentence of its own ("La mesa se montó en el salón y abrió a las
     * nueve."): no signature says that. A cover note's "Un saludo." is followed by the report it sends (a message's
     * attachment read after its body) or by a postscript; a signature's lines name and place whoever signs.
     */
    private static boolean goesOnAfterClosing(String line) {
        return Boilerplate.words(line) >= SENTENCE_AFTER_CLOSING_WORDS && !verbless(line);
    }

    private static final int SENTENCE_AFTER_CLOSING_WORDS = 8;

    /** Whether no word of the line looks like a conjugated verb (a common one, a preterite in -ó, -aron, -aba). */
    static boolean verbless(String line) {
        for (String w : line.split("[^\\p{L}]+")) {
            String folded = Folding.foldLower(w);
            if (COMMON_VERBS.contains(folded) || VERB_ENDING.matcher(folded).matches() || w.length() > 2 && w.endsWith("ó")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A document's first line led by its name in capitals and glossed in lower case after a comma, a dash or a
     * parenthesis, with no sentence of its own: "DICCIONARIO DEL VOTO, como lo aprendimos en mi pueblo", "BOLETA DE
     * INFRACCIONES (formato de tránsito reutilizado)".
     */
    private static final Pattern CAPITAL_LED_TITLE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}\\d ]*\\p{Lu})\\s*(?:,|[—–-]|\\()\\s*\\S[^.!?]*$");
    private static final int CAPITAL_LED_TITLE_WORDS = 16;

    private static boolean isCapitalLedTitle(String line) {
        Matcher m = CAPITAL_LED_TITLE.matcher(line);
        return m.matches() && Boilerplate.words(m.group(1)) >= 2 && titleWords(line) <= CAPITAL_LED_TITLE_WORDS
                || isNamedGenreTitle(line);
    }

    /**
     * The name of a borrowed genre in capitals, first in the document, and what it is about after a dash ("HOJA DE RUTA
     * - Repartidor, domingo 1/05/2022 - Iztacalco, Dtto. XV", "«PREGÚNTALE A DOÑA CONSUELO» — columna de consejos del
     * periódico mural"): a title that names, with no verb, no question and no end of sentence; the periods inside it
     * are abbreviations ("Dtto.", "U. Hab.", "N.º"), which a line without a verb cannot end a sentence with.
     */
    private static boolean isNamedGenreTitle(String line) {
        String stripped = line.strip();
        Matcher lead = GENRE_NAME.matcher(stripped);
        if (!lead.lookingAt() || Boilerplate.words(lead.group(1).replaceAll("[\\d.º°]+", " ")) < 2) {
            return false;
        }
        String after = stripped.substring(lead.end());
        boolean setApart = AFTER_GENRE_NAME.matcher(after).lookingAt() || TITLE_DASH.matcher(after).find()
                || SPACED_HYPHEN.matcher(after).find();
        return setApart && !SENTENCE_END.matcher(stripped).find() && !stripped.contains("?") && verbless(stripped)
                && titleWords(stripped) <= NAMED_GENRE_TITLE_WORDS;
    }

    /** A name in capitals, two words or more, maybe in quotes, numbered or abbreviated ("ORDEN DE COMPRA N.º 0427"). */
    private static final Pattern GENRE_NAME = Pattern.compile(
            "[«\"“]?(\\p{Lu}{2,}[\\p{Lu}.º°]*(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d.º°]*)+)(?![\\p{L}\\d])[»\"”]?");
    /** What sets the genre's name apart from the rest right after it: a comma, a parenthesis, a dash. */
    private static final Pattern AFTER_GENRE_NAME = Pattern.compile("\\s*(?:,|\\(|[—–-]\\s)");
    /** A hyphen between spaces, the dash of a typewriter: "HOJA DE RUTA - Repartidor". */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s-\\s");
    private static final int NAMED_GENRE_TITLE_WORDS = 24;

    /**
     * Letters set one by one between spaces, in rows set apart by slashes or bars ("M U R N A T E S / O C A R T E L B"):
     * a word search's grid or a crossword's, no words at all.
     */
    private static final Pattern LETTER_GRID = Pattern.compile("\\s*(?:\\p{L}(?:\\s+[/|]?\\s*|\\s*[/|]\\s*)){7,}\\p{L}\\s*[/|]?\\s*");

    private static boolean isLetterGrid(String line) {
        return LETTER_GRID.matcher(line).matches();
    }

    /** Whether no line with text follows: the line that closes the writing. */
    private static boolean lastLine(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstLine(List<Line> lines, int index) {
        for (int i = 0; i < index; i++) {
            if (!lines.get(i).text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * How long a title is: an aside in parentheses adds nothing to what it names ("Evaluación de la mesa (escala de 1 =
     * muy mal a 5 = excelente)", "TURNO DE LA TARDE (13:00 al cierre)").
     */
    private static int titleWords(String line) {
        // the division's name and number are not the title's words: "Unidad 2. El cuerpo docente de la mesa"
        int words = Boilerplate.words(NUMBERED_DIVISION.matcher(PARENTHESIZED.matcher(line).replaceAll(" ")).replaceFirst(""));
        return words == 0 ? Boilerplate.words(line) : words;
    }

    /** The name and number of a division before its title: "Unidad 2. ", "Capítulo 3: ", "Paso 4) ". */
    private static final Pattern NUMBERED_DIVISION = Pattern.compile("^\\s*\\p{Lu}\\p{Ll}+\\s+\\d{1,2}[.:)]\\s+(?=\\S)");

    /** A line with no sentence in it that could head what follows: no end of sentence, no question, no field. */
    private static boolean titleLike(String line) {
        int words = titleWords(line);
        return words >= 2 && words <= 14 && !SENTENCE_END.matcher(line).find() && !line.endsWith(":") && !line.contains("?")
                && !LIST_MARKER.matcher(line).find() && !CHECKED.matcher(line).find() && !FIELD.matcher(line).find()
                && Character.isUpperCase(line.codePointAt(0));
    }

    /**
     * A heading in capitals in a text written in both cases ("TURNO DE LA MAÑANA (8:30 a 13:00)"), set apart by a
     * blank line: whatever its length, it heads what follows. Above everything else ("QUEJA ANTE LA CONTRALORÍA…",
     * "ACTA DE LA REUNIÓN DEL COMITÉ…") it is the document's title, which heads nothing in particular.
     */
    private static boolean isCapitalHeading(String original, boolean blankBefore, boolean blankAfter, boolean mixedCase) {
        String line = original.strip();
        boolean wordWithAside = CAPITAL_WORD_WITH_ASIDE.matcher(line).matches();
        if (!mixedCase || !(blankBefore || blankAfter) || !titleLike(line) && !wordWithAside) {
            return false;
        }
        String letters = line.replaceAll("\\([^)]*\\)", "").replaceAll("[^\\p{L}]", "");
        return (letters.length() >= 6 || wordWithAside) && letters.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A form's numbered section title in capitals on a line of its own ("4. ORDEN Y SEGURIDAD", "III. CIERRE", "B)
     * APERTURA"), in a text written in both cases: it names the part of the form, and a question under it is the
     * form's own question, answered under it, not the rest of the title. A title without its section's number, or a
     * label ending in a colon ("Pregunta 3:"), still asks with the question under it.
     */
    private static boolean sectionTitle(Block b) {
        String line = b.lines.get(0).strip();
        Matcher number = SECTION_NUMBER.matcher(line);
        if (b.lines.size() != 1 || line.endsWith(":") || !number.lookingAt()) {
            return false;
        }
        String letters = line.substring(number.end()).replaceAll("[^\\p{L}]", "");
        return letters.length() >= 4 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** The number of a form's section before its title: "4. ", "III. ", "B) ". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(?:\\d{1,2}|[IVXLC]{1,5}|[A-Z])[.)]\\s+");

    /** One word in capitals and its span or note in parentheses: "CENA (16:00 en adelante)", "TARDE (de 2 a 5)". */
    private static final Pattern CAPITAL_WORD_WITH_ASIDE = Pattern.compile("^\\p{Lu}{4,}\\s*\\([^)]{1,40}\\)$");
    /**
     * A numbered entry's label and its name ("Síntoma 3: la gente no sabe qué se vota", "Parada 2: el mercado"), no
     * sentence ended: with lines under it that are no entry of the same kind, it names what they tell.
     */
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\s*\\p{Lu}\\p{Ll}+\\s+\\d{1,2}\\s*:\\s+[^.!?:]{3,60}$");
    private static final int NUMBERED_ENTRY_WORDS = 12;

    private static boolean headsNumberedEntry(List<Line> lines, int index) {
        String line = lines.get(index).text();
        if (!NUMBERED_ENTRY.matcher(line).matches() || Boilerplate.words(line) > NUMBERED_ENTRY_WORDS) {
            return false;
        }
        for (int next = index + 1; next < lines.size(); next++) {
            String after = lines.get(next).text();
            if (!after.isBlank()) {
                return !NUMBERED_ENTRY.matcher(after).matches();
            }
        }
        return false;
    }

    /** How many words a group's name has at most, its aside in parentheses aside. */
    private static final int GROUP_NAME_WORDS = 8;

    /** A transcription of the writer's own note beside the text: "[al margen: …]", "(nota al pie: …)", "[al reverso, …]". */
    private static final Pattern MARGIN_NOTE = Pattern.compile(
            "^[\\[(]\\s*(?:(?:nota|anotacion|anotado|escrito) )?(?:al|en el) (?:margen|pie|reverso|dorso)\\b");

    /** A note in brackets that names what it is and then says it: "(Acotación: …)", "[Nota: …]". */
    private static final Pattern LABELLED_NOTE = Pattern.compile("^[\\[(]\\s*\\p{L}+(?: \\p{L}+){0,2}\\s*:\\s*(.+)[\\])][.]?$");
    /** What such a note says, in words, to tell something rather than label the recording ("[Fin de la grabación: 14 min]"). */
    private static final int TOLD_NOTE_WORDS = 6;

    /** An editor's note in brackets or parentheses, the whole line ("[se corta la llamada; retoma…]"). */
    private static boolean isEditorialNote(String original) {
        String line = original.strip();
        if (MARGIN_NOTE.matcher(Folding.foldLower(line)).find()) {
            return false; // what the observer wrote in the margin, transcribed: her own remark, a finding like any other
        }
        Matcher labelled = LABELLED_NOTE.matcher(line);
        if (labelled.matches() && Boilerplate.words(labelled.group(1)) >= TOLD_NOTE_WORDS) {
            return false; // "(Acotación: el Vecino regresa a las 12:10, patea la mampara…)": a play's stage direction tells
        }
        return line.length() > 2 && (line.startsWith("[") && line.endsWith("]") && line.indexOf(']') == line.length() - 1
                || line.startsWith("(") && line.endsWith(")") && line.indexOf(')') == line.length() - 1)
                && Boilerplate.words(line) >= 3;
    }

    /**
     * A line made only of short fields, each a label in capitals and a value of up to three words ("Puerta de embarque:
     * 9:00 Grupo de abordaje: A Clase: ciudadana"), the extract stage having joined the space between them.
     */
    private static final Pattern FIELD_RUN = Pattern.compile(
            "^(?:\\p{Lu}\\p{Ll}*(?:\\s\\p{Ll}+){0,3}:\\s+\\S*[^\\s:](?:\\s+\\S*[^\\s:]){0,2}\\s*){3,}$");
    /** How long such a line may be: a row of fields, not a paragraph. */
    private static final int FIELD_RUN_CHARS = 120;

    /**
     * A row of a borrowed genre's own fields, none speaking of the consulta ("Puerta de embarque: 9:00 Grupo de
     * abordaje: A Clase: ciudadana"): three short fields or more and no thing of a mesa. A row of a form's fields that
     * names one ("Urna: sellada Mampara: una sola Funcionarios: dos") is what the observer saw.
     */
    private boolean isGenresFields(String line, String folded) {
        String row = line.strip();
        return row.length() <= FIELD_RUN_CHARS && FIELD_RUN.matcher(row).matches() && !mesaThings.matcher(folded).find();
    }

    /** A whole line in parentheses: "(Entra un señor con volantes y los reparte a la fila.)". */
    private static final Pattern PARENTHESIZED_LINE = Pattern.compile("^\\(([^()]+)\\)\\.?$");
    /** The stage directions that must tell of a mesa for the document to be a play that tells the day in them. */
    private static final int MESA_DIRECTIONS = 2;

    /**
     * A stage direction that tells something: a whole line in parentheses of {@value #TOLD_NOTE_WORDS} words or more.
     * Not an editor's note when the document is a play ({@link #isPlay}).
     */
    private static boolean isStageDirection(String original) {
        Matcher m = PARENTHESIZED_LINE.matcher(original.strip());
        return m.matches() && Boilerplate.words(m.group(1)) >= TOLD_NOTE_WORDS;
    }

    /**
     * Whether the document is a play written of the day, its stage directions telling what happened at the mesa
     * ("(Un vecino se asoma por encima de la mampara mientras su vecina marca.)"): at least {@value #MESA_DIRECTIONS}
     * of them name a thing of the mesa. Its directions are then what the observer saw, each a finding, even those
     * that name none ("(No hay pleitos ni amenazas en toda la obra.)"); an editor's note alone in a report ("(escrito
     * atrás de un volante)") stays no finding.
     */
    private static boolean isPlay(List<Line> lines, Pattern mesaThings) {
        int told = 0;
        for (Line l : lines) {
            if (isStageDirection(l.text()) && mesaThings.matcher(Folding.foldPreservingLength(l.text())).find()) {
                told++;
            }
        }
        return told >= MESA_DIRECTIONS;
    }

    /** Labels each followed by a blank to fill, on one line ("Presidente ________ Secretaria ________"): nothing written. */
    private static final Pattern BLANKS_TO_FILL = Pattern.compile("^(?:\\p{L}[\\p{L} .]{1,40}?:?\\s*_{3,}\\s*)+$");

    /**
     * A form's open field left without an answer: "Comentarios: R: Ninguno.", "RECOMENDACIONES O COMENTARIOS: (SIN
     * RESPUESTA)". Only fields that ask for remarks: "Incidentes: ninguno" answers a question (no incidents).
     */
    private boolean isUnansweredField(String folded) {
        String line = folded.strip();
        return unanswered.matcher(line).matches() || placeholderAnswer.matcher(line).matches() || BLANKS_TO_FILL.matcher(line).matches();
    }

    /**
     * A line of an observer's personal data ("Clave de elector: …", "CURP: …") or an address with its number.
     *
     * @param folded {@code line} folded, of the same length
     */
    private boolean isPersonalDataLine(String line, String folded) {
        Matcher label = personalLabel.matcher(folded);
        return label.find() && !tellsOfTheMesa(line.substring(label.end()))
                || ADDRESS.matcher(folded).find() && Boilerplate.words(folded) <= 14;
    }

    /**
     * Whether what follows a personal-data label is a sentence about the mesa, not the observer's datum: a glossary's or
     * a puzzle's word used as a label ("CREDENCIAL: se revisó a todos y nadie se quedó sin opinar"). A datum is a
     * number, a code or a few words ("Credencial: vigente", "Ocupación: maestra jubilada"), never a told fact.
     */
    private static boolean tellsOfTheMesa(String value) {
        return Boilerplate.words(value) >= TOLD_VALUE_WORDS && !verbless(value) && !DOCUMENT_NUMBER.matcher(value).find();
    }

    private static final int TOLD_VALUE_WORDS = 5;
    /** A run of digits or capitals and digits as long as a document's number: a datum, whatever words surround it. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{L}\\d]*\\d{6,}");

    private static boolean isSentence(String value) {
        return Boilerplate.words(value) >= SENTENCE_WORDS && SENTENCE_END.matcher(value).find();
    }

    private static Block lastBlock(List<Block> blocks) {
        return blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
    }

    /**
     * A paragraph cut by a page break ("…ofrecía llevar en automóvil" / "Página 1 de 2" / "a las personas
     * mayores.") is one finding: joined when a page number was dropped in between and the text goes on in lower case.
     */
    private static List<Block> mergeContinuations(List<Block> blocks) {
        List<Block> merged = new ArrayList<>();
        for (Block b : blocks) {
            Block previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            String first = b.lines.get(0).strip();
            boolean continues = previous != null && b.afterPageBreak && b.kind == Kind.TEXT
                    && !previous.lastLine().matches(".*[.!?:;]$") && !first.isEmpty() && Character.isLowerCase(first.charAt(0));
            if (continues) {
                b.lines.forEach(l -> previous.add(l, b.end));
            } else {
                merged.add(b);
            }
        }
        return merged;
    }

    /** The most lines a forwarder writes above the message they pass on in a chain of forwards. */
    private static final int FORWARDING_NOTE_LINES = 3;
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("^\\s*(?:asunto|subject)\\s*:\\s*(?:rv|fw|fwd|reenv\\p{L}*)\\s*:");

    /**
     * Whether the message that starts at the marker on line {@code index} was itself forwarded: its subject says so
     * ("Asunto: RV: Fwd: …") or another forward or quote marker comes below.
     */
    private static boolean forwardChainBelow(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            String folded = Folding.foldPreservingLength(lines.get(i).text()).strip();
            if (FORWARD_SUBJECT.matcher(folded).find() || Boilerplate.isForwardMarker(folded) || Boilerplate.isQuoteHeader(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a chain of forwards, what each forwarder wrote above the message they pass on ("Va para la red", "Se lo
     * paso a la coordinación") is a note on the forwarding, not the report, which is the message at the bottom: the
     * line to go on from — the last line before the next forward or quote marker when the header block after the
     * marker on line {@code index} is followed by at most {@value #FORWARDING_NOTE_LINES} lines and then another
     * marker — or {@code index}.
     */
    private int afterForwardingNote(List<Line> lines, int index) {
        int body = 0;
        for (int i = index + 1; i < lines.size(); i++) {
            String folded = Folding.foldPreservingLength(lines.get(i).text()).strip();
            if (Boilerplate.isForwardMarker(folded) || Boilerplate.isQuoteHeader(folded)) {
                return body > 0 ? i - 1 : index;
            }
            if (folded.isEmpty() || body == 0 && boilerplate.isMailHeader(folded)) {
                continue;
            }
            if (++body > FORWARDING_NOTE_LINES) {
                return index;
            }
        }
        return index;
    }

    /** A "De:"/"From:" line followed by another header line starts a quoted message. */
    private boolean startsQuotedHeaderBlock(String text, int nextLineStart) {
        if (nextLineStart >= text.length()) {
            return false;
        }
        String next = Folding.foldPreservingLength(Lines.lineAt(text, nextLineStart));
        return boilerplate.isMailHeader(next);
    }

    private static boolean startsSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '¿' || c == '¡' || c == '"' || c == '“';
    }

    private boolean isMetadataLine(int lineStart, String folded, BitSet metadata) {
        Matcher label = metadataLabel.matcher(folded);
        if (!label.find(0)) {
            label = metadataLabel.matcher(scanLetters(folded)); // "Distrit0:", "Unidad territoria1:" in a poor scan
        } else {
            label.reset();
        }
        if (label.find()) {
            return !SPEAKER_LABEL.matcher(folded).find() || !isSentence(folded.substring(label.end()));
        }
        Matcher w = WORD.matcher(folded);
        int words = 0;
        int covered = 0;
        boolean anyMention = false;
        boolean firstPerson = false;
        String parenthesized = PARENTHESIZED.matcher(folded).replaceAll(m -> "#".repeat(m.group().length()));
        while (w.find()) {
            words++;
            int s = lineStart + w.start();
            int e = lineStart + w.end();
            boolean inSpan = metadata.nextClearBit(s) >= e;
            anyMention |= inSpan;
            firstPerson |= !inSpan && firstPersonWords.contains(w.group());
            boolean aside = parenthesized.charAt(w.start()) == '#'; // "(San Felipe de Jesús IV)" after a clave
            if (inSpan || aside || metaWords.contains(w.group()) || w.group().chars().allMatch(Character::isDigit)) {
                covered++;
            }
        }
        if ((SENTENCE_END.matcher(folded).find() || firstPerson) && words >= 10 && words > covered) {
            // "Soy observadora acreditada y el 1 de mayo estuve en la mesa de …": an introduction (context), also
            // when its writer puts no period at the end
            return false;
        }
        return anyMention && words <= 30 && covered * 4 >= words * 3;
    }

    /** Digits a scan read for the letters o and l inside words ("Distrit0", "territoria1"), as those letters; same length. */
    private static String scanLetters(String folded) {
        return SCAN_ZERO.matcher(SCAN_ONE.matcher(folded).replaceAll("l")).replaceAll("o");
    }

    private static final Pattern SCAN_ZERO = Pattern.compile("(?<=\\p{L})0|0(?=\\p{L})");
    private static final Pattern SCAN_ONE = Pattern.compile("(?<=\\p{L})1|1(?=\\p{L})");

    /** Whether most lines of the text start with a time: a log written minute by minute. */
    private static boolean isLog(List<Line> lines) {
        int timed = 0;
        int written = 0;
        for (Line l : lines) {
            if (!l.text().isBlank()) {
                written++;
                if (TIMED.matcher(l.text()).find()) {
                    timed++;
                }
            }
        }
        return timed >= LOG_ENTRIES && timed * 5 >= written * 3;
    }

    /** Whether a line is a register's code with a few words, and the next line with text is no other code. */
    private static boolean codedHeading(String text, String line, int end) {
        Matcher m = CODED_HEADING.matcher(line);
        if (!m.matches() || Boilerplate.words(m.group(1)) > CODED_HEADING_WORDS) {
            return false;
        }
        int next = end + 1;
        while (next < text.length()) {
            int nextEnd = text.indexOf('\n', next);
            String l = text.substring(next, nextEnd < 0 ? text.length() : nextEnd);
            if (!l.isBlank()) {
                return !CODED_ENTRY.matcher(l).find();
            }
            if (nextEnd < 0) {
                break;
            }
            next = nextEnd + 1;
        }
        return false;
    }

    /**
     * Where the rest of a line starts when its first sentence is about the document rather than the mesa
     * ("Informe dictado a mi lector de pantalla."), or 0.
     */
    private static int afterDocumentSentence(String folded) {
        Matcher m = FIRST_SENTENCE.matcher(folded);
        if (m.find() && Boilerplate.tellsHowItWasWritten(m.group(1))) {
            return m.end(1);
        }
        return 0;
    }

    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(\\s*[^.!?]{3,160}[.!?])\\s+\\S");

    /**
     * @param frameHeading a heading whose lines say what the borrowed genre is for ("OBJETIVO DEL JUEGO", "Objetivo
     *                     profesional"): what it heads is the genre's frame, no finding
     */
    private static List<Segment> toSegments(List<Block> blocks, Pattern frameHeading) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isHeading()) {
                String heading = headingText(b.lines.get(0));
                boolean label = b.lines.get(0).strip().endsWith(":");
                if (frameHeading.matcher(Folding.foldLower(heading).strip()).matches()) {
                    // the aim is the paragraph right under it; what follows it has headings of its own, or none
                    i = i + 1 < blocks.size() && !blocks.get(i + 1).isHeading() ? i + 1 : i;
                    continue;
                }
                int j = i + 1;
                if (j >= blocks.size() || blocks.get(j).isHeading()) {
                    continue;
                }
                if (ENUMERATED.matcher(b.lines.get(0)).find() && ENUMERATED.matcher(blocks.get(j).lines.get(0)).find()) {
                    continue; // "9. Recomendaciones:" then "10. Número de opiniones: 87": siblings, not a title and its items
                }
                if (startsWithField(blocks.get(j)) && !isValueField(blocks.get(j)) && !b.namesNextOnly) {
                    continue; // "Buenas prácticas:" then "Recomendaciones: …": an empty field before the next one
                }
                if (blocks.get(j).kind == Kind.LIST) {
                    while (j < blocks.size() && blocks.get(j).kind == Kind.LIST && !blocks.get(j).isHeading()) {
                        add(segments, heading, label, blocks.get(j));
                        j++;
                    }
                    i = j - 1;
                } else {
                    // the heading heads the lines right under it, one after the other, up to a blank line, another
                    // heading, a field with its own label ("Material: …") or a heading glued to its line ("Seguridad" /
                    // "Ningún incidente…")
                    add(segments, heading, label, blocks.get(j));
                    while (!b.namesNextOnly && j + 1 < blocks.size() && !blocks.get(j + 1).separated && !blocks.get(j + 1).isHeading()
                            && (!startsWithField(blocks.get(j + 1)) || isValueField(blocks.get(j + 1)))
                            && !startsWithOwnHeading(blocks.get(j + 1)) && blocks.get(j).kind == Kind.TEXT) {
                        j++;
                        add(segments, heading, label, blocks.get(j));
                    }
                    i = j;
                }
                continue;
            }
            add(segments, null, false, b);
        }
        return segments;
    }

    /** A field whose label only says "here is the answer" ("Valor:", "Respuesta:"): the heading above says what about. */
    private static final Pattern VALUE_FIELD = Pattern.compile(
            "^\\s*(?:valor|respuesta|resp|descripcion|detalle|dato|contenido|anotacion)(?:es)?(?: (?:adicional|complementari[oa])(?:es)?)?\\s*:");

    private static boolean isValueField(Block b) {
        return VALUE_FIELD.matcher(Folding.foldPreservingLength(b.lines.get(0))).find();
    }

    /** A block that starts with a label of its own ("Material: ii1…", "Recomendaciones: revisar…"). */
    private static boolean startsWithField(Block b) {
        return FIELD.matcher(b.lines.get(0)).find() || LEADER_FIELD.matcher(b.lines.get(0)).find();
    }

    /**
     * A block under a heading: the heading is its context, unless the block goes on the heading's sentence. A heading
     * that ends in a colon is a field's label ("Nota para el próximo año:" / "que pongan una lupa…"): what is written
     * under it is the field's value, even in lower case, and the label stays its context.
     *
     * @param label whether the heading's line ended in a colon
     */
    private static void add(List<Segment> segments, String heading, boolean label, Block b) {
        if (heading == null && b.kind == Kind.QUESTION && b.lines.size() > 1 && asksAlone(b.lines.get(0))
                && !ANSWER.matcher(Folding.foldPreservingLength(b.lines.get(1))).find()) {
            // a question on a line of its own and its answer under it (a FAQ, an interview written as questions): the
            // answer is the finding, read with the question it answers
            String answer = join(b.lines.subList(1, b.lines.size()));
            if (Boilerplate.words(answer) >= ANSWER_WORDS) {
                segments.add(new Segment(answer, b.start, b.end, b.lines.get(0).strip()));
                return;
            }
        }
        if (heading == null && b.lines.size() > 1 && asksAsAnItem(b.lines.get(0)) && fieldsApart(b.lines.get(0), b.lines.get(1))) {
            // a quiz's or a form's question on its own line and an answer under it that says what happened in a
            // sentence of its own ("Respuesta: a las 9:02, con las tres personas funcionarias…"): the answer is the
            // finding, read with the question; a short answer ("R: No") says nothing without it and stays joined
            String answer = join(b.lines.subList(1, b.lines.size()));
            if (Boilerplate.words(ANSWER_LABEL.matcher(answer).replaceFirst("")) >= STANDING_ANSWER_WORDS) {
                if (answersYesOrNo(answer)) {
                    // its yes or no answers the question as written ("¿Alguien pudo ver…? Respuesta: nadie; …"): the
                    // quote is the answer, what it says is read with the question right before it
                    segments.add(new Segment(answer, b.start, b.end, null, join(b.lines)));
                } else {
                    segments.add(new Segment(answer, b.start, b.end, b.lines.get(0).strip()));
                }
                return;
            }
        }
        if (heading == null && b.lines.size() > 1 && isRiddle(b.lines.get(0)) && ANSWER_LABEL.matcher(b.lines.get(1)).find()) {
            // a riddle: the clues tell what happened, the answer under them only names who or what it was ("…¿Quién
            // soy?" / "Respuesta: la urna, sellada todo el día."); the clues are the finding, the answer no finding
            segments.add(riddle(b));
            return;
        }
        if (heading == null && b.riddle && b.lines.size() == 1) {
            segments.add(riddle(b));
            return;
        }
        List<int[]> cells = b.tableRow && b.proseColumn >= 0 && b.lines.size() == 1 ? TableRows.cellsOf(b.lines.get(0)) : null;
        if (cells != null && cells.size() > b.proseColumn) {
            int[] prose = cells.get(b.proseColumn);
            if (!b.lines.get(0).substring(prose[0], prose[1]).isBlank()) {
                // a spreadsheet row: what was observed is its prose cell; the row's other cells (a name, an hour, a
                // grade) say what about, as a heading does
                String line = b.lines.get(0);
                // a later cell that tells a thing of its own in a sentence ("…,La mesa no le dijo nada y la foto
                // circuló en la fila"): a second observation of the row, not a grade or a name of what the prose tells
                List<int[]> own = new ArrayList<>();
                for (int i = b.proseColumn + 1; i < cells.size(); i++) {
                    String said = line.substring(cells.get(i)[0], cells.get(i)[1]).strip();
                    if (Boilerplate.words(said) >= OWN_CELL_WORDS && !verbless(said)) {
                        own.add(cells.get(i));
                    }
                }
                String others = otherCells(line, prose, own);
                String context = heading == null ? others : others.isEmpty() ? heading : heading + ". " + others;
                segments.add(new Segment(line.substring(prose[0], prose[1]).strip(), b.start + prose[0], b.start + prose[1],
                        context.isEmpty() ? null : context));
                for (int[] cell : own) {
                    segments.add(new Segment(line.substring(cell[0], cell[1]).strip(), b.start + cell[0], b.start + cell[1],
                            context.isEmpty() ? null : context));
                }
                return;
            }
        }
        String body = join(b.lines);
        boolean goesOn = heading != null && !label && b.kind == Kind.TEXT && !body.isEmpty() && Character.isLowerCase(body.charAt(0));
        String text = goesOn ? heading + " " + body : body;
        String context = goesOn ? null : heading != null ? heading : b.asked;
        String reading = null;
        if (b.row != null && b.row.reading() != null) {
            // the observation as joined (wrapped lines included) after the row's question and its answer
            String rest = text.substring(Math.min(text.length(), (b.row.lead() + " " + b.row.mark()).strip().length())).strip();
            reading = new TableRows.ChecklistRow(false, b.row.lead(), b.row.mark(), b.row.answer(), rest).reading();
        }
        if (Boilerplate.words(text) >= 2) {
            segments.add(new Segment(text, b.start, b.end, context, reading));
        }
    }

    /**
     * A riddle's clues: a sentence that tells, then a short question of its own asking who or what ("Tengo la boca
     * cerrada con cinta y nadie me la abrió. ¿Quién soy?", "…¿Qué se perdió?"). A question asking why or how ("¿Por
     * qué?") waits for an answer that explains, which is a finding.
     */
    private static final Pattern RIDDLE = Pattern.compile(
            "\\S[^¿?]{30,}[.,;:]?\\s*¿\\s*(?:(?:(?:a|de|con|para) )?qui[eé]n(?:es)?|qu[eé])(?:\\s+\\p{L}+){0,3}\\s*\\?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A line that tells in a sentence and closes with a short question of its own, as a riddle's clues do. */
    private static final Pattern TELLS_THEN_ASKS = Pattern.compile("\\S[^¿?]{30,}[.,;:]?\\s*¿(?:\\s*\\p{L}+){1,5}\\s*\\?\\s*$");

    private static boolean isRiddle(String line) {
        return RIDDLE.matcher(line.strip()).matches();
    }

    private static boolean tellsThenAsks(String line) {
        return TELLS_THEN_ASKS.matcher(line.strip()).matches();
    }

    /** A riddle's clues as the finding, read without the question that closes them: what they tell, not what they ask. */
    private static Segment riddle(Block b) {
        String clues = b.lines.get(0).strip();
        return new Segment(clues, b.start, b.start + b.lines.get(0).length(), null, clues.substring(0, clues.lastIndexOf('¿')).strip());
    }

    /** Words a spreadsheet's cell after the prose column says, with a verb, to be an observation of its own. */
    private static final int OWN_CELL_WORDS = 7;

    /**
     * A row's filled cells other than its prose cell and those that are observations of their own, in order, joined as a
     * heading would read them.
     */
    private static String otherCells(String line, int[] prose, List<int[]> own) {
        StringBuilder rest = new StringBuilder(line);
        for (int[] cell : own) {
            for (int i = cell[0]; i < cell[1]; i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String kept = rest.toString();
        String before = kept.substring(0, prose[0]);
        String after = kept.substring(Math.min(kept.length(), prose[1] + 1));
        List<String> names = new ArrayList<>();
        for (String cell : (before + "," + after).split("[,;\\t]")) {
            String c = cell.replace("\"", "").strip();
            if (!c.isEmpty()) {
                names.add(c);
            }
        }
        return String.join(", ", names);
    }

    /**
     * A line that is only questions, not numbered ("¿A qué hora abrió la mesa?", "¿Quién atendía? ¿Cómo?"): the heading
     * of a FAQ's answer. A numbered one ("3. ¿Hubo propaganda?") is an item of a form, read together with its answer.
     */
    private static boolean asksAlone(String line) {
        return onlyQuestions(DIALOGUE_DASH.matcher(line.strip()).replaceFirst(""));
    }

    /** One or more questions and nothing else: "¿Hubo propaganda?", "¿A qué hora abrió? ¿Hubo retraso?". */
    private static final Pattern ONLY_QUESTIONS = Pattern.compile("(?:¿[^¿?]+\\?\\s*)+");

    private static boolean onlyQuestions(String s) {
        return ONLY_QUESTIONS.matcher(s.strip()).matches();
    }

    /**
     * A question of a form, a quiz or an exam on a line of its own, after its number or label ("Pregunta 4: ¿…?",
     * "Pregunta abierta (2 puntos): ¿…?", "7. ¿…?") and before the options to choose from ("¿…? a) una b) dos c) tres").
     */
    private static boolean asksAsAnItem(String line) {
        String s = QUESTION_LEAD.matcher(Folding.foldPreservingLength(line.strip())).replaceFirst("");
        s = OPTIONS.matcher(s).replaceFirst("?");
        Matcher instruction = INSTRUCTION.matcher(s);
        if (instruction.find() && !POLAR_START.matcher(instruction.group(1)).find()) {
            s = s.substring(0, instruction.start() + 1); // "¿Viste algo que no debía pasar? Explica.": the task, not an answer
        }
        return onlyQuestions(s);
    }

    /**
     * Whether a question and the answer under it are written as two fields that each say something: the answer under
     * its own label telling what happened rather than yes or no ("Respuesta: a las 9:02, con las tres personas…"), or
     * a question with options to choose from, as a quiz's, or its yes or no followed by a clause of its own ("Respuesta:
     * no; los policías de la esquina nunca se acercaron"), or an answer without a label that does not open with yes or no
     * ("B. ¿Hubo retraso?" / "Abrieron hasta las 10:20 porque…"). A bare answer that opens with yes or no ("4. ¿Se pegaron
     * los resultados?" / "Sí, en la caseta…") or one that only says yes or no ("Respuesta: No." / "Respuesta: Sí, muy
     * larga") is one item of a form with its question.
     */
    private static boolean fieldsApart(String question, String answer) {
        if (OPTIONS.matcher(Folding.foldPreservingLength(question.strip())).find() || ticksAnOption(answer)) {
            return true;
        }
        Matcher label = ANSWER_LABEL.matcher(Folding.foldPreservingLength(answer));
        boolean labelled = label.find();
        String said = labelled ? answer.substring(label.end()) : answer;
        if (!labelled && ANSWER.matcher(Folding.foldPreservingLength(answer)).find()) {
            return false; // "R. Sí. A las 15:30…": the form's own mark of an answer, read with its question
        }
        Matcher polar = POLAR_START.matcher(Folding.foldLower(said));
        if (!polar.find() || NEGATED_VERB.matcher(Folding.foldLower(said)).find()) {
            return true; // "R: No observé propaganda en un radio de cincuenta metros": a sentence of its own, not a no
        }
        if (!labelled) {
            // without a label, a yes or no affirms what the question asks ("Sí. Se instaló a las 8:55…"): one finding
            return false;
        }
        // "Respuesta: nadie; la mampara quedó contra un árbol…": after its yes or no the answer tells what happened in a
        // clause of its own; "Sí, muy larga desde las once" only qualifies the yes, and needs the question
        String rest = said.substring(polar.end());
        return Boilerplate.words(rest) >= STANDING_ANSWER_WORDS && !verbless(rest);
    }

    /**
     * How an answer starts when it says yes or no to its question ("Sí, a las 18:20", "No. Comentario: …", "nadie; la
     * mampara…", "b)."): what it says is the question's, so the two are one finding.
     */
    private static final Pattern POLAR_START = Pattern.compile(
            "^\\s*(?:si|no|nadie|ninguno|ninguna|nada|nunca|jamas|tampoco|claro|correcto|cierto|falso|verdadero|a veces|[a-e]\\))(?![\\p{L}])");

    /**
     * An answer that opens with «no» before the verb it denies, in the first person or the preterite ("No observé
     * propaganda…", "No hubo pleitos…", "No llegaron las mamparas…"): it tells what happened, not only no.
     */
    private static final Pattern NEGATED_VERB = Pattern.compile("^\\s*no\\s+(?:(?:se|me|le|les|lo|la|los|las)\\s+)?\\p{L}+(?:e|i|o|mos|aron|ieron|aba|aban|ia|ian)\\b");

    /** A box to tick before an option, empty or ticked: "[ ]", "[X]", "[✓]". */
    private static final Pattern OPTION_BOX = Pattern.compile("\\[\\s*([xX✓✔]?)\\s*\\]");

    /**
     * An answer written as the form's row of options with one of them ticked ("[ ] a) tres [X] b) dos [ ] c) una —
     * comentario: …"): the form printed the question, the writer ticked the answer, so the two are apart as a quiz's.
     */
    private static boolean ticksAnOption(String answer) {
        Matcher box = OPTION_BOX.matcher(answer);
        int boxes = 0;
        boolean ticked = false;
        while (box.find()) {
            if (boxes == 0 && !answer.substring(0, box.start()).isBlank()) {
                return false;
            }
            boxes++;
            ticked |= !box.group(1).isEmpty();
        }
        return boxes >= 2 && ticked;
    }

    /** Whether an answer, after its label, starts by saying yes or no ("Respuesta: no; …", "R: nadie, …"). */
    private static boolean answersYesOrNo(String answer) {
        Matcher label = ANSWER_LABEL.matcher(answer);
        String said = label.find() ? answer.substring(label.end()) : answer;
        Matcher polar = POLAR_START.matcher(Folding.foldLower(said));
        return polar.find() && !polar.group().strip().endsWith(")"); // "b)." picks an option, it says no yes or no
    }

    /** A line that ends asking, or asking and offering options to choose from ("¿…? a) 8:00 b) 9:00 c) 9:50"). */
    private static boolean endsAsking(String line) {
        String s = line.strip();
        return s.endsWith("?") || OPTIONS.matcher(s).find();
    }

    /** What numbers or names a question of a form: "7.", "b)", "P3.", "Pregunta 4:", "Pregunta extra (2 puntos):". */
    private static final Pattern QUESTION_LEAD = Pattern.compile(
            "^(?:\\(?(?:\\d{1,2}|[a-zA-Z])[.)]\\s*|(?:pregunta\\s*(?:\\d{1,2}|\\p{L}{1,12})?|p\\s?\\d{1,2})\\s*(?:\\([^)]{0,30}\\))?\\s*[:.)\\-]\\s*)",
            Pattern.CASE_INSENSITIVE);
    /**
     * What a worksheet tells whoever answers after its question ("Explica.", "Justifica tu respuesta.", "Describe
     * cómo."): a short imperative sentence, its verb ending as the tú or usted imperative does.
     */
    private static final Pattern INSTRUCTION = Pattern.compile("\\?\\s+(\\p{L}+[ae]n?(?:\\s+\\p{L}+){0,3})\\s*\\.$");
    /** The options of a multiple-choice question after it: "a) 8:00 b) 9:00 c) 9:50". */
    private static final Pattern OPTIONS = Pattern.compile("\\?\\s*(?:[a-eA-E]\\)\\s*[^?()]{1,40}?\\s*){2,}$");
    /** Words an answer says after its label to stand on its own without the question above it. */
    private static final int STANDING_ANSWER_WORDS = 6;
    /** An answer's own label: "R:", "Respuesta:", "Respuesta del jurado:", "Respuesta correcta:". */
    private static final Pattern ANSWER_LABEL = Pattern.compile("^\\s*(?:r|resp|respuesta)(?:\\s+\\p{L}+){0,3}\\s*[:=]\\s*", Pattern.CASE_INSENSITIVE);

    /** The dash that opens each turn of a dialogue written as in print ("—¿A qué hora llegó?" / "—A las 8:30."). */
    private static final Pattern DIALOGUE_DASH = Pattern.compile("^[—―]\\s*");

    private static String headingText(String line) {
        String s = BULLET.matcher(line).replaceFirst("").strip().replaceAll("[\\s_.\\-–]+$", "");
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    /** Whether a block's first line is a short heading of the sentence under it ("Proselitismo" / "Un grupo…"). */
    private static boolean headsTheLineUnder(String first, String second) {
        return Boilerplate.words(first) <= MAX_HEADING_WORDS && !first.matches(".*[.!?:]$") && !first.startsWith("¿")
                && startsSentence(second);
    }

    /**
     * A block that begins under a heading of its own, written on the line above its text without a blank line
     * ("Seguridad" / "Ningún incidente…"): the heading above the blocks before it no longer heads it.
     */
    private static boolean startsWithOwnHeading(Block b) {
        return b.kind == Kind.TEXT && b.lines.size() >= 2
                && headsTheLineUnder(BULLET.matcher(b.lines.get(0)).replaceFirst("").strip(), b.lines.get(1).strip());
    }

    /** Joins a block's lines: a first line that is a short heading gets ": ", a hyphen at a line end is undone. */
    private static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? BULLET.matcher(lines.get(i)).replaceFirst("").strip() : lines.get(i).strip();
            if (i == 0) {
                out.append(line);
                continue;
            }
            String soFar = out.toString();
            boolean headingFirst = i == 1 && headsTheLineUnder(soFar, line);
            if (soFar.endsWith("-") && !line.isEmpty() && Character.isLowerCase(line.charAt(0))
                    && soFar.length() > 1 && Character.isLetter(soFar.charAt(soFar.length() - 2))) {
                out.setLength(out.length() - 1);
                out.append(line);
            } else if (headingFirst) {
                out.append(": ").append(line);
            } else {
                out.append(' ').append(line);
            }
        }
        return out.toString().replace(String.valueOf(LineUnwrapper.SOFT_HYPHEN), "").replaceAll("[ \\t\\u00A0]+", " ").strip();
    }
}
