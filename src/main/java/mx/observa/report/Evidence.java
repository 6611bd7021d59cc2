package mx.observa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;

import mx.observa.archive.Json;

/** The evidence of a finding as the index stores it: JSON topic id → matched words. */
final class Evidence {

    private static final TypeReference<TreeMap<String, List<String>>> TYPE = new TypeReference<>() {
    };

    private Evidence() {
    }

    static Map<String, List<String>> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(json, TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException("Evidencia ilegible en el índice: " + json, e);
        }
    }
}
