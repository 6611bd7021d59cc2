package mx.observa.index.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.index.IndexSchema;
import mx.observa.index.ReviewedReport;
import mx.observa.model.Report;

/**
 * Writes to the cluster in bulk requests, idempotently: each finding under its own id ({@code folio#número}), so a
 * report written twice (a replay after a crash, {@code observa reindex}) overwrites itself; findings a new version
 * of a report no longer has are deleted at {@link #commit}. A bulk request the cluster refuses for load (429) or
 * cannot take for now (a node gone, 5xx) is sent again after a growing pause, only the operations that failed;
 * after the last of eight attempts (pauses growing to 10 s) the commit fails and the pipeline's error policy takes
 * its reports (the journal never says "indexed" for them); {@code observa reindex} writes everything again from the
 * archive.
 */
final class BulkWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
    /** Operations per bulk request (each finding is one). */
    static final int BATCH = 1000;
    private static final int STALE_PER_SEARCH = 200;

    private final OpenSearchHttp http;
    private final String index;
    private final Backoff backoff;
    private final String shardWait;
    private final List<String[]> operations = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger retries = new java.util.concurrent.atomic.AtomicInteger();
    /** folio → findings of its latest version written since the last commit. */
    private final Map<String, Integer> replaced = new LinkedHashMap<>();

    /** Pauses between attempts: {@code first}, doubled each time up to {@code max}, {@code attempts} tries in all. */
    record Backoff(int attempts, long firstMs, long maxMs) {
        static final Backoff DEFAULT = new Backoff(8, 200, 10_000);

        long pauseMs(int attempt) {
            return Math.min(maxMs, firstMs << Math.min(20, attempt - 1));
        }
    }

    /** @param shardWait how long one bulk request waits for an unavailable shard, in OpenSearch units ("1m") */
    BulkWriter(OpenSearchHttp http, String index, Backoff backoff, String shardWait) {
        this.http = http;
        this.index = index;
        this.backoff = backoff;
        this.shardWait = shardWait;
    }

    /** How many times a request was sent again since this writer was made (readable while one is waiting). */
    int retries() {
        return retries.get();
    }

    synchronized void replace(ReviewedReport reviewed) {
        List<String[]> ops = indexOperations(reviewed);
        operations.addAll(ops);
        replaced.put(reviewed.automatic().folio(), ops.size());
        if (operations.size() >= BATCH) {
            flush();
        }
    }

    /** Sends what is pending and makes it visible to searches (not yet cleared of stale findings: {@link #commit}). */
    synchronized void refresh() {
        flush();
        refreshIndex();
    }

    /**
     * Sends what is pending, makes it visible (refresh), then deletes, by id, the findings that replaced reports no
     * longer have, and refreshes again. Each step can be repeated without harm.
     */
    synchronized void commit() {
        flush();
        refreshIndex();
        List<ObjectNode> stale = new ArrayList<>();
        replaced.forEach((folio, count) -> stale.add(staleFindings(folio, count)));
        // A few hundred reports per search: a query may hold at most 1,024 clauses.
        for (int from = 0; from < stale.size(); from += STALE_PER_SEARCH) {
            ObjectNode search = Json.MAPPER.createObjectNode();
            ArrayNode should = search.putObject("query").putObject("bool").putArray("should");
            stale.subList(from, Math.min(stale.size(), from + STALE_PER_SEARCH)).forEach(should::add);
            search.put("_source", false).put("size", BATCH);
            for (List<String> ids = staleIds(search); !ids.isEmpty(); ids = staleIds(search)) {
                ids.forEach(id -> operations.add(new String[] {action("delete", id)}));
                flush();
                refreshIndex();
            }
        }
        replaced.clear();
    }

    private List<String> staleIds(ObjectNode search) {
        List<String> ids = new ArrayList<>();
        withRetry("search", () -> http.onEveryShard("POST", "/" + index + "/_search", search, Map.of()).path("hits").path("hits")
                .forEach(hit -> ids.add(hit.path("_id").asText())));
        return ids;
    }

    private void refreshIndex() {
        // every copy refreshed, or none is trusted: a copy left behind answers searches without the last writes
        withRetry("refresh", () -> http.onEveryShard("POST", "/" + index + "/_refresh", null, Map.of()));
    }

    /** Drops what was not sent (the index is being emptied). */
    synchronized void discard() {
        operations.clear();
        replaced.clear();
    }

    private static ObjectNode staleFindings(String folio, int count) {
        ObjectNode bool = Json.MAPPER.createObjectNode();
        ArrayNode filter = bool.putArray("filter");
        filter.add(LuceneQueryTranslation.term(new org.apache.lucene.index.Term(IndexSchema.FOLIO, folio)));
        ObjectNode range = Json.MAPPER.createObjectNode();
        range.putObject(IndexSchema.NUMBER).put("gt", count);
        filter.add(LuceneQueryTranslation.node("range", range));
        return LuceneQueryTranslation.node("bool", bool);
    }

    /** The bulk operations that write a report's findings, one per finding, each under its own id. */
    List<String[]> indexOperations(ReviewedReport reviewed) {
        List<String[]> ops = new ArrayList<>();
        for (ObjectNode doc : OpenSearchDocuments.of(reviewed)) {
            ops.add(new String[] {action("index", doc.get(IndexSchema.ID).asText()), json(doc)});
        }
        return ops;
    }

    private void flush() {
        List<String[]> pending = new ArrayList<>(operations);
        operations.clear();
        send(pending);
    }

    /**
     * Sends {@code pending} in one bulk request, and again only the operations that failed for load or a node gone,
     * after a growing pause. Safe to call from several threads at once (a {@link BulkLoad} does).
     */
    void send(List<String[]> pending) {
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<String[]> failed = new ArrayList<>();
            String lastError = null;
            try {
                JsonNode answer = http.bulk(ndjson(pending), shardWait);
                if (answer.path("errors").asBoolean(false)) {
                    JsonNode items = answer.path("items");
                    for (int i = 0; i < items.size(); i++) {
                        JsonNode result = items.get(i).elements().next();
                        int status = result.path("status").asInt();
                        if (status >= 300 && !(status == 404 && items.get(i).has("delete"))) {
                            if (status != 429 && status < 500) {
                                throw new IllegalStateException("OpenSearch rechazó el hallazgo " + result.path("_id").asText()
                                        + ": " + result.path("error"));
                            }
                            failed.add(pending.get(i));
                            lastError = status + " " + result.path("error").path("reason").asText();
                        }
                    }
                }
            } catch (OpenSearchUnavailableException e) {
                failed = pending;
                lastError = e.getMessage();
            }
            if (failed.isEmpty()) {
                return;
            }
            if (attempt >= backoff.attempts()) {
                throw new OpenSearchUnavailableException("un envío por lotes de " + failed.size()
                        + " operaciones tras " + attempt + " intentos (" + lastError + ")", null);
            }
            LOG.warn("OpenSearch no aceptó {} de {} operaciones ({}); nuevo intento en {} ms", failed.size(),
                    pending.size(), lastError, backoff.pauseMs(attempt));
            retries.incrementAndGet();
            sleep(backoff.pauseMs(attempt));
            pending = failed;
        }
    }

    void withRetry(String what, Runnable call) {
        withRetry(what, () -> {
            call.run();
            return null;
        });
    }

    /** {@code call}'s answer, asked again after a growing pause while the cluster cannot give it whole. */
    <T> T withRetry(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (OpenSearchUnavailableException e) {
                if (attempt >= backoff.attempts()) {
                    throw e;
                }
                LOG.warn("OpenSearch no respondió a {} ({}); nuevo intento en {} ms", what, e.getMessage(),
                        backoff.pauseMs(attempt));
                retries.incrementAndGet();
                sleep(backoff.pauseMs(attempt));
            }
        }
    }

    private String action(String verb, String id) {
        ObjectNode action = Json.MAPPER.createObjectNode();
        action.putObject(verb).put("_index", index).put("_id", id);
        return json(action);
    }

    private static String ndjson(List<String[]> ops) {
        StringBuilder body = new StringBuilder();
        for (String[] op : ops) {
            for (String line : op) {
                body.append(line).append('\n');
            }
        }
        return body.toString();
    }

    private static String json(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms); // back-off before trying the cluster again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpido mientras se esperaba a OpenSearch", e);
        }
    }
}
