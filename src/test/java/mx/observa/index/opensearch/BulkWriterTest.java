package mx.observa.index.opensearch;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import mx.observa.index.ReviewedReport;
import mx.observa.model.ServiceFailure;

/**
 * Bulk writes over real HTTP to a server that answers as an overloaded or failing cluster does: the writer sends the
 * operations again after a pause; when the cluster never takes them, the failure is Observa's own
 * ({@link ServiceFailure}: retried by the pipeline, never the sender's quarantine).
 */
class BulkWriterTest {

    private static final BulkWriter.Backoff QUICK = new BulkWriter.Backoff(3, 1, 2);

    private HttpServer server;
    private final AtomicInteger bulks = new AtomicInteger();

    /** A server whose first {@code failures} bulk requests get 503, the rest are taken. */
    private OpenSearchHttp cluster(int failures) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_bulk", ex -> {
            ex.getRequestBody().readAllBytes();
            if (bulks.incrementAndGet() <= failures) {
                FakeClusterHttp.answer(ex, 503, "{\"error\":\"no_shard_available\"}");
            } else {
                FakeClusterHttp.answer(ex, 200, "{\"errors\":false,\"items\":[]}");
            }
        });
        server.createContext("/", ex -> FakeClusterHttp.answer(ex, 200, "{\"hits\":{\"hits\":[]}}"));
        return FakeClusterHttp.connect(server, 1, 0);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBulkRequestTheClusterCannotTakeNowIsSentAgainUntilItIsTaken() throws Exception {
        try (OpenSearchHttp http = cluster(2)) {
            BulkWriter writer = new BulkWriter(http, "prueba", QUICK, "1s");
            writer.replace(ReviewedReport.none(report("OBS-2022-000001").finding("Faltaron boletas.", "material", "boletas").build()));

            writer.commit();

            assertThat(bulks.get()).isEqualTo(3);
            assertThat(writer.retries()).isEqualTo(2);
        }
    }

    @Test
    void aClusterThatNeverTakesTheWritesIsObservasOwnFailure() throws Exception {
        try (OpenSearchHttp http = cluster(Integer.MAX_VALUE)) {
            BulkWriter writer = new BulkWriter(http, "prueba", QUICK, "1s");
            writer.replace(ReviewedReport.none(report("OBS-2022-000001").finding("Faltaron boletas.", "material", "boletas").build()));

            assertThatThrownBy(writer::commit).isInstanceOf(ServiceFailure.class)
                    .hasMessageContaining("OpenSearch no respondió");
            assertThat(bulks.get()).isEqualTo(QUICK.attempts());
        }
    }
}
