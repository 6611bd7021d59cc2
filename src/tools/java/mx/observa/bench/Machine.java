package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a result was measured on, so results from different machines are never compared as equals. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpuModel());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memory_gb", Math.round(memTotalKb() / 1024.0 / 1024.0));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return m;
    }

    static String oneLine(Map<String, Object> m) {
        return "%s, %s núcleos, %s GB, %s, %s".formatted(m.get("cpu"), m.get("cores"), m.get("memory_gb"), m.get("os"),
                m.get("java"));
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    private static long memTotalKb() {
        return procLine("/proc/meminfo", "MemTotal")
                .map(v -> Long.parseLong(v.replace("kB", "").strip()))
                .orElse(Runtime.getRuntime().maxMemory() / 1024);
    }

    private static java.util.Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
