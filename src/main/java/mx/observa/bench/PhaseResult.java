package mx.observa.bench;

import java.util.LinkedHashMap;
import java.util.Map;

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

    double number(String key) {
        return ((Number) figures.get(key)).doubleValue();
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
