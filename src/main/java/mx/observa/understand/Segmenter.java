package mx.observa.understand;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Splits a report into findings: paragraphs, list items, and questions together with their answers. Drops what
 * is not a finding: boilerplate ({@link Boilerplate}), lines that only carry the report's metadata ("Alcaldía:
 * Tláhuac", "DTTO 30 · UT Paseos de Taxqueña II", "1 de mayo de 2022"), signature blocks, legal notices, and
 * everything after a quoted reply or a "--" signature marker. Short headings are kept as context: "Material" on
 * its own line before a paragraph becomes "Material: …", and a heading before a list prefixes each item.
 * Lines wrapped inside a paragraph (as PDF extraction produces) are joined, and words hyphenated at a line end
 * are rejoined.
 */
final class Segmenter {

    /** A finding's text, cleaned for display, with the offsets of the report text it came from. */
    record Segment(String text, int start, int end) {
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•·▪–]|\\(?\\d{1,2}[.)]|\\(?[a-zA-Z]\\)|[a-zA-Z]\\.)\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•·▪–]\\s+");
    private static final Pattern QUESTION_START = Pattern.compile("^\\s*(?:(?:\\d{1,2}|[a-zA-Z])[.)]\\s*)?[¿]");
    private static final Pattern ANSWER = Pattern.compile(
            "^\\s*(?:r\\s*[:.\\-]|resp(?:uesta)?\\.?\\s*[:.\\-]|observaciones\\s*:|obs\\.?\\s*:|comentarios?\\s*:|\\[\\s*x?\\s*\\])");
    private static final Pattern METADATA_LABEL = Pattern.compile(
            "^\\s*(?:[-*•]\\s*)?(?:\\d{1,2}[.)]\\s*)?(?:nombre(?: y firma)?(?: de la persona observadora| del observador(?:\\(a\\))?| de la observadora| completo)?|firma"
                    + "|persona observadora|observador(?:a|\\(a\\))?|observo|observado por|organizacion|asociacion|agrupacion"
                    + "|alcaldia|demarcacion(?: territorial)?|distrito(?: electoral)?(?: local)?|unidad territorial|ut|colonia"
                    + "|seccion(?: electoral)?|mro|mesa receptora(?: de opinion)?|mesa|casilla"
                    + "|fecha(?: de (?:la )?(?:jornada|observacion|consulta))?|dia(?: observado)?|horario(?: de observacion)?"
                    + "|horas? de observacion|numero de acreditacion|acreditacion|folio|lugar|responsable del informe"
                    + "|elaborado por|equipo[\\p{L} ]{0,40}|integrantes|correo(?: electronico)?|telefono|tel|cel|domicilio"
                    + "|edad|sexo|genero)\\s*(?:\\([^)]*\\))?\\s*[:\\t]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> META_WORDS = Set.of(
            "de", "del", "la", "el", "los", "las", "y", "e", "en", "a", "al", "alcaldia", "alc", "delegacion", "demarcacion",
            "distrito", "dtto", "dto", "dd", "electoral", "local", "unidad", "territorial", "ut", "colonia", "col", "pueblo",
            "barrio", "mro", "mesa", "receptora", "opinion", "fecha", "dia", "jornada", "lunes", "martes", "miercoles",
            "jueves", "viernes", "sabado", "domingo", "observe", "observo", "observacion", "observador", "observadora",
            "persona", "hora", "horas", "hrs", "consulta", "hoy", "no", "num", "numero", "u", "hab", "pblo", "barr", "ampl",
            "fracc", "secc", "seccion", "o", "ro", "conj");
    private static final int MAX_HEADING_WORDS = 6;

    private enum Kind { TEXT, LIST, QUESTION }

    private static final class Block {
        final List<String> lines = new ArrayList<>();
        final Kind kind;
        final int start;
        int end;
        boolean afterPageBreak;

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
            if (lines.size() != 1) {
                return false;
            }
            String line = lines.get(0).strip();
            return Boilerplate.words(line) <= MAX_HEADING_WORDS && !line.matches(".*[.!?]$") && !line.startsWith("¿")
                    && !line.startsWith("¡");
        }
    }

    private enum Mode { NORMAL, SKIP_BLOCK, SIGNATURE_WAIT, SIGNATURE }

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
        List<Block> blocks = new ArrayList<>();
        OpenBlock open = new OpenBlock();
        boolean beforeContent = true;
        boolean pageBreak = false;
        Mode mode = Mode.NORMAL;
        int pos = 0;
        while (pos <= text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(pos, lineEnd);
            String folded = Folding.foldPreservingLength(line);
            int lineStart = pos;
            pos = lineEnd + 1;

            if (line.isBlank()) {
                open.close();
                if (mode == Mode.SKIP_BLOCK || mode == Mode.SIGNATURE) {
                    mode = Mode.NORMAL;
                }
                continue;
            }
            if (mode == Mode.SKIP_BLOCK) {
                continue;
            }
            if (mode == Mode.SIGNATURE_WAIT || mode == Mode.SIGNATURE) {
                mode = Mode.SIGNATURE;
                continue;
            }
            if (Boilerplate.isPageNumber(folded)) {
                pageBreak = true;
                continue;
            }
            if (Boilerplate.isQuotedLine(line)) {
                continue;
            }
            if (Boilerplate.isQuoteHeader(folded) || Boilerplate.isSignatureMarker(folded)) {
                if (beforeContent) {
                    continue;
                }
                break; // everything below is a quoted older message or a signature
            }
            if (Boilerplate.isMailHeader(folded)) {
                if (!beforeContent && startsQuotedHeaderBlock(text, pos)) {
                    break;
                }
                open.close();
                continue;
            }
            if (Boilerplate.startsLegalNotice(folded)) {
                open.close();
                mode = Mode.SKIP_BLOCK;
                continue;
            }
            if (Boilerplate.isClosing(folded)) {
                open.close();
                mode = Mode.SIGNATURE_WAIT;
                continue;
            }
            if (Boilerplate.isGreetingOrClosing(folded) || Boilerplate.isChrome(folded, beforeContent)
                    || Boilerplate.isCapitalTitle(line, beforeContent)
                    || isMetadataLine(lineStart, folded, metadata)) {
                open.close();
                continue;
            }

            beforeContent = false;
            boolean question = QUESTION_START.matcher(line).find();
            boolean answer = ANSWER.matcher(folded).find();
            boolean listItem = LIST_MARKER.matcher(line).find();
            boolean afterQuestion = open.lastClosed != null && open.lastClosed.kind == Kind.QUESTION
                    && (answer || open.lastClosed.lastLine().endsWith("?") && !question && !listItem) && open.lastClosed == lastBlock(blocks);
            if (open.current == null && afterQuestion) {
                open.current = open.lastClosed; // "¿…?" / blank line / "R: …" or the bare answer
                open.current.add(line, lineEnd);
                continue;
            }
            if (open.current == null) {
                open.current = new Block(question ? Kind.QUESTION : listItem ? Kind.LIST : Kind.TEXT, line, lineStart, lineEnd);
                open.current.afterPageBreak = pageBreak;
                pageBreak = false;
                blocks.add(open.current);
                continue;
            }
            pageBreak = false;
            String previous = open.current.lastLine();
            boolean previousIsQuestion = previous.endsWith("?") || previous.endsWith(":");
            if (answer || (previousIsQuestion && !question && !listItem)) {
                open.current.add(line, lineEnd);
            } else if (question) {
                if (open.current.isHeading()) {
                    open.current.add(line, lineEnd);
                } else {
                    open.current = new Block(Kind.QUESTION, line, lineStart, lineEnd);
                    blocks.add(open.current);
                }
            } else if (listItem || (previous.matches(".*[.!?]$") && startsSentence(line))) {
                open.current = new Block(listItem ? Kind.LIST : Kind.TEXT, line, lineStart, lineEnd);
                blocks.add(open.current);
            } else {
                open.current.add(line, lineEnd);
            }
        }
        return toSegments(mergeContinuations(blocks));
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

    /** A "De:"/"From:" line followed by another header line starts a quoted message. */
    private static boolean startsQuotedHeaderBlock(String text, int nextLineStart) {
        if (nextLineStart >= text.length()) {
            return false;
        }
        String next = Folding.foldPreservingLength(Lines.lineAt(text, nextLineStart));
        return Boilerplate.isMailHeader(next);
    }

    private static boolean startsSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '¿' || c == '¡' || c == '"' || c == '“';
    }

    private static boolean isMetadataLine(int lineStart, String folded, BitSet metadata) {
        if (METADATA_LABEL.matcher(folded).find()) {
            return true;
        }
        Matcher w = WORD.matcher(folded);
        int words = 0;
        int covered = 0;
        boolean anyMention = false;
        while (w.find()) {
            words++;
            int s = lineStart + w.start();
            int e = lineStart + w.end();
            boolean inSpan = metadata.nextClearBit(s) >= e;
            anyMention |= inSpan;
            if (inSpan || META_WORDS.contains(w.group()) || w.group().chars().allMatch(Character::isDigit)) {
                covered++;
            }
        }
        if (Boilerplate.startsWithLetterFormula(folded)) {
            return anyMention && covered * 5 >= words * 2; // "Por medio del presente … en la UT …, alcaldía …" is an introduction
        }
        return anyMention && words <= 30 && covered * 4 >= words * 3;
    }

    private static List<Segment> toSegments(List<Block> blocks) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isHeading()) {
                String heading = headingText(b.lines.get(0));
                int j = i + 1;
                if (j >= blocks.size() || blocks.get(j).isHeading()) {
                    continue;
                }
                if (blocks.get(j).kind == Kind.LIST) {
                    while (j < blocks.size() && blocks.get(j).kind == Kind.LIST && !blocks.get(j).isHeading()) {
                        add(segments, heading, blocks.get(j));
                        j++;
                    }
                    i = j - 1;
                } else {
                    add(segments, heading, blocks.get(j));
                    i = j;
                }
                continue;
            }
            add(segments, null, b);
        }
        return segments;
    }

    private static void add(List<Segment> segments, String heading, Block b) {
        String body = join(b.lines);
        boolean goesOn = b.kind == Kind.TEXT && !body.isEmpty() && Character.isLowerCase(body.charAt(0));
        String text = heading == null ? body : heading + (goesOn ? " " : ": ") + body;
        if (Boilerplate.words(text) >= 2) {
            segments.add(new Segment(text, b.start, b.end));
        }
    }

    private static String headingText(String line) {
        String s = BULLET.matcher(line).replaceFirst("").strip();
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
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
            boolean headingFirst = i == 1 && Boilerplate.words(soFar) <= MAX_HEADING_WORDS && !soFar.matches(".*[.!?:]$")
                    && !soFar.startsWith("¿") && startsSentence(line);
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
