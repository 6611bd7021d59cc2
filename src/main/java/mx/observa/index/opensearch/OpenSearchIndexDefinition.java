package mx.observa.index.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;

/**
 * The settings and mapping of the findings index ({@code indice-hallazgos.json} beside this class, and every field but
 * the text from {@link mx.observa.index.IndexSchema#FIELDS}): the analysis chain of {@link mx.observa.text.FoldingSpanishAnalyzer} (standard tokenizer, lowercase, ASCII folding, light Spanish
 * stemmer), a search analyzer that adds the synonyms of {@code config/sinonimos.txt} for clients that query the
 * cluster directly, the folding normalizer of keyword filters, and the shard and replica counts.
 */
public final class OpenSearchIndexDefinition {

    private OpenSearchIndexDefinition() {
    }

    /** The body of the create-index request. */
    public static ObjectNode body(OpenSearchSettings settings, Path synonymsFile) {
        ObjectNode body;
        try (InputStream in = OpenSearchIndexDefinition.class.getResourceAsStream("indice-hallazgos.json")) {
            body = (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body.remove("_comment");
        ObjectNode mappings = (ObjectNode) body.path("mappings");
        mappings.set("properties", OpenSearchDocuments.properties(
                (ObjectNode) mappings.path("properties").path(mx.observa.index.IndexSchema.TEXT)));
        ObjectNode index = (ObjectNode) body.path("settings").path("index");
        index.put("number_of_shards", settings.shards());
        index.put("number_of_replicas", settings.replicas());
        ArrayNode synonyms = ((ObjectNode) body.path("settings").path("analysis").path("filter")
                .path("observa_sinonimos")).putArray("synonyms");
        synonymRules(synonymsFile).forEach(synonyms::add);
        return body;
    }

    /** The rules of the synonyms file as Observa's own parser reads them (Solr format, comment lines left out). */
    static List<String> synonymRules(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + file, e);
        }
    }
}
