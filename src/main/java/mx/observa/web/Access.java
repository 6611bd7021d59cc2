package mx.observa.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import mx.observa.access.AuditLog;
import mx.observa.access.Forbidden;
import mx.observa.access.NotSignedIn;
import mx.observa.access.Role;
import mx.observa.access.Session;
import mx.observa.access.Sessions;
import mx.observa.archive.Json;
import mx.observa.text.Templates;

/**
 * The first step of every protected route: {@code require(*, 'analista comision admin')} lets the request through
 * only with a live session of one of those roles, and keeps the session on the exchange for the next steps.
 * Refusals ({@link #refuse}) answer 401 (API) or send the browser to the sign-in page, and 403 for a wrong role.
 */
public final class Access {

    /** Exchange property with the {@link Session} of the request (never a header: headers can be forged). */
    static final String SESSION = "observaSession";
    static final String COOKIE = "observa_sesion";

    private final Sessions sessions;
    private final AuditLog audit;
    private final boolean secureCookie;

    public Access(Sessions sessions, AuditLog audit, boolean secureCookie) {
        this.sessions = sessions;
        this.audit = audit;
        this.secureCookie = secureCookie;
    }

    /**
     * @param roles role ids separated by spaces or commas
     * @throws NotSignedIn without a live session
     * @throws Forbidden   when the session's role is not among {@code roles}
     */
    public void require(Exchange exchange, String roles) {
        Session session = current(exchange).orElseThrow(NotSignedIn::new);
        if (!session.hasAnyRole(parse(roles))) {
            throw new Forbidden(session.role());
        }
        exchange.setProperty(SESSION, session);
    }

    Optional<Session> current(Exchange exchange) {
        return sessions.find(RequestFacts.cookie(exchange, COOKIE));
    }

    static Session session(Exchange exchange) {
        Session s = exchange.getProperty(SESSION, Session.class);
        if (s == null) {
            throw new NotSignedIn();
        }
        return s;
    }

    /** Actions that show the text of reports: their audit line says whether personal data was visible. */
    private static final Set<AuditLog.Action> SHOW_TEXT = EnumSet.of(AuditLog.Action.BUSCAR, AuditLog.Action.VER_INFORME,
            AuditLog.Action.EXPORTAR_CSV, AuditLog.Action.EXPORTAR_JSON);

    /** Writes one audit line for the signed-in user of this request. */
    void audit(Exchange exchange, AuditLog.Action action, Map<String, ?> query, String folio, Long results) {
        Session s = session(exchange);
        String personalData = !SHOW_TEXT.contains(action) ? null : s.role().seesPersonalData() ? "visibles" : "testados";
        audit.record(s.username(), s.role().id(), action, query, folio, results, RequestFacts.remoteAddress(exchange),
                personalData);
    }

    AuditLog auditLog() {
        return audit;
    }

    Sessions sessions() {
        return sessions;
    }

    String cookieFor(Session session) {
        return COOKIE + "=" + session.token() + "; Path=/; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : "");
    }

    String expiredCookie() {
        return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (secureCookie ? "; Secure" : "");
    }

    /** The error handler of {@link NotSignedIn} and {@link Forbidden}. */
    public void refuse(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        boolean api = RequestFacts.path(exchange).startsWith("/api/");
        String back = RequestFacts.pathAndQuery(exchange);
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        if (e instanceof NotSignedIn && !api) {
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
            m.setHeader("Location", "/entrar?volver=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
            m.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
            m.setBody("");
            return;
        }
        int code = e instanceof NotSignedIn ? 401 : 403;
        String message = e == null ? "Acceso denegado." : e.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, code);
        if (api) {
            m.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
            try {
                m.setBody(Json.MAPPER.writeValueAsString(Map.of("error", message)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        } else {
            m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
            m.setBody(Templates.render("web/notice.jte", new Notice(PageFrame.open("Sin permiso"), message)));
        }
    }

    static Set<Role> parse(String roles) {
        List<Role> list = new ArrayList<>();
        for (String r : roles.split("[\\s,]+")) {
            if (!r.isBlank()) {
                list.add(Role.of(r));
            }
        }
        return list.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(list);
    }
}
