package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The commission's taxonomy with its recognition rules, read from {@code config/taxonomia.yaml} (an editable
 * file, see its header for the format and the criteria). Phrases are compiled with the shared analyzer, so a
 * rule and a search query see the same words. Immutable and thread-safe once loaded.
 */
public final class TopicRules {

    /** Topic ids of the public contract (shared/taxonomy.md), in its order. */
    public static final List<String> TAXONOMY_IDS = List.of(
            "instalacion", "funcionariado", "material", "identificacion", "secreto_voto", "proselitismo",
            "accesibilidad", "remota", "seguridad", "escrutinio", "difusion", "observacion", "participacion",
            "buena_practica", "recomendacion");

    static final String FILE_NAME = "taxonomia.yaml";

    private static final int DEFAULT_WINDOW = 6;
    private static final int DEFAULT_EXCLUSION_WINDOW = 4;

    // The YAML shape; field names are the Spanish keys of the file (snake_case).
    record FileSpec(Integer ventanaExclusion, List<TopicSpec> temas) {
    }

    record TopicSpec(String id, String etiqueta, List<String> frases, List<ComboSpec> combinaciones,
                     List<String> excepto, Integer ventanaExcepto) {
    }

    record ComboSpec(List<String> todos, Integer ventana, Boolean enOrden) {
    }

    private final List<Topic> topics;

    private TopicRules(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    public static TopicRules load(Path file, FoldingSpanishAnalyzer analyzer) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), analyzer);
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer las reglas de temas " + file + ": " + e.getMessage(), e);
        }
    }

    static TopicRules load(InputStream in, String origin, FoldingSpanishAnalyzer analyzer) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        FileSpec spec = yaml.readValue(in, FileSpec.class);
        if (spec == null || spec.temas() == null || spec.temas().isEmpty()) {
            throw new IllegalStateException(origin + ": no define ningún tema (clave 'temas')");
        }
        int defaultExclusionWindow = spec.ventanaExclusion() == null ? DEFAULT_EXCLUSION_WINDOW : spec.ventanaExclusion();
        Map<String, Topic> byId = new LinkedHashMap<>();
        for (TopicSpec t : spec.temas()) {
            String where = origin + ", tema '" + t.id() + "'";
            if (t.id() == null || !TAXONOMY_IDS.contains(t.id())) {
                throw new IllegalStateException(where + ": el id no está en la taxonomía " + TAXONOMY_IDS);
            }
            if (byId.containsKey(t.id())) {
                throw new IllegalStateException(where + ": aparece dos veces");
            }
            if (t.etiqueta() == null || t.etiqueta().isBlank()) {
                throw new IllegalStateException(where + ": falta la etiqueta");
            }
            try {
                byId.put(t.id(), compile(t, analyzer, defaultExclusionWindow));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return new TopicRules(new ArrayList<>(byId.values()));
    }

    private static Topic compile(TopicSpec t, FoldingSpanishAnalyzer analyzer, int defaultExclusionWindow) {
        List<Rule> rules = new ArrayList<>();
        if (t.frases() != null && !t.frases().isEmpty()) {
            rules.add(new Rule.AnyPhrase(phrases(t.frases(), analyzer)));
        }
        if (t.combinaciones() != null) {
            for (ComboSpec c : t.combinaciones()) {
                if (c.todos() == null || c.todos().size() < 2) {
                    throw new IllegalArgumentException("cada combinación necesita al menos dos grupos en 'todos'");
                }
                List<List<Phrase>> groups = new ArrayList<>();
                for (String group : c.todos()) {
                    groups.add(phrases(List.of(group.split("\\|")), analyzer));
                }
                int window = c.ventana() == null ? DEFAULT_WINDOW : c.ventana();
                if (window < 1) {
                    throw new IllegalArgumentException("'ventana' debe ser al menos 1");
                }
                rules.add(new Rule.AllWithin(groups, window, Boolean.TRUE.equals(c.enOrden())));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no tiene 'frases' ni 'combinaciones'");
        }
        List<Phrase> exclusions = t.excepto() == null ? List.of() : phrases(t.excepto(), analyzer);
        int window = t.ventanaExcepto() == null ? defaultExclusionWindow : t.ventanaExcepto();
        return new Topic(t.id(), t.etiqueta().strip(), rules, exclusions, window);
    }

    private static List<Phrase> phrases(List<String> sources, FoldingSpanishAnalyzer analyzer) {
        List<Phrase> phrases = new ArrayList<>();
        for (String s : sources) {
            if (s != null && !s.isBlank()) {
                phrases.add(Phrase.compile(s, analyzer));
            }
        }
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("lista de frases vacía");
        }
        return phrases;
    }

    List<Topic> topics() {
        return topics;
    }

    /** Topic id → Spanish label, in taxonomy order, for what users see. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        topics.forEach(t -> labels.put(t.id(), t.label()));
        return labels;
    }

    public Set<String> ids() {
        return labels().keySet();
    }
}
