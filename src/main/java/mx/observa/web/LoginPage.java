package mx.observa.web;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import mx.observa.access.AuditLog;
import mx.observa.access.LoginGuard;
import mx.observa.access.Passwords;
import mx.observa.access.Session;
import mx.observa.access.UserAccount;
import mx.observa.access.Users;
import mx.observa.text.Templates;

/** {@code /entrar}: the sign-in form and its answer; {@code /salir}: sign out. */
public final class LoginPage {

    /**
     * Checked when the user name does not exist, so a wrong name takes as long as a wrong password. Hashed on the first
     * unknown name, not when the class loads: a hash costs about a second of CPU, which every service start would pay.
     */
    private static final class DummyHash {
        static final String VALUE = Passwords.hash("-".toCharArray());
    }

    private final Users users;
    private final Access access;
    private final LoginGuard guard;
    private final FormTokens tokens;

    public LoginPage(Users users, Access access, LoginGuard guard, FormTokens tokens) {
        this.users = users;
        this.access = access;
        this.guard = guard;
        this.tokens = tokens;
    }

    /** GET shows the form, POST signs in (the method read from the request itself, not from a forgeable header). */
    public String handle(Exchange exchange) {
        return "POST".equals(RequestFacts.method(exchange)) ? login(exchange) : form(exchange);
    }

    /** GET: the form (or straight on, when already signed in). */
    public String form(Exchange exchange) {
        String back = safeReturn(RequestFacts.param(exchange, "volver"));
        if (access.current(exchange).isPresent()) {
            return redirect(exchange, back);
        }
        String notice = RequestFacts.param(exchange, "salio") != null ? "Cerró su sesión." : null;
        return page(exchange, 200, back, "", notice, null);
    }

    /** POST: checks the password; on success a new session and back where the user was going. */
    public String login(Exchange exchange) {
        String username = Optional.ofNullable(RequestFacts.param(exchange, "usuario")).orElse("").strip();
        String password = Optional.ofNullable(RequestFacts.param(exchange, "contrasena")).orElse("");
        String back = safeReturn(RequestFacts.param(exchange, "volver"));
        String ip = RequestFacts.remoteAddress(exchange);
        if (!tokens.visitorPostValid(exchange)) {
            return page(exchange, 403, back, username, null, FormTokens.EXPIRED);
        }
        LoginGuard.Refusal refusal = guard.before(username, ip);
        if (refusal != null) {
            return refused(exchange, back, username, refusal);
        }
        Optional<UserAccount> user = users.find(username);
        Optional<Boolean> checked = guard.check(() -> Passwords.matches(password.toCharArray(),
                user.map(UserAccount::passwordHash).orElseGet(() -> DummyHash.VALUE)));
        if (checked.isEmpty()) {
            return refused(exchange, back, username, LoginGuard.BUSY);
        }
        if (!checked.get() || user.isEmpty()) {
            guard.failed(username, ip);
            access.auditLog().record(username.isEmpty() ? null : username, null, AuditLog.Action.ENTRAR_FALLIDO, null,
                    null, null, ip);
            return page(exchange, 401, back, username, null, "Usuario o contraseña incorrectos.");
        }
        guard.succeeded(username, ip);
        Session old = access.current(exchange).orElse(null);
        if (old != null) {
            access.sessions().end(old.token());
        }
        Session session = access.sessions().create(user.get());
        access.auditLog().record(session.username(), session.role().id(), AuditLog.Action.ENTRAR, null, null, null, ip);
        exchange.getMessage().setHeader("Set-Cookie", access.cookieFor(session));
        return redirect(exchange, back);
    }

    private String refused(Exchange exchange, String back, String username, LoginGuard.Refusal refusal) {
        exchange.getMessage().setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        return page(exchange, refusal.status(), back, username, null, refusal.message());
    }

    /** POST /salir: only from the session's own pages (another site must not be able to sign the analyst out). */
    public String logout(Exchange exchange) {
        Session session = access.current(exchange).orElse(null);
        if (session != null && !FormTokens.sessionPostValid(exchange, session)) {
            Message m = exchange.getMessage();
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 403);
            m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
            return Templates.render("web/notice.jte",
                    new Notice(PageFrame.open("Solicitud rechazada"), FormTokens.EXPIRED));
        }
        if (session != null) {
            access.auditLog().record(session.username(), session.role().id(), AuditLog.Action.SALIR, null, null, null,
                    RequestFacts.remoteAddress(exchange));
            access.sessions().end(session.token());
        }
        exchange.getMessage().setHeader("Set-Cookie", access.expiredCookie());
        return redirect(exchange, "/entrar?salio=1");
    }

    /** The sign-in form: where to go after it, the user name typed, and a notice or an error (or neither). */
    record View(String formToken, String back, String username, String notice, String error) {
    }

    private String page(Exchange exchange, int status, String back, String username, String notice, String error) {
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        return Templates.render("web/login.jte", new View(tokens.visitorToken(exchange), back, username, notice, error));
    }

    private static String redirect(Exchange exchange, String location) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        exchange.getMessage().setHeader("Location", location);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        return "";
    }

    /** Only a path on this server: never "//evil.example" or "https://…" (no open redirect). */
    static String safeReturn(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.startsWith("/entrar") || back.startsWith("/salir") || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
