package mx.observa.index;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * One report as the index holds it: its fields and all its findings in order (the report view and its API).
 *
 * @param sha256     the archive address of the original file
 * @param truncation Spanish: why the text is incomplete, or null when it was read whole
 */
public record IndexedReport(String folio, String sha256, String source, String format, String channel,
                            String receivedAt, String alcaldia, Integer distrito, String ut, String mro,
                            LocalDate date, String duplicateOf, String truncation, List<IndexedFinding> findings) {

    /** The report's topics: the sorted union of its findings' topics. */
    public List<String> topics() {
        TreeSet<String> all = new TreeSet<>();
        findings.forEach(f -> all.addAll(f.topics()));
        return List.copyOf(all);
    }
}
