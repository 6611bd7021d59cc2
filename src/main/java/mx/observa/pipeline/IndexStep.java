package mx.observa.pipeline;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

import mx.observa.index.FindingIndex;
import mx.observa.model.Report;

/**
 * Indexes a report's findings; the exchange completes once an index commit covers them and the journal says indexed
 * ({@link IndexCommitter}). Asynchronous: the thread that brought the report is free for the next file while the
 * commit is pending. In: body = {@link Report}.
 */
public final class IndexStep extends AsyncProcessorSupport {

    private final FindingIndex index;
    private final IndexCommitter committer;

    public IndexStep(FindingIndex index, IndexCommitter committer) {
        this.index = index;
        this.committer = committer;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            Report report = exchange.getMessage().getBody(Report.class);
            index.replace(report);
            committer.awaitCommit(report, exchange, callback);
            return false;
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }
}
