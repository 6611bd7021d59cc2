package mx.observa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;

/**
 * The OpenSearch index is scored and analyzed as the embedded one: the text field's BM25 parameters are the ranking's
 * ({@link RankingQuery#K1}, {@link RankingQuery#B}), the chain is the shared Spanish one, and every field a finding's
 * document has is mapped (the mapping is strict: an unmapped field would refuse the document).
 */
class OpenSearchMappingTest {

    private static JsonNode definition() throws Exception {
        try (InputStream in = OpenSearchMappingTest.class.getResourceAsStream("/mx/observa/index/opensearch/indice-hallazgos.json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    @Test
    void theTextIsRankedWithTheRankingsBm25AndTheSharedSpanishChain() throws Exception {
        JsonNode d = definition();
        String similarity = d.path("mappings").path("properties").path(IndexSchema.TEXT).path("similarity").asText();
        JsonNode bm25 = d.path("settings").path("index").path("similarity").path(similarity);

        assertThat(bm25.path("type").asText()).isEqualTo("BM25");
        assertThat(bm25.path("k1").floatValue()).isEqualTo(RankingQuery.K1);
        assertThat(bm25.path("b").floatValue()).isEqualTo(RankingQuery.B);
        assertThat(d.path("settings").path("analysis").path("analyzer").path("observa_es").path("filter"))
                .extracting(JsonNode::asText).containsExactly("lowercase", "asciifolding", "observa_raiz");
    }

    @Test
    void everyFieldOfTheSchemaIsMapped() throws Exception {
        JsonNode properties = mx.observa.index.opensearch.OpenSearchIndexDefinition.body(
                new mx.observa.index.opensearch.OpenSearchSettings(List.of("http://localhost:9200"), "prueba", null, null,
                        null, null, 3, 1), null).path("mappings").path("properties");
        List<String> fields = new ArrayList<>();
        for (java.lang.reflect.Field f : IndexSchema.class.getFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                fields.add((String) f.get(null));
            }
        }
        assertThat(fields).isNotEmpty().allSatisfy(name -> assertThat(properties.has(name)).as(name).isTrue());
    }
}
