package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The words and phrases that tell a report's non-findings apart — greetings and closings, the nouns of a title, form
 * labels, mail headers, legal notices, site chrome — read from {@code config/segmentacion.yaml} (an editable file; its
 * header explains the format). Each key holds a list of alternatives written over folded text (no accents, lower
 * case); {@link Segmenter} and {@link Boilerplate} keep the structure (where on the line, how many words, what comes
 * after) and take the alternatives from here. Immutable once loaded.
 */
final class SegmentationVocabulary {

    static final String FILE_NAME = "segmentacion.yaml";

    private final Map<String, List<String>> lists;
    private final String origin;

    private SegmentationVocabulary(Map<String, List<String>> lists, String origin) {
        this.lists = lists;
        this.origin = origin;
    }

    /**
     * The vocabulary of an Observa home's {@code config/} directory, as {@link ReportUnderstander} reads it at start-up
     * from the configuration the running Observa uses; a broken file fails there, with the key and the reason.
     */
    static SegmentationVocabulary load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer el vocabulario de segmentación " + file + ": " + e.getMessage(), e);
        }
    }

    static SegmentationVocabulary load(InputStream in, String origin) throws IOException {
        Map<String, List<String>> read = TopicRules.yaml().readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() {
        });
        if (read == null || read.isEmpty()) {
            throw new IllegalStateException(origin + ": el archivo está vacío");
        }
        for (Map.Entry<String, List<String>> e : read.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw new IllegalStateException(origin + ", clave '" + e.getKey() + "': la lista está vacía");
            }
            for (String alternative : e.getValue()) {
                try {
                    Pattern.compile(alternative);
                } catch (PatternSyntaxException bad) {
                    throw new IllegalStateException(origin + ", clave '" + e.getKey() + "': la frase «" + alternative
                            + "» no es una expresión válida: " + bad.getDescription(), bad);
                }
            }
        }
        return new SegmentationVocabulary(Map.copyOf(read), origin);
    }

    /** The alternatives of a key as one non-capturing group, "(?:a|b|c)", to be placed in a pattern's structure. */
    String any(String key) {
        return "(?:" + String.join("|", list(key)) + ")";
    }

    /** The alternatives of a key as written. */
    List<String> list(String key) {
        List<String> l = lists.get(key);
        if (l == null) {
            throw new IllegalStateException(origin + ": falta la clave '" + key + "'");
        }
        return List.copyOf(l);
    }
}
