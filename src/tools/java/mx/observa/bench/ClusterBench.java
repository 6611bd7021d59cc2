package mx.observa.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;

/**
 * {@code observa bench --backend opensearch}: search latency of the embedded index and of the OpenSearch cluster side
 * by side at each size, and the cluster's bulk ingest throughput ({@link ClusterSearchPhase}). Intake, extraction and
 * the report do not depend on the backend and are measured by the ordinary run. Writes
 * {@code <fecha>-opensearch.json} beside the ordinary results and prints a Markdown table.
 */
final class ClusterBench {

    private ClusterBench() {
    }

    static Path run(ObservaConfig config, BenchOptions o, String nodeHeap, PrintWriter out) throws Exception {
        String date = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm"));
        Files.createDirectories(o.workDir());
        Benchmark.progress(out, "Índice integrado y OpenSearch (%s), %s hallazgos: ingesta como el servicio, carga por lotes y búsqueda…",
                mx.observa.index.SearchBackends.onOpenSearch(config) ? "clúster de config/observa.properties"
                        : "clúster de prueba de 3 nodos en esta máquina, -Xmx" + nodeHeap + " cada uno", o.findings());
        Path file = o.outDir().resolve(date + "-opensearch.json");
        List<PhaseResult> phases = new ArrayList<>();
        ClusterSearchPhase.run(config, o.workDir(), o.findings(), o.searchPasses(), o.seed(), nodeHeap, p -> {
            phases.add(Benchmark.report(out, p));
            write(file, config, date, nodeHeap, phases); // after each size: a run stopped later keeps what it measured
        });
        out.println();
        out.print(table(phases));
        out.println();
        out.println("Resultado: " + file);
        out.flush();
        return file;
    }

    private static void write(Path file, ObservaConfig config, String date, String nodeHeap, List<PhaseResult> phases) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", Machine.describe());
        json.put("mode", "opensearch");
        json.put("date", date.replace('T', ' '));
        json.put("commit", Benchmark.commit(config.home()));
        json.put("node_heap", nodeHeap);
        Map<String, Object> byName = new LinkedHashMap<>();
        phases.forEach(p -> byName.put(p.name(), p.toJson()));
        json.put("phases", byName);
        try {
            Files.createDirectories(file.getParent());
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("No se pudo escribir " + file, e);
        }
    }

    private static String perSecond(Map<String, Object> f, String prefix) {
        Object rate = f.get(prefix + "_findings_per_s");
        return rate == null ? "—" : "%s hallazgos/s (%,d)".formatted(rate, ((Number) f.get(prefix + "_findings")).longValue());
    }

    static String table(List<PhaseResult> phases) {
        StringBuilder t = new StringBuilder();
        t.append("| Índice | Hallazgos | Búsqueda p50 | p95 | p99 | Por informe p95 | Ingesta como el servicio "
                + "| Carga por lotes | Carga (1 min) |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PhaseResult p : phases) {
            Map<String, Object> f = p.figures();
            boolean cluster = p.name().contains("opensearch");
            t.append("| %s | %,d | %s ms | %s ms | %s ms | %s ms | %s | %s | %s |%n".formatted(
                    cluster ? "OpenSearch, " + f.get("nodes") + " nodos" : "Lucene integrado",
                    ((Number) f.get("findings")).longValue(), f.get("p50_ms"), f.get("p95_ms"), f.get("p99_ms"),
                    f.get("by_report_p95_ms"), perSecond(f, "ingest"), perSecond(f, "bulk_ingest"),
                    f.get("load_avg_1m")));
        }
        return t.toString();
    }
}
