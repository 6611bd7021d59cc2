package mx.observa.index;

import java.time.LocalDate;
import java.util.List;

/** A finding as stored in the index, with its report's fields: what reports and exports read back. */
public record IndexedFinding(String folio, int number, String source, String channel, String alcaldia,
                             Integer distrito, String ut, String mro, LocalDate date, List<String> topics,
                             String text, String evidenceJson, String receivedAt, String duplicateOf) {
}
