package mx.observa.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.index.FindingIndex;
import mx.observa.model.Report;

/**
 * Group commit: reports added to the index wait here, and one Lucene commit (and one searcher refresh, and one flush of
 * the journal) covers them all. Only after that commit are they journaled as indexed, settled and their exchanges
 * completed, so the journal never claims what the index has not made durable; a crash before the commit leaves them
 * archived and unsettled, and they are processed again at the next start.
 *
 * <p>A batch is committed when it holds {@code maxDocs} reports, when its oldest report has waited {@code maxDelayMs},
 * or as soon as every exchange in flight is waiting here — nothing else is coming, so a lone submission (the
 * {@code ingest} command, a test) is committed at once, as before. Commits run on this class's own thread, so the
 * pipeline's threads go on extracting the next files meanwhile.
 */
public final class IndexCommitter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCommitter.class);
    /** How often a waiting batch re-checks whether the rest of the pipeline has gone idle. */
    private static final long IDLE_CHECK_MS = 5;

    private record Pending(Report report, Exchange exchange, AsyncCallback callback, long since) {
    }

    private final FindingIndex index;
    private final Journal journal;
    private final Archive archive;
    private final Clock clock;
    private final int maxDocs;
    private final long maxDelayNanos;
    private final IntSupplier exchangesInFlight;
    private final List<Pending> pending = new ArrayList<>();
    private final Thread thread;
    private boolean closed;

    /** @param exchangesInFlight how many exchanges the pipeline is working on (pending ones included) */
    public IndexCommitter(FindingIndex index, Journal journal, Archive archive, Clock clock, int maxDocs,
                          long maxDelayMs, IntSupplier exchangesInFlight) {
        this.index = index;
        this.journal = journal;
        this.archive = archive;
        this.clock = clock;
        this.maxDocs = maxDocs;
        this.maxDelayNanos = maxDelayMs * 1_000_000;
        this.exchangesInFlight = exchangesInFlight;
        this.thread = new Thread(this::run, "observa-commit");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Hands over a report already added to the index; {@code callback} runs once a commit covers it. */
    public synchronized void awaitCommit(Report report, Exchange exchange, AsyncCallback callback) {
        if (closed) {
            throw new IllegalStateException("El índice se está cerrando; el envío se procesará al volver a iniciar");
        }
        pending.add(new Pending(report, exchange, callback, System.nanoTime()));
        notifyAll();
    }

    private void run() {
        while (true) {
            List<Pending> batch;
            synchronized (this) {
                try {
                    while (!ready()) {
                        if (closed && pending.isEmpty()) {
                            return;
                        }
                        wait(pending.isEmpty() ? 0 : IDLE_CHECK_MS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                batch = List.copyOf(pending);
                pending.clear();
            }
            commit(batch);
        }
    }

    private boolean ready() {
        if (pending.isEmpty()) {
            return false;
        }
        return closed || pending.size() >= maxDocs
                || System.nanoTime() - pending.get(0).since() >= maxDelayNanos
                || pending.size() >= exchangesInFlight.getAsInt();
    }

    private void commit(List<Pending> batch) {
        try {
            index.commit();
            journal.appendAll(batch.stream().map(p -> indexed(p.report())).toList());
        } catch (RuntimeException e) {
            LOG.error("Falló la confirmación del índice para {} informes", batch.size(), e);
            for (Pending p : batch) {
                p.exchange().setException(e);
                p.callback().done(false);
            }
            return;
        }
        for (Pending p : batch) {
            Report report = p.report();
            archive.settle(report.submission().sha256());
            // A near-identical report is indexed (searchable, linked to the first) but counted as a duplicate.
            Outcome.Kind kind = report.duplicateOf() == null ? Outcome.Kind.ACCEPTED : Outcome.Kind.DUPLICATE;
            p.exchange().setProperty(Outcome.PROPERTY, new Outcome(kind, report.folio(), report.source(), null));
            p.callback().done(false);
        }
    }

    private JournalEntry indexed(Report report) {
        return new JournalEntry(clock.instant(), JournalEntry.Event.INDEXED.id(), report.folio(),
                report.submission().sha256(), report.submission().channel().id(), report.source(), null,
                report.duplicateOf(), report.findings().size());
    }

    /** Commits what is pending and stops. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
