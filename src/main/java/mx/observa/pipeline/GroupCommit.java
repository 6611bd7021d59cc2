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
 * {@code maxDocs} have gathered or the oldest has waited {@code maxDelayMs} (a timer set for that moment, not the
 * next tick after it). Each refresh and each commit writes the reports added since the last one as a new index
 * segment, a cost per segment: a refresh is skipped when a commit, which refreshes the searchers too, is due before
 * the next tick. Only after the commit that covers them
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
        } else if (waiting.size() == 1) {
            scheduleCommit();
        }
    }

    /** Sets the timer for the moment the oldest waiting report will have waited the maximum delay. */
    private void scheduleCommit() {
        if (timer == null || closing || waiting.isEmpty()) {
            return;
        }
        long dueIn = waiting.get(0).since() + policy.maxDelayMs() * 1_000_000 - nanoTime.getAsLong();
        try {
            timer.schedule(this::tickLogged, Math.max(0, dueIn), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // closing: close() commits what is waiting
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

    /**
     * Commits when a batch is due; otherwise refreshes the searchers when reports were added since the last time,
     * unless the commit that covers them comes before the next tick.
     */
    public void tick() {
        List<Report> batch;
        boolean refresh;
        synchronized (this) {
            commitRequested = false;
            long now = nanoTime.getAsLong();
            batch = due(now) ? waiting.stream().map(Waiting::report).toList() : List.of();
            refresh = batch.isEmpty() && refreshDue && !commitDueWithin(now, policy.refreshMs() * 1_000_000);
            if (refresh || !batch.isEmpty()) {
                refreshDue = false; // the commit refreshes the searchers too
            }
        }
        if (!batch.isEmpty()) {
            commit(batch);
        } else if (refresh) {
            index.refresh();
        }
    }

    private boolean due(long now) {
        return commitDueWithin(now, 0) && (now >= notBefore || closing);
    }

    /** Whether the waiting reports are to be committed within {@code nanos} from {@code now}. */
    private boolean commitDueWithin(long now, long nanos) {
        if (waiting.isEmpty()) {
            return false;
        }
        if (closing) {
            return true;
        }
        long at = waiting.size() >= policy.maxDocs() ? now : waiting.get(0).since() + policy.maxDelayMs() * 1_000_000;
        return Math.max(at, notBefore) - now <= nanos;
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
            scheduleCommit(); // for the reports added during this commit
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
