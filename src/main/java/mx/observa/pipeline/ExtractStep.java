package mx.observa.pipeline;

import org.apache.camel.Exchange;

import mx.observa.archive.Archive;
import mx.observa.extract.Extraction;
import mx.observa.extract.TextExtractor;
import mx.observa.model.Submission;

/** Extracts the text of the archived bytes (never of the delivered copy). Out: body = {@link Extraction}. */
public final class ExtractStep {

    private final Archive archive;
    private final TextExtractor extractor;

    public ExtractStep(Archive archive, TextExtractor extractor) {
        this.archive = archive;
        this.extractor = extractor;
    }

    public Extraction extract(Exchange exchange) {
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        return extractor.extract(archive.pathOf(s.sha256()), s.sourceName(), s.mediaType());
    }
}
