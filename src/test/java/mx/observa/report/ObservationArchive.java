package mx.observa.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.archive.Receipt;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.IndexSchema;
import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.pipeline.GroupCommit;
import mx.observa.pipeline.IndexStep;
import mx.observa.pipeline.StoreStep;
import mx.observa.store.SqliteReportStore;
import mx.observa.support.MutableClock;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A real data folder for report tests: reports go through the real archive, journal, report store and on-disk index
 * (via the pipeline's own {@link StoreStep} and {@link IndexStep}) with an understanding given explicitly, at the
 * reception times the test chooses.
 */
final class ObservationArchive implements AutoCloseable {

    private final MutableClock clock = new MutableClock(Instant.parse("2022-05-02T15:00:00Z"));
    private final Journal journal;
    private final Archive archive;
    private final FindingIndex index;
    private final IndexStep indexStep;
    private final GroupCommit commits;
    private final SqliteReportStore store;
    private final StoreStep storeStep;
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final java.util.Map<String, String> contents = new java.util.HashMap<>();

    ObservationArchive(ObservaConfig config) {
        journal = Journal.open(config.journalDir());
        archive = new Archive(config.archiveDir(), journal, config.folioPrefix(), (path, name) -> "text/plain", clock);
        index = FindingIndex.open(config.indexDir(), new FoldingSpanishAnalyzer(), new IndexSchema());
        store = SqliteReportStore.open(config.storeDir(), clock);
        storeStep = new StoreStep(store);
        // One report per commit, committed by the fixture itself: each report durable and journaled before the next.
        commits = new GroupCommit(index, journal, archive, clock, new GroupCommit.Policy(1, 0, 1000, 0, 0), System::nanoTime);
        indexStep = new IndexStep(index, commits);
    }

    /** Receives, stores and indexes one report; returns its folio. */
    String report(String receivedAt, Channel channel, String sourceName, ReportMetadata meta, String duplicateOf,
                  Finding... findings) {
        clock.set(Instant.parse(receivedAt));
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(f.text()).append("\n\n");
        }
        Submission s = receive(text.toString(), sourceName, channel).submission();
        Report report = new Report(s, sourceName, "text/plain", text.toString(),
                new Understanding(meta, List.of(findings), List.of()), duplicateOf);
        contents.put(s.folio(), text.toString());
        storeStep.store(report);
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(report);
        indexStep.index(exchange);
        commits.tick(); // the commit that covers the report
        return s.folio();
    }

    /** Receives bytes that end in quarantine. */
    String quarantined(String receivedAt, String content) {
        clock.set(Instant.parse(receivedAt));
        Submission s = receive(content, "ilegible.pdf", Channel.CARPETA).submission();
        journal.append(new JournalEntry(clock.instant(), JournalEntry.Event.QUARANTINED.id(), s.folio(), s.sha256(),
                s.channel().id(), s.sourceName(), "El archivo está dañado.", null, null));
        archive.settle(s.sha256());
        return s.folio();
    }

    /** Delivers again the bytes of a report already received (a repeat: no new folio). */
    Receipt.Kind repeat(String receivedAt, String folio) {
        clock.set(Instant.parse(receivedAt));
        return receive(contents.get(folio), "otra-vez.txt", Channel.CORREO).kind();
    }

    private Receipt receive(String content, String name, Channel channel) {
        return archive.receive(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, channel, null);
    }

    static ReportMetadata place(String alcaldia, Integer distrito, String ut, String mro, String date) {
        return new ReportMetadata(null, null, alcaldia, distrito, ut, null, mro,
                date == null ? null : java.time.LocalDate.parse(date), "mro");
    }

    @Override
    public void close() {
        index.close();
        store.close();
        journal.close();
        camel.stop();
    }
}
