package mx.observa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import mx.observa.index.opensearch.OpenSearchSettings;
import mx.observa.testcluster.OpenSearchTestCluster;

/**
 * The three-node OpenSearch cluster of the tests, started once per test JVM (the integration tests share one JVM, so
 * once for all of them) and stopped when it ends. A test that killed a node gets it back at the next
 * {@link #cluster()}. Each test class writes its own index.
 */
public final class TestCluster {

    /** Heap of each node: three of them fit a shared 2-core machine beside the test JVM. */
    private static final String NODE_HEAP = "320m";
    private static OpenSearchTestCluster cluster;

    private TestCluster() {
    }

    public static synchronized OpenSearchTestCluster cluster() {
        if (cluster == null) {
            Path work = workDir();
            cluster = OpenSearchTestCluster.start(TestHome.projectRoot(), work, 3, NODE_HEAP, true);
            OpenSearchTestCluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(work);
            }, "opensearch-test-cluster"));
        } else if (!cluster.allRunning()) {
            cluster.restartStopped();
        }
        return cluster;
    }

    /**
     * Stops the cluster (a later {@link #cluster()} starts it again). Its tests are all in one class, which stops it
     * when it ends: three idle nodes would otherwise live, and hold their heaps, until the JVM that runs the rest of the
     * suite ends.
     */
    public static synchronized void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    /** Observa's settings for an index of its own on the test cluster: three shards, one replica of each. */
    public static OpenSearchSettings settings(Class<?> testClass) {
        return new OpenSearchSettings(cluster().httpHosts(), "prueba-" + testClass.getSimpleName().toLowerCase(Locale.ROOT),
                null, null, null, null, 3, 1);
    }

    private static Path workDir() {
        try {
            Path target = Files.createDirectories(TestHome.projectRoot().resolve("target"));
            return Files.createTempDirectory(target, "opensearch-cluster-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // logs and data of a finished test cluster under target/: left for mvn clean
        }
    }
}
