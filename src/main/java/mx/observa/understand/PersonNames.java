package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Names of people in a report, found where reports put them: after a label ("Nombre:", "Observadora:",
 * "Observó:"), as a mail sender ("De: Laura Méndez &lt;…&gt;"), in a signature (after "Atentamente", "Saludos",
 * "--", or as the last line), after "me llamo", after a title or form of address ("Lic.", "Sra.", "C.",
 * "señor") and in lists of names after a label ("Equipo: Alma Fuentes, Roberto Nava y Cecilia Ordaz").
 * Strength tells the source: 4 label, 3 mail sender, 2 signature, 1 anywhere else.
 */
final class PersonNames {

    static final int LABEL = 4;
    static final int SENDER = 3;
    static final int SIGNATURE = 2;
    static final int OTHER = 1;

    private static final String TITLE = "(?:(?:lic|licda|ing|arq|mtro|mtra|dr|dra|c|sr|sra|srta|profr|profra|prof|psic)\\.?\\s+)";
    private static final Pattern LABELLED = Pattern.compile(
            "(?m)^[ \\t*\\-]*(?:nombre y firma(?: de la persona observadora)?|nombre de la persona observadora|nombre del observador(?:\\(a\\))?|nombre de la observadora"
                    + "|persona observadora|observador(?:\\(a\\)|a)?|observo|observado por|nombre|responsable del informe"
                    + "|elaborado por|elaboro)[ \\t]*(?::|\\t)[ \\t]*(.+)$");
    private static final Pattern SENDER_LINE = Pattern.compile(
            "(?m)^[ \\t>]*(?:de|from)\\s*:[ \\t]*\"?([^<\\n\"]+?)\"?\\s*<[^>\\n]+>");
    private static final Pattern CLOSING = Pattern.compile(
            "(?m)^[ \\t]*(?:atentamente|atte\\.?|saludos(?: cordiales)?|cordialmente|un saludo|reciba un saludo|con carino|un abrazo"
                    + "|gracias(?: por [\\p{L} ]{1,40})?|--)[ \\t,.!]*$");
    private static final Pattern ME_LLAMO = Pattern.compile("(?:me llamo|mi nombre es)\\s+");
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?<![\\p{L}.])(?:Lic\\.|Licda\\.|Ing\\.|Arq\\.|Mtro\\.|Mtra\\.|Dr\\.|Dra\\.|C\\.|Sr\\.|Sra\\.|Srta\\.|señor|señora|don|doña|Don|Doña)[ \\t]+"
                    + "(\\p{Lu}[\\p{L}]+(?:[ \\t]+(?:de[ \\t]+la[ \\t]+|del[ \\t]+|de[ \\t]+|y[ \\t]+)?\\p{Lu}[\\p{L}]+){1,4})");
    private static final Pattern LIST_AFTER_LABEL = Pattern.compile("(?m)^[^:\\n]{1,60}:[ \\t]*(.+)$");

    /** Words that never belong to a person's name in these reports (institutions, roles, places, headings). */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "instituto", "electoral", "comision", "consulta", "presupuesto", "participativo", "observacion", "observador",
            "observadora", "persona", "personas", "acreditado", "acreditada", "red", "colectivo", "organizacion",
            "asociacion", "civil", "alcaldia", "distrito", "unidad", "territorial", "mesa", "receptora", "opinion",
            "informe", "reporte", "ciudad", "mexico", "independiente", "ninguna", "ninguno", "equipo", "coordinacion",
            "direccion", "consultora", "vecinal", "ciudadana", "ciudadano", "enviado", "iphone", "android", "tel",
            "cel", "correo", "sistema", "general", "jornada", "fecha", "local", "datos", "gracias", "saludos",
            "atentamente", "presente", "secretaria", "colonia", "pueblo", "barrio", "anexo", "adjunto", "publico", "sin",
            "con", "todo", "todos", "muy", "buen", "buena", "buenas", "buenos", "nada", "urna", "boletas");
    private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "y");

    List<Mention<String>> find(String text) {
        List<Mention<String>> names = new ArrayList<>();
        String folded = Folding.foldPreservingLength(text);
        Matcher m = LABELLED.matcher(folded);
        while (m.find()) {
            addValue(names, text, m.start(1), m.end(1), LABEL);
        }
        m = SENDER_LINE.matcher(folded);
        while (m.find()) {
            addValue(names, text, m.start(1), m.end(1), SENDER);
        }
        m = CLOSING.matcher(folded);
        while (m.find()) {
            signatureAfter(names, text, m.end());
        }
        lastLine(names, text);
        m = ME_LLAMO.matcher(folded);
        while (m.find()) {
            addLeadingName(names, text, m.end(), LABEL);
        }
        m = ADDRESSED.matcher(text);
        while (m.find()) {
            add(names, text, m.start(1), m.end(1), OTHER);
        }
        m = LIST_AFTER_LABEL.matcher(text);
        while (m.find()) {
            nameList(names, text, m.start(1), m.end(1));
        }
        names.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.strength(), a.strength()));
        List<Mention<String>> distinct = new ArrayList<>();
        for (Mention<String> n : names) {
            if (distinct.stream().noneMatch(d -> n.start() < d.end() && d.start() < n.end())) {
                distinct.add(n);
            }
        }
        return distinct;
    }

    /** Another field on the same line ("… Organización: Ninguna") once spaces have been collapsed. */
    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?iu)\\s+(?:organizaci[oó]n|alcald[ií]a|distrito|unidad territorial|ut|fecha|colonia|mro|tel[eé]fono|correo"
                    + "|acreditaci[oó]n|cargo|firma|nombre)\\s*:");

    /** A field value: the name is what comes before a comma, two spaces, a tab, a separator or the next field. */
    private void addValue(List<Mention<String>> names, String text, int start, int end, int strength) {
        String value = text.substring(start, end);
        Matcher next = NEXT_LABEL.matcher(value);
        int cut = next.find() ? next.start() : value.length();
        for (String sep : new String[] {",", "  ", "\t", " | ", " · ", " – ", " - ", "("}) {
            int i = value.indexOf(sep);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        addLeadingName(names, text, start, start + cut, strength);
    }

    private void addLeadingName(List<Mention<String>> names, String text, int start, int strength) {
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != ',' && text.charAt(end) != '.') {
            end++;
        }
        addLeadingName(names, text, start, end, strength);
    }

    /** Takes the longest run of name-like words at the start of the span, after an optional title. */
    private void addLeadingName(List<Mention<String>> names, String text, int start, int end, int strength) {
        String span = text.substring(start, end);
        Matcher title = Pattern.compile("^\\s*" + TITLE, Pattern.CASE_INSENSITIVE).matcher(span);
        int from = title.find() ? title.end() : 0;
        while (from < span.length() && Character.isWhitespace(span.charAt(from))) {
            from++;
        }
        int to = from;
        int words = 0;
        int i = from;
        while (i < span.length()) {
            int j = i;
            while (j < span.length() && Character.isLetter(span.charAt(j))) {
                j++;
            }
            if (j == i) {
                break;
            }
            String word = span.substring(i, j);
            boolean connector = CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
            boolean labelFollows = j < span.length() && span.charAt(j) == ':';
            if (!connector && (!Character.isUpperCase(word.charAt(0)) || labelFollows || NOT_NAME_WORDS.contains(Folding.foldPreservingLength(word)))) {
                break;
            }
            if (!connector) {
                words++;
                to = j;
            }
            i = j;
            while (i < span.length() && span.charAt(i) == ' ') {
                i++;
            }
        }
        if (words >= 2) {
            add(names, text, start + from, start + to, strength);
        }
    }

    /** The first non-blank line (within four) after a closing such as "Atentamente" or "--". */
    private void signatureAfter(List<Mention<String>> names, String text, int closingLineEnd) {
        int newline = text.indexOf('\n', closingLineEnd);
        for (int k = 0; k < 4 && newline >= 0; k++) {
            int s = newline + 1;
            int e = Lines.end(text, s);
            if (!text.substring(s, e).isBlank()) {
                addLeadingName(names, text, s, e, SIGNATURE);
                return;
            }
            newline = e < text.length() ? e : -1;
        }
    }

    /** A report often ends with the observer's bare name. */
    private void lastLine(List<Mention<String>> names, String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return;
        }
        int start = Lines.start(text, end);
        String line = text.substring(start, end).strip();
        boolean setApart = start <= 1 || text.substring(Lines.start(text, start - 1), start - 1).isBlank();
        if (setApart && line.split("\\s+").length <= 6 && line.matches("[\\p{L} .]+")) {
            addLeadingName(names, text, start, end, SIGNATURE);
        }
    }

    private void nameList(List<Mention<String>> names, String text, int start, int end) {
        String value = text.substring(start, end);
        String[] parts = value.split(",|\\sy\\s");
        if (parts.length < 2) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        int offset = 0;
        for (String part : parts) {
            int at = value.indexOf(part, offset);
            offset = at + part.length();
            String p = part.strip();
            if (!looksLikeName(p)) {
                return;
            }
            int s = start + at + part.indexOf(p);
            spans.add(new int[] {s, s + p.length()});
        }
        spans.forEach(s -> add(names, text, s[0], s[1], OTHER));
    }

    private void add(List<Mention<String>> names, String text, int start, int end, int strength) {
        String name = text.substring(start, end).strip();
        if (looksLikeName(name)) {
            int s = start + text.substring(start, end).indexOf(name);
            names.add(new Mention<>(name, s, s + name.length(), strength));
        }
    }

    /** Two to six capitalized words (connectors aside), letters only, none of them an institutional word. */
    static boolean looksLikeName(String candidate) {
        String[] words = candidate.strip().split("\\s+");
        int significant = 0;
        for (String w : words) {
            String f = Folding.foldPreservingLength(w);
            if (CONNECTORS.contains(f)) {
                continue;
            }
            if (!w.matches("\\p{Lu}[\\p{L}]+") || NOT_NAME_WORDS.contains(f)) {
                return false;
            }
            significant++;
        }
        return significant >= 2 && significant <= 6;
    }
}
