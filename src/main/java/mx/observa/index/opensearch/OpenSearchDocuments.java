package mx.observa.index.opensearch;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.index.IndexSchema;
import mx.observa.index.ReviewedReport;
import mx.observa.index.IndexedFinding;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;

/**
 * A finding as an OpenSearch document, and back: the same fields, under the same names, as the Lucene document of
 * {@link IndexSchema} (the mapping is {@code indice-hallazgos.json}). The document id is {@code folio#número}, so
 * writing a report again overwrites its findings instead of adding copies.
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

    /**
     * The documents of a report as people reviewed it, as {@link IndexSchema#documents(ReviewedReport)} makes them:
     * the reviewed values, a passage marked "no es hallazgo" as that kind, the tags. (The automatic values shown
     * beside the reviewed ones are read from the embedded index the backend keeps, not from the cluster.)
     */
    static List<ObjectNode> of(ReviewedReport reviewed) {
        Report report = reviewed.values();
        List<ObjectNode> docs = new ArrayList<>();
        java.util.Set<String> personalData = IndexSchema.personalData(report);
        for (Finding finding : report.findings()) {
            ObjectNode doc = document(report, finding, personalData);
            if (reviewed.rejected().contains(finding.number())) {
                doc.put(IndexSchema.KIND, ReviewedReport.NOT_A_FINDING);
            }
            List<String> tags = reviewed.tags().getOrDefault(finding.number(), List.of());
            if (!tags.isEmpty()) {
                ArrayNode field = doc.putArray(IndexSchema.TAG);
                tags.forEach(field::add);
            }
            docs.add(doc);
        }
        return docs;
    }

    private static ObjectNode document(Report report, Finding finding, java.util.Set<String> personalData) {
        ReportMetadata meta = report.metadata();
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put(IndexSchema.ID, id(report.folio(), finding.number()));
        doc.put(IndexSchema.FOLIO, report.folio());
        doc.put(IndexSchema.NUMBER, finding.number());
        doc.put(IndexSchema.TEXT, finding.text());
        doc.put(IndexSchema.SOURCE, report.source());
        doc.put(IndexSchema.FORMAT, report.format());
        doc.put(IndexSchema.SHA256, report.submission().sha256());
        doc.put(IndexSchema.RECEIVED, report.submission().receivedAt().toString());
        doc.put(IndexSchema.RECEIVED_DAY, report.submission().receivedAt().atZone(IndexSchema.ZONE).toLocalDate().toString());
        doc.put(IndexSchema.CHANNEL, report.submission().channel().id());
        if (meta.alcaldia() != null) {
            doc.put(IndexSchema.ALCALDIA, IndexSchema.key(meta.alcaldia()));
            doc.put(IndexSchema.ALCALDIA_DISPLAY, meta.alcaldia());
        }
        if (meta.distrito() != null) {
            doc.put(IndexSchema.DISTRITO, meta.distrito());
        }
        putIfPresent(doc, IndexSchema.UT, meta.ut());
        putIfPresent(doc, IndexSchema.MRO, meta.mro());
        if (meta.date() != null) {
            doc.put(IndexSchema.DATE, meta.date().toString());
        }
        ArrayNode topics = doc.putArray(IndexSchema.TOPIC);
        finding.topics().forEach(topics::add);
        doc.put(IndexSchema.KIND, finding.kind().id());
        if (finding.illegible()) {
            doc.put(IndexSchema.ILLEGIBLE, "si");
        }
        try {
            doc.put(IndexSchema.EVIDENCE, Json.MAPPER.writeValueAsString(finding.evidence()));
            doc.put(IndexSchema.KIND_EVIDENCE, Json.MAPPER.writeValueAsString(finding.kindEvidence()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        putIfPresent(doc, IndexSchema.DUPLICATE_OF, report.duplicateOf());
        doc.put(IndexSchema.GROUP, report.duplicateOf() != null ? report.duplicateOf() : report.folio());
        putIfPresent(doc, IndexSchema.PARENT, report.submission().parent());
        putIfPresent(doc, IndexSchema.TRUNCATION, report.truncation());
        ArrayNode personal = doc.putArray(IndexSchema.PERSONAL_DATA);
        personalData.forEach(personal::add);
        return doc;
    }

    private static void putIfPresent(ObjectNode doc, String field, String value) {
        if (value != null) {
            doc.put(field, value);
        }
    }

    /** A stored document ({@code _source}) as the finding the rest of Observa reads. */
    static IndexedFinding finding(JsonNode source) {
        List<String> kindEvidence = new ArrayList<>();
        String kindEvidenceJson = text(source, IndexSchema.KIND_EVIDENCE);
        if (kindEvidenceJson != null) {
            try {
                Json.MAPPER.readTree(kindEvidenceJson).forEach(w -> kindEvidence.add(w.asText()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Evidencia de tipo ilegible en OpenSearch: " + text(source, IndexSchema.ID), e);
            }
        }
        return new IndexedFinding(
                text(source, IndexSchema.FOLIO),
                source.path(IndexSchema.NUMBER).asInt(),
                text(source, IndexSchema.SOURCE),
                text(source, IndexSchema.CHANNEL),
                text(source, IndexSchema.ALCALDIA_DISPLAY),
                source.hasNonNull(IndexSchema.DISTRITO) ? source.get(IndexSchema.DISTRITO).asInt() : null,
                text(source, IndexSchema.UT),
                text(source, IndexSchema.MRO),
                IndexSchema.dateOf(text(source, IndexSchema.DATE)),
                strings(source, IndexSchema.TOPIC),
                text(source, IndexSchema.TEXT),
                text(source, IndexSchema.EVIDENCE),
                text(source, IndexSchema.RECEIVED),
                text(source, IndexSchema.DUPLICATE_OF),
                text(source, IndexSchema.KIND),
                kindEvidence,
                source.hasNonNull(IndexSchema.ILLEGIBLE),
                strings(source, IndexSchema.PERSONAL_DATA));
    }

    static List<String> strings(JsonNode source, String field) {
        List<String> values = new ArrayList<>();
        source.path(field).forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    static String text(JsonNode source, String field) {
        JsonNode v = source.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
