package mx.observa.web;

import java.util.Locale;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, in Spanish and before a byte of it is stored, a request whose declared length is over the limit of a
 * whole post — or, for a body that is only text (JSON, a url-encoded form), over what the longest accepted text can
 * take ({@link ServerLimits#textFieldBytes}), since such a body is held in memory whole. The server keeps the same
 * limit (camel.server.maxBodySize) for bodies sent without a length, which it answers with 413 too.
 */
public final class PostSizeLimit implements Handler<RoutingContext> {

    /** The answer to a text (a form field, a JSON body) too long to be held: see {@link ServerLimits#textFieldBytes}. */
    static final String TEXT_TOO_LARGE = "El texto enviado es demasiado largo. Envíe el informe como archivo adjunto.";

    private final long maxBytes;
    private final long maxTextBytes;

    public PostSizeLimit(long maxBytes, long maxTextBytes) {
        this.maxBytes = maxBytes;
        this.maxTextBytes = maxTextBytes;
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
        String type = String.valueOf(rc.request().getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        if (declared > maxBytes) {
            ErrorAnswer.send(rc, 413, tooLarge(maxBytes));
        } else if (declared > maxTextBytes && !type.startsWith("multipart/")) {
            ErrorAnswer.send(rc, 413, TEXT_TOO_LARGE);
        } else {
            rc.next();
        }
    }

    /** The answer to a post over the limit of a whole post. */
    static String tooLarge(long maxBytes) {
        return "El envío es demasiado grande: el máximo es de " + maxBytes / (1024 * 1024)
                + " MB en total. Envíe los archivos en varias partes.";
    }
}
