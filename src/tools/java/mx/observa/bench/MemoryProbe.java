package mx.observa.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap and peak resident memory of one phase that runs in this JVM.
 *
 * <p>Heap: the largest heap occupancy seen just before a collection (GC notifications) or at the end, which is the
 * real high-water mark of live plus not-yet-collected objects; pool peaks are not summed because eden and old peak at
 * different moments. A full collection runs first so an earlier phase's garbage is not counted. RSS: {@code VmHWM} of {@code /proc/self/status}, reset at the start of the phase through
 * {@code /proc/self/clear_refs} (Linux); where the reset is refused the value is the process's lifetime peak.
 */
final class MemoryProbe implements AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakHeap = new AtomicLong();
    private final NotificationListener listener = this::onGc;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    private MemoryProbe() {
        // A full collection first: the heap shrinks to what is live, so what an earlier phase left committed is not
        // counted in this one's resident memory.
        System.gc();
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
        resetPeakRss();
        peakHeap.set(currentHeap());
    }

    /** Starts watching; {@link #close()} stops. */
    static MemoryProbe start() {
        return new MemoryProbe();
    }

    long peakHeapMb() {
        peakHeap.accumulateAndGet(currentHeap(), Math::max);
        return peakHeap.get() / MB;
    }

    /** Peak RSS of this process since the start of the phase (of the process where the reset is refused). */
    long peakRssMb() {
        return statusKb(ProcessHandle.current().pid(), "VmHWM") / 1024;
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                before += e.getValue().getUsed();
            }
        }
        peakHeap.accumulateAndGet(before, Math::max);
    }

    private static long currentHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak is then the process's, which only makes it an upper bound
        }
    }

    /** A field of {@code /proc/<pid>/status} in kB (VmRSS, VmHWM), or 0 when the process is gone or not Linux. */
    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // never added
                }
            }
        }
    }
}
