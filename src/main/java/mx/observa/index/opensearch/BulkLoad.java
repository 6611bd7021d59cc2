package mx.observa.index.opensearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.index.LuceneBackend;
import mx.observa.index.ReviewedReport;

/**
 * Fills an <em>empty</em> findings index as fast as the cluster takes it: while it runs the index has no replicas
 * and is never refreshed (each document is written once, on one node, into large segments), requests of
 * {@value #BATCH} findings go {@code concurrency} at a time, and nothing stale is looked for (an empty index has
 * nothing stale). {@link #close} sends the rest, gives the index back its refresh and replicas, refreshes it and waits
 * until every replica is copied (green), then commits the embedded copy. Until then searches see an incomplete index:
 * it is for filling an index nobody searches yet, never for the service's steady flow ({@link BulkWriter}).
 */
public final class BulkLoad implements AutoCloseable {

    /** Findings per bulk request: a few megabytes of JSON, the size OpenSearch's documentation suggests starting from. */
    static final int BATCH = 5_000;
    private static final Duration GREEN_WAIT = Duration.ofMinutes(30);
    private static final Duration HEALTH_POLL = Duration.ofSeconds(2);

    private final OpenSearchHttp http;
    private final String index;
    private final BulkWriter writer;
    private final LuceneBackend copy;
    private final ExecutorService senders;
    private final Semaphore inFlight;
    private final List<Future<?>> sent = new ArrayList<>();
    private final JsonNode replicas;
    private List<String[]> pending = new ArrayList<>();
    private long findings;

    BulkLoad(OpenSearchHttp http, String index, BulkWriter writer, LuceneBackend copy, int concurrency) {
        this.http = http;
        this.index = index;
        this.writer = writer;
        this.copy = copy;
        this.senders = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "opensearch-carga");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(concurrency);
        this.replicas = http.call("GET", "/" + index + "/_settings/index.number_of_replicas", null)
                .path(index).path("settings").path("index").path("number_of_replicas");
        settings("-1", Json.MAPPER.getNodeFactory().numberNode(0));
    }

    /** Adds a report's findings (the index must not hold that report already: nothing is replaced). */
    public void add(ReviewedReport reviewed) {
        List<String[]> ops = writer.indexOperations(reviewed);
        pending.addAll(ops);
        findings += ops.size();
        copy.replace(reviewed);
        if (pending.size() >= BATCH) {
            send();
        }
    }

    /** Findings added so far. */
    public long findings() {
        return findings;
    }

    private void send() {
        failIfAnyFailed(false);
        List<String[]> batch = pending;
        pending = new ArrayList<>();
        try {
            inFlight.acquire(); // at most `concurrency` requests at once: the rest wait here, not in memory
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpido mientras se cargaba OpenSearch", e);
        }
        sent.add(senders.submit(() -> {
            try {
                writer.send(batch);
            } finally {
                inFlight.release();
            }
        }));
    }

    /** Throws the first failure of a request already answered (or, with {@code all}, of every request, waiting). */
    private void failIfAnyFailed(boolean all) {
        for (var it = sent.iterator(); it.hasNext(); ) {
            Future<?> f = it.next();
            if (!all && !f.isDone()) {
                continue;
            }
            try {
                f.get();
                it.remove();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrumpido mientras se cargaba OpenSearch", e);
            }
        }
    }

    /** Sends what is left and waits until the cluster has acknowledged every request (not yet searchable). */
    public void awaitSent() {
        if (!pending.isEmpty()) {
            send();
        }
        failIfAnyFailed(true);
    }

    /**
     * Sends what is left, waits for every request, gives the index back its refresh interval and replicas, waits for
     * green, refreshes it and commits the embedded copy. The settings are given back even when a request failed. The
     * refresh comes after green: a replica copied from its primary replays the last operations, which no search sees
     * until that copy refreshes, so a search answered by it right after the load missed findings; a refresh some copy
     * failed is sent again.
     */
    @Override
    public void close() {
        try {
            awaitSent();
        } finally {
            senders.shutdownNow();
            settings(null, replicas.isMissingNode() ? null : replicas);
        }
        awaitGreen();
        writer.withRetry("refresh", () -> http.onEveryShard("POST", "/" + index + "/_refresh", null, Map.of()));
        copy.commit();
    }

    /**
     * Replicas are copied from the primaries: with a million findings this takes minutes, not seconds. The health is
     * polled, never waited on inside one request: a wait that runs out is a 408, and nodes busy copying may not
     * answer a long request in time.
     */
    private void awaitGreen() {
        long deadline = System.nanoTime() + GREEN_WAIT.toNanos();
        String last = "sin respuesta";
        while (System.nanoTime() < deadline) {
            try {
                JsonNode health = http.call("GET", "/_cluster/health/" + index, null);
                if ("green".equals(health.path("status").asText())) {
                    return;
                }
                last = health.toString();
            } catch (OpenSearchUnavailableException e) {
                last = e.getMessage(); // a node too busy to answer now: asked again after the pause
            }
            try {
                Thread.sleep(HEALTH_POLL.toMillis()); // replicas being copied: there is no event to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrumpido mientras se esperaba a OpenSearch", e);
            }
        }
        throw new OpenSearchUnavailableException("el índice " + index + " no llegó a verde en "
                + GREEN_WAIT.toMinutes() + " min: " + last, null);
    }

    /** Refresh interval and replicas of the index; null gives back the cluster's default. */
    private void settings(String refreshInterval, JsonNode numberOfReplicas) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode settings = body.putObject("index");
        settings.put("refresh_interval", refreshInterval);
        settings.set("number_of_replicas", numberOfReplicas == null ? Json.MAPPER.nullNode() : numberOfReplicas);
        writer.withRetry("settings", () -> http.call("PUT", "/" + index + "/_settings", body));
    }
}
