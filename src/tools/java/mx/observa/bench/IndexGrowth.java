package mx.observa.bench;

import java.util.List;
import java.util.function.Consumer;

import mx.observa.model.Report;

/**
 * An index grown size after size with the same synthetic reports in the same order, whichever backend holds it: each
 * size adds the next reports until the index has that many findings.
 */
final class IndexGrowth {

    private final SyntheticReports reports;
    private int nextReport;
    private long findings;

    IndexGrowth(SyntheticReports reports) {
        this.reports = reports;
    }

    /** Hands the next reports to {@code write}, {@code batch} at a time, until {@code size} findings are written. */
    void growTo(int size, int batch, Consumer<List<Report>> write) {
        while (findings < size) {
            List<Report> next = reports.range(nextReport, nextReport + batch);
            int take = 0;
            while (take < next.size() && findings < size) {
                findings += next.get(take).findings().size();
                take++;
            }
            nextReport += take;
            write.accept(next.subList(0, take));
        }
    }

    long findings() {
        return findings;
    }

    int reports() {
        return nextReport;
    }
}
