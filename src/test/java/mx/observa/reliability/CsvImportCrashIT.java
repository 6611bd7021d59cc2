package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

/**
 * {@code observa import-csv} killed with SIGKILL in the middle of a questionnaire export, then either run again with
 * the same file (what a person does after a power cut) or followed by the service, which unpacks the archived export
 * to the end on its own: every row ends up archived and indexed exactly once.
 */
class CsvImportCrashIT {

    /**
     * Rows of the export; the import is killed once a third of them are settled. 150 rows leave a hundred reports of
     * margin between the kill's poll (every 50 ms) and the end, where each row is a report to archive, understand and
     * index: 300 rows and a kill at 100 cost the class 57.7 s of CPU (test JVM and every child, cpuacct cgroup), the
     * test JVM's 11.6 s of it reading the growing journal at each poll.
     */
    private static final int ROWS = 150;

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private Path export;

    private Process importCsv() throws IOException {
        return ServiceProcess.command(config, tmp.resolve("import.log"), List.of("import-csv", export.toString()));
    }

    /** Writes the export, starts {@code observa import-csv} on it and kills it mid-way; returns the rows' markers. */
    private Set<String> killedMidImport() throws Exception {
        config = TestHome.config(tmp);
        export = tmp.resolve("respuestas.csv");
        Set<String> markers = QuestionnaireExport.write(export, ROWS);
        CrashChecks.killMidWay(importCsv(), config, ROWS / 3, ROWS);
        return markers;
    }

    @Test
    void killedMidImportAndRunAgainEveryRowIsIndexedExactlyOnce() throws Exception {
        Set<String> markers = killedMidImport();

        Process again = importCsv();
        CrashChecks.awaitWhileSettling(config, Duration.ofMillis(200), () -> !again.isAlive(), "second import");
        assertThat(again.exitValue()).isZero();

        CrashChecks.assertEachReportIndexedExactlyOnce(config, markers);
        assertThat(Journal.read(config.journalDir()).submissions()).filteredOn(SubmissionState::isContainer)
                .as("the export itself archived once").hasSize(1);
        assertThat(Files.readString(tmp.resolve("import.log")))
                .contains("Se terminó lo que una ejecución interrumpida dejó pendiente: ");
    }

    @Test
    void killedMidImportTheNextStartOfTheServiceFinishesItWithoutTheFile() throws Exception {
        Set<String> markers = killedMidImport();
        Files.delete(export); // what was read of it is in the archive; that must be enough

        Process service = ServiceProcess.start(config, tmp.resolve("service.log"));
        try {
            CrashChecks.awaitWhileSettling(config, Duration.ofMillis(200),
                    () -> CrashChecks.settledReports(config) == ROWS || !service.isAlive(), "the service's restart");
        } finally {
            service.destroy();
            service.waitFor();
        }

        CrashChecks.assertEachReportIndexedExactlyOnce(config, markers);
        assertThat(Journal.read(config.journalDir()).submissions()).filteredOn(SubmissionState::isContainer)
                .as("the export archived once and now unpacked to the end").singleElement()
                .matches(SubmissionState::isSettled).matches(s -> !s.isUnpackingUnfinished());
    }
}
