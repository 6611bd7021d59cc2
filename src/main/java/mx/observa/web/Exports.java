package mx.observa.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.archive.Json;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.review.ReviewField;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;

/**
 * {@code GET /api/v1/hallazgos/exportar?formato=csv|json&…} (same filters as the search): the whole result set, in the
 * order of the search, up to {@code observa.export.max-hallazgos}, with the values a person reviewed in place of the
 * automatic ones and marked as reviewed. The file says what it is: who exported it, when, with which words and
 * filters (CSV: a block of lines starting with {@code #} before the table; JSON: the {@code consulta} object).
 * CSV is UTF-8 with a BOM so Excel reads the accents, and a cell that starts like a formula (= + - @, tab, carriage
 * return) is prefixed with an apostrophe so a spreadsheet shows it as text instead of running it. For analista and
 * admin, exports carry the full text of the findings (personal data included, as they are authorized to read it, for
 * internal work); for comision, text and source names go through the report's {@link mx.observa.report.Redactor}
 * ({@link RoleView}). Each export is audited.
 */
public final class Exports {

    static final String[] COLUMNS = {"folio", "hallazgo", "fuente", "canal", "recibido", "alcaldia", "distrito", "ut",
            "mro", "fecha", "temas", "tipo", "texto", "duplicado_de", "revisado", "etiquetas"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    /** The export's moment, always with its seconds (OffsetDateTime.toString() drops them when they are 0). */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final FindingSearch search;
    private final Access access;
    private final int max;
    private final RoleView view;
    private final Reviews reviews;
    private final Clock clock;

    public Exports(FindingSearch search, Access access, int max, RoleView view, Reviews reviews, Clock clock) {
        this.search = search;
        this.access = access;
        this.max = max;
        this.view = view;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** One exported finding: as the role reads it, with its reviewed values, and which of them a person reviewed. */
    record Row(IndexedFinding finding, List<ReviewField> reviewed, boolean notAFinding, List<String> tags) {

        String kind() {
            return notAFinding ? ReviewField.NOT_A_FINDING : finding.illegible() ? "ilegible" : finding.kind();
        }

        List<String> reviewedIds() {
            return reviewed.stream().map(ReviewField::id).toList();
        }
    }

    /** What the file records about itself: when, who, and the search exactly as it was on screen. */
    record Header(ZonedDateTime at, String user, String role, SearchParams search, long total, int exported,
                  boolean truncated) {

        Map<String, Object> filters() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, SearchParams.TEMA, search.temas());
            put(m, SearchParams.TIPO, search.tipos());
            put(m, SearchParams.ALCALDIA, search.alcaldias());
            put(m, SearchParams.DISTRITO, search.distritos());
            put(m, SearchParams.CANAL, search.canales());
            put(m, SearchParams.ETIQUETA, search.etiquetas());
            put(m, "desde", search.desde());
            put(m, "hasta", search.hasta());
            return m;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fecha", WHEN.format(at));
            m.put("usuario", user);
            m.put("rol", role);
            m.put("q", search.q());
            m.put("filtros", filters());
            m.put("orden", search.orden() == null ? "relevancia" : search.orden());
            m.put("agrupar", search.agrupar());
            m.put("como", search.como());
            m.put("busqueda", "/" + search.withPage(1).query());
            m.put("valores", "revisados: donde una persona revisó un dato, se exporta su valor; «revisado» dice cuáles");
            return m;
        }

        /** The CSV block: one {@code # clave,valor} line each, so a spreadsheet shows them as two cells. */
        List<List<String>> lines() {
            List<List<String>> l = new ArrayList<>();
            l.add(List.of("exportación de hallazgos de Observa", "las líneas que empiezan con # describen el archivo"));
            l.add(List.of("fecha", WHEN.format(at)));
            l.add(List.of("usuario", user + " (" + role + ")"));
            l.add(List.of("consulta", search.q() == null ? "" : search.q()));
            filters().forEach((k, v) -> l.add(List.of("filtro " + k, v instanceof List<?> list
                    ? String.join("; ", list.stream().map(String::valueOf).toList()) : String.valueOf(v))));
            if (search.orden() != null) {
                l.add(List.of("orden", search.orden()));
            }
            if (search.como() != null) {
                l.add(List.of("como", search.como()));
            }
            l.add(List.of("busqueda", "/" + search.withPage(1).query()));
            l.add(List.of("resultados", total + (truncated ? " (se exportan los primeros " + exported + ")" : "")));
            l.add(List.of("revisado", "datos que revisó una persona; se exporta el valor revisado"));
            return l;
        }

        private static void put(Map<String, Object> m, String key, Object value) {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                m.put(key, value);
            }
        }
    }

    public Object export(Exchange exchange) throws IOException {
        Session session = Access.session(exchange);
        SearchParams p = SearchParams.from(exchange);
        boolean json = "json".equalsIgnoreCase(RequestFacts.param(exchange, "formato"));
        FindingSearch.Export found = search.export(view.request(session, p.withPage(1).toRequest(max)), max,
                view.visible(session));
        List<Row> rows = rows(session, found);
        access.audit(exchange, json ? AuditLog.Action.EXPORTAR_JSON : AuditLog.Action.EXPORTAR_CSV, p.audit(), null,
                (long) rows.size());
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(IndexSchema.ZONE)).truncatedTo(ChronoUnit.SECONDS);
        Header header = new Header(now, session.username(), session.role().id(), p, found.total(), rows.size(),
                found.truncated());
        String name = "hallazgos-" + now.format(STAMP) + (json ? ".json" : ".csv");
        exchange.getMessage().setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (json) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(jsonOf(p, header, rows));
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/csv; charset=utf-8");
        return csv(header, rows).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The reviewed values laid over the automatic ones first (a finding is recognized by its text), then what the
     * role reads: the commission's texts are redacted after, never before.
     */
    private List<Row> rows(Session session, FindingSearch.Export found) {
        ReviewedValues reviewed = reviews.current();
        List<IndexedFinding> overlaid = found.findings().stream().map(reviewed::apply).toList();
        List<IndexedFinding> read = view.export(session, new FindingSearch.Export(found.total(), overlaid,
                found.correction())).findings();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            IndexedFinding original = found.findings().get(i);
            rows.add(new Row(read.get(i), reviewed.reviewedFields(original), reviewed.notAFinding(original),
                    reviewed.tags(original.folio(), original.text())));
        }
        return rows;
    }

    static String csv(Header header, List<Row> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try {
            for (List<String> line : header.lines()) {
                // "#" unquoted at the start of the line (readers with a comment marker skip it); the value as a cell
                out.write("# " + line.get(0).replace(",", " ") + ",");
                try (CSVPrinter cell = new CSVPrinter(out, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get())) {
                    cell.printRecord(neutralize(line.get(1).replaceAll("[\\r\\n]+", " ")));
                }
            }
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(COLUMNS).get())) {
                for (Row r : rows) {
                    csv.printRecord(row(r).stream().map(Exports::neutralize).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(Row r) {
        IndexedFinding f = r.finding();
        return java.util.Arrays.asList(f.folio(), Integer.toString(f.number()), f.source(), f.channel(), f.receivedAt(),
                f.alcaldia(), f.distrito() == null ? null : f.distrito().toString(), f.ut(), f.mro(),
                f.date() == null ? null : f.date().toString(), String.join("; ", f.topics()),
                r.kind(), f.text(), f.duplicateOf(), String.join("; ", r.reviewedIds()), String.join("; ", r.tags()));
    }

    /** A cell a spreadsheet would read as a formula becomes text (OWASP "CSV injection"). */
    static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static Map<String, Object> jsonOf(SearchParams p, Header header, List<Row> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consulta", header.json());
        body.put("query", p.audit().entrySet().stream().filter(e -> e.getValue() != null
                        && !(e.getValue() instanceof List<?> l && l.isEmpty()))
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        body.put("total", header.total());
        body.put("exported", header.exported());
        body.put("truncated", header.truncated());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Row r : rows) {
            IndexedFinding f = r.finding();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("folio", f.folio());
            m.put("number", f.number());
            m.put("source", f.source());
            m.put("channel", f.channel());
            m.put("receivedAt", f.receivedAt());
            m.put("alcaldia", f.alcaldia());
            m.put("distrito", f.distrito());
            m.put("ut", f.ut());
            m.put("mro", f.mro());
            m.put("date", f.date());
            m.put("topics", f.topics());
            m.put("evidence", f.evidence());
            m.put("kind", f.kind());
            m.put("kindEvidence", f.kindEvidence());
            m.put("illegible", f.illegible());
            m.put("notAFinding", r.notAFinding());
            m.put("text", f.text());
            m.put("duplicateOf", f.duplicateOf());
            m.put("reviewed", r.reviewedIds());
            m.put("tags", r.tags());
            findings.add(m);
        }
        body.put("findings", findings);
        return body;
    }
}
