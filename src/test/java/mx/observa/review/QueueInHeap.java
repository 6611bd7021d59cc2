package mx.observa.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.report.Sections;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;

/**
 * Run by {@link ReviewStreamingIT} in a JVM of its own with a small heap: the review queue of a data folder built as
 * the page builds it ({@code queue}), or, to show the heap is too small for it, every finding of the store held at
 * once ({@code all}, what the queue did before it streamed). Prints the counts.
 */
public final class QueueInHeap {

    private QueueInHeap() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[1]);
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(Path.of(args[2]));
             ReportStore store = SqliteReportStore.openForReading(data.resolve("store"));
             Stream<List<IndexedFinding>> reports = StoredFindings.of(store, folio -> FindingReader.indexed(index, folio),
                     new ReviewedValues())) {
            if (args[0].equals("all")) {
                List<IndexedFinding> all = reports.flatMap(List::stream).toList();
                System.out.println("todos " + all.size());
                return;
            }
            ReviewQueue q = ReviewQueue.of(reports, new Reviews(ReviewLog.in(data), Clock.systemUTC()).current(), Sections::serious, 0.5,
                    new ReviewQueue.Filter(null, null), 200);
            for (ReviewQueue.Category c : ReviewQueue.Category.values()) {
                System.out.println(c.id() + " " + q.count(c) + " " + q.items(c).size());
            }
        }
    }
}
