package mx.observa.report;

import java.util.List;
import java.util.function.Supplier;

import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.index.Searchers;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;

/**
 * What an edition is computed from: the journal (which submissions exist and what became of them) and every indexed
 * finding. The journal is read first: the pipeline journals a report as indexed only after the index committed it,
 * so every report the journal calls indexed is already in the index read next. {@code findings} are as Observa
 * understood them; {@code reviews} what analysts confirmed or corrected (mx.observa.review), laid over them when
 * the edition is computed.
 */
public record ReportSources(JournalView journal, List<IndexedFinding> findings, ReviewedValues reviews) {

    /** Sources nobody reviewed. */
    public ReportSources(JournalView journal, List<IndexedFinding> findings) {
        this(journal, findings, new ReviewedValues());
    }

    /** The committed state on disk, for commands that run beside the service; the analysts' reviews laid over it. */
    public static ReportSources read(ObservaConfig config) {
        JournalView journal = Journal.read(config.journalDir());
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            return new ReportSources(journal, index == null ? List.of() : FindingReader.all(index),
                    Reviews.in(config, java.time.Clock.systemUTC()).current());
        }
    }

    /** The running service's own journal and index, and the analysts' reviews. */
    public static Supplier<ReportSources> live(Journal journal, Searchers index, Reviews reviews) {
        return () -> {
            JournalView view = journal.view();
            return new ReportSources(view, FindingReader.all(index), reviews.current());
        };
    }
}
