package mx.observa.bench;

import java.lang.management.ThreadMXBean;

import mx.observa.understand.ReportUnderstander;

/** The CPU time one thread spends understanding a text: what the long-text benches compare, shape against shape. */
final class UnderstandingCpu {

    private UnderstandingCpu() {
    }

    /** CPU nanoseconds and bytes allocated by this thread to understand a text once (the fewer of each kept). */
    record Measured(long cpuNanos, long allocatedBytes) {
    }

    /**
     * CPU nanoseconds of this thread to understand {@code text}: the smaller of two runs (one past 20,000 characters,
     * where a run is long enough not to be noise), and a single run once it took more than {@code budgetSeconds}.
     */
    static long of(ThreadMXBean threads, ReportUnderstander understander, String text, String source, long budgetSeconds) {
        return measure(threads, understander, text, source, budgetSeconds).cpuNanos();
    }

    /**
     * {@link #of}, with the bytes the same runs allocated ({@code com.sun.management.ThreadMXBean}; -1 where the JVM
     * does not count them): what a text makes the understanding allocate grows with what it holds, and a text that
     * holds too much ends in an OutOfMemoryError rather than in a slow run.
     */
    static Measured measure(ThreadMXBean threads, ReportUnderstander understander, String text, String source, long budgetSeconds) {
        com.sun.management.ThreadMXBean counting = threads instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() ? t : null;
        long best = Long.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        for (int run = 0; run < (text.length() > 20_000 ? 1 : 2); run++) {
            long bytes = counting == null ? 0 : counting.getCurrentThreadAllocatedBytes();
            long start = threads.getCurrentThreadCpuTime();
            understander.understand(text, source);
            long took = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, took);
            allocated = Math.min(allocated, counting == null ? -1 : counting.getCurrentThreadAllocatedBytes() - bytes);
            if (took > budgetSeconds * 1_000_000_000L) {
                break;
            }
        }
        return new Measured(best, allocated);
    }
}
