package mx.observa.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.archive.JournalEntry.Event;
import mx.observa.archive.SubmissionState;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Submission;
import mx.observa.pipeline.ContainerKind;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.Outcome;

/**
 * The steps of the unpack route ({@code direct:unpack}): a container already archived becomes its parts, each
 * received and archived as a submission of its own with the container's folio as parent (and processed later, from
 * the journal). Unpacking a
 * container again (it was delivered twice, or a crash interrupted the first time) is harmless: parts already taken
 * are recognized by their bytes and add nothing.
 */
public final class Unpacking {

    /** Property: the {@code List<Part>} of a web form or API post, handed over by the web route. */
    public static final String ITEMS = "observaItems";
    /** Property: {@code List<String>} of Spanish notes for the sender (a cover note not taken as a report…). */
    public static final String NOTES = "observaNotes";
    /** Property: the Spanish reason a part cannot be taken. */
    public static final String PROBLEM = "observaProblem";
    /** Property: the {@link ZipEntries.Entries} being unpacked, told when the last one went through. */
    private static final String ENTRIES = "observaEntries";

    private static final Logger LOG = LoggerFactory.getLogger(Unpacking.class);

    private final Archive archive;
    private final ContainerParts containers;
    private final Journal journal;
    private final Clock clock;

    public Unpacking(Archive archive, MailSplitter mail, CsvRows csv, ZipEntries zip, Journal journal, Clock clock) {
        this.archive = archive;
        this.containers = new ContainerParts(mail, csv, zip);
        this.journal = journal;
        this.clock = clock;
    }

    /** In: the archived container (property {@link Headers#SUBMISSION}). Out: body = the parts, one by one. */
    @SuppressWarnings("unchecked")
    public Iterator<Part> parts(Exchange exchange) {
        Submission container = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        ContainerKind kind = exchange.getProperty(Headers.UNPACK, ContainerKind.class);
        exchange.setProperty(Headers.PARTS, new ArrayList<Outcome>());
        List<String> notes = new ArrayList<>();
        exchange.setProperty(NOTES, notes);
        if (kind == ContainerKind.POST) {
            List<Part> items = exchange.getProperty(ITEMS, List.class);
            return items == null ? List.<Part>of().iterator() : items.iterator();
        }
        ContainerParts.Opened opened = containers.open(kind, archive.pathOf(container.sha256()), container.mediaType(),
                container.sourceName(), container.channel(), container.sender(), container.declared());
        notes.addAll(opened.notes());
        if (opened.parts() instanceof ZipEntries.Entries entries) {
            exchange.setProperty(ENTRIES, entries);
        }
        return opened.parts();
    }

    /** Turns the split exchange into a delivery of one part: its bytes, its name, its parent; nothing of the container. */
    public void prepare(Exchange exchange) {
        Part part = exchange.getMessage().getBody(Part.class);
        Submission container = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        int depth = exchange.getProperty(Headers.DEPTH, 0, Integer.class);
        for (String p : List.of(Headers.SUBMISSION, Headers.DUPLICATE, Headers.UNPACK, Headers.CONTAINER,
                Headers.MAX_BYTES, Headers.PARTS, Headers.DECLARED, Headers.PARENT, Outcome.PROPERTY, ITEMS, NOTES, PROBLEM,
                ENTRIES)) {
            exchange.removeProperty(p);
        }
        exchange.setProperty(Headers.PARENT, container.folio());
        exchange.setProperty(Headers.DECLARED, part.declared());
        exchange.setProperty(Headers.DEPTH, depth + 1);
        if (part.problem() != null) {
            exchange.setProperty(PROBLEM, part.problem());
        }
        Message m = exchange.getMessage();
        m.getHeaders().clear();
        m.setHeader(Headers.SOURCE, part.name());
        m.setHeader(Headers.CHANNEL, part.channel().id());
        if (part.sender() != null) {
            m.setHeader(Headers.SENDER, part.sender());
        }
        m.setBody(part.content());
    }

    /** A part that cannot be taken as a report (already archived) goes to quarantine with its reason. */
    public void refuse(Exchange exchange) {
        throw new RejectedSubmission(exchange.getProperty(PROBLEM, String.class));
    }

    /** The container's own outcome, once every part went through. */
    @SuppressWarnings("unchecked")
    public void finish(Exchange exchange) {
        Submission container = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        ZipEntries.Entries entries = exchange.getProperty(ENTRIES, ZipEntries.Entries.class);
        if (entries != null) {
            entries.done();
        }
        if (exchange.getProperty(Outcome.PROPERTY) == null) {
            exchange.setProperty(Outcome.PROPERTY, new Outcome(Outcome.Kind.RECEIVED, container.folio(),
                    container.sourceName(), null));
        }
        if (journal.byFolio(container.folio()).filter(SubmissionState::isUnpackingUnfinished).isPresent()) {
            // Every part went through: a restart need not unpack it again. Not awaited: losing this line to a crash
            // only means unpacking once more, which adds nothing.
            journal.write(List.of(new JournalEntry(clock.instant(), Event.UNPACKED.id(), container.folio(),
                    container.sha256(), container.channel().id(), container.sourceName(), null, null, null,
                    container.parent())));
        }
        List<Outcome> parts = exchange.getProperty(Headers.PARTS, List.class);
        LOG.info("{} {}: {} partes ({} nuevas, {} repetidas, {} en cuarentena)", container.folio(), container.sourceName(),
                parts.size(), count(parts, Outcome.Kind.RECEIVED), count(parts, Outcome.Kind.DUPLICATE),
                count(parts, Outcome.Kind.QUARANTINED));
    }

    private static long count(List<Outcome> parts, Outcome.Kind kind) {
        return parts.stream().filter(o -> o.kind() == kind).count();
    }
}
