package mx.observa.pipeline;

import org.apache.camel.Exchange;

import java.util.function.Function;

import mx.observa.index.IndexWrites;
import mx.observa.index.ReviewedReport;
import mx.observa.model.Report;

/**
 * Indexes a report's findings and hands it to the {@link GroupCommit}, which journals it as indexed once a commit
 * covers it; the worker goes on with the next report meanwhile. In: body = {@link Report}.
 */
public final class IndexStep {

    private final IndexWrites index;
    private final GroupCommit commits;
    private final Function<Report, ReviewedReport> reviewed;

    public IndexStep(IndexWrites index, GroupCommit commits) {
        this(index, commits, ReviewedReport::none);
    }

    /** @param reviewed the report as people reviewed it (a report read again keeps its reviews in the index) */
    public IndexStep(IndexWrites index, GroupCommit commits, Function<Report, ReviewedReport> reviewed) {
        this.index = index;
        this.commits = commits;
        this.reviewed = reviewed;
    }

    public void index(Exchange exchange) {
        Report report = exchange.getMessage().getBody(Report.class);
        index.replace(reviewed.apply(report));
        commits.add(report);
    }
}
