package mx.observa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;

/**
 * What a report says about itself outside its findings — its title, its place lines ("Unidad territorial: 05-118
 * Cuautepec Barrio Alto"), the colonia or pueblo it names, its organization — as one text for the {@code encabezado}
 * field: the last resort of a search whose words no finding has ({@link QueryPlanner#headerFallback}), and a small lift
 * for the findings of a report whose header has the query's words ({@link RankingQuery#withHeaderWords}). Only the start
 * of the report is read, where a report says where it is; what is known to be personal is left out, so the field
 * never finds a report by a name the commission may not read.
 */
final class ReportHeader {

    /** A report says where it is in its first lines: reading further would only add the body's words. */
    static final int READ_CHARS = 3_000;
    /** Enough for a title and a block of data lines. */
    static final int MAX_CHARS = 1_000;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReportHeader() {
    }

    /** The header text of {@code report} without the strings in {@code personal}; empty when there is none. */
    static String of(Report report, ReportMetadata meta, Set<String> personal) {
        List<String> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            findings.add(normalized(f.text()));
        }
        StringBuilder header = new StringBuilder();
        String text = report.text() == null ? "" : report.text();
        for (String line : text.substring(0, Math.min(text.length(), READ_CHARS)).split("\\R")) {
            String l = normalized(line);
            if (l.isEmpty() || partOfAFinding(l, findings)) {
                continue;
            }
            append(header, l);
            if (header.length() >= MAX_CHARS) {
                break;
            }
        }
        if (meta.utName() != null) {
            append(header, meta.utName());
        }
        if (meta.organization() != null) {
            append(header, meta.organization());
        }
        String all = header.length() > MAX_CHARS + 200 ? header.substring(0, MAX_CHARS + 200) : header.toString();
        return withoutPersonal(all, personal).strip();
    }

    /** A line inside a finding, or one that holds a finding (a body paragraph cut into several), is not header. */
    private static boolean partOfAFinding(String line, List<String> findings) {
        for (String f : findings) {
            if (f.contains(line) || (!f.isEmpty() && line.contains(f))) {
                return true;
            }
        }
        return false;
    }

    private static void append(StringBuilder header, String s) {
        if (!header.isEmpty()) {
            header.append('\n');
        }
        header.append(s.strip());
    }

    private static String normalized(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Every occurrence of each personal string, in any case, blanked. */
    private static String withoutPersonal(String header, Set<String> personal) {
        String result = header;
        for (String p : personal) {
            String needle = normalized(p);
            if (needle.isEmpty()) {
                continue;
            }
            result = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result).replaceAll(" ");
        }
        return result;
    }
}
