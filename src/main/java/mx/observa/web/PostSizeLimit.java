package mx.observa.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, in Spanish and before a byte of it is stored, a request whose declared length is over the limit of a
 * whole post. The server keeps the same limit (camel.server.maxBodySize) for bodies sent without a length, which
 * it cuts off with a bare 413.
 */
public final class PostSizeLimit implements Handler<RoutingContext> {

    private final long maxBytes;

    public PostSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared <= maxBytes) {
            rc.next();
            return;
        }
        String message = "El envío es demasiado grande: el máximo es de " + maxBytes / (1024 * 1024)
                + " MB en total. Envíe los archivos en varias partes.";
        boolean api = rc.request().path().startsWith("/api/");
        rc.response().setStatusCode(413)
                .putHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8")
                .end(api ? "{\"error\":\"" + message + "\"}" : message);
    }
}
