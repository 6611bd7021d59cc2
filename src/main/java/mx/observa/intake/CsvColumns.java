package mx.observa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import mx.observa.model.DeclaredField;
import mx.observa.text.Folding;

/**
 * How the columns of a questionnaire export are read, from the editable {@code config/csv-columnas.yaml}:
 * declared fields, free text, details kept but not read as content, and columns ignored.
 */
public final class CsvColumns {

    /** What one column of an export is. */
    public sealed interface Role permits Declared, Text, Detail, Ignored, Question {
    }

    public record Declared(DeclaredField field) implements Role {
    }

    public record Text() implements Role {
    }

    public record Detail() implements Role {
    }

    public record Ignored() implements Role {
    }

    public record Question() implements Role {
    }

    /** The file's shape; unknown keys are refused so a typo in the file is noticed. */
    record Config(Map<String, List<String>> campos, List<String> texto, List<String> detalles, List<String> ignorar,
                  List<String> rotulos) {
    }

    private final Map<String, Role> byHeader = new LinkedHashMap<>();
    /** Headers that say a column holds the labels of one form's fields («Pregunta», «Campo»): see {@link SidewaysForm}. */
    private final Set<String> labelColumns = new HashSet<>();

    private CsvColumns(Config config) {
        // First listed wins, in the order: declared fields, text, details, ignored.
        if (config.campos() != null) {
            config.campos().forEach((key, headers) -> {
                DeclaredField field = DeclaredField.byKey(key).filter(f -> f != DeclaredField.FILA).orElseThrow(() ->
                        new IllegalArgumentException("Campo desconocido en csv-columnas.yaml: «" + key + "». Campos válidos: "
                                + "nombre, correo, acreditacion, alcaldia, distrito, ut, mro, fecha."));
                headers.forEach(h -> byHeader.putIfAbsent(key(h), new Declared(field)));
            });
        }
        listOf(config.texto()).forEach(h -> byHeader.putIfAbsent(key(h), new Text()));
        listOf(config.detalles()).forEach(h -> byHeader.putIfAbsent(key(h), new Detail()));
        listOf(config.ignorar()).forEach(h -> byHeader.putIfAbsent(key(h), new Ignored()));
        listOf(config.rotulos()).forEach(h -> labelColumns.add(key(h)));
    }

    /** Whether a header says its column holds the labels of a form's fields rather than one record per row. */
    public boolean namesLabelColumn(String header) {
        return labelColumns.contains(key(header));
    }

    public static CsvColumns load(Path yaml) {
        try {
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
            return new CsvColumns(mapper.readValue(Files.readString(yaml), Config.class));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la configuración de columnas " + yaml + ": " + e.getMessage(), e);
        }
    }

    /** The role of a column from its header as exported. */
    public Role roleOf(String header) {
        String k = key(header);
        Role role = byHeader.get(k);
        if (role == null && header.contains("/")) {
            // KoboToolbox group paths: "datos_generales/alcaldia" → "alcaldia"
            role = byHeader.get(key(header.substring(header.lastIndexOf('/') + 1)));
        }
        return role != null ? role : new Question();
    }

    private static List<String> listOf(List<String> l) {
        return l == null ? List.of() : l;
    }

    static String key(String header) {
        String folded = Folding.foldLower(header == null ? "" : header);
        // underscores of Kobo names are kept at the start ("_uuid") but read as spaces inside ("meta_instanceID")
        String lead = folded.startsWith("__") ? "__" : folded.startsWith("_") ? "_" : "";
        String rest = folded.substring(lead.length()).replaceAll("[^a-z0-9]+", " ").strip();
        return lead + rest;
    }
}
