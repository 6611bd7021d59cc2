package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

/**
 * {@code observa import-csv} killed with SIGKILL in the middle of a questionnaire export, then run again with the same
 * file (what a person does after a power cut): every row ends up archived and indexed exactly once.
 */
class CsvImportCrashIT {

    private static final int ROWS = 600;
    private static final List<String> ALCALDIAS = List.of("Azcapotzalco", "Coyoacán", "Cuajimalpa de Morelos",
            "Gustavo A. Madero", "Iztacalco", "Iztapalapa", "La Magdalena Contreras", "Milpa Alta", "Álvaro Obregón",
            "Tláhuac", "Tlalpan", "Xochimilco", "Benito Juárez", "Cuauhtémoc", "Miguel Hidalgo", "Venustiano Carranza");
    private static final String[] WORDS = ("boletas urna mesa fila vecinos proyecto difusión papeletas lluvia retraso "
            + "apertura cierre funcionarios credencial lista nominal mampara sello tinta acta cómputo escrutinio "
            + "representante parque banqueta luminaria drenaje cancha mercado escuela calle esquina tarde mañana "
            + "mediodía señora joven adulto mayor rampa acceso silla toldo cartel volante bocina patrulla personal "
            + "capacitación votación consulta presupuesto colonia pueblo barrio niñas niños lona").split(" ");

    @TempDir
    Path tmp;

    /** Rows that share no more than a questionnaire's columns: different observer, alcaldía, district and text. */
    private static Set<String> writeExport(Path file) throws IOException {
        Random random = new Random(2022);
        Set<String> markers = new LinkedHashSet<>();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Nombre;Alcaldía;Distrito;Observaciones\n");
            for (int i = 0; i < ROWS; i++) {
                String marker = "marcador%04d".formatted(i);
                markers.add(marker);
                StringBuilder text = new StringBuilder("En la mesa ").append(marker).append(" faltaron boletas y");
                for (int k = 0; k < 30; k++) {
                    text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                }
                w.write("Persona observadora " + i + ";" + ALCALDIAS.get(random.nextInt(ALCALDIAS.size())) + ";"
                        + (1 + random.nextInt(33)) + ";" + text + ".\n");
            }
        }
        return markers;
    }

    private Process importCsv(ObservaConfig config, Path export) throws IOException {
        return ServiceProcess.command(config, tmp.resolve("import.log"), List.of("import-csv", export.toString()));
    }

    @Test
    void killedMidImportAndRunAgainEveryRowIsIndexedExactlyOnce() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        Path export = tmp.resolve("respuestas.csv");
        Set<String> markers = writeExport(export);

        Process first = importCsv(config, export);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> CrashChecks.settledReports(config) >= 100);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        first.waitFor();
        assertThat(CrashChecks.settledReports(config)).as("killed mid-way").isLessThan(ROWS);
        CrashChecks.assertJournalAndIndexAgreeAfterKill(config);

        Process again = importCsv(config, export);
        assertThat(again.waitFor(3, TimeUnit.MINUTES)).as("second import finished").isTrue();
        assertThat(again.exitValue()).isZero();

        CrashChecks.assertEachReportIndexedExactlyOnce(config, markers);
        assertThat(Journal.read(config.journalDir()).submissions()).filteredOn(SubmissionState::isContainer)
                .as("the export itself archived once").hasSize(1);
        assertThat(Files.readString(tmp.resolve("import.log"))).contains("Aceptados: ");
    }
}
