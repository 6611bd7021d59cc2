package mx.observa.index.opensearch;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.index.FindingReader;
import mx.observa.index.IndexField;
import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReviewedReport;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;

/**
 * Both backends derive a finding's document from one description of the fields ({@link IndexSchema#FIELDS}): a
 * reviewed report gives the same fields with the same values in the embedded index and in OpenSearch (the automatic
 * values of a review included), the OpenSearch mapping has exactly those fields, and each backend reads the finding
 * back the same.
 */
class OneFieldDescriptionTest {

    private static ReviewedReport reviewed() {
        Report automatic = report("OBS-2022-000007").in("Iztapalapa", 24).at("07-123", "MRO-03")
                .observedOn("2022-05-01").source("acta.txt")
                .finding("Faltaron boletas en la mesa.", "material", "boletas")
                .incident("Hubo propaganda del proyecto junto a la mesa, dijo Juan Pérez López.", "proselitismo", "propaganda")
                .personal("Juan Pérez López")
                .build();
        // a person moved the report to Coyoacán, said the first passage is not a finding and tagged the second
        ReportMetadata m = automatic.metadata();
        Understanding u = automatic.understanding();
        Report values = new Report(automatic.submission(), automatic.source(), automatic.format(), automatic.text(),
                new Understanding(new ReportMetadata(m.observer(), m.organization(), "Coyoacán", m.distrito(), m.ut(),
                        m.utName(), m.mro(), m.date(), m.channelHint()), u.findings(), u.personalData()),
                automatic.duplicateOf());
        return new ReviewedReport(automatic, values, Set.of(1), Map.of(2, List.of("revisar con jurídico")));
    }

    @Test
    void theSameFieldsAndValuesGoToBothBackendsAndReadBackAlike() {
        ReviewedReport r = reviewed();
        List<Document> lucene = new IndexSchema().documents(r);
        List<ObjectNode> cluster = OpenSearchDocuments.of(r);

        assertThat(cluster).hasSameSizeAs(lucene);
        for (int i = 0; i < lucene.size(); i++) {
            Document doc = lucene.get(i);
            ObjectNode json = cluster.get(i);
            for (IndexField f : IndexSchema.FIELDS) {
                if (f.stored()) {
                    assertThat(OpenSearchDocuments.strings(json, f.name())).as(f.name())
                            .isEqualTo(stored(doc, f.name()));
                }
            }
            assertThat(OpenSearchDocuments.finding(json)).isEqualTo(readBack(doc));
        }
        // the review is filtered on in both, and the automatic values travel to the cluster too
        assertThat(cluster.get(0).path(IndexSchema.ALCALDIA).asText()).isEqualTo("coyoacan");
        assertThat(cluster.get(0).path(IndexSchema.KIND).asText()).isEqualTo(ReviewedReport.NOT_A_FINDING);
        assertThat(cluster.get(0).path(IndexSchema.AUTOMATIC).asText()).contains("Iztapalapa");
        assertThat(cluster.get(1).path(IndexSchema.TAG).get(0).asText()).isEqualTo("revisar con jurídico");
        assertThat(OpenSearchDocuments.finding(cluster.get(0)).alcaldia()).isEqualTo("Iztapalapa");
    }

    @Test
    void theMappingHasExactlyTheDescribedFieldsAndSearchesWhatIsSearched() {
        JsonNode properties = OpenSearchIndexDefinition.body(new OpenSearchSettings(List.of("http://localhost:9200"),
                "prueba", null, null, null, null, 3, 1), null).path("mappings").path("properties");
        Set<String> mapped = new TreeSet<>();
        properties.fieldNames().forEachRemaining(mapped::add);

        assertThat(mapped).containsExactlyInAnyOrderElementsOf(IndexSchema.FIELDS.stream().map(IndexField::name).toList());
        assertThat(properties.path(IndexSchema.TEXT).path("analyzer").asText()).isEqualTo("observa_es");
        assertThat(properties.path(IndexSchema.DATE).path("type").asText()).isEqualTo("date");
        assertThat(properties.path(IndexSchema.DISTRITO).path("type").asText()).isEqualTo("integer");
        assertThat(properties.path(IndexSchema.EVIDENCE).path("index").asBoolean(true)).isFalse();
        assertThat(properties.path(IndexSchema.ALCALDIA_DISPLAY).has("index")).isFalse(); // counted: searchable
        // every field any finding's document has in OpenSearch is mapped (the mapping is strict)
        OpenSearchDocuments.of(reviewed()).forEach(doc -> doc.fieldNames()
                .forEachRemaining(name -> assertThat(mapped).contains(name)));
    }

    /** The finding as the embedded index reads it back: from the stored values of its document. */
    private static IndexedFinding readBack(Document doc) {
        return FindingReader.finding(field -> stored(doc, field));
    }

    /** What the index stores of a field (not its points, doc values or facet fields). */
    private static List<String> stored(Document doc, String field) {
        List<String> values = new java.util.ArrayList<>();
        for (IndexableField f : doc.getFields(field)) {
            if (f.fieldType().stored()) {
                values.add(f.stringValue());
            }
        }
        return values;
    }
}
