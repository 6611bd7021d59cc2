package mx.observa.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps one sender from flooding the public submission endpoints ({@code POST /enviar}, {@code POST /api/v1/informes}):
 * a token bucket per remote address that refills {@code perMinute} tokens a minute and holds at most that many. A
 * request without a token is answered 429 in Spanish with {@code Retry-After}, before its body is read.
 */
public final class SubmissionRateLimit implements Handler<RoutingContext> {

    private static final int MAX_SENDERS = 10_000;

    private final double perMinute;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public SubmissionRateLimit(int perMinute, LongSupplier nanoClock) {
        this.perMinute = Math.max(1, perMinute);
        this.nanoClock = nanoClock;
    }

    @Override
    public void handle(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST || !limited(rc.request().path())) {
            rc.next();
            return;
        }
        String sender = rc.request().remoteAddress() == null ? "" : rc.request().remoteAddress().hostAddress();
        long waitSeconds = take(sender);
        if (waitSeconds == 0) {
            rc.next();
            return;
        }
        String message = "Demasiados envíos seguidos desde esta dirección. Intente de nuevo en " + waitSeconds
                + " segundos.";
        boolean api = rc.request().path().startsWith("/api/");
        rc.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(waitSeconds))
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8")
                .end(api ? "{\"error\":\"" + message + "\"}" : message);
    }

    private static boolean limited(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.equals("/enviar") || p.equals("/api/v1/informes");
    }

    /** 0 when the sender may go on, otherwise the seconds until a token is back. */
    long take(String sender) {
        if (buckets.size() > MAX_SENDERS) {
            buckets.clear(); // bounded memory under a flood of addresses; a fresh bucket is full anyway
        }
        Bucket bucket = buckets.computeIfAbsent(sender, s -> new Bucket(perMinute, nanoClock.getAsLong()));
        synchronized (bucket) {
            long now = nanoClock.getAsLong();
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updated) / 60e9 * perMinute);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * 60 / perMinute));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
