package mx.observa.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report counted by an edition: indexed, received up to the cut-off and not a near-duplicate of an earlier one.
 * Place fields are null when the report does not say (or had no finding to carry them).
 */
public record CoveredReport(String folio, String channel, LocalDate received, String alcaldia, Integer distrito,
                            String ut, LocalDate date, List<String> topics, int findings) {
}
