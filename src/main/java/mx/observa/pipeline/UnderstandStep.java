package mx.observa.pipeline;

import org.apache.camel.Exchange;

import mx.observa.extract.Extraction;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Report;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.understand.ReportUnderstander;

/** Understands the extracted text. In: body = {@link Extraction}. Out: body = {@link Report}. */
public final class UnderstandStep {

    private final ReportUnderstander understander;

    public UnderstandStep(ReportUnderstander understander) {
        this.understander = understander;
    }

    public Report understand(Exchange exchange) {
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        Extraction extraction = exchange.getMessage().getBody(Extraction.class);
        Understanding understanding = understander.understand(extraction.text(), s.sourceName());
        if (understanding.findings().isEmpty()) {
            throw new RejectedSubmission("El archivo no contiene texto de un informe (solo encabezados o firmas).");
        }
        return new Report(s, s.sourceName(), extraction.mediaType(), extraction.text(), understanding, null);
    }
}
