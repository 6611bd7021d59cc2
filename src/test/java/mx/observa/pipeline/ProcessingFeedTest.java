package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.archive.JournalEntry.Event;
import mx.observa.model.Channel;
import mx.observa.model.Submission;

/**
 * The feed's bookkeeping on a real journal and archive (no queue consumer: the test writes what the pipeline would
 * journal): what became of a report is read back from the journal, and what a start must queue again is found there.
 */
class ProcessingFeedTest {

    @TempDir
    Path tmp;

    private Journal journal;
    private Archive archive;
    private ProcessingFeed feed;

    @BeforeEach
    void open() {
        journal = Journal.open(tmp.resolve("journal"));
        archive = new Archive(tmp.resolve("archive"), journal, "OBS-2022", (p, n) -> "text/plain", Clock.systemUTC());
        feed = new ProcessingFeed(archive, journal, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        feed.close();
        journal.close();
    }

    private Submission archived(String text) {
        return archive.receive(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "informe.txt",
                Channel.CARPETA, null).submission();
    }

    private void journal(Submission s, Event event, String reason, String duplicateOf) {
        journal.append(new JournalEntry(null, event.id(), s.folio(), s.sha256(), "carpeta", "informe.txt", reason,
                duplicateOf, event == Event.INDEXED ? 1 : null));
    }

    @Test
    void whatBecameOfAQueuedReportIsKnownOnceTheJournalSaysSo() throws Exception {
        Submission a = archived("Faltaron boletas.");
        Submission b = archived("Hubo propaganda.");
        Submission c = archived("La mesa abrió tarde.");
        CompletableFuture<Outcome> first = feed.offer(a.sha256());
        CompletableFuture<Outcome> second = feed.offer(b.sha256());
        CompletableFuture<Outcome> third = feed.offer(c.sha256());
        assertThat(feed.offer(a.sha256())).as("queued once").isSameAs(first);
        assertThat(feed.inProgress()).isEqualTo(3);

        journal(a, Event.INDEXED, null, null);
        journal(b, Event.QUARANTINED, "El archivo está dañado.", null);
        assertThat(feed.awaitIdle(Duration.ZERO)).as("one still in process").isFalse();
        journal(c, Event.FAILED, "Los procesos lectores de archivos (Tika) no arrancaron o dejaron de responder.", null);

        assertThat(feed.awaitIdle(Duration.ofSeconds(1))).isTrue();
        assertThat(first.getNow(null)).isEqualTo(new Outcome(Outcome.Kind.ACCEPTED, a.folio(), "informe.txt", null));
        assertThat(second.getNow(null)).isEqualTo(new Outcome(Outcome.Kind.QUARANTINED, b.folio(), "informe.txt",
                "El archivo está dañado."));
        assertThat(third.getNow(null).kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(feed.pending(a.sha256())).isEmpty();
    }

    @Test
    void aNearDuplicateIndexedIsCountedAsADuplicate() throws Exception {
        Submission first = archived("Texto original del informe.");
        Submission copy = archived("Texto original del informe, reenviado.");
        CompletableFuture<Outcome> outcome = feed.offer(copy.sha256());

        journal(copy, Event.INDEXED, null, first.folio());

        assertThat(outcome.getNow(null).kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    }

    @Test
    void waitingAndFailedReportsAreQueuedAgainAtStartAndFailedOnesOnRequest() {
        Submission waiting = archived("Quedó a medias por un corte de luz.");
        Submission failed = archived("Tika no arrancó.");
        Submission indexed = archived("Todo bien.");
        journal(failed, Event.FAILED, "Falla interna de Observa (IOException).", null);
        journal(indexed, Event.INDEXED, null, null);
        archive.settle(failed.sha256());
        archive.settle(indexed.sha256());
        archive.settle(waiting.sha256()); // as after a restart: nothing in process yet

        assertThat(feed.offerUnfinished()).containsOnlyKeys(waiting.folio(), failed.folio());
        assertThat(archive.claim(waiting.sha256())).as("claimed when queued").isFalse();

        journal(failed, Event.FAILED, "Falla interna de Observa (IOException).", null);
        assertThat(feed.pending(failed.sha256())).isEmpty();
        assertThat(feed.retryFailed()).isEqualTo(1);
        assertThat(feed.pending(failed.sha256())).isPresent();
    }
}
