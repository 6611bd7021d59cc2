package mx.observa.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.config.ObservaConfig;
import mx.observa.index.ReadOnlyIndex;

/**
 * Counts a person or a script can trust, read from the journal and the last index commit (safe while the service
 * runs): reports (distinct, indexed), findings (documents in the index), duplicates, quarantined, pending (files
 * waiting in the inbox).
 */
public record Status(long reports, long findings, long duplicates, long quarantined, long pending) {

    public static Status read(ObservaConfig config) {
        JournalView journal = Journal.read(config.journalDir());
        long findings = 0;
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            if (index != null) {
                findings = index.acquire().getIndexReader().numDocs();
            }
        }
        return new Status(journal.distinctReportCount(), findings, journal.duplicateCount(),
                journal.quarantinedCount(), pending(config.inboxDir()));
    }

    public static long pending(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reports", reports);
        json.put("findings", findings);
        json.put("duplicates", duplicates);
        json.put("quarantined", quarantined);
        json.put("pending", pending);
        return json;
    }

    public String toText() {
        return """
                Informes: %d
                Hallazgos: %d
                Duplicados: %d
                En cuarentena: %d
                Pendientes en la bandeja: %d
                """.formatted(reports, findings, duplicates, quarantined, pending);
    }
}
