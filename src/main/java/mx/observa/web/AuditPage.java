package mx.observa.web;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.archive.Json;
import mx.observa.text.Html;

/** {@code GET /auditoria} (administrators): the most recent lines of the audit log, newest first. */
public final class AuditPage {

    private static final int SHOWN = 300;

    private final Access access;

    public AuditPage(Access access) {
        this.access = access;
    }

    public String render(Exchange exchange) throws Exception {
        Session session = Access.session(exchange);
        List<Map<String, Object>> entries = access.auditLog().recent(SHOWN);
        access.audit(exchange, AuditLog.Action.VER_AUDITORIA, null, null, (long) entries.size());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        StringBuilder h = new StringBuilder(WebLayout.head("Auditoría", session, WebLayout.Section.AUDITORIA));
        h.append("<h1>Auditoría</h1>\n<p class=\"nota\">Las ").append(SHOWN).append(" acciones más recientes. ")
                .append("La bitácora completa está en <code>").append(Html.escape(access.auditLog().file().toString()))
                .append("</code> (una línea JSON por acción).</p>\n<div class=\"tabla-ancha\"><table class=\"auditoria\"><thead><tr>")
                .append("<th scope=\"col\">Fecha</th><th scope=\"col\">Usuario</th><th scope=\"col\">Rol</th>")
                .append("<th scope=\"col\">Acción</th><th scope=\"col\">Consulta</th><th scope=\"col\">Folio</th>")
                .append("<th scope=\"col\">Resultados</th><th scope=\"col\">IP</th></tr></thead><tbody>\n");
        for (Map<String, Object> e : entries) {
            h.append("<tr>");
            cell(h, Format.moment((String) e.get("fecha")));
            cell(h, e.get("usuario"));
            cell(h, e.get("rol"));
            cell(h, e.get("accion"));
            cell(h, e.get("consulta") == null ? null : Json.MAPPER.writeValueAsString(e.get("consulta")));
            cell(h, e.get("folio"));
            cell(h, e.get("resultados"));
            cell(h, e.get("ip"));
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
        return h.append(WebLayout.foot()).toString();
    }

    private static void cell(StringBuilder h, Object value) {
        h.append("<td>").append(value == null ? "" : Html.escape(value.toString())).append("</td>");
    }
}
