package mx.observa.pipeline;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.extract.Extraction;
import mx.observa.intake.DeclaredMetadata;
import mx.observa.model.Finding;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Report;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.understand.KnownPersonalData;
import mx.observa.understand.ReportUnderstander;

/**
 * Understands the extracted text; what the sender declared (form fields, CSV columns) wins over what is inferred;
 * a report an observer already sent through another channel is linked to the first one. A text that asks for more
 * than one report may hold ({@link PersonalDataBound}), or whose understanding exhausts the memory, is the file's
 * fault, not Observa's: it goes to quarantine with the reason, never to the retries (a retry would exhaust it again).
 * In: body = {@link Extraction}. Out: body = {@link Report}.
 */
public final class UnderstandStep {

    private final ReportUnderstander understander;
    private final DeclaredMetadata declared;
    private final TextDuplicates duplicates;
    private final PersonalDataBound bound;

    static final String OUT_OF_MEMORY_ES = "Entender el texto de este archivo necesitó más memoria de la que Observa "
            + "dedica a un informe. Queda en cuarentena para que una persona lo revise; reintentarlo agotaría la memoria otra vez.";

    public UnderstandStep(ReportUnderstander understander, DeclaredMetadata declared, TextDuplicates duplicates,
                          PersonalDataBound bound) {
        this.understander = understander;
        this.declared = declared;
        this.duplicates = duplicates;
        this.bound = bound;
    }

    public Report understand(Exchange exchange) {
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        Extraction extraction = exchange.getMessage().getBody(Extraction.class);
        Understanding inferred = understood(extraction.text(), s);
        bound.check(inferred);
        // A text too short to segment (a photo of a sign, a one-line note) is still the observer's words: it is kept
        // whole as one finding rather than lost.
        List<Finding> findings = inferred.findings().isEmpty()
                ? List.of(Finding.of(1, extraction.text().strip(), Map.of()))
                : inferred.findings();
        Understanding understanding = new Understanding(declared.merge(inferred.metadata(), s), findings,
                inferred.personalData());
        String duplicateOf = duplicates.firstOrRegister(s, understanding.findings().stream().map(Finding::text).toList())
                .orElse(null);
        return new Report(s, s.sourceName(), extraction.mediaType(), extraction.text(), understanding, duplicateOf,
                extraction.note());
    }

    /**
     * The understanding of the text; an {@link OutOfMemoryError} on it as the file's quarantine: what the understanding
     * held is free once it has unwound, and the text, not Observa, asked for it.
     */
    private Understanding understood(String text, Submission s) {
        try {
            return understander.understand(text, s.sourceName(), KnownPersonalData.of(s.senderPersonalData()), s.namedPeople(),
                    bound::check);
        } catch (OutOfMemoryError e) {
            throw new RejectedSubmission(OUT_OF_MEMORY_ES, e);
        }
    }
}
