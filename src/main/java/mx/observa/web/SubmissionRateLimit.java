package mx.observa.web;

import java.util.function.LongSupplier;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import mx.observa.access.ClientBuckets;

/**
 * Keeps one sender from flooding the public submission endpoints ({@code POST /enviar}, {@code POST /api/v1/informes}):
 * {@code perMinute} posts a minute per remote address ({@link ClientBuckets}), whatever spelling of the path reaches
 * them ({@link RoutedPath}). A post over the limit is answered 429 in Spanish with {@code Retry-After}, before its
 * body is read.
 */
public final class SubmissionRateLimit implements Handler<RoutingContext> {

    private final ClientBuckets<String> senders;

    /** @param maxSenders addresses whose count is kept at most (bounded memory under a flood of addresses) */
    public SubmissionRateLimit(int perMinute, long maxSenders, LongSupplier nanoClock) {
        this.senders = new ClientBuckets<>(perMinute, maxSenders, nanoClock);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST || !limited(RoutedPath.of(rc))) {
            rc.next();
            return;
        }
        String sender = rc.request().remoteAddress() == null ? "" : rc.request().remoteAddress().hostAddress();
        long waitSeconds = senders.take(sender);
        if (waitSeconds == 0) {
            rc.next();
            return;
        }
        rc.response().putHeader("Retry-After", Long.toString(waitSeconds));
        ErrorAnswer.send(rc, 429, "Demasiados envíos seguidos desde esta dirección. Intente de nuevo en " + waitSeconds
                + " segundos.");
    }

    static boolean limited(String routedPath) {
        return routedPath.equals("/enviar") || routedPath.equals("/api/v1/informes");
    }
}
