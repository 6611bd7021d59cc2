package mx.observa.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change made by a person, as one line of the review log: who, when, which report (and finding), which field,
 * the value before and after. A confirmation is a change whose value stays the same. Entries written by one form
 * or one bulk action share their {@code batch}.
 *
 * @param finding     the finding's number when the entry is about a finding, else null
 * @param fingerprint for a finding, {@link ReviewedValues#fingerprint} of its text: the review follows the passage,
 *                    not its number, when a reindex numbers the findings of a report differently
 * @param before      the value shown before the change (null: none); {@code after} likewise
 */
public record ReviewEntry(Instant at, String user, String role, String batch, String folio, Integer finding,
                          String fingerprint, ReviewField field, String before, String after) {

    /** Whether the person kept the value (confirmed it) rather than changing it. */
    public boolean confirms() {
        return java.util.Objects.equals(before, after);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fecha", at.toString());
        m.put("usuario", user);
        m.put("rol", role);
        m.put("lote", batch);
        m.put("folio", folio);
        m.put("hallazgo", finding);
        m.put("huella", fingerprint);
        m.put("campo", field.id());
        m.put("antes", before);
        m.put("despues", after);
        return m;
    }

    static ReviewEntry fromJson(Map<String, Object> m) {
        Object n = m.get("hallazgo");
        return new ReviewEntry(Instant.parse((String) m.get("fecha")), (String) m.get("usuario"), (String) m.get("rol"),
                (String) m.get("lote"), (String) m.get("folio"), n == null ? null : ((Number) n).intValue(),
                (String) m.get("huella"),
                ReviewField.byId((String) m.get("campo")).orElseThrow(
                        () -> new IllegalArgumentException("campo de revisión desconocido: " + m.get("campo"))),
                (String) m.get("antes"), (String) m.get("despues"));
    }
}
