package mx.observa.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One finding that matched, with what an analyst needs to judge it and open its report.
 *
 * @param snippet HTML: report text escaped, matches wrapped in {@code <mark>}
 */
public record SearchHit(String folio, int finding, String source, float score, String alcaldia, Integer distrito,
                        List<String> topics, String snippet, String channel, LocalDate date, String duplicateOf) {
}
