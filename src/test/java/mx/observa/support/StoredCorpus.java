package mx.observa.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import mx.observa.archive.Folios;
import mx.observa.archive.Json;
import mx.observa.archive.JournalEntry;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.model.Report;
import mx.observa.model.Submission;
import mx.observa.store.SqliteReportStore;

/**
 * A large data folder written directly (the journal and the report store, as if the pipeline had run), and Observa
 * run on it in a JVM of its own with a small heap: for the tests that check a reader of every report holds one
 * report at a time.
 */
public final class StoredCorpus {

    private static final String[] WORDS = ("mesa receptora opinión boletas papeletas urna mampara acta escrutinio "
            + "funcionaria persona observadora proyecto colonia alcaldía distrito unidad territorial jornada consulta "
            + "presupuesto participativo instalación retraso hora mañana tarde fila votación credencial lista nominal "
            + "propaganda difusión vecinos comité seguridad policía accesibilidad rampa silla ruedas adultos mayores "
            + "sellos material cómputo resultados sistema internet sede capacitación llegaron faltaron hubo había "
            + "abrió cerró pidió explicó señaló registró observó anotaron entregaron contaron esperaron reclamaron "
            + "tranquila ordenada confusa lenta rápida suficiente escasa visible cerca lejos dentro fuera").split(" ");

    private StoredCorpus() {
    }

    /**
     * Reports 1…{@code count} (built by {@code report}) journaled as archived and indexed, and stored.
     *
     * @return the bytes of their findings' text
     */
    public static long write(ObservaConfig config, int count, IntFunction<Report> report) throws IOException {
        long bytes = 0;
        Files.createDirectories(config.journalDir());
        try (SqliteReportStore store = SqliteReportStore.open(config.storeDir(), Clock.systemUTC());
             BufferedWriter journal = Files.newBufferedWriter(config.journalDir().resolve("journal.jsonl"))) {
            List<Report> batch = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                Report r = report.apply(i);
                bytes += r.findings().stream().mapToLong(f -> f.text().getBytes(StandardCharsets.UTF_8).length).sum();
                batch.add(r);
                Submission s = r.submission();
                for (String event : List.of(JournalEntry.Event.ARCHIVED.id(), JournalEntry.Event.INDEXED.id())) {
                    journal.write(Json.MAPPER.writeValueAsString(new JournalEntry(s.receivedAt(), event, s.folio(),
                            s.sha256(), s.channel().id(), s.sourceName(), null, null, r.findings().size())));
                    journal.write('\n');
                }
                if (batch.size() == 250) {
                    store.putAll(batch);
                    batch.clear();
                }
            }
            store.putAll(batch);
        }
        return bytes;
    }

    /** The submission of report {@code i}: a PDF in the folder channel, one minute after the one before. */
    public static Submission submission(int i) {
        String folio = Folios.format("OBS-2022", i);
        return new Submission(folio, "%064x".formatted(i), Channel.CARPETA,
                Instant.parse("2022-05-02T16:00:00Z").plusSeconds(60L * i), "informe-" + i + ".pdf", 90_000,
                "application/pdf", null);
    }

    /** {@code words} words of the domain, a period every 15. */
    public static String sentence(Random random, int words) {
        StringBuilder t = new StringBuilder();
        for (int w = 0; w < words; w++) {
            t.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
        }
        return t.toString().strip();
    }

    /** What a run printed, and how it ended. */
    public record Run(int code, String out) {
    }

    /**
     * {@code java -Xmx<heapMb>m args…} on this JDK, its output written to {@code log}; a JVM out of memory exits at
     * once (non-zero).
     */
    public static Run java(Path log, int heapMb, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(log.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(log.getFileName() + " did not finish in 5 minutes");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
