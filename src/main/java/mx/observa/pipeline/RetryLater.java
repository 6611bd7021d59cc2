package mx.observa.pipeline;

import java.time.Clock;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.model.ServiceFailure;
import mx.observa.model.Submission;

/**
 * The error route's step for Observa's own failures (not the sender's file), once the redeliveries with back-off are
 * spent: the report is journaled as failed — "falló — se reintentará", counted by {@code observa status} and shown
 * at {@code /estado} — and stays archived, to be processed again at the next start or with
 * {@code observa reintentar}. Nothing goes to quarantine.
 */
public final class RetryLater {

    private static final Logger LOG = LoggerFactory.getLogger(RetryLater.class);

    private final Archive archive;
    private final Journal journal;
    private final Clock clock;

    public RetryLater(Archive archive, Journal journal, Clock clock) {
        this.archive = archive;
        this.journal = journal;
        this.clock = clock;
    }

    public void failed(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        String reason = reasonFor(cause);
        LOG.error("Falló el procesamiento de {} ({}) por una falla de Observa; se reintentará al volver a iniciar o con "
                + "observa reintentar", s.folio(), s.sourceName(), cause);
        journal.append(new JournalEntry(clock.instant(), JournalEntry.Event.FAILED.id(), s.folio(), s.sha256(),
                s.channel().id(), s.sourceName(), reason, null, null, s.parent()));
        archive.settle(s.sha256());
        exchange.setProperty(Outcome.PROPERTY, new Outcome(Outcome.Kind.FAILED, s.folio(), s.sourceName(), reason));
    }

    /** What failed, in Spanish: the failure's own description, else its kind. */
    static String reasonFor(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ServiceFailure f) {
                return f.getMessage();
            }
        }
        return "Falla interna de Observa (" + (cause == null ? "desconocida" : cause.getClass().getSimpleName()) + ").";
    }
}
