package mx.observa.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.archive.Json;
import mx.observa.text.Templates;

/** {@code GET /auditoria} (administrators): the most recent lines of the audit log, newest first. */
public final class AuditPage {

    private static final int SHOWN = 300;

    private final Access access;

    public AuditPage(Access access) {
        this.access = access;
    }

    /** The page: the audit file's path and one row of cells per action, newest first. */
    record View(PageFrame frame, int shown, String file, List<List<String>> rows) {
    }

    public String render(Exchange exchange) throws Exception {
        Session session = Access.session(exchange);
        List<Map<String, Object>> entries = access.auditLog().recent(SHOWN);
        access.audit(exchange, AuditLog.Action.VER_AUDITORIA, null, null, (long) entries.size());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            String query = e.get("consulta") == null ? "" : Json.MAPPER.writeValueAsString(e.get("consulta"));
            rows.add(Arrays.asList(Format.moment((String) e.get("fecha")), cell(e.get("usuario")), cell(e.get("rol")),
                    cell(e.get("accion")), query, cell(e.get("folio")), cell(e.get("resultados")), cell(e.get("ip"))));
        }
        PageFrame frame = PageFrame.analyst("Auditoría", session, PageFrame.Section.AUDITORIA);
        return Templates.render("web/audit.jte", new View(frame, SHOWN, access.auditLog().file().toString(), rows));
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString();
    }
}
