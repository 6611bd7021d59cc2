package mx.observa.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import mx.observa.archive.Json;
import mx.observa.model.ServiceFailure;

/**
 * Searches over real HTTP to a server that answers as a cluster does while a shard copy moves: 200 with the hits of
 * the shards that answered and {@code _shards.failed} above zero. Such an answer is never read as whole: it is
 * Observa's own failure, asked again until every shard answers.
 */
class PartialAnswersTest {

    private static final BulkWriter.Backoff QUICK = new BulkWriter.Backoff(3, 1, 2);
    /** Two of three shards answered: the finding on the third is missing from the hits. */
    private static final String PARTIAL = """
            {"timed_out":false,"_shards":{"total":3,"successful":2,"skipped":0,"failed":1,"failures":[{"shard":1,
            "index":"prueba","reason":{"type":"search_context_missing_exception","reason":"No search context found"}}]},
            "hits":{"hits":[{"_id":"OBS-2022-700002#2"}]}}""";
    private static final String WHOLE = """
            {"timed_out":false,"_shards":{"total":3,"successful":3,"skipped":0,"failed":0},
            "hits":{"hits":[{"_id":"OBS-2022-700002#1"},{"_id":"OBS-2022-700002#2"}]}}""";

    private HttpServer server;
    private final AtomicInteger searches = new AtomicInteger();

    /** A server whose first {@code partial} searches are answered by two of three shards, the rest by all. */
    private OpenSearchHttp cluster(int partial) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/prueba/_search", ex -> {
            ex.getRequestBody().readAllBytes();
            answer(ex, searches.incrementAndGet() <= partial ? PARTIAL : WHOLE);
        });
        server.start();
        return new OpenSearchHttp(new OpenSearchSettings(List.of("http://127.0.0.1:" + server.getAddress().getPort()),
                "prueba", null, null, null, null, 3, 1));
    }

    private static void answer(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static JsonNode query() {
        return Json.MAPPER.createObjectNode().set("query", Json.MAPPER.createObjectNode().putObject("match_all"));
    }

    @Test
    void anAnswerSomeShardFailedIsObservasOwnFailureNamingTheShardsReason() throws Exception {
        try (OpenSearchHttp http = cluster(1)) {
            assertThatThrownBy(() -> http.onEveryShard("POST", "/prueba/_search", query(), Map.of()))
                    .isInstanceOf(ServiceFailure.class)
                    .hasMessageContaining("1 de 3 fragmentos fallaron")
                    .hasMessageContaining("search_context_missing_exception");
        }
    }

    @Test
    void aSearchAnsweredInPartIsAskedAgainUntilEveryShardAnswers() throws Exception {
        try (OpenSearchHttp http = cluster(2)) {
            BulkWriter retrying = new BulkWriter(http, "prueba", QUICK, "1s");

            JsonNode hits = retrying.withRetry("search", () -> http.onEveryShard("POST", "/prueba/_search", query(), Map.of()))
                    .path("hits").path("hits");

            assertThat(hits).extracting(h -> h.path("_id").asText())
                    .containsExactly("OBS-2022-700002#1", "OBS-2022-700002#2");
            assertThat(searches.get()).isEqualTo(3);
            assertThat(retrying.retries()).isEqualTo(2);
        }
    }

    @Test
    void anAnswerEveryShardGaveIsReadAsItCame() throws Exception {
        try (OpenSearchHttp http = cluster(0)) {
            assertThat(http.onEveryShard("POST", "/prueba/_search", query(), Map.of()).path("hits").path("hits")).hasSize(2);
            assertThat(searches.get()).isEqualTo(1);
        }
    }
}
