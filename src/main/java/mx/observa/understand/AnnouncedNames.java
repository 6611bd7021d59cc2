package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text announces a person by how it introduces them: a label and a colon ("Nombre:", "Observadora:",
 * "Atendió:"), a signature block ("Atentamente" and the lines after it), a courtesy title ("Sra. …", "Lic. …"), "me
 * llamo …" (how someone else is called, "dijo llamarse …", and a family, "la familia …", are announced in the privacy
 * vocabulary, {@code config/privacidad/vocabulario.yaml}), a byline ("Notas por …", "Notes by …", a line "Por … :"). These are the redaction's safety net: its spans
 * are removed whatever the detector thinks of the words, preferring to remove too much. The names found there are
 * also what the report is known to name ({@link #names}): a name the safety net hides in one passage is hidden in every
 * other passage, search hit and export of its report, and a search cannot find the report by it.
 */
public final class AnnouncedNames {

    /** A capitalized word, or an abbreviation with its period ("Ma.", "Fco."): "Tlapa. Vio" is two sentences, not a name. */
    private static final String NAME_WORD = "\\p{Lu}(?:[\\p{L}'’-]+|\\p{L}{0,3}\\.(?:\\p{Lu}\\.)*)";
    /** The words that open the name of a place or an office: a name never runs into one, and a run opened by one is no person. */
    static final String INSTITUTION_WORDS = "Centro|Escuela|Colegio|Instituto|Hospital|Cl[ií]nica|Mercado|Parque|Jard[ií]n|Deportivo"
            + "|Biblioteca|Iglesia|Parroquia|Templo|Capilla|Comit[eé]|Colonia|Unidad|Alcald[ií]a|Direcci[oó]n|Coordinaci[oó]n|M[oó]dulo"
            + "|Casa|Plaza|Museo|Universidad|Facultad|Consejo|Junta|Oficina|Sector|Cuadrante|Gobierno|Mesa|Distrito|Sala|Auditorio"
            + "|Calle|Avenida|Av|Calzada|Eje|Estaci[oó]n|Secretar[ií]a|Comisi[oó]n|Juzgado|Fiscal[ií]a|Oficial[ií]a";
    /** What a name never runs into after "de"/"del": a place or an office ("Lic. Ana Ruiz del Centro de Salud …"). */
    private static final String INSTITUTION = "(?!(?:" + INSTITUTION_WORDS + ")(?![\\p{L}]))";
    /**
     * Up to five capitalized words on one line (a name never continues on the next line), apart by spaces: a tab
     * separates a table's cells ("Nombre\tCelular\tCorreo" is a header, not a name).
     */
    private static final String NAME = NAME_WORD + "(?: +(?:(?:de|del|la|las|los|y) +" + INSTITUTION + ")?" + NAME_WORD + "){0,4}";
    private static final Pattern NAME_RUN = Pattern.compile("(?u)" + NAME);
    private static final Pattern OPENS_WITH_INSTITUTION = Pattern.compile("(?u)^(?:" + INSTITUTION_WORDS + ")(?![\\p{L}])");
    /**
     * A saint's name: nobody's given name is «San», «Santa» or «Santo», so a title before one announces a devotion or the
     * song or feast named after it («Señora Santa Ana», «Señor San José»), never a person.
     */
    private static final Pattern OPENS_WITH_SAINT = Pattern.compile("(?u)^(?:San|Santa|Santo|SAN|SANTA|SANTO)(?![\\p{L}])");

    /**
     * A label announcing a person + colon, maybe set in parentheses after another word («Capitana (observadora): …»):
     * the capitalized words that follow are the name; when the value is not capitalized, everything up to the next
     * comma, semicolon, period or line end.
     */
    private static final Pattern PERSON_LABEL = Pattern.compile(
            "(?iu)\\b(?:nombre(?:\\s+completo)?(?:\\s+de\\s+la\\s+persona\\s+observadora|\\s+del\\s+observador"
                    + "|\\s+de\\s+la\\s+observadora)?|(?:persona\\s+)?observador(?:a|es|as|\\(a\\)|/a)?"
                    + "|firma|elabor[óo]|responsable|testigo)"
                    // the label's last word may close an aside: «Capitana (observadora): …», «Vocal (testigo): …»
                    + "\\)?(?:[ \\t]*[:：]|\\t)[ \\t]*(?:(?-i:(" + NAME + "))|([^\\n,;.]+))");
    /**
     * Who did something, as a form or a ticket records it ("Atendió: agente Y. Cordero", "Capturó: Lic. Rosa Díaz"): a
     * role word in lower case may stand before the name; only capitalized words are taken ("Reportó: falta de boletas"
     * reports a fact).
     */
    private static final Pattern ACTOR_LABEL = Pattern.compile(
            "(?iu)\\b(?:atendi[óo]|captur[óo]|recibi[óo]|report[óo]|redact[óo]|autor(?:a)?|entrevistad[oa]|contacto)"
                    + "[ \\t]*[:：][ \\t]*(?-i:(?:\\p{Ll}+[ \\t]+)?(" + NAME + "))");
    /**
     * A byline: who wrote, sent or published the text ("Notas por …", "Notes by …", "Publicado por …") or a line that
     * opens with "Por …" and a colon, a comma or a parenthesis. Two words at least: "enviado por WhatsApp" names an app.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)(?:(?iu:\\b(?:notas?|notes|reporte|report|informe|fotos|photos|elaborad[oa]|escrit[oa]|redactad[oa]|enviad[oa]"
                    + "|publicad[oa]|posted|written|sent|comentario)[ \\t]+(?:por|by))|(?m:^)[ \\t]*(?iu:por|by))[ \\t]+"
                    + "(" + NAME_WORD + "(?: +(?:(?:de|del|la|las|los|y) +" + INSTITUTION + ")?" + NAME_WORD + "){1,4})"
                    + "(?=[ \\t]*(?:[:,(\\n]|$))");
    /**
     * A line after a signature that is no part of it: a postscript ("PD:", "P.S.") or a sentence (seven words or more
     * ending in a period: "Se turna a la Unidad Técnica … para su conocimiento."). A signature's lines are short: a
     * name, a role, an office, a phone.
     */
    private static final String PROSE_LINE = "[ \\t]*(?:p\\.?[ \\t]?[ds]\\b|(?:[^\\s]+[ \\t]+){6,}[^\\n]*\\.[ \\t]*(?:\\n|$))";
    /**
     * A signature block: whatever follows "Atentamente" on its line and the two lines after it, up to a line of copies
     * ("c.c.p. Coordinación …"): those name offices; or a line that is no part of a signature ({@link #PROSE_LINE}).
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?iu)\\batentamente\\b[ \\t,.:;-]*([^\\n]*(?:\\n(?![ \\t]*c\\.?[ \\t]?c\\.?[ \\t]?p\\b)(?!" + PROSE_LINE + ")[^\\n]*){0,2})");
    /**
     * Not after a capitalized word, with or without a quote between: "Hospital General Dr. Manuel Gea González" and
     * Centro de Salud "Dr. Gustavo Baz Prada" are places.
     */
    private static final Pattern HONORIFIC = Pattern.compile(
            "(?u)(?<!\\p{Lu}\\p{L}{1,30}[ \\t][\"'“«]?)\\b(?:(?:Sr|Sra|Srta|Lic|Licda|Ing|Mtro|Mtra|Dr|Dra|Prof|Profa|C)\\.|[Ss]eñor(?:a|ita)?|[Dd]on|[Dd]oña)"
                    // "C. TITULAR DE LA DIRECCIÓN DISTRITAL 8", "C. Presidente de la mesa": a letter addressed to an office
                    + "[ \\t]+(?!(?iu:titular|presidente|presidenta|director|directora|secretari[oa]|jef[ea]|coordinador|coordinadora"
                    + "|consejer[oa]|responsable|encargad[oa]|encargad[oa]s|delegad[oa]|funcionari[oa])(?![\\p{L}]))(" + NAME + ")");
    private static final Pattern SELF_NAMED = Pattern.compile(
            "(?iu)\\b(?:me\\s+llamo|mi\\s+nombre\\s+es)[ \\t]+(?-i:(" + NAME + "))");
    /** The patterns whose announced part is a name (not a signature's free lines): one opened by a place or an office is none. */
    private static final List<Pattern> NAMED = List.of(PERSON_LABEL, ACTOR_LABEL, BYLINE, HONORIFIC, SELF_NAMED);
    /**
     * A label announcing a list of people ("Asistentes:", "Asisten:", "Integrantes:", "Participantes:", "Firman:", who
     * observed, "Observaron:", "Observadoras:"):
     * every item of the list, apart by commas, semicolons, slashes or "y", is a person, as long as the items are
     * capitalized names (an article or a courtesy title may open one: "el Güero Maldonado", "Doña Cleofas Ibarrola").
     */
    private static final Pattern LIST_LABEL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:asistentes|asisten|presentes|participantes|participan|integrantes|acompa[ñn]antes|invitad[oa]s|firman"
                    + "|testigos|miembros|convoca|convocan|observaron|observamos|observadores|observadoras)[ \\t]*[:：][ \\t]*");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?u)(?:(?:el|la|El|La)[ \\t]+)?(" + NAME + ")(?:[ \\t]*\\([^()\\n]{1,40}\\))?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?u)[ \\t]*(?:[,;/]|[ \\t](?:y|e)(?=[ \\t]))[ \\t]*(?:(?:y|e)[ \\t]+)?");
    /**
     * Who speaks in a chat or a transcript, in the tag that opens the line: "[moderador Dante Villegas] Bienvenidos…",
     * "&lt;Ana Ruiz&gt; hola": a role word in lower case may stand before the name; without it, two capitalized words at
     * least ("[Nota] …", "[X]" are no speakers).
     */
    private static final Pattern SPEAKER_TAG = Pattern.compile(
            "(?mu)^[ \\t]*[\\[<](?:\\p{Ll}+[ \\t]+(" + NAME + ")|(" + NAME_WORD + "(?: +(?:(?:de|del|la|las|los|y) +)?" + NAME_WORD + "){1,4}))[\\]>]");

    private AnnouncedNames() {
    }

    /** The announced parts of {@code text} (the label before each left out), as {@code [start, end)} pairs, unsorted. */
    public static List<int[]> spans(String text) {
        return new ArrayList<>(find(text).spans());
    }

    /**
     * The people a text names by where it puts them, whatever the words (a list after "Asistentes:", a chat's speaker
     * tag), as {@code [start, end)} pairs: names the lists of given names and surnames may not know.
     */
    private static List<int[]> listed(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher label = LIST_LABEL.matcher(text);
        while (label.find()) {
            int pos = label.end();
            int lineEnd = text.indexOf('\n', pos);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            while (pos < lineEnd) {
                Matcher item = LIST_ITEM.matcher(text).region(pos, lineEnd);
                if (!item.lookingAt() || OPENS_WITH_INSTITUTION.matcher(item.group(1)).find()) {
                    break;
                }
                spans.add(new int[] {item.start(1), item.end(1)});
                Matcher separator = LIST_SEPARATOR.matcher(text).region(item.end(), lineEnd);
                if (!separator.lookingAt()) {
                    break;
                }
                pos = separator.end();
            }
        }
        addGroupSpans(text, SPEAKER_TAG, spans);
        return spans;
    }

    /**
     * Adds to {@code spans} the personal part of every match of {@code pattern} in {@code text}: its first group that
     * matched, without surrounding spaces, so the label before it stays readable.
     */
    public static void addGroupSpans(String text, Pattern pattern, List<int[]> spans) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int g = 1;
            while (g < m.groupCount() && m.group(g) == null) {
                g++;
            }
            String personal = m.group(g);
            if (personal != null && !personal.isBlank()) {
                int start = m.start(g) + (personal.length() - personal.stripLeading().length());
                int end = m.end(g) - (personal.length() - personal.stripTrailing().length());
                spans.add(new int[] {start, end});
            }
        }
    }

    /**
     * One scan of {@code text}: the announced parts ({@link #spans}) and the names in them.
     *
     * @param spans  the safety net's spans, {@code [start, end)}, unsorted
     * @param names  the capitalized runs inside them ("Ramiro Esquivias" of "C.c.p. Lic. Ramiro Esquivias, asesor"),
     *               none opened by the name of a place or an office: candidates, for the caller to keep those that look
     *               like people's names
     * @param listed the items of a list of people and the speakers of a chat ({@link #listed}): people by where the
     *               text puts them, even when no list knows their words
     */
    public record Found(List<int[]> spans, List<String> names, List<String> listed) {
    }

    public static Found find(String text) {
        if (text == null || text.isEmpty()) {
            return new Found(List.of(), List.of(), List.of());
        }
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : NAMED) {
            List<int[]> named = new ArrayList<>();
            addGroupSpans(text, p, named);
            // "Autoridad que atendió: Secretaría de Seguridad Ciudadana", "Responsable: Jardín de Niños Rosaura Zapata"
            named.removeIf(span -> OPENS_WITH_INSTITUTION.matcher(text.substring(span[0], span[1])).find()
                    || OPENS_WITH_SAINT.matcher(text.substring(span[0], span[1])).find());
            spans.addAll(named);
        }
        addGroupSpans(text, SIGNATURE, spans);
        List<int[]> listedSpans = listed(text);
        spans.addAll(listedSpans);
        // who is told by how she is called («dijo llamarse …», «se llama …») and a family named by its surnames («la
        // familia …») are the detector's, announced in config/privacidad/vocabulario.yaml (anuncios, funciones): one
        // place a person edits, and one list of place words there that says «la colonia se llama …» names a place
        List<String> listed = new ArrayList<>();
        for (int[] span : listedSpans) {
            listed.add(text.substring(span[0], span[1]));
        }
        return new Found(spans, names(text, spans), listed);
    }

    /** The capitalized runs inside {@code spans} of {@code text}, none opened by the name of a place or an office. */
    private static List<String> names(String text, List<int[]> spans) {
        List<String> names = new ArrayList<>();
        for (int[] span : spans) {
            Matcher m = NAME_RUN.matcher(text).region(span[0], span[1]);
            while (m.find()) {
                String run = m.group().strip();
                if (!OPENS_WITH_INSTITUTION.matcher(run).find() && !OPENS_WITH_SAINT.matcher(run).find()) {
                    names.add(run);
                }
            }
        }
        return names;
    }
}
