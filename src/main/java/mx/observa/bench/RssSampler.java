package mx.observa.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every 200 ms, the resident memory of a process and of its descendants (the Tika worker JVMs), keeping the
 * highest values seen. The root's own peak is exact ({@code VmHWM}); the descendants' is the highest sampled sum.
 */
final class RssSampler implements AutoCloseable {

    private final ProcessHandle root;
    private final AtomicLong rootPeakKb = new AtomicLong();
    private final AtomicLong childrenPeakKb = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-rss");
        t.setDaemon(true);
        return t;
    });

    RssSampler(ProcessHandle root) {
        this.root = root;
        timer.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        rootPeakKb.accumulateAndGet(MemoryProbe.statusKb(root.pid(), "VmHWM"), Math::max);
        long children = root.descendants().mapToLong(p -> MemoryProbe.statusKb(p.pid(), "VmRSS")).sum();
        childrenPeakKb.accumulateAndGet(children, Math::max);
    }

    long rootPeakMb() {
        return rootPeakKb.get() / 1024;
    }

    long childrenPeakMb() {
        return childrenPeakKb.get() / 1024;
    }

    @Override
    public void close() {
        sample();
        timer.shutdownNow();
    }
}
