package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.observa.archive.Json;

/**
 * What one phase measured: its wall time, its memory high-water marks and the phase's own figures.
 *
 * @param peakHeapMb heap high-water mark of the JVM that did the work (for the ingest phase: the service JVM)
 * @param peakRssMb  resident-memory high-water mark of that JVM
 */
record PhaseResult(String name, double seconds, long peakHeapMb, long peakRssMb, Map<String, Object> figures) {

    PhaseResult {
        figures = new LinkedHashMap<>(figures);
    }

    /**
     * One result for repeated runs of a phase: the run with the median {@code key} (its time and figures), the highest
     * memory of all runs, and every run's {@code key} under {@code rounds_<key>}.
     */
    static PhaseResult median(String name, List<PhaseResult> runs, String key) {
        List<PhaseResult> sorted = runs.stream().sorted(Comparator.comparingDouble(r -> r.number(key))).toList();
        PhaseResult mid = sorted.get(sorted.size() / 2);
        Map<String, Object> figures = new LinkedHashMap<>(mid.figures());
        figures.put("rounds_" + key, runs.stream().map(r -> r.figures().get(key)).toList());
        figures.put("rounds_load_avg_1m", runs.stream().map(r -> r.figures().get("load_avg_1m")).toList());
        return new PhaseResult(name, mid.seconds(), runs.stream().mapToLong(PhaseResult::peakHeapMb).max().orElse(0),
                runs.stream().mapToLong(PhaseResult::peakRssMb).max().orElse(0), figures);
    }

    double number(String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    /** Written by a phase that ran in its own JVM, read back by the benchmark. */
    void write(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("seconds", seconds);
        json.put("peak_heap_mb", peakHeapMb);
        json.put("peak_rss_mb", peakRssMb);
        json.put("figures", figures);
        Json.MAPPER.writeValue(file.toFile(), json);
    }

    @SuppressWarnings("unchecked")
    static PhaseResult read(Path file) throws IOException {
        Map<String, Object> json = Json.MAPPER.readValue(file.toFile(), Map.class);
        return new PhaseResult((String) json.get("name"), ((Number) json.get("seconds")).doubleValue(),
                ((Number) json.get("peak_heap_mb")).longValue(), ((Number) json.get("peak_rss_mb")).longValue(),
                (Map<String, Object>) json.get("figures"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seconds", Benchmark.round(seconds));
        json.put("peak_heap_mb", peakHeapMb);
        json.put("peak_rss_mb", peakRssMb);
        json.putAll(figures);
        return json;
    }
}
