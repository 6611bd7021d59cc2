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
 *
 * <p>Progress is sampled a few times per period and the silence measured from the last byte seen, so the answer comes
 * at the configured time (within one sample) whether the first bytes of the body came with the headers or later.
 */
public final class StalledBodyTimeout implements Handler<RoutingContext> {

    static final String MESSAGE = "El envío se interrumpió: dejaron de llegar datos. Revise su conexión y vuelva a enviarlo.";

    private static final Logger LOG = LoggerFactory.getLogger(StalledBodyTimeout.class);
    private static final long SAMPLES_PER_PERIOD = 10;

    private final long idleMillis;

    public StalledBodyTimeout(long idleMillis) {
        this.idleMillis = idleMillis;
    }

    @Override
    public void handle(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (!rc.request().isEnded() && (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)) {
            new Watch(rc).start();
        }
        rc.next();
    }

    /**
     * The router's failure handler for what this class (or the sender) closed: reading the rest of a body whose
     * connection is gone fails, and there is nobody left to answer — not an error of the server.
     */
    public static void ignoreClosedConnections(RoutingContext rc) {
        if (connectionGone(rc)) {
            LOG.debug("Conexión cerrada antes de terminar la solicitud {}", rc.request().path());
            return;
        }
        rc.next();
    }

    static boolean connectionGone(RoutingContext rc) {
        return rc.failure() instanceof HttpClosedException || rc.response().ended() || rc.response().closed();
    }

    private final class Watch {
        private final RoutingContext rc;
        private long bytes;
        private long lastProgress;

        Watch(RoutingContext rc) {
            this.rc = rc;
            this.bytes = rc.request().bytesRead();
            this.lastProgress = System.nanoTime();
        }

        void start() {
            long every = Math.max(1, idleMillis / SAMPLES_PER_PERIOD);
            rc.vertx().setPeriodic(every, every, this::sample);
        }

        private void sample(long timer) {
            HttpServerRequest request = rc.request();
            if (request.isEnded() || rc.response().ended() || rc.response().closed()) {
                rc.vertx().cancelTimer(timer);
                return;
            }
            long now = System.nanoTime();
            if (request.bytesRead() != bytes) {
                bytes = request.bytesRead();
                lastProgress = now;
                return;
            }
            if ((now - lastProgress) / 1_000_000 >= idleMillis) {
                rc.vertx().cancelTimer(timer);
                // the sender went silent: nothing to drain, the connection goes at once
                ErrorAnswer.send(rc, 408, MESSAGE).onComplete(done -> request.connection().close());
            }
        }
    }
}
