package mx.observa.pipeline;

import org.apache.camel.Exchange;

import mx.observa.model.Report;
import mx.observa.model.Submission;
import mx.observa.store.ReportStore;

/**
 * Writes what was understood into the report store before the report is indexed: the index is built from the store,
 * so a report the index or the journal mention is always there (and one a crash left out of the index is indexed from
 * it at the next start, without reading the file again). In and out: body = {@link Report}.
 *
 * <p>Before extraction, {@link #recall} puts the stored report in the body when the store already holds it (stored
 * before a crash, or one of Observa's own failures, cut its indexing short): the pipeline then only indexes it.
 */
public final class StoreStep {

    private final ReportStore store;

    public StoreStep(ReportStore store) {
        this.store = store;
    }

    public void store(Report report) {
        store.put(report);
    }

    /**
     * The stored report of the exchange's submission, or null when the store does not hold it or the report is to be
     * read again from its file ({@link Headers#REEXTRACT}).
     */
    public Report recall(Exchange exchange) {
        if (exchange.getProperty(Headers.REEXTRACT, false, Boolean.class)) {
            return null;
        }
        Submission s = exchange.getProperty(Headers.SUBMISSION, Submission.class);
        return store.get(s.folio()).orElse(null);
    }
}
