package mx.observa.review;

import java.util.Collection;
import java.util.List;

import mx.observa.index.IndexWrites;
import mx.observa.index.Searchers;
import mx.observa.index.FindingReader;
import mx.observa.model.Report;
import mx.observa.store.ReportStore;

/**
 * Keeps the index in step with the reviews: a report is indexed as people reviewed it (its reviewed place, kinds,
 * topics, tags, «no es hallazgo»), so search filters, facets and the dashboard count by what people decided. The
 * review log stays the source of truth and the store keeps what Observa understood: after a review, the reports it
 * touched are indexed again from the store; at start, every reviewed report is, so a crash between the review log and
 * the index commit leaves nothing stale.
 */
public final class ReviewProjection {

    private final Reviews reviews;
    private final ReportStore store;
    private final Searchers indexed;
    private final IndexWrites index;

    /**
     * @param indexed what is in the index now (the embedded index: with a cluster, the copy written beside it)
     * @param index   where reviewed reports are written (the embedded index, or the cluster and its copy)
     */
    public ReviewProjection(Reviews reviews, ReportStore store, Searchers indexed, IndexWrites index) {
        this.reviews = reviews;
        this.store = store;
        this.indexed = indexed;
        this.index = index;
    }

    public Reviews reviews() {
        return reviews;
    }

    public ReportStore store() {
        return store;
    }

    /**
     * Writes the changes to the review log as one batch (see {@link Reviews#record(Reviews.Reviewer, String, java.util.Map)})
     * and indexes the reports they touch again.
     */
    public List<ReviewEntry> record(Reviews.Reviewer who, String batch, java.util.Map<String, List<Reviews.Change>> byFolio) {
        List<ReviewEntry> written = reviews.record(who, batch, byFolio);
        reindex(byFolio.keySet());
        return written;
    }

    /** Indexes one report (as the store has it) with the reviews laid over; not committed. */
    public void index(Report automatic) {
        index.replace(reviews.current().indexed(automatic));
    }

    /**
     * Indexes again the reports of these folios that are in the index (not those that left it, such as a report
     * quarantined after it was stored), and commits.
     */
    public void reindex(Collection<String> folios) {
        for (String folio : folios) {
            if (FindingReader.indexed(indexed, folio)) {
                store.get(folio).ifPresent(this::index);
            }
        }
        index.commit();
    }

    /** At start: every report a person reviewed, indexed as reviewed. */
    public int catchUp() {
        List<String> touched = reviews.current().touchedFolios();
        reindex(touched);
        return touched.size();
    }
}
