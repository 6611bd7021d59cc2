package mx.observa.web;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * The last step of every analysts' route: only response headers Observa set leave the server (request headers and
 * query parameters arrive as Camel headers and would otherwise be echoed back), plus the browser protections every
 * page needs. Report text is escaped when rendered; the Content-Security-Policy makes sure that even a mistake
 * there could not run a script (no inline scripts, only this server's files).
 */
public final class WebResponse {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] KEEP = {Exchange.CONTENT_TYPE, Exchange.HTTP_RESPONSE_CODE, "Location", "Set-Cookie",
            "Content-Disposition", "Cache-Control", "Content-Security-Policy", "Retry-After"};

    public void finish(Exchange exchange) {
        Message m = exchange.getMessage();
        m.removeHeaders("*", KEEP);
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setHeader("Referrer-Policy", "same-origin");
        m.setHeader("X-Frame-Options", "DENY");
        if (m.getHeader("Content-Security-Policy") == null) {
            m.setHeader("Content-Security-Policy", CSP);
        }
        String cache = m.getHeader("Cache-Control", "no-store", String.class);
        m.removeHeader("Cache-Control");
        // Camel's HTTP header filter drops Cache-Control, so it goes straight on the server's response.
        // Pages and exports carry personal data: never kept by the browser or a proxy.
        if (m instanceof HttpMessage http) {
            http.getResponse().putHeader("Cache-Control", cache);
        }
    }
}
