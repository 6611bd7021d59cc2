package mx.observa.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.config.ObservaConfig;
import mx.observa.intake.TakenFromInbox;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;

/**
 * Counts a person or a script can trust, read from the journal and the report store (safe while the service runs):
 * reports (distinct, indexed), findings (of every stored report: a sum the store keeps, no report is read),
 * duplicates, quarantined, pending (files waiting in the inbox, or taken from it and not yet archived), waiting
 * (reports received and not yet processed) and failed (Observa's own failure: retried at the next start or with
 * observa reintentar).
 */
public record Status(long reports, long findings, long duplicates, long quarantined, long pending, long waiting,
                     long failed) {

    public static Status read(ObservaConfig config) {
        JournalView journal = Journal.read(config.journalDir());
        long findings;
        try (ReportStore store = SqliteReportStore.openForReading(config.storeDir())) {
            findings = store.findingCount();
        }
        return new Status(journal.distinctReportCount(), findings, journal.duplicateCount(),
                journal.quarantinedCount(), pending(config.inboxDir()) + pending(TakenFromInbox.dir(config)),
                journal.waitingCount(), journal.failedCount());
    }

    public static long pending(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        // The service takes files out of the inbox while we count: a file gone meanwhile is simply not pending.
        long[] count = {0};
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        count[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reports", reports);
        json.put("findings", findings);
        json.put("duplicates", duplicates);
        json.put("quarantined", quarantined);
        json.put("pending", pending);
        json.put("waiting", waiting);
        json.put("failed", failed);
        return json;
    }

    public String toText() {
        return """
                Informes: %d
                Hallazgos: %d
                Duplicados: %d
                En cuarentena: %d
                Pendientes en la bandeja: %d
                Recibidos, por procesar: %d
                Fallaron, se reintentarán: %d
                """.formatted(reports, findings, duplicates, quarantined, pending, waiting, failed);
    }
}
