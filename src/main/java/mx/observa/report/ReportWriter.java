package mx.observa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import mx.observa.archive.Json;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;

/**
 * Writes one edition of the consolidated observation report into an output folder: {@code informe-consolidado.html}
 * and {@code informe-consolidado.json} (every number). Each file is written beside its final name and then renamed,
 * so a reader never finds half a report. Reads only committed data: safe while the service runs.
 */
public final class ReportWriter {

    public static final String BASE_NAME = "informe-consolidado";

    private ReportWriter() {
    }

    public static List<Path> write(ObservaConfig config, Path outDir, LocalDate cutoff) {
        JournalView journal = Journal.read(config.journalDir());
        List<IndexedFinding> findings;
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            findings = index == null ? List.of() : FindingReader.all(index);
        }
        ReportFigures figures = ReportFigures.compute(findings, journal, cutoff);
        try {
            Files.createDirectories(outDir);
            Path html = outDir.resolve(BASE_NAME + ".html");
            Path json = outDir.resolve(BASE_NAME + ".json");
            writeAtomically(html, ReportHtml.render(figures).getBytes(StandardCharsets.UTF_8));
            writeAtomically(json, Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(Map.of("informe", figures.toJson())));
            return List.of(html, json);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el informe en " + outDir, e);
        }
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(tmp, content);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
