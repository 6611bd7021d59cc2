package mx.observa.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import mx.observa.access.AuditLog;
import mx.observa.archive.Json;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;

/**
 * {@code GET /api/v1/hallazgos/exportar?formato=csv|json&…} (same filters as the search): the whole result set, in the
 * order of the search, up to {@code observa.export.max-hallazgos}. CSV is UTF-8 with a BOM so Excel reads the
 * accents, and a cell that starts like a formula (= + - @, tab, carriage return) is prefixed with an apostrophe so
 * a spreadsheet shows it as text instead of running it. For analista and admin, exports carry the full text of the
 * findings (personal data included, as they are authorized to read it, for internal work); for comision, text and
 * source names go through the report's {@link mx.observa.report.Redactor} ({@link RoleView}). Each export is audited.
 */
public final class Exports {

    static final String[] COLUMNS = {"folio", "hallazgo", "fuente", "canal", "recibido", "alcaldia", "distrito", "ut",
            "mro", "fecha", "temas", "tipo", "texto", "duplicado_de"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final FindingSearch search;
    private final Access access;
    private final int max;
    private final RoleView view;

    public Exports(FindingSearch search, Access access, int max, RoleView view) {
        this.search = search;
        this.access = access;
        this.max = max;
        this.view = view;
    }

    public Object export(Exchange exchange) throws IOException {
        SearchParams p = SearchParams.from(exchange);
        boolean json = "json".equalsIgnoreCase(RequestFacts.param(exchange, "formato"));
        FindingSearch.Export found = search.export(view.request(Access.session(exchange), p.withPage(1).toRequest(max)), max,
                view.visible(Access.session(exchange)));
        FindingSearch.Export export = view.export(Access.session(exchange), found);
        access.audit(exchange, json ? AuditLog.Action.EXPORTAR_JSON : AuditLog.Action.EXPORTAR_CSV, p.audit(), null,
                (long) export.findings().size());
        String name = "hallazgos-" + LocalDateTime.now(IndexSchema.ZONE).format(STAMP) + (json ? ".json" : ".csv");
        exchange.getMessage().setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (json) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(jsonOf(p, export));
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/csv; charset=utf-8");
        return csv(export.findings()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String csv(List<IndexedFinding> findings) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(COLUMNS).get())) {
            for (IndexedFinding f : findings) {
                csv.printRecord(row(f).stream().map(Exports::neutralize).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(IndexedFinding f) {
        return java.util.Arrays.asList(f.folio(), Integer.toString(f.number()), f.source(), f.channel(), f.receivedAt(),
                f.alcaldia(), f.distrito() == null ? null : f.distrito().toString(), f.ut(), f.mro(),
                f.date() == null ? null : f.date().toString(), String.join("; ", f.topics()),
                f.illegible() ? "ilegible" : f.kind(), f.text(), f.duplicateOf());
    }

    /** A cell a spreadsheet would read as a formula becomes text (OWASP "CSV injection"). */
    static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static Map<String, Object> jsonOf(SearchParams p, FindingSearch.Export export) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", p.audit().entrySet().stream().filter(e -> e.getValue() != null
                        && !(e.getValue() instanceof List<?> l && l.isEmpty()))
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        body.put("total", export.total());
        body.put("exported", export.findings().size());
        body.put("truncated", export.truncated());
        List<Map<String, Object>> findings = new java.util.ArrayList<>();
        for (IndexedFinding f : export.findings()) {
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
            m.put("text", f.text());
            m.put("duplicateOf", f.duplicateOf());
            findings.add(m);
        }
        body.put("findings", findings);
        return body;
    }
}
