package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.app.CsvImport;
import mx.observa.app.IngestSummary;
import mx.observa.archive.Journal;
import mx.observa.archive.Json;
import mx.observa.archive.SubmissionState;
import mx.observa.archive.Sha256;
import mx.observa.config.ObservaConfig;
import mx.observa.report.Editions;
import mx.observa.report.ReportWriter;
import mx.observa.support.TestHome;

/**
 * {@code observa report} killed with SIGKILL while it writes an edition over the previous one: the output folder
 * holds the previous edition or none, never a half one or a mix of two; what the killed run left aside is named as
 * staging and the next run removes it, and writes a complete edition.
 */
class ReportCrashIT {

    private static final int FIRST_ROWS = 80;
    private static final int ROWS = 160;

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private Path out;

    private Process report() throws IOException {
        return ServiceProcess.command(config, tmp.resolve("report.log"), List.of("report", "--out", out.toString()));
    }

    /** What an edition must cover: every submission received (folio → SHA-256) and a finding of every report. */
    private record Covered(Map<String, String> submissions, Set<String> markers) {
    }

    private Covered importExport(int rows) throws Exception {
        Path export = tmp.resolve("respuestas-" + rows + ".csv");
        Set<String> markers = QuestionnaireExport.write(export, rows);
        assertThat(CsvImport.run(config, List.of(export), new IngestSummary())).hasSize(1);
        return new Covered(Journal.read(config.journalDir()).submissions().stream()
                .collect(Collectors.toMap(SubmissionState::folio, SubmissionState::sha256)), markers);
    }

    private void reportToCompletion() throws Exception {
        Process p = report();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("report finished").isTrue();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void killedWhileWritingLeavesThePreviousEditionOrNoneAndTheNextRunCompletes() throws Exception {
        config = TestHome.config(tmp);
        out = Files.createDirectories(tmp.resolve("informes")).resolve("out");
        Covered first = importExport(FIRST_ROWS);
        reportToCompletion();
        Map<String, String> previous = hashes(out);
        assertCompleteEdition(out, first);

        Covered second = importExport(ROWS); // a later export of the same questionnaire: 80 new rows, a different edition
        Process killed = report();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> !staging().isEmpty() || !killed.isAlive());
        killed.destroyForcibly(); // SIGKILL while the edition is being written: no finally block, no cleanup
        killed.waitFor();

        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .as("beside the output only staging folders, named as such")
                    .allMatch(n -> n.equals("out") || n.matches("\\.out\\.incompleto-\\d+-\\d+"));
        }
        // The output folder shows the previous edition, or none (its JSON is what makes an edition), or — had the
        // run got that far — the new one; never parts of both.
        if (Editions.inFolder(out).isPresent()) {
            Map<String, String> now = hashes(out);
            if (now.equals(previous)) {
                assertCompleteEdition(out, first);
            } else {
                assertThat(now).as("no file of the previous edition beside the new one")
                        .allSatisfy((name, hash) -> assertThat(hash).isNotEqualTo(previous.get(name)));
                assertCompleteEdition(out, second);
            }
        }

        reportToCompletion();
        assertThat(staging()).as("the next run removed the abandoned staging folder").isEmpty();
        assertCompleteEdition(out, second);
    }

    private List<Path> staging() throws IOException {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".out.incompleto-")).toList();
        }
    }

    /**
     * Every file of an edition, each whole, all of the same edition: the JSON counts every report, the manifest lists
     * exactly the submissions received (with the hash of their bytes), and the annex has a finding of each report.
     */
    private static void assertCompleteEdition(Path dir, Covered covered) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(ReportWriter.FILES);
        }
        assertThat(Files.readString(dir.resolve(ReportWriter.HTML), StandardCharsets.UTF_8).strip()).endsWith("</html>");
        byte[] pdf = Files.readAllBytes(dir.resolve(ReportWriter.PDF));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1).strip()).endsWith("%%EOF");
        JsonNode totals = Json.MAPPER.readTree(dir.resolve(ReportWriter.JSON).toFile()).path("totales");
        assertThat(totals.path("informes").asLong()).isEqualTo(covered.markers().size());
        assertThat(totals.path("en_proceso").asLong()).as("the exports are not reports in process").isZero();
        Map<String, String> listed = new TreeMap<>();
        Json.MAPPER.readTree(dir.resolve(ReportWriter.MANIFEST).toFile()).get("envios")
                .forEach(e -> listed.put(e.get("folio").asText(), e.get("sha256").asText()));
        assertThat(listed).isEqualTo(new TreeMap<>(covered.submissions()));
        String annex = Files.readString(dir.resolve(ReportWriter.ANNEX), StandardCharsets.UTF_8);
        assertThat(covered.markers()).allMatch(annex::contains);
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (String name : ReportWriter.FILES) {
            Path f = dir.resolve(name);
            hashes.put(name, Files.exists(f) ? Sha256.of(f) : "ausente");
        }
        return hashes;
    }
}
