package mx.observa.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One finding that matched, with what an analyst needs to judge it and open its report.
 *
 * @param snippet   HTML: report text escaped, matches wrapped in {@code <mark>}
 * @param kind      the finding's kind id (null in an index written before kinds existed)
 * @param illegible the passage is not language (shown marked «texto ilegible (OCR)»)
 */
public record SearchHit(String folio, int finding, String source, float score, String alcaldia, Integer distrito,
                        List<String> topics, String snippet, String channel, LocalDate date, String duplicateOf,
                        String kind, boolean illegible) {

    public SearchHit(String folio, int finding, String source, float score, String alcaldia, Integer distrito,
                     List<String> topics, String snippet, String channel, LocalDate date, String duplicateOf) {
        this(folio, finding, source, score, alcaldia, distrito, topics, snippet, channel, date, duplicateOf, null, false);
    }
}
