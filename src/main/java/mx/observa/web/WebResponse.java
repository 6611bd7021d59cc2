package mx.observa.web;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The last step of every analysts' route: only the response headers this list allows leave the server, plus the
 * browser protections every page needs ({@link WebHeaders} keeps request data from becoming headers at all). Report text is escaped when rendered; the Content-Security-Policy makes sure that even a mistake
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
        if (m.getHeader("Cache-Control") == null) {
            // Pages and exports carry personal data: never kept by the browser or a proxy.
            m.setHeader("Cache-Control", "no-store");
        }
    }
}
