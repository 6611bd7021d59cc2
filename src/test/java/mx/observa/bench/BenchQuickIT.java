package mx.observa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;
import mx.observa.support.TestHome;

/**
 * The benchmark harness in quick mode, so it never rots: every phase runs on a tiny corpus (the ingest phase with a
 * real service JVM) and the result has the documented shape with a positive number everywhere. No thresholds here:
 * targets belong to the full benchmark on a known machine.
 */
class BenchQuickIT {

    @TempDir
    Path tmp;

    @Test
    void quickRunWritesTheDocumentedShapeWithPositiveFigures() throws Exception {
        BenchOptions quick = BenchOptions.quick(tmp.resolve("trabajo"), tmp.resolve("resultados"),
                TestHome.projectRoot().resolve("target/observa.jar"));
        StringWriter printed = new StringWriter();

        Path json = Benchmark.run(TestHome.config(tmp), quick, new PrintWriter(printed));

        JsonNode result = Json.MAPPER.readTree(json.toFile());
        assertThat(result.path("machine").path("cores").asInt()).isPositive();
        assertThat(result.path("mode").asText()).isEqualTo("quick");
        List<JsonNode> figures = new ArrayList<>();
        JsonNode ingest = result.path("ingest");
        for (String k : List.of("tika_in_process_docs_per_s", "tika_isolated_docs_per_s", "pipeline_docs_per_s",
                "ratio_in_process", "ratio_isolated", "cpu_ratio_in_process", "cpu_ratio_isolated")) {
            figures.add(ingest.path(k));
        }
        figures.add(ingest.path("cpu_ms_per_doc").path("tika_in_process"));
        figures.add(ingest.path("cpu_ms_per_doc").path("tika_isolated").path("children"));
        figures.add(ingest.path("cpu_ms_per_doc").path("pipeline").path("processing"));
        for (String latency : List.of("latency", "latency_loaded")) {
            for (String k : List.of("p50_ms", "p95_ms", "files", "text_files", "rate_per_s")) {
                figures.add(ingest.path(latency).path(k));
            }
        }
        assertThat(ingest.path("latency_loaded").path("rate_per_s").asDouble())
                .isGreaterThan(ingest.path("latency").path("rate_per_s").asDouble());
        for (int size : quick.findings()) {
            JsonNode search = result.path("search").path(Integer.toString(size));
            List.of("p50_ms", "p95_ms", "p99_ms").forEach(k -> figures.add(search.path(k)));
            assertThat(search.path("findings").asLong()).isGreaterThanOrEqualTo(size);
        }
        figures.add(result.path("report_" + quick.reports() + "_s"));
        for (String reader : List.of("status", "reindex", "arranque", "informe")) {
            figures.add(result.path("store_" + quick.storeReports()).path(reader).path("seconds"));
            figures.add(result.path("store_" + quick.storeReports()).path(reader).path("peak_heap_mb"));
        }
        figures.add(result.path("peak_heap_mb"));
        figures.add(result.path("ocr_pages_per_s"));
        assertThat(figures).allSatisfy(n -> assertThat(n.isNumber() && n.asDouble() > 0)
                .as("positive number: %s", n).isTrue());
        assertThat(result.path("ingest").path("docs").asInt()).isEqualTo(quick.docs());
        for (Map.Entry<String, JsonNode> phase : result.path("phases").properties()) {
            for (String k : List.of("seconds", "peak_heap_mb", "peak_rss_mb")) {
                assertThat(phase.getValue().path(k).asDouble()).as("%s.%s", phase.getKey(), k).isPositive();
            }
        }
        assertThat(result.path("phases").size()).isEqualTo(3 + quick.findings().size() + 4 + 2);
        assertThat(printed.toString()).contains("| Fase | Resultado |").contains("Ingesta de punta a punta (aislada)")
                .contains("De la bandeja a la búsqueda");
    }
}
