package mx.observa.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.index.IndexWrites;
import mx.observa.model.Report;

/**
 * When the index commits. Reports the workers have added to the index wait here: searchers see them within
 * {@code refreshMs} (near-real-time, before any commit), and one Lucene commit covers every waiting report once
 * {@code maxDocs} have gathered or the oldest has waited {@code maxDelayMs}. Only after the commit that covers them
 * are they journaled as indexed (one write, one flush) and settled, so the journal never claims what the index has
 * not made durable: a crash before the commit leaves them archived and unsettled, processed again at the next start.
 *
 * <p>A commit that fails (full disk, closed index) is Observa's own failure: it is tried again with back-off
 * ({@code retryDelayMs}, doubling, {@code retries} times; the reports stay in the writer meanwhile), then the reports
 * are journaled as failed — retried at the next start or with {@code observa reintentar} — never as indexed.
 */
public final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    static final String FAILED_ES = "No se pudo guardar el índice de búsqueda.";

    /** The commit policy (observa.index.* and observa.retry.* settings). */
    public record Policy(int maxDocs, long maxDelayMs, long refreshMs, int retries, long retryDelayMs) {
    }

    private record Waiting(Report report, long since) {
    }

    private final IndexWrites index;
    private final Journal journal;
    private final Archive archive;
    private final Clock clock;
    private final Policy policy;
    private final LongSupplier nanoTime;
    private final List<Waiting> waiting = new ArrayList<>();
    private boolean refreshDue;
    private boolean commitRequested;
    private boolean closing;
    private int failedAttempts;
    private long notBefore;
    private ScheduledExecutorService timer;

    /** @param nanoTime the clock batches are timed with ({@link System#nanoTime} but in tests) */
    public GroupCommit(IndexWrites index, Journal journal, Archive archive, Clock clock, Policy policy,
                       LongSupplier nanoTime) {
        this.index = index;
        this.journal = journal;
        this.archive = archive;
        this.clock = clock;
        this.policy = policy;
        this.nanoTime = nanoTime;
    }

    /** Runs {@link #tick()} every {@code refreshMs} on a thread of its own, and at once when a batch is full. */
    public synchronized GroupCommit start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "observa-commit");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tickLogged, policy.refreshMs(), policy.refreshMs(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Hands over a report the caller has just added to the index ({@link IndexWrites#replace}). */
    public synchronized void add(Report report) {
        waiting.add(new Waiting(report, nanoTime.getAsLong()));
        refreshDue = true;
        if (waiting.size() >= policy.maxDocs() && timer != null && !commitRequested) {
            commitRequested = true;
            timer.execute(this::tickLogged);
        }
    }

    /** The index this commits (the embedded one, or a {@link mx.observa.index.SearchBackend}): where reports are added. */
    public IndexWrites writes() {
        return index;
    }

    /** How many reports wait for a commit. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Commits when a batch is due; otherwise refreshes the searchers when reports were added since the last time. */
    public void tick() {
        List<Report> batch;
        boolean refresh;
        synchronized (this) {
            commitRequested = false;
            refresh = refreshDue;
            refreshDue = false;
            batch = due(nanoTime.getAsLong()) ? waiting.stream().map(Waiting::report).toList() : List.of();
        }
        if (!batch.isEmpty()) {
            commit(batch);
        } else if (refresh) {
            index.refresh();
        }
    }

    private boolean due(long now) {
        if (waiting.isEmpty() || (now < notBefore && !closing)) {
            return false;
        }
        return closing || waiting.size() >= policy.maxDocs() || now - waiting.get(0).since() >= policy.maxDelayMs() * 1_000_000;
    }

    private void commit(List<Report> batch) {
        try {
            index.commit();
            journal.appendAll(batch.stream().map(r -> entry(r, JournalEntry.Event.INDEXED, null)).toList());
        } catch (RuntimeException e) {
            failed(batch, e);
            return;
        }
        synchronized (this) {
            waiting.subList(0, batch.size()).clear();
            failedAttempts = 0;
            notBefore = 0;
        }
        batch.forEach(r -> archive.settle(r.submission().sha256()));
    }

    /** Backs off and keeps the batch; after the last retry, journals it as failed. */
    private void failed(List<Report> batch, RuntimeException e) {
        synchronized (this) {
            if (++failedAttempts <= policy.retries() && !closing) {
                long delay = policy.retryDelayMs() << Math.min(failedAttempts - 1, 20);
                notBefore = nanoTime.getAsLong() + delay * 1_000_000;
                LOG.warn("Falló la confirmación del índice ({} informes); intento {} de {}, el siguiente en {} ms",
                        batch.size(), failedAttempts, policy.retries() + 1, delay, e);
                return;
            }
            waiting.subList(0, batch.size()).clear();
            failedAttempts = 0;
            notBefore = 0;
        }
        LOG.error("No se pudo confirmar el índice para {} informes; quedan como fallidos y se reintentarán", batch.size(), e);
        try {
            journal.appendAll(batch.stream().map(r -> entry(r, JournalEntry.Event.FAILED, FAILED_ES)).toList());
        } catch (RuntimeException journalToo) {
            // Still archived and unsettled in the journal: processed again at the next start.
            LOG.error("Tampoco se pudo anotar la falla en la bitácora", journalToo);
        }
        batch.forEach(r -> archive.settle(r.submission().sha256()));
    }

    private JournalEntry entry(Report report, JournalEntry.Event event, String reason) {
        boolean indexed = event == JournalEntry.Event.INDEXED;
        return new JournalEntry(clock.instant(), event.id(), report.folio(), report.submission().sha256(),
                report.submission().channel().id(), report.source(), reason, indexed ? report.duplicateOf() : null,
                indexed ? report.findings().size() : null);
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("Falló la actualización del índice", e); // a scheduled task that throws would never run again
        }
    }

    /** Stops the timer and commits what is waiting, once. */
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            closing = true;
        }
        if (t != null) {
            t.shutdown();
            try {
                t.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        tick();
    }
}
