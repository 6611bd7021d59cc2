package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text announces a person by how it introduces them: a label and a colon ("Nombre:", "Observadora:",
 * "Atendió:"), a signature block ("Atentamente" and the lines after it), a courtesy title ("Sra. …", "Lic. …"), "me
 * llamo …", a byline ("Notas por …", "Notes by …", a line "Por … :"). These are the redaction's safety net: its spans
 * are removed whatever the detector thinks of the words, preferring to remove too much. The names found there are
 * also what the report is known to name ({@link #names}): a name the safety net hides in one passage is hidden in every
 * other passage, search hit and export of its report, and a search cannot find the report by it.
 */
public final class AnnouncedNames {

    /** A capitalized word, or an abbreviation with its period ("Ma.", "Fco."): "Tlapa. Vio" is two sentences, not a name. */
    private static final String NAME_WORD = "\\p{Lu}(?:[\\p{L}'’-]+|\\p{L}{0,3}\\.(?:\\p{Lu}\\.)*)";
    /** The words that open the name of a place or an office: a name never runs into one, and a run opened by one is no person. */
    private static final String INSTITUTION_WORDS = "Centro|Escuela|Colegio|Instituto|Hospital|Cl[ií]nica|Mercado|Parque|Jard[ií]n|Deportivo"
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
     * A label announcing a person + colon: the capitalized words that follow are the name; when the value is not
     * capitalized, everything up to the next comma, semicolon, period or line end.
     */
    private static final Pattern PERSON_LABEL = Pattern.compile(
            "(?iu)\\b(?:nombre(?:\\s+completo)?(?:\\s+de\\s+la\\s+persona\\s+observadora|\\s+del\\s+observador"
                    + "|\\s+de\\s+la\\s+observadora)?|(?:persona\\s+)?observador(?:a|es|as|\\(a\\)|/a)?"
                    + "|firma|elabor[óo]|responsable|testigo)"
                    + "(?:[ \\t]*[:：]|\\t)[ \\t]*(?:(?-i:(" + NAME + "))|([^\\n,;.]+))");
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
     * A signature block: whatever follows "Atentamente" on its line and the two lines after it, up to a line of copies
     * ("c.c.p. Coordinación …"): those name offices.
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?iu)\\batentamente\\b[ \\t,.:;-]*([^\\n]*(?:\\n(?![ \\t]*c\\.?[ \\t]?c\\.?[ \\t]?p\\b)[^\\n]*){0,2})");
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
    private static final List<Pattern> ALL = List.of(PERSON_LABEL, ACTOR_LABEL, BYLINE, SIGNATURE, HONORIFIC, SELF_NAMED);

    private AnnouncedNames() {
    }

    /** The announced parts of {@code text} (the label before each left out), as {@code [start, end)} pairs, unsorted. */
    public static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        for (Pattern p : ALL) {
            addGroupSpans(text, p, spans);
        }
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
     * The capitalized runs inside the announced parts of {@code text} ("Ramiro Esquivias" of "C.c.p. Lic. Ramiro
     * Esquivias, asesor"), none opened by the name of a place or an office: candidates, for the caller to keep those
     * that look like people's names.
     */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (int[] span : spans(text)) {
            Matcher m = NAME_RUN.matcher(text).region(span[0], span[1]);
            while (m.find()) {
                String run = m.group().strip();
                if (!OPENS_WITH_INSTITUTION.matcher(run).find()) {
                    names.add(run);
                }
            }
        }
        return names;
    }
}
