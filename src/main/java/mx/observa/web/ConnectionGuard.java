package mx.observa.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps idle and half-open connections from using up the server (every open connection is a file descriptor; at the
 * process's limit nobody can connect any more):
 * <ul>
 *   <li>at most {@code perAddress} open connections from one address and {@code total} in all; a connection over
 *       either is closed as soon as it is accepted, before anything is read from it;</li>
 *   <li>a connection must finish sending a request's headers within {@code headerTimeoutMillis} of being opened, or
 *       of the previous answer on it (a browser's idle keep-alive connection), or it is closed — a client sending one
 *       header line now and then cannot hold it open. While a request is being answered (its body read, the pipeline
 *       run), this watch rests: {@link StalledBodyTimeout} and the server's idle timeout take over.</li>
 * </ul>
 * The maps hold open connections only, so they are bounded by {@code total}.
 */
final class ConnectionGuard implements Handler<HttpConnection> {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    private final Vertx vertx;
    private final int perAddress;
    private final int total;
    private final long headerTimeoutMillis;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, Integer> byAddress = new ConcurrentHashMap<>();
    private final Map<HttpConnection, Watch> watches = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    ConnectionGuard(Vertx vertx, int perAddress, int total, long headerTimeoutMillis) {
        this.vertx = vertx;
        this.perAddress = perAddress;
        this.total = total;
        this.headerTimeoutMillis = headerTimeoutMillis;
    }

    /** A new connection: counted and watched, or closed at once when over a cap. */
    @Override
    public void handle(HttpConnection connection) {
        String address = connection.remoteAddress() == null ? "" : connection.remoteAddress().hostAddress();
        if (!admit(address)) {
            refused(address);
            connection.close();
            return;
        }
        Watch watch = new Watch(connection);
        watches.put(connection, watch);
        connection.closeHandler(v -> {
            watches.remove(connection);
            watch.cancel();
            release(address);
        });
        watch.arm();
    }

    /** The first handler of every request (its headers are complete): the connection is busy until it is answered. */
    void requestStarted(RoutingContext rc) {
        Watch watch = watches.get(rc.request().connection());
        if (watch != null) {
            watch.busy();
            rc.addEndHandler(v -> watch.idle());
        }
    }

    int openConnections() {
        return open.get();
    }

    private boolean admit(String address) {
        if (open.incrementAndGet() > total) {
            open.decrementAndGet();
            return false;
        }
        boolean[] admitted = {false};
        byAddress.compute(address, (a, n) -> {
            int count = n == null ? 0 : n;
            admitted[0] = count < perAddress;
            return admitted[0] ? count + 1 : n;
        });
        if (!admitted[0]) {
            open.decrementAndGet();
        }
        return admitted[0];
    }

    private void release(String address) {
        open.decrementAndGet();
        byAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    /** Logged at most once a minute: a flood must not fill the log too. */
    private void refused(String address) {
        long count = refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Conexiones rechazadas por exceder el límite ({} por dirección, {} en total); la última de {}. "
                    + "Rechazadas desde el arranque: {}", perAddress, total, address, count);
        }
    }

    /** The header timer of one connection. */
    private final class Watch {
        private final HttpConnection connection;
        private int active;
        private long timer = -1;

        Watch(HttpConnection connection) {
            this.connection = connection;
        }

        synchronized void arm() {
            cancel();
            timer = vertx.setTimer(headerTimeoutMillis, id -> expire(id));
        }

        synchronized void busy() {
            active++;
            cancel();
        }

        synchronized void idle() {
            active = Math.max(0, active - 1);
            if (active == 0) {
                arm();
            }
        }

        synchronized void cancel() {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }

        private void expire(long id) {
            synchronized (this) {
                if (id != timer || active > 0) {
                    return;
                }
                timer = -1;
            }
            LOG.debug("Conexión de {} cerrada: no completó los encabezados de una solicitud a tiempo",
                    connection.remoteAddress());
            connection.close();
        }
    }
}
