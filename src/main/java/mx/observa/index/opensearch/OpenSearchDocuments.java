package mx.observa.index.opensearch;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexField;
import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReviewedReport;
import mx.observa.model.Report;

/**
 * A finding as an OpenSearch document, and back, from the one description of the fields ({@link IndexSchema#FIELDS}
 * and {@link IndexSchema#values}): the same fields, names and values as the embedded index's document, and the
 * mapping that indexes each as its description says. The document id is {@code folio#número}, so writing a report
 * again overwrites its findings instead of adding copies.
 */
final class OpenSearchDocuments {

    private OpenSearchDocuments() {
    }

    static String id(String folio, int number) {
        return folio + "#" + number;
    }

    static List<ObjectNode> of(Report report) {
        return of(ReviewedReport.none(report));
    }

    /** The documents of a report as people reviewed it, with the automatic values where a review changed them. */
    static List<ObjectNode> of(ReviewedReport reviewed) {
        List<ObjectNode> docs = new ArrayList<>();
        for (List<IndexField.Value> finding : IndexSchema.values(reviewed)) {
            ObjectNode doc = Json.MAPPER.createObjectNode();
            for (IndexField.Value v : finding) {
                IndexField f = v.field();
                if (f.multi()) {
                    (doc.has(f.name()) ? (ArrayNode) doc.get(f.name()) : doc.putArray(f.name())).add(json(v));
                } else {
                    doc.set(f.name(), json(v));
                }
            }
            docs.add(doc);
        }
        return docs;
    }

    private static JsonNode json(IndexField.Value v) {
        return v.field().type() == IndexField.Type.INTEGER ? Json.MAPPER.getNodeFactory().numberNode((Integer) v.value())
                : Json.MAPPER.getNodeFactory().textNode(v.value().toString());
    }

    /**
     * The mapping of every field but the text, whose analysis is the index definition's
     * ({@code indice-hallazgos.json}): a keyword, number or date, searchable and with doc values unless the field is
     * only shown.
     */
    static ObjectNode properties(ObjectNode text) {
        ObjectNode properties = Json.MAPPER.createObjectNode();
        for (IndexField f : IndexSchema.FIELDS) {
            if (f.type() == IndexField.Type.TEXT) {
                properties.set(f.name(), text);
                continue;
            }
            ObjectNode p = properties.putObject(f.name());
            switch (f.type()) {
                case KEYWORD -> p.put("type", "keyword");
                case INTEGER -> p.put("type", "integer");
                case DAY -> p.put("type", "date").put("format", "strict_date");
                case INSTANT -> p.put("type", "date");
                default -> throw new IllegalStateException(f.name());
            }
            if (f.storedOnly()) {
                p.put("index", false).put("doc_values", false);
            }
        }
        return properties;
    }

    /** A stored document ({@code _source}) as the finding the rest of Observa reads, as the embedded index reads it. */
    static IndexedFinding finding(JsonNode source) {
        return FindingReader.finding(stored(source));
    }

    /** The values of a stored document, field by field. */
    static FindingReader.Stored stored(JsonNode source) {
        return field -> strings(source, field);
    }

    static List<String> strings(JsonNode source, String field) {
        JsonNode v = source.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> values.add(e.asText()));
        } else {
            values.add(v.asText());
        }
        return List.copyOf(values);
    }
}
