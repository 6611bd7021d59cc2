package mx.observa.pipeline;

import org.apache.camel.Exchange;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.index.FindingIndex;
import mx.observa.model.Report;

/**
 * Indexes a report's findings and then journals it as indexed: the journal never claims what the index has not
 * committed. In: body = {@link Report}.
 */
public final class IndexStep {

    private final FindingIndex index;
    private final Journal journal;
    private final Archive archive;
    private final java.time.Clock clock;

    public IndexStep(FindingIndex index, Journal journal, Archive archive, java.time.Clock clock) {
        this.index = index;
        this.journal = journal;
        this.archive = archive;
        this.clock = clock;
    }

    public void index(Exchange exchange) {
        Report report = exchange.getMessage().getBody(Report.class);
        index.replace(report);
        index.commit();
        journal.append(new JournalEntry(clock.instant(), JournalEntry.Event.INDEXED.id(), report.folio(),
                report.submission().sha256(), report.submission().channel().id(), report.source(), null,
                report.duplicateOf(), report.findings().size()));
        archive.settle(report.submission().sha256());
        // A near-identical report is indexed (searchable, linked to the first) but counted as a duplicate.
        Outcome.Kind kind = report.duplicateOf() == null ? Outcome.Kind.ACCEPTED : Outcome.Kind.DUPLICATE;
        exchange.setProperty(Outcome.PROPERTY, new Outcome(kind, report.folio(), report.source(), null));
    }
}
