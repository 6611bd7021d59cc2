package mx.observa.bench;

import java.lang.management.ThreadMXBean;

import mx.observa.understand.ReportUnderstander;

/** The CPU time one thread spends understanding a text: what the long-text benches compare, shape against shape. */
final class UnderstandingCpu {

    private UnderstandingCpu() {
    }

    /**
     * CPU nanoseconds of this thread to understand {@code text}: the smaller of two runs (one past 20,000 characters,
     * where a run is long enough not to be noise), and a single run once it took more than {@code budgetSeconds}.
     */
    static long of(ThreadMXBean threads, ReportUnderstander understander, String text, String source, long budgetSeconds) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < (text.length() > 20_000 ? 1 : 2); run++) {
            long start = threads.getCurrentThreadCpuTime();
            understander.understand(text, source);
            long took = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, took);
            if (took > budgetSeconds * 1_000_000_000L) {
                break;
            }
        }
        return best;
    }
}
