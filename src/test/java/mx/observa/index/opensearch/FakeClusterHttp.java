package mx.observa.index.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The tests' stand-in for a cluster: a local HTTP server that answers as the test says, and Observa's client to it. */
final class FakeClusterHttp {

    private FakeClusterHttp() {
    }

    /** Starts {@code server} and connects to it as to index {@code prueba} of {@code shards} shards. */
    static OpenSearchHttp connect(HttpServer server, int shards, int replicas) {
        server.start();
        return new OpenSearchHttp(new OpenSearchSettings(List.of("http://127.0.0.1:" + server.getAddress().getPort()),
                "prueba", null, null, null, null, shards, replicas));
    }

    /** A JSON answer. */
    static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
