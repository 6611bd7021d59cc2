package mx.observa.pipeline;

import mx.observa.model.Report;
import mx.observa.store.ReportStore;

/**
 * Writes what was understood into the report store before the report is indexed: the index is built from the store,
 * so a report the index or the journal mention is always there (and one a crash left out of the index is indexed from
 * it at the next start, without reading the file again). In and out: body = {@link Report}.
 */
public final class StoreStep {

    private final ReportStore store;

    public StoreStep(ReportStore store) {
        this.store = store;
    }

    public void store(Report report) {
        store.put(report);
    }
}
