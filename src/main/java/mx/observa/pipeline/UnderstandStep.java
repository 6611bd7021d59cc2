package mx.observa.pipeline;

import org.apache.camel.Exchange;

import mx.observa.extract.Extraction;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Report;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.understand.NearDuplicateDetector;
import mx.observa.understand.ReportUnderstander;

/** Understands the extracted text. In: body = {@link Extraction}. Out: body = {@link Report}. */
public final class UnderstandStep {

    private final ReportUnderstander understander;
    private final NearDuplicateDetector nearDuplicates;

    public UnderstandStep(ReportUnderstander understander, NearDuplicateDetector nearDuplicates) {
        this.understander = understander;
        this.nearDuplicates = nearDuplicates;
    }

    /**
     * The text near-duplicates are compared on: the findings, without letterheads, signatures or quoted mail, so the
     * same report as PDF and DOCX, or as mail body and attachment, compares equal. The service registers indexed
     * reports at start-up from the same text, read back from the index.
     */
    public static String comparableText(java.util.List<String> findingTexts) {
        return String.join("\n\n", findingTexts);
    }

    public Report understand(Exchange exchange) {
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        Extraction extraction = exchange.getMessage().getBody(Extraction.class);
        Understanding understanding = understander.understand(extraction.text(), s.sourceName());
        if (understanding.findings().isEmpty()) {
            throw new RejectedSubmission("El archivo no contiene texto de un informe (solo encabezados o firmas).");
        }
        String original = nearDuplicates.checkAndRegister(s.folio(),
                comparableText(understanding.findings().stream().map(f -> f.text()).toList())).orElse(null);
        return new Report(s, s.sourceName(), extraction.mediaType(), extraction.text(), understanding, original);
    }
}
