package mx.observa.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Frees the server from a request whose body stops arriving (a multipart post cut off before its closing boundary, a
 * client that sends the headers and then nothing): when no byte of the body came for {@code idleMillis}, the sender
 * gets 408 in Spanish and the connection is closed. A slow upload that keeps sending is never cut, however long it
 * takes (the size limits bound it); once the whole body is in, the request is no longer watched.
 */
public final class StalledBodyTimeout implements Handler<RoutingContext> {

    static final String MESSAGE = "El envío se interrumpió: dejaron de llegar datos. Revise su conexión y vuelva a enviarlo.";

    private static final Logger LOG = LoggerFactory.getLogger(StalledBodyTimeout.class);

    private final long idleMillis;

    public StalledBodyTimeout(long idleMillis) {
        this.idleMillis = idleMillis;
    }

    @Override
    public void handle(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (!rc.request().isEnded() && (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)) {
            watch(rc, rc.request().bytesRead());
        }
        rc.next();
    }

    /**
     * The router's failure handler for what this class (or the sender) closed: reading the rest of a body whose
     * connection is gone fails, and there is nobody left to answer — not an error of the server.
     */
    public static void ignoreClosedConnections(RoutingContext rc) {
        if (rc.failure() instanceof HttpClosedException || rc.response().ended() || rc.response().closed()) {
            LOG.debug("Conexión cerrada antes de terminar la solicitud {}", rc.request().path());
            return;
        }
        rc.next();
    }

    private void watch(RoutingContext rc, long bytesBefore) {
        rc.vertx().setTimer(idleMillis, id -> {
            HttpServerRequest request = rc.request();
            if (request.isEnded() || rc.response().ended() || rc.response().closed()) {
                return;
            }
            long bytes = request.bytesRead();
            if (bytes > bytesBefore) {
                watch(rc, bytes);
                return;
            }
            boolean api = request.path().startsWith("/api/");
            rc.response().setStatusCode(408)
                    .putHeader("Connection", "close")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8")
                    .end(api ? "{\"error\":\"" + MESSAGE + "\"}" : MESSAGE)
                    .onComplete(done -> request.connection().close());
        });
    }
}
