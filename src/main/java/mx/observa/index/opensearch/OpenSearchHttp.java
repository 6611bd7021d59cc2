package mx.observa.index.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;

/**
 * JSON over HTTP to the cluster through opensearch-java's transport, which spreads requests over every configured
 * node and moves on to another when one does not answer. Requests are written as the JSON of OpenSearch's REST API
 * (what its documentation shows), so a reader can try any of them with curl.
 */
final class OpenSearchHttp implements AutoCloseable {

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    OpenSearchHttp(OpenSearchSettings settings) {
        HttpHost[] hosts = settings.hosts().stream().map(OpenSearchHttp::host).toArray(HttpHost[]::new);
        SSLContext tls = sslContext(settings);
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(Json.MAPPER))
                .setHttpClientConfigCallback(http -> {
                    if (settings.user() != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        for (HttpHost host : hosts) {
                            credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(
                                    settings.user(), settings.password() == null ? new char[0]
                                    : settings.password().toCharArray()));
                        }
                        http.setDefaultCredentialsProvider(credentials);
                    }
                    if (tls != null) {
                        http.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).build()).build());
                    }
                    return http;
                })
                .build();
        this.client = new OpenSearchGenericClient(transport);
    }

    /** A request with a JSON body (or none); the answer's JSON. Statuses of 400 and above are errors. */
    JsonNode call(String method, String endpoint, JsonNode body) {
        return call(method, endpoint, body, Map.of());
    }

    JsonNode call(String method, String endpoint, JsonNode body, Map<String, String> query) {
        try {
            Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint).query(query);
            if (body != null) {
                request.json(Json.MAPPER.writeValueAsString(body));
            }
            return answer(method, endpoint, client.execute(request.build()));
        } catch (IOException e) {
            throw new OpenSearchUnavailableException(method + " " + endpoint, e);
        }
    }

    /**
     * A request that counts on every shard ({@code _search}, {@code _count}, {@code _refresh}): an answer in which a
     * shard failed is no answer. When one fails — a shard copy relocated or closed between the query and the fetch,
     * a search context freed with it — the cluster still answers 200 with what the other shards gave, and such an
     * answer silently misses findings (a report's best finding, a count). It is Observa's own failure, to be asked
     * again: another copy of the shard answers next time.
     */
    JsonNode onEveryShard(String method, String endpoint, JsonNode body, Map<String, String> query) {
        return everyShard(method + " " + endpoint, call(method, endpoint, body, query));
    }

    /** {@code answer} when every shard it asked answered in time; otherwise {@link OpenSearchUnavailableException}. */
    static JsonNode everyShard(String what, JsonNode answer) {
        JsonNode shards = answer.path("_shards");
        int failed = shards.path("failed").asInt(0);
        if (failed > 0 || answer.path("timed_out").asBoolean(false)) {
            JsonNode reason = shards.path("failures").path(0).path("reason");
            throw new OpenSearchUnavailableException(what + " (" + (failed > 0 ? failed + " de "
                    + shards.path("total").asInt() + " fragmentos fallaron" : "se agotó el tiempo")
                    + (reason.isMissingNode() ? "" : ": " + reason.path("type").asText() + " "
                    + reason.path("reason").asText()) + ")", null);
        }
        return answer;
    }

    /** A bulk request: newline-delimited JSON. */
    JsonNode bulk(String ndjson, String shardWait) {
        try {
            return answer("POST", "/_bulk", client.execute(Requests.builder().method("POST").endpoint("/_bulk")
                    .query(Map.of("timeout", shardWait))
                    .body(Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson")).build()));
        } catch (IOException e) {
            throw new OpenSearchUnavailableException("POST /_bulk", e);
        }
    }

    /** Whether {@code endpoint} exists (HEAD: 200 or 404). */
    boolean exists(String endpoint) {
        try (Response r = client.execute(Requests.builder().method("HEAD").endpoint(endpoint).build())) {
            if (r.getStatus() >= 500) {
                throw new OpenSearchUnavailableException("HEAD " + endpoint + ": " + r.getStatus(), null);
            }
            return r.getStatus() == 200;
        } catch (IOException e) {
            throw new OpenSearchUnavailableException("HEAD " + endpoint, e);
        }
    }

    private static JsonNode answer(String method, String endpoint, Response response) throws IOException {
        try (response) {
            String text = response.getBody().map(Body::bodyAsString).orElse("");
            if (response.getStatus() >= 500 || response.getStatus() == 429) {
                throw new OpenSearchUnavailableException(method + " " + endpoint + ": " + response.getStatus()
                        + " " + text, null);
            }
            if (response.getStatus() >= 400) {
                throw new IllegalStateException("OpenSearch rechazó " + method + " " + endpoint + ": "
                        + response.getStatus() + " " + text);
            }
            return text.isEmpty() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(text);
        }
    }

    private static HttpHost host(String uri) {
        try {
            return HttpHost.create(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Dirección de OpenSearch no válida en observa.opensearch.hosts: " + uri, e);
        }
    }

    /** TLS with the cluster's own certificate authority, when a trust store is configured. */
    private static SSLContext sslContext(OpenSearchSettings settings) {
        if (settings.truststore() == null) {
            return null;
        }
        char[] password = settings.truststorePassword() == null ? null : settings.truststorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(settings.truststore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return SSLContextBuilder.create().loadTrustMaterial(store, null).build();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el almacén de confianza " + settings.truststore(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Almacén de confianza no válido: " + settings.truststore(), e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
