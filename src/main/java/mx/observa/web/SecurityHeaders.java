package mx.observa.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The one response-header policy of Observa, applied by the server to every answer just before its headers are
 * written — pages, API, static files, redirects, and the error answers of the server itself and of every limit — so
 * no route can forget it. A route may choose a stricter Content-Security-Policy (a downloaded report is sandboxed) or
 * allow caching of what carries no personal data (the style sheet); everything else says {@code no-store}.
 * The Content-Security-Policy makes sure that even a mistake in escaping could not run a script (no inline scripts,
 * only this server's files).
 */
public final class SecurityHeaders implements Handler<RoutingContext> {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> apply(rc.response()));
        rc.next();
    }

    static void apply(HttpServerResponse response) {
        MultiMap h = response.headers();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "same-origin");
        if (!h.contains("Content-Security-Policy")) {
            h.set("Content-Security-Policy", CSP);
        }
        if (!h.contains("Cache-Control")) {
            // pages, exports and receipts carry personal data: never kept by the browser or a proxy
            h.set("Cache-Control", "no-store");
        }
    }
}
