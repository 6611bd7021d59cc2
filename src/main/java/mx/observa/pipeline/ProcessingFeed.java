package mx.observa.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.archive.JournalEntry.Event;
import mx.observa.archive.SubmissionState;
import mx.observa.model.Submission;

/**
 * Processing runs from the journal: every report archived and not yet processed — received now, left by a crash,
 * failed on Observa's side and retried, or read again by {@code observa reindex} — waits here in arrival order (its
 * key only: the bytes and metadata are in the archive), and one thread feeds the reports, one by one, into the
 * processing route's bounded queue, waiting while it is full. Channels never wait for processing: they answer once
 * the delivery is archived and journaled.
 *
 * <p>What became of each report is read back from the journal as it is written (indexed, quarantined, failed), so
 * batch commands can wait for their own reports and say what became of each.
 */
public final class ProcessingFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingFeed.class);

    private final Archive archive;
    private final Journal journal;
    private final Clock clock;
    private final Deque<String> backlog = new ArrayDeque<>();
    /** Queued to be read again from the archive even if the report store holds them ({@code reindex --reextract}). */
    private final Set<String> reextract = new HashSet<>();
    private final Map<String, CompletableFuture<Outcome>> inProgress = new HashMap<>();
    private Thread feeder;
    private boolean closed;

    public ProcessingFeed(Archive archive, Journal journal, Clock clock) {
        this.archive = archive;
        this.journal = journal;
        this.clock = clock;
        journal.subscribe(this::written);
    }

    /**
     * Starts feeding the processing route's queue.
     *
     * @param queueUri the endpoint of the processing route (a bounded queue that blocks its producer when full)
     */
    public synchronized void start(CamelContext camel, String queueUri) {
        ProducerTemplate producer = camel.createProducerTemplate();
        feeder = new Thread(() -> feed(camel, producer, queueUri), "observa-alimentador");
        feeder.setDaemon(true);
        feeder.start();
    }

    /** Route step after intake: the archived report (property {@link Headers#SUBMISSION}) waits to be processed. */
    public void offer(Exchange exchange) {
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        offer(s.sha256());
        exchange.setProperty(Outcome.PROPERTY, new Outcome(Outcome.Kind.RECEIVED, s.folio(),
                ReceiveStep.sourceName(exchange), null));
    }

    /**
     * Queues an archived report for processing, unless it already waits or is being processed.
     *
     * @return what will become of it, known once the journal says so
     */
    public CompletableFuture<Outcome> offer(String sha256) {
        return offer(sha256, false);
    }

    /**
     * Queues an archived report to be read and understood again from its file, even when the report store holds it
     * (the extraction changed); what it held is replaced.
     */
    public CompletableFuture<Outcome> offerToReextract(String sha256) {
        return offer(sha256, true);
    }

    private CompletableFuture<Outcome> offer(String sha256, boolean readAgain) {
        archive.claim(sha256); // a delivery of the same bytes meanwhile is a duplicate, not a second processing
        synchronized (this) {
            if (readAgain) {
                reextract.add(sha256);
            }
            CompletableFuture<Outcome> known = inProgress.get(sha256);
            if (known != null) {
                return known;
            }
            CompletableFuture<Outcome> outcome = new CompletableFuture<>();
            inProgress.put(sha256, outcome);
            backlog.addLast(sha256);
            notifyAll();
            return outcome;
        }
    }

    /** Offers every report the journal says is waiting or failed (at start: what a crash or a failure left). */
    public Map<String, CompletableFuture<Outcome>> offerUnfinished() {
        Map<String, CompletableFuture<Outcome>> offered = new java.util.LinkedHashMap<>();
        for (SubmissionState s : journal.all()) {
            if (s.isWaiting() || s.isFailed()) {
                offered.put(s.folio(), offer(s.sha256()));
            }
        }
        return offered;
    }

    /** Offers again the reports that failed on Observa's side ({@code observa reintentar}); returns how many. */
    public int retryFailed() {
        List<SubmissionState> failed = journal.all().stream().filter(SubmissionState::isFailed).toList();
        failed.forEach(s -> offer(s.sha256()));
        if (!failed.isEmpty()) {
            LOG.info("Se reintentan {} informes que fallaron", failed.size());
        }
        return failed.size();
    }

    /** What will become of a report queued earlier; empty when it is not waiting nor being processed. */
    public synchronized Optional<CompletableFuture<Outcome>> pending(String sha256) {
        return Optional.ofNullable(inProgress.get(sha256));
    }

    /** Reports waiting or being processed. */
    public synchronized int inProgress() {
        return inProgress.size();
    }

    /** Waits until no report waits or is being processed; false when {@code timeout} passed first. */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!inProgress.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** The outcome a journal state stands for, once processing ended (indexed, quarantined or failed). */
    public static Outcome outcome(SubmissionState s) {
        if (s.isIndexed()) {
            return new Outcome(s.duplicateOf() == null ? Outcome.Kind.ACCEPTED : Outcome.Kind.DUPLICATE, s.folio(),
                    s.source(), null);
        }
        Outcome.Kind kind = s.isQuarantined() ? Outcome.Kind.QUARANTINED
                : s.isFailed() ? Outcome.Kind.FAILED : Outcome.Kind.RECEIVED;
        return new Outcome(kind, s.folio(), s.source(), s.reason());
    }

    private void written(JournalEntry e) {
        if (e.sha256() == null || !(e.is(Event.INDEXED) || e.is(Event.QUARANTINED) || e.is(Event.FAILED))) {
            return;
        }
        CompletableFuture<Outcome> outcome;
        synchronized (this) {
            outcome = inProgress.remove(e.sha256());
            if (outcome == null) {
                return; // judged at intake, never queued
            }
            if (inProgress.isEmpty()) {
                notifyAll();
            }
        }
        journal.bySha256(e.sha256()).map(ProcessingFeed::outcome).ifPresent(outcome::complete);
    }

    private void feed(CamelContext camel, ProducerTemplate producer, String queueUri) {
        while (true) {
            String sha;
            boolean readAgain;
            synchronized (this) {
                while (backlog.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                sha = backlog.pollFirst();
                readAgain = reextract.remove(sha);
            }
            Submission submission;
            try {
                submission = archive.submission(sha);
            } catch (RuntimeException e) {
                LOG.error("No se pudieron leer los metadatos archivados de {}; se reintentará", sha, e);
                journal.bySha256(sha).ifPresent(s -> journal.append(new JournalEntry(clock.instant(), Event.FAILED.id(),
                        s.folio(), sha, s.channel(), s.source(), "No se pudieron leer los datos archivados del envío.",
                        null, null, s.parent())));
                archive.settle(sha);
                continue;
            }
            Exchange exchange = new DefaultExchange(camel);
            exchange.setProperty(Headers.SUBMISSION, submission);
            exchange.setProperty(Headers.REEXTRACT, readAgain);
            try {
                producer.send(queueUri, exchange); // blocks while the queue is full
            } catch (RuntimeException e) {
                if (!isClosed()) {
                    LOG.error("No se pudo pasar {} a la cola de procesamiento", submission.folio(), e);
                }
                return; // still archived and unsettled: resumed at the next start
            }
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops feeding; what still waits is in the journal and is processed at the next start. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            notifyAll();
            t = feeder;
        }
        if (t != null) {
            t.interrupt(); // it may be waiting for room in the queue
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
