package mx.observa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Spanish label of each topic id, in the taxonomy's order (the order of every topic table in the report).
 *
 * <p>Read from {@code config/taxonomia.yaml} — the file that also holds the classification rules — taking only each
 * topic's {@code id} and its label ({@code etiqueta}, {@code label} or {@code nombre}) from a top-level list
 * {@code temas:} (or {@code topics:}, or a top-level list, or a map id → topic). Until that file exists the contract
 * labels of the taxonomy are used; a topic without a label there keeps its contract label.
 */
public final class TopicLabels {

    /** The public contract (shared/taxonomy.md): used only while config/taxonomia.yaml is absent. */
    private static final Map<String, String> CONTRACT = contract();

    private final Map<String, String> labels;

    public TopicLabels(Map<String, String> labels) {
        this.labels = new LinkedHashMap<>(labels);
    }

    public static TopicLabels load(Path configDir) {
        Path file = configDir.resolve("taxonomia.yaml");
        if (!Files.isRegularFile(file)) {
            return new TopicLabels(CONTRACT);
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            Map<String, String> read = new LinkedHashMap<>();
            JsonNode topics = root == null ? null : root.has("temas") ? root.get("temas")
                    : root.has("topics") ? root.get("topics") : root;
            if (topics != null && topics.isArray()) {
                topics.forEach(t -> put(read, t.path("id").asText(null), t));
            } else if (topics != null && topics.isObject()) {
                topics.fields().forEachRemaining(e -> put(read, e.getValue().path("id").asText(e.getKey()), e.getValue()));
            }
            if (read.isEmpty()) {
                throw new IllegalStateException("config/taxonomia.yaml no contiene temas con id y etiqueta");
            }
            return new TopicLabels(read);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + file, e);
        }
    }

    private static void put(Map<String, String> read, String id, JsonNode topic) {
        if (id == null || id.isBlank()) {
            return;
        }
        String label = topic.path("etiqueta").asText(topic.path("label").asText(topic.path("nombre").asText(null)));
        read.put(id, label == null || label.isBlank() ? CONTRACT.getOrDefault(id, id) : label);
    }

    /** The label to show; an id the taxonomy does not know is shown as is, never hidden. */
    public String label(String id) {
        return labels.getOrDefault(id, id);
    }

    /** Topic ids in taxonomy order, followed by any other ids found in the data (sorted), so none is lost. */
    public List<String> ordered(java.util.Collection<String> idsInData) {
        List<String> ids = new java.util.ArrayList<>(labels.keySet());
        idsInData.stream().filter(id -> !labels.containsKey(id)).distinct().sorted().forEach(ids::add);
        return ids;
    }

    private static Map<String, String> contract() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("instalacion", "Instalación y apertura");
        m.put("funcionariado", "Personas funcionarias");
        m.put("material", "Material y documentación");
        m.put("identificacion", "Identificación y listado");
        m.put("secreto_voto", "Secreto y libertad del voto");
        m.put("proselitismo", "Proselitismo y coacción");
        m.put("accesibilidad", "Accesibilidad");
        m.put("remota", "Votación por internet (SEI)");
        m.put("seguridad", "Seguridad e incidentes");
        m.put("escrutinio", "Cierre y escrutinio");
        m.put("difusion", "Información y difusión");
        m.put("observacion", "Condiciones para observar");
        m.put("participacion", "Participación y afluencia");
        m.put("buena_practica", "Buenas prácticas");
        m.put("recomendacion", "Recomendaciones");
        return m;
    }
}
