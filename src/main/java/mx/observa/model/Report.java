package mx.observa.model;

import java.util.List;

/**
 * One document understood: the unit analysts read and the commission counts.
 *
 * @param source      original file name
 * @param format      detected media type
 * @param duplicateOf folio of the first report with the same content (near-duplicate), or null
 * @param truncation  Spanish, for the analyst, when the text is incomplete (what a limit left unread); null when whole
 */
public record Report(Submission submission, String source, String format, String text,
                     Understanding understanding, String duplicateOf, String truncation) {

    /** A report whose text was read whole. */
    public Report(Submission submission, String source, String format, String text, Understanding understanding,
                  String duplicateOf) {
        this(submission, source, format, text, understanding, duplicateOf, null);
    }

    public String folio() {
        return submission.folio();
    }

    public ReportMetadata metadata() {
        return understanding.metadata();
    }

    public List<Finding> findings() {
        return understanding.findings();
    }
}
