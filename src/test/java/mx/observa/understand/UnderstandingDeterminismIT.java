package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.report.Redactor;

/**
 * The understanding and the redaction of a report are the same in every JVM. {@code Set.of}, {@code Set.copyOf},
 * {@code Map.of} and their kin iterate in an order drawn anew by every JVM (ImmutableCollections.SALT), and an enum's
 * hash is its identity: a rule that iterates one of them (an alternation built from it, the first match that wins, a
 * tie broken by what comes first) passes in one run and fails in the next — the redaction of privacidad-ciega-6 did on
 * the official CI. One test JVM cannot see that, since it draws one order; two child JVMs draw two, and here they
 * understand and redact the same tuning reports and must print the same bytes.
 */
class UnderstandingDeterminismIT {

    /**
     * The privacy set whose redaction flaked on the official CI (names in every form: titles, short forms, initials),
     * and findings, kinds, topics and places of every one of its reports. Two child JVMs at once: 11 to 17 s on a busy
     * 2-core machine, too long for the unit tests.
     */
    private static final List<String> SETS = List.of("src/test/resources/privacidad-ciega-6");

    @Test
    void twoJvmsUnderstandAndRedactTheSameReportsTheSameWay(@TempDir Path tmp) throws Exception {
        // started together: each child is mostly single-threaded, and they draw their salts independently
        Process first = start(tmp.resolve("primera.txt"));
        Process second = start(tmp.resolve("segunda.txt"));
        String a = finish(first, tmp.resolve("primera.txt"));
        String b = finish(second, tmp.resolve("segunda.txt"));
        assertThat(a).as("the dump of the first JVM").contains("=== src/test/resources/privacidad-ciega-6/01_")
                .contains("=== src/test/resources/privacidad-ciega-6/20_").contains(Redactor.MARK);
        List<String> reportsA = List.of(a.split("(?m)^(?==== )"));
        List<String> reportsB = List.of(b.split("(?m)^(?==== )"));
        for (int i = 0; i < Math.min(reportsA.size(), reportsB.size()); i++) {
            // the first report read differently, whole: what it found, and its redacted text
            assertThat(reportsB.get(i)).as("what a second JVM makes of the same report").isEqualTo(reportsA.get(i));
        }
        assertThat(reportsB).as("reports of the second JVM").hasSameSizeAs(reportsA);
    }

    private static Process start(Path out) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DeterminismDump.class.getName());
        cmd.addAll(SETS);
        return new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(out.resolveSibling(out.getFileName() + ".err").toFile())).start();
    }

    private static String finish(Process p, Path out) throws Exception {
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 3 minutes");
        }
        Path err = out.resolveSibling(out.getFileName() + ".err");
        assertThat(p.exitValue()).as("exit of the child JVM; its errors:\n" + Files.readString(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
