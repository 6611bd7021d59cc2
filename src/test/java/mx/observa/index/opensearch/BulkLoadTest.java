package mx.observa.index.opensearch;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.LuceneBackend;
import mx.observa.index.ReviewedReport;
import mx.observa.model.ServiceFailure;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The end of a bulk load over real HTTP, against a server that answers as a cluster whose replica of one shard has not
 * yet made the last findings visible: the load is over only when every copy of every shard, asked on its own, answers
 * with what was loaded; a copy that never does makes the load fail instead of leaving searches that miss findings.
 */
class BulkLoadTest {

    private static final BulkWriter.Backoff QUICK = new BulkWriter.Backoff(3, 1, 2);

    @TempDir
    Path tmp;

    private HttpServer server;
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger bulks = new AtomicInteger();

    /**
     * Two shards, a primary and a replica each. Shard 0's replica answers with one finding fewer until
     * {@code lagging} refreshes have been asked (never, with {@link Integer#MAX_VALUE}); each shard holds half of
     * the {@code loaded} findings once the bulk requests are in.
     */
    private OpenSearchHttp cluster(int loaded, int lagging) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_bulk", ex -> {
            ex.getRequestBody().readAllBytes();
            bulks.incrementAndGet();
            FakeClusterHttp.answer(ex, 200, "{\"errors\":false,\"items\":[]}");
        });
        server.createContext("/prueba/_refresh", ex -> {
            refreshes.incrementAndGet();
            FakeClusterHttp.answer(ex, 200, "{\"_shards\":{\"total\":4,\"successful\":4,\"failed\":0}}");
        });
        server.createContext("/prueba/_count", ex -> FakeClusterHttp.answer(ex, 200, "{\"count\":0}"));
        server.createContext("/prueba/_settings", ex -> FakeClusterHttp.answer(ex, 200, "GET".equals(ex.getRequestMethod())
                ? "{\"prueba\":{\"settings\":{\"index\":{\"number_of_replicas\":\"1\"}}}}" : "{\"acknowledged\":true}"));
        server.createContext("/_cluster/health/prueba", ex -> FakeClusterHttp.answer(ex, 200,
                "{\"status\":\"green\",\"relocating_shards\":0,\"initializing_shards\":0}"));
        server.createContext("/_cat/shards/prueba", ex -> FakeClusterHttp.answer(ex, 200, """
                [{"shard":"0","prirep":"p","state":"STARTED","id":"nodoA"},
                 {"shard":"0","prirep":"r","state":"STARTED","id":"nodoB"},
                 {"shard":"1","prirep":"p","state":"STARTED","id":"nodoB"},
                 {"shard":"1","prirep":"r","state":"STARTED","id":"nodoA"}]"""));
        server.createContext("/prueba/_search", ex -> {
            ex.getRequestBody().readAllBytes();
            String preference = java.net.URLDecoder.decode(ex.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            long half = bulks.get() == 0 ? 0 : loaded / 2;
            boolean behind = preference.contains("_shards:0|_only_nodes:nodoB") && refreshes.get() <= lagging;
            FakeClusterHttp.answer(ex, 200, "{\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0},\"hits\":{\"total\":{\"value\":"
                    + (behind ? half - 1 : half) + "},\"hits\":[]}}");
        });
        return FakeClusterHttp.connect(server, 2, 1);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Four reports of one finding each, in requests of two findings. */
    private void load(OpenSearchHttp http, LuceneBackend copy) {
        try (BulkLoad load = new BulkLoad(http, "prueba", new BulkWriter(http, "prueba", QUICK, "1s"), copy, 2, 2,
                Duration.ofMillis(1))) {
            for (int i = 1; i <= 4; i++) {
                load.add(ReviewedReport.none(report("OBS-2022-00000" + i).finding("La mesa " + i + " abrió tarde.").build()));
            }
        }
    }

    @Test
    void theLoadEndsOnlyOnceEveryCopyOfEveryShardAnswersWithEveryFindingLoaded() throws Exception {
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        try (OpenSearchHttp http = cluster(4, 2);
             FindingIndex embedded = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema())) {
            load(http, new LuceneBackend(embedded, new FindingSearch(embedded, analyzer)));

            assertThat(bulks.get()).as("two requests of two findings").isEqualTo(2);
            assertThat(refreshes.get()).as("refreshed again while a replica lagged").isEqualTo(3);
            assertThat(embedded.size()).as("the embedded copy committed").isEqualTo(4);
        }
    }

    @Test
    void aCopyThatNeverAnswersWithTheLoadedFindingsFailsTheLoad() throws Exception {
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        try (OpenSearchHttp http = cluster(4, Integer.MAX_VALUE);
             FindingIndex embedded = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema())) {
            assertThatThrownBy(() -> load(http, new LuceneBackend(embedded, new FindingSearch(embedded, analyzer))))
                    .isInstanceOf(ServiceFailure.class).hasMessageContaining("cada copia")
                    .hasMessageContaining("esperados 4");
            assertThat(refreshes.get()).isEqualTo(BulkLoad.WHOLE_ATTEMPTS);
        }
    }
}
