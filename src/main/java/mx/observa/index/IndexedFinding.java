package mx.observa.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A finding as stored in the index, with its report's fields: what reports and exports read back.
 *
 * @param kind         the finding's kind id ({@link mx.observa.model.FindingKind}); null in an index written before
 *                     kinds existed (reindex to fill it)
 * @param kindEvidence the words that decided the kind
 * @param illegible    the passage is not language: shown to analysts marked as such, never counted or quoted
 * @param personalData what is known to be personal in its report (observer, sender, names, phones… found at
 *                     intake): what redaction looks for in every piece of the report; never shown or exported itself
 */
public record IndexedFinding(String folio, int number, String source, String channel, String alcaldia,
                             Integer distrito, String ut, String mro, LocalDate date, List<String> topics,
                             String text, String evidenceJson, String receivedAt, String duplicateOf,
                             String kind, List<String> kindEvidence, boolean illegible, List<String> personalData) {

    public IndexedFinding {
        kindEvidence = kindEvidence == null ? List.of() : List.copyOf(kindEvidence);
        personalData = personalData == null ? List.of() : List.copyOf(personalData);
    }

    /** A finding without its kind or its report's personal data (tests and callers that do not read them). */
    public IndexedFinding(String folio, int number, String source, String channel, String alcaldia, Integer distrito,
                          String ut, String mro, LocalDate date, List<String> topics, String text, String evidenceJson,
                          String receivedAt, String duplicateOf) {
        this(folio, number, source, channel, alcaldia, distrito, ut, mro, date, topics, text, evidenceJson, receivedAt,
                duplicateOf, null, List.of(), false, List.of());
    }

    /** Topic id → the words or patterns that placed the finding there (sorted by topic). */
    public java.util.SortedMap<String, java.util.List<String>> evidence() {
        if (evidenceJson == null || evidenceJson.isBlank()) {
            return new java.util.TreeMap<>();
        }
        try {
            return new java.util.TreeMap<>(mx.observa.archive.Json.MAPPER.readValue(evidenceJson,
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, java.util.List<String>>>() { }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Evidencia ilegible en el índice para " + folio + "#" + number, e);
        }
    }
}
