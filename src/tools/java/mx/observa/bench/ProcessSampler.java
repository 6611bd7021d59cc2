package mx.observa.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every 200 ms, a process and its descendants (the Tika worker JVMs): the highest resident memory seen, and
 * the CPU time each consumed since {@link #mark()}. CPU time does not depend on what else the machine is running, so
 * it shows where the work goes even when wall-clock figures are disturbed by other load. A descendant that exits
 * between two samples loses at most its last 200 ms.
 */
final class ProcessSampler implements AutoCloseable {

    private final ProcessHandle root;
    private final AtomicLong rootPeakKb = new AtomicLong();
    private final AtomicLong childrenPeakKb = new AtomicLong();
    /** Highest CPU time seen per descendant pid, and at the mark. */
    private final Map<Long, Long> childCpuNanos = new ConcurrentHashMap<>();
    private volatile Map<Long, Long> childCpuAtMark = Map.of();
    private volatile long rootCpuAtMark;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-muestreo");
        t.setDaemon(true);
        return t;
    });

    ProcessSampler(ProcessHandle root) {
        this.root = root;
        timer.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        rootPeakKb.accumulateAndGet(MemoryProbe.statusKb(root.pid(), "VmHWM"), Math::max);
        long children = 0;
        for (ProcessHandle p : root.descendants().toList()) {
            children += MemoryProbe.statusKb(p.pid(), "VmRSS");
            cpuNanos(p).ifPresent(cpu -> childCpuNanos.merge(p.pid(), cpu, Math::max));
        }
        childrenPeakKb.accumulateAndGet(children, Math::max);
    }

    private static java.util.Optional<Long> cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos);
    }

    /** Starts the CPU-time window (the measured part of a phase, after its warm-up). */
    synchronized void mark() {
        sample();
        childCpuAtMark = Map.copyOf(childCpuNanos);
        rootCpuAtMark = cpuNanos(root).orElse(0L);
    }

    /** CPU seconds the root process used since {@link #mark()} (read while it is still alive). */
    double rootCpuSeconds() {
        return (cpuNanos(root).orElse(0L) - rootCpuAtMark) / 1e9;
    }

    /** CPU seconds all descendants used since {@link #mark()}. */
    synchronized double childrenCpuSeconds() {
        sample();
        long total = 0;
        for (Map.Entry<Long, Long> e : childCpuNanos.entrySet()) {
            total += e.getValue() - childCpuAtMark.getOrDefault(e.getKey(), 0L);
        }
        return total / 1e9;
    }

    /**
     * CPU seconds per thread group of a process (threads named alike summed: "C# CompilerThre" is the JIT, "GC Thread##"
     * the collector), from {@code /proc/<pid>/task}; empty where that is not available. Shows what a JVM's CPU went to
     * beyond its own code: compilation and collection.
     */
    static Map<String, Double> cpuByThreadGroup(long pid) {
        Map<String, Double> groups = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(
                java.nio.file.Path.of("/proc", Long.toString(pid), "task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, in clock ticks of 1/100 s
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    groups.merge(name, seconds, Double::sum);
                } catch (java.io.IOException | RuntimeException threadEnded) {
                    // a thread that ended between listing and reading has nothing left to count
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Map.of();
        }
        return groups;
    }

    /** The CPU seconds each thread group used between two {@link #cpuByThreadGroup} snapshots (0.1 s and over). */
    static Map<String, Object> cpuDelta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Object> delta = new java.util.LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 0.1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> delta.put(e.getKey(), Benchmark.round(e.getValue())));
        return delta;
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
