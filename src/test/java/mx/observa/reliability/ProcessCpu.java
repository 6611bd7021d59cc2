package mx.observa.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU a child process has used, its own children included: what a test can bound whatever else the machine runs
 * (a wall-clock limit measures the other builds on a shared machine as well).
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc/<pid>/stat}: USER_HZ, 100 on every Linux ABI the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /**
     * Seconds of CPU {@code process} has used: its own, that of its children that ended (the kernel adds them to the
     * parent once it has waited for them, as the JVM does for its Tika children) and that of its descendants still
     * running. Without {@code /proc}, its own and its running descendants' only.
     */
    static double seconds(Process process) {
        ProcessHandle handle = process.toHandle();
        double total = ownAndEndedChildren(handle.pid());
        if (total < 0) {
            total = cpu(handle);
        }
        return total + handle.descendants().mapToDouble(ProcessCpu::cpu).sum();
    }

    private static double cpu(ProcessHandle handle) {
        return handle.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    /** utime + stime + cutime + cstime of {@code /proc/<pid>/stat} in seconds; -1 where it cannot be read. */
    private static double ownAndEndedChildren(long pid) {
        try {
            return ownAndEndedChildren(Files.readString(Path.of("/proc", Long.toString(pid), "stat"),
                    StandardCharsets.ISO_8859_1)); // a name may hold any byte
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime + cutime + cstime in seconds, from the text of a {@code /proc/<pid>/stat}. */
    static double ownAndEndedChildren(String stat) {
        // the command name, field 2, is in parentheses and may hold spaces and ')': count fields after the last ')'
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state): utime, stime, cutime, cstime are fields 14 to 17
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        return ticks / TICKS_PER_SECOND;
    }
}
