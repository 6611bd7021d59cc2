package mx.observa.index.opensearch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import mx.observa.config.ObservaConfig;

/**
 * Where the OpenSearch cluster is and how to reach it ({@code observa.opensearch.*} in
 * {@code config/observa.properties}).
 *
 * @param hosts              the cluster's HTTP addresses ({@code https://} turns TLS on); requests go to any of them
 * @param index              name of the findings index
 * @param user               basic-authentication user, or null
 * @param password           its password, or null
 * @param truststore         PKCS#12 file with the certificate authority of the cluster, or null for the JVM's own
 * @param truststorePassword its password, or null
 * @param shards             primary shards when Observa creates the index
 * @param replicas           copies of each shard on other nodes when Observa creates the index
 */
public record OpenSearchSettings(List<String> hosts, String index, String user, String password, Path truststore,
                                 String truststorePassword, int shards, int replicas) {

    public OpenSearchSettings {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("observa.opensearch.hosts está vacío: indique al menos un nodo, "
                    + "por ejemplo http://opensearch1:9200");
        }
    }

    public static OpenSearchSettings of(ObservaConfig config) {
        List<String> hosts = Arrays.stream(config.get("observa.opensearch.hosts").split(","))
                .map(String::strip).filter(h -> !h.isEmpty()).toList();
        String truststore = blankToNull(config.get("observa.opensearch.truststore"));
        return new OpenSearchSettings(hosts,
                config.get("observa.opensearch.index"),
                blankToNull(config.get("observa.opensearch.user")),
                blankToNull(config.get("observa.opensearch.password")),
                truststore == null ? null : config.home().resolve(truststore),
                blankToNull(config.get("observa.opensearch.truststore-password")),
                (int) config.getLong("observa.opensearch.shards"),
                (int) config.getLong("observa.opensearch.replicas"));
    }

    /** The same cluster and credentials, another index (tests, benchmark). */
    public OpenSearchSettings withIndex(String name) {
        return new OpenSearchSettings(hosts, name, user, password, truststore, truststorePassword, shards, replicas);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
