package mx.observa.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

/**
 * Closes a connection whose body was refused unread (413, 429, 403) only after the sender has stopped sending, or
 * after {@link #MAX_MILLIS}. Closing a socket with unread bytes in it makes the kernel send a reset, and a reset makes
 * the sender's kernel throw away the answer it has not read yet: a client that writes its whole post before reading
 * (browsers, HttpClient) would see "connection reset" instead of the Spanish reason. Apache httpd calls this a
 * lingering close; like it, the wait is bounded by time only (the bytes are discarded, never held), and the
 * per-address connection cap bounds how many connections can linger at once.
 */
final class LingeringClose {

    /** Apache httpd lingers up to 30 s; a few seconds drain any post within the size limits on a normal link. */
    static final long MAX_MILLIS = 5_000;

    private LingeringClose() {
    }

    /** Discards what {@code request} still sends, then closes its connection. Call on its event loop, once answered. */
    static void after(HttpServerRequest request) {
        Context context = Vertx.currentContext();
        if (request.isEnded() || context == null) {
            request.connection().close();
            return;
        }
        Vertx vertx = context.owner();
        long timer = vertx.setTimer(MAX_MILLIS, late -> request.connection().close());
        request.exceptionHandler(failed -> request.connection().close());
        request.handler(discarded -> { });
        request.endHandler(ended -> {
            vertx.cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }
}
