package mx.observa.testcluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;

/**
 * A real OpenSearch cluster on this machine, for tests and the benchmark: each node a child JVM started from the jars
 * the build copied into {@code target/opensearch/} ({@code src/test/opensearch-node/pom.xml}), never on Observa's class
 * path (OpenSearch brings its own Lucene). No Docker, no network: every node listens on 127.0.0.1 on ports free at
 * start. Nodes stop with this object, and by themselves if the JVM that started them dies (their standard input
 * closes).
 */
public final class OpenSearchTestCluster implements AutoCloseable {

    public static final String CLUSTER_NAME = "observa-prueba";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /**
     * System property with more options for every node's JVM, separated by spaces; {@code {nodo}} in them is the
     * node's name. Unset: none.
     */
    public static final String NODE_JVM_OPTIONS = "observa.testcluster.node-jvm-options";

    private final Path projectRoot;
    private final String heap;
    private final boolean quickStart;
    /** The node's main class compiled once for every node of this cluster; null: each node compiles its source. */
    private Path nodeClasses;
    private final List<Node> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpenSearchTestCluster(Path projectRoot, String heap, boolean quickStart) {
        this.projectRoot = projectRoot;
        this.heap = heap;
        this.quickStart = quickStart;
    }

    /** One node of the cluster: its folder, its ports and, while it runs, its process. */
    private static final class Node {
        final String name;
        final Path home;
        final int httpPort;
        final int transportPort;
        Process process;

        Node(String name, Path home, int httpPort, int transportPort) {
            this.name = name;
            this.home = home;
            this.httpPort = httpPort;
            this.transportPort = transportPort;
        }

        Path log() {
            return home.resolve("node.log");
        }
    }

    /**
     * Starts {@code size} nodes and waits until they form a green cluster.
     *
     * @param projectRoot the Observa checkout (where {@code target/opensearch/} is)
     * @param workDir     a folder for the nodes' data and logs (one sub-folder per node)
     * @param heap        each node's heap, e.g. {@code 384m}
     * @param quickStart  tests: the client compiler only, which starts a node sooner but runs it slower (never for
     *                    measurements)
     */
    public static OpenSearchTestCluster start(Path projectRoot, Path workDir, int size, String heap, boolean quickStart) {
        Path lib = projectRoot.resolve("target/opensearch");
        if (!Files.isRegularFile(lib.resolve("opensearch-3.9.0.jar"))) {
            throw new IllegalStateException("Faltan los jars de OpenSearch en " + lib
                    + ": compile con ./mvnw package (copia src/test/opensearch-node/pom.xml en target/opensearch)");
        }
        OpenSearchTestCluster cluster = new OpenSearchTestCluster(projectRoot, heap, quickStart);
        for (int i = 1; i <= size; i++) {
            cluster.nodes.add(new Node("nodo" + i, workDir.resolve("nodo" + i), freePort(), freePort()));
        }
        try {
            cluster.nodeClasses = compileNode(projectRoot, lib, workDir.resolve("clase-del-nodo"));
            for (int i = 0; i < size; i++) {
                cluster.launch(i);
            }
            cluster.awaitHealth(size, "green", START_TIMEOUT);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:port} of every node, killed ones included (a client must cope with those). */
    public List<String> httpHosts() {
        return nodes.stream().map(n -> "http://127.0.0.1:" + n.httpPort).toList();
    }

    public int size() {
        return nodes.size();
    }

    /** Kills node {@code index} (0-based) with SIGKILL, as a machine that loses power, and waits until it is gone. */
    public void kill(int index) {
        Node node = nodes.get(index);
        node.process.destroyForcibly();
        try {
            node.process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts again, on their own data, the nodes that were killed, and waits for a green cluster. */
    public void restartStopped() {
        boolean any = false;
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).process.isAlive()) {
                launch(i);
                any = true;
            }
        }
        if (any) {
            awaitHealth(nodes.size(), "green", START_TIMEOUT);
        }
    }

    public boolean allRunning() {
        return nodes.stream().allMatch(n -> n.process.isAlive());
    }

    /**
     * Waits until the running nodes see {@code nodeCount} nodes and at least {@code status} ("green", "yellow").
     *
     * @throws IllegalStateException with the tail of each node's log when it does not happen in time
     */
    public void awaitHealth(int nodeCount, String status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "sin respuesta";
        while (System.nanoTime() < deadline) {
            for (Node node : nodes) {
                if (node.process == null || !node.process.isAlive()) {
                    continue;
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                    + node.httpPort + "/_cluster/health?wait_for_nodes=" + nodeCount
                                    + "&wait_for_status=" + status + "&timeout=20s"))
                            .timeout(Duration.ofSeconds(40)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    last = r.body();
                    if (r.statusCode() == 200 && !Json.MAPPER.readTree(r.body()).path("timed_out").asBoolean(true)) {
                        return;
                    }
                    break; // the node answered: ask it again rather than the next one
                } catch (IOException e) {
                    last = node.name + ": " + e; // its HTTP port is not open yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            failIfAllDead();
            pause();
        }
        throw new IllegalStateException("El clúster de prueba no llegó a " + nodeCount + " nodos en " + status
                + " en " + timeout.toSeconds() + " s; última respuesta: " + last + "\n" + logTails());
    }

    /** The cluster's health as OpenSearch reports it (from the first node that answers). */
    public JsonNode health() {
        for (Node node : nodes) {
            if (node.process.isAlive()) {
                try {
                    return Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + node.httpPort + "/_cluster/health")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                } catch (IOException e) {
                    // try the next node
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("Ningún nodo del clúster de prueba responde\n" + logTails());
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            if (node.process != null && node.process.isAlive()) {
                try {
                    node.process.getOutputStream().close(); // the node closes itself when its input ends
                } catch (IOException e) {
                    node.process.destroy();
                }
            }
        }
        for (Node node : nodes) {
            if (node.process != null) {
                try {
                    if (!node.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        node.process.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    node.process.destroyForcibly();
                }
            }
        }
    }

    private void launch(int index) {
        Node node = nodes.get(index);
        try {
            Files.createDirectories(node.home.resolve("tmp"));
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms" + heap, "-Xmx" + heap, "-Xss1m",
                    "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                    "-Djava.io.tmpdir=" + node.home.resolve("tmp"), "-Dlog4j2.disable.jmx=true"));
            if (quickStart) {
                // one GC thread and the client compiler: three nodes start sooner on a shared 2-core machine, and
                // serve OpenSearchClusterIT's ~1,300 judged queries cheaper too: with C2 as well (TieredStopAtLevel=4)
                // the three nodes took 180 s of CPU in that class, 72-76 s with C1 alone (2026-12-07, shared machine)
                cmd.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            }
            // options to profile the nodes (e.g. -XX:StartFlightRecording=filename=/tmp/{nodo}.jfr): the nodes take
            // about half of OpenSearchClusterIT's CPU, and JAVA_TOOL_OPTIONS would profile every JVM of the tests too
            String extra = System.getProperty(NODE_JVM_OPTIONS, "").strip();
            if (!extra.isEmpty()) {
                cmd.addAll(List.of(extra.replace("{nodo}", node.name).split("\\s+")));
            }
            if (nodeClasses != null) {
                cmd.addAll(List.of("-cp", projectRoot.resolve("target/opensearch") + "/*" + java.io.File.pathSeparator
                        + nodeClasses, "OpenSearchTestNode"));
            } else {
                cmd.addAll(List.of("-cp", projectRoot.resolve("target/opensearch") + "/*", nodeSource(projectRoot).toString()));
            }
            cmd.addAll(settings(node));
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(node.log().toFile()));
            node.process = builder.start();
            Process started = node.process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "opensearch-" + node.name));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo arrancar el nodo " + node.name, e);
        }
    }

    private static Path nodeSource(Path projectRoot) {
        return projectRoot.resolve("src/test/opensearch-node/OpenSearchTestNode.java");
    }

    /**
     * {@code OpenSearchTestNode.java} compiled into {@code classes}, once for all the nodes: started from its source,
     * each node compiled it again in a JVM of its own (about 1.3 s of CPU each, javac loaded by every node). Null when
     * this JVM has no compiler (a runtime without javac): the nodes then start from the source, as before.
     */
    private static Path compileNode(Path projectRoot, Path lib, Path classes) {
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return null;
        }
        try {
            Files.createDirectories(classes);
            StringBuilder classPath = new StringBuilder();
            try (var jars = Files.list(lib)) {
                jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> classPath
                        .append(classPath.isEmpty() ? "" : java.io.File.pathSeparator).append(j));
            }
            java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
            int code = javac.run(null, errors, errors, "-proc:none", "-nowarn", "-encoding", "UTF-8",
                    "-cp", classPath.toString(), "-d", classes.toString(), nodeSource(projectRoot).toString());
            if (code != 0) {
                throw new IllegalStateException("No se pudo compilar OpenSearchTestNode.java:\n"
                        + errors.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> settings(Node node) {
        String seeds = nodes.stream().map(n -> "127.0.0.1:" + n.transportPort).collect(Collectors.joining(","));
        String managers = nodes.stream().map(n -> n.name).collect(Collectors.joining(","));
        return List.of(
                "cluster.name=" + CLUSTER_NAME,
                "node.name=" + node.name,
                "path.home=" + node.home,
                "network.host=127.0.0.1",
                "http.port=" + node.httpPort,
                "transport.port=" + node.transportPort,
                "discovery.seed_hosts=" + seeds,
                "cluster.initial_cluster_manager_nodes=" + managers,
                // without it a node waits 30 s for a cluster state before opening HTTP
                "discovery.initial_state_timeout=0s",
                // thread pools sized for a shared 2-core machine
                "node.processors=1",
                // a nearly full disk of the machine must not keep shards from being allocated
                "cluster.routing.allocation.disk.threshold_enabled=false");
    }

    private void failIfAllDead() {
        if (nodes.stream().noneMatch(n -> n.process != null && n.process.isAlive())) {
            throw new IllegalStateException("Todos los nodos del clúster de prueba terminaron\n" + logTails());
        }
    }

    private String logTails() {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            try {
                List<String> lines = Files.exists(node.log()) ? Files.readAllLines(node.log()) : List.of();
                out.append("--- ").append(node.log()).append('\n');
                IntStream.range(Math.max(0, lines.size() - 30), lines.size())
                        .forEach(i -> out.append(lines.get(i)).append('\n'));
            } catch (IOException e) {
                out.append("(no se pudo leer ").append(node.log()).append(")\n");
            }
        }
        return out.toString();
    }

    private static void pause() {
        try {
            Thread.sleep(1000); // polling other processes' HTTP ports: there is no event to wait on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
