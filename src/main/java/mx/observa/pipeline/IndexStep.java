package mx.observa.pipeline;

import org.apache.camel.Exchange;

import mx.observa.index.IndexWrites;
import mx.observa.model.Report;

/**
 * Indexes a report's findings and hands it to the {@link GroupCommit}, which journals it as indexed once a commit
 * covers it; the worker goes on with the next report meanwhile. In: body = {@link Report}.
 */
public final class IndexStep {

    private final IndexWrites index;
    private final GroupCommit commits;

    public IndexStep(IndexWrites index, GroupCommit commits) {
        this.index = index;
        this.commits = commits;
    }

    public void index(Exchange exchange) {
        Report report = exchange.getMessage().getBody(Report.class);
        index.replace(report);
        commits.add(report);
    }
}
