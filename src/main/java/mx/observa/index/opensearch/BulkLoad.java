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
    /** Refreshes asked before a copy that still misses loaded findings is a failure: about a minute at the poll. */
    static final int WHOLE_ATTEMPTS = 30;

    private final OpenSearchHttp http;
    private final String index;
    private final BulkWriter writer;
    private final LuceneBackend copy;
    private final ExecutorService senders;
    private final Semaphore inFlight;
    private final List<Future<?>> sent = new ArrayList<>();
    private final JsonNode replicas;
    /** Findings the index held (and every copy answered with) when the load began. */
    private final long before;
    private final Duration healthPoll;
    /** Findings per request: {@value #BATCH}, or fewer where a test wants several requests of a small load. */
    private final int batch;
    private List<String[]> pending = new ArrayList<>();
    private long findings;

    BulkLoad(OpenSearchHttp http, String index, BulkWriter writer, LuceneBackend copy, int concurrency, int batch) {
        this(http, index, writer, copy, concurrency, batch, HEALTH_POLL);
    }

    /** @param healthPoll the pause between two looks at the index's health or copies (tests: a few milliseconds) */
    BulkLoad(OpenSearchHttp http, String index, BulkWriter writer, LuceneBackend copy, int concurrency, int batch,
             Duration healthPoll) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch " + batch);
        }
        this.batch = batch;
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
        this.healthPoll = healthPoll;
        this.before = writer.withRetry("count", () -> http.onEveryShard("GET", "/" + index + "/_count", null, Map.of()))
                .path("count").asLong();
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
        if (pending.size() >= batch) {
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
     * green with no shard copy still moving, refreshes it until every copy of every shard answers with the same
     * findings and the index holds every finding loaded, and commits the embedded copy. The settings are given back
     * even when a request failed (and a failure to give them back never hides the first one). The refresh comes after
     * green: a replica copied from its primary replays the last operations, which no search sees until that copy
     * refreshes, so a search answered by it right after the load missed findings. Green alone does not say the copies
     * are settled (a copy still relocating is green), and a refresh answered by every copy asked says nothing of a copy
     * that was not yet asked; so the load ends only when every copy, asked one by one, counts what was loaded.
     */
    @Override
    public void close() {
        try {
            awaitSent();
        } catch (RuntimeException e) {
            senders.shutdownNow();
            try {
                settings(null, replicas.isMissingNode() ? null : replicas);
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        senders.shutdownNow();
        settings(null, replicas.isMissingNode() ? null : replicas);
        awaitGreen();
        awaitEveryCopyWhole();
        copy.commit();
    }

    /**
     * Refreshes the index until every started copy of every shard answers with the same number of findings and the
     * shards together hold what the index held before the load plus every finding loaded; a copy that never does is
     * Observa's own failure (the load's findings would be missing from some searches), never passed over.
     */
    private void awaitEveryCopyWhole() {
        long expected = before + findings;
        String last = "";
        for (int attempt = 1; attempt <= WHOLE_ATTEMPTS; attempt++) {
            writer.withRetry("refresh", () -> http.onEveryShard("POST", "/" + index + "/_refresh", null, Map.of()));
            ShardCopies copies = writer.withRetry("copies", () -> ShardCopies.of(http, index));
            if (copies.settled() && copies.agree() && copies.total() == expected) {
                return;
            }
            last = copies + " (esperados " + expected + ")";
            pause();
        }
        throw new OpenSearchUnavailableException("el índice " + index + " no respondió con todos los hallazgos cargados en"
                + " cada copia tras " + WHOLE_ATTEMPTS + " actualizaciones: " + last, null);
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
                // green counts a copy still relocating as started: wait until none moves
                if ("green".equals(health.path("status").asText()) && health.path("relocating_shards").asInt() == 0
                        && health.path("initializing_shards").asInt() == 0) {
                    return;
                }
                last = health.toString();
            } catch (OpenSearchUnavailableException e) {
                last = e.getMessage(); // a node too busy to answer now: asked again after the pause
            }
            pause();
        }
        throw new OpenSearchUnavailableException("el índice " + index + " no llegó a verde en "
                + GREEN_WAIT.toMinutes() + " min: " + last, null);
    }

    private void pause() {
        try {
            Thread.sleep(healthPoll.toMillis()); // replicas being copied: there is no event to wait on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpido mientras se esperaba a OpenSearch", e);
        }
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
