package mx.observa.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.archive.Quarantine;
import mx.observa.model.DeclaredField;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Submission;

/**
 * The error route's only step: whatever failed, the delivery goes to quarantine with a reason a person can read,
 * the journal records it, and the pipeline goes on with the next delivery.
 */
public final class QuarantineStep {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineStep.class);

    private final Quarantine quarantine;
    private final Archive archive;
    private final Journal journal;
    private final Clock clock;

    public QuarantineStep(Quarantine quarantine, Archive archive, Journal journal, Clock clock) {
        this.quarantine = quarantine;
        this.archive = archive;
        this.journal = journal;
        this.clock = clock;
    }

    public void quarantine(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        String reason = rowPrefix(s, exchange) + reasonFor(cause);
        String source = s != null ? s.sourceName() : mx.observa.archive.SourceNames.clean(ReceiveStep.sourceName(exchange));
        Path bytes = s != null ? archive.pathOf(s.sha256()) : ReceiveStep.asPath(exchange.getMessage().getBody());
        String folio = s != null ? s.folio() : null;
        quarantine.put(folio, source, bytes, reason);
        String channel = s != null ? s.channel().id()
                : exchange.getMessage().getHeader(Headers.CHANNEL, "carpeta", String.class);
        journal.append(new JournalEntry(clock.instant(), JournalEntry.Event.QUARANTINED.id(), folio,
                s != null ? s.sha256() : null, channel, source, reason, null, null));
        if (s != null) {
            archive.settle(s.sha256());
        }
        if (cause instanceof RejectedSubmission) {
            LOG.info("En cuarentena: {} ({}): {}", source, folio, reason);
        } else {
            LOG.warn("En cuarentena por error interno: {} ({})", source, folio, cause);
        }
        exchange.setProperty(Outcome.PROPERTY, new Outcome(Outcome.Kind.QUARANTINED, folio, source, reason));
    }

    /** A questionnaire row's reason starts with its row number, so the person can find it in the spreadsheet. */
    @SuppressWarnings("unchecked")
    private static String rowPrefix(Submission s, Exchange exchange) {
        Map<String, String> declared = s != null ? s.declared() : exchange.getProperty(Headers.DECLARED, Map.of(), Map.class);
        String row = declared.get(DeclaredField.FILA.key());
        return row == null ? "" : "Fila " + row + ": ";
    }

    static String reasonFor(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RejectedSubmission r) {
                return r.getMessage();
            }
        }
        return "Error interno al procesar el archivo; el equipo técnico lo revisará. Detalle: "
                + (cause == null ? "desconocido" : cause.getClass().getSimpleName());
    }
}
