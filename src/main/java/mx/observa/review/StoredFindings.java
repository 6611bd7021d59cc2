package mx.observa.review;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import mx.observa.archive.Json;
import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.store.ReportStore;

/**
 * The findings of the report store as the review reads them (the shape the index gives them), one report at a time:
 * what the review queue and {@code observa calidad} go through, so they hold one report in memory, not every finding.
 */
public final class StoredFindings {

    private StoredFindings() {
    }

    /**
     * Every stored report's findings as Observa understood them (cut as people split or merged them), in folio order,
     * reports that {@code listed} refuses
     * left out (one no longer in the index, such as a report quarantined after it was stored). The caller closes the
     * stream.
     */
    public static Stream<List<IndexedFinding>> of(ReportStore store, Predicate<String> listed, ReviewedValues reviews) {
        return store.stream().filter(r -> listed.test(r.folio())).map(r -> of(reviews.segmented(r)));
    }

    /** One report's findings, with its report's fields. */
    public static List<IndexedFinding> of(Report r) {
        ReportMetadata m = r.metadata();
        List<String> personal = List.copyOf(IndexSchema.personalData(r));
        return r.findings().stream().map(f -> new IndexedFinding(r.folio(), f.number(), r.source(),
                r.submission().channel().id(), m.alcaldia(), m.distrito(), m.ut(), m.mro(), m.date(), f.topics(), f.text(),
                evidence(f), r.submission().receivedAt().toString(), r.duplicateOf(), f.kind().id(), f.kindEvidence(),
                f.illegible(), personal)).toList();
    }

    private static String evidence(Finding f) {
        try {
            return Json.MAPPER.writeValueAsString(f.evidence());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
