package mx.observa.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

import mx.observa.archive.JournalEntry;
import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Report;
import mx.observa.store.SqliteReportStore;

/**
 * A data folder holding {@code n} understood reports as the pipeline leaves them: journaled as archived and indexed,
 * and in the report store (the index is not written: what is measured reads the store, or builds the index from it).
 * Written a few thousand reports at a time, so even a million fit the benchmark's memory.
 */
final class SyntheticDataFolder {

    private static final int CHUNK = 2_000;

    private SyntheticDataFolder() {
    }

    /** Writes the journal and the store; returns how many findings the reports have. */
    static long write(ObservaConfig config, int reports, long seed) throws IOException {
        SyntheticReports generator = new SyntheticReports(seed);
        Files.createDirectories(config.journalDir());
        long findings = 0;
        // Written in the journal's own line format, and the store a chunk per commit: the pipeline's one fsync per
        // report would measure the set-up, not the phase.
        try (BufferedWriter journal = Files.newBufferedWriter(config.journalDir().resolve("journal.jsonl"),
                StandardCharsets.UTF_8);
             SqliteReportStore store = SqliteReportStore.open(config.storeDir(), Clock.systemUTC())) {
            for (int from = 0; from < reports; from += CHUNK) {
                List<Report> chunk = generator.range(from, Math.min(reports, from + CHUNK));
                store.putAll(chunk);
                for (Report r : chunk) {
                    var s = r.submission();
                    line(journal, new JournalEntry(s.receivedAt(), JournalEntry.Event.ARCHIVED.id(), s.folio(),
                            s.sha256(), s.channel().id(), s.sourceName(), null, null, null));
                    line(journal, new JournalEntry(s.receivedAt().plusSeconds(5), JournalEntry.Event.INDEXED.id(),
                            s.folio(), s.sha256(), s.channel().id(), s.sourceName(), null, null, r.findings().size()));
                    findings += r.findings().size();
                }
            }
        }
        return findings;
    }

    private static void line(BufferedWriter out, JournalEntry entry) throws IOException {
        out.write(Json.MAPPER.writeValueAsString(entry));
        out.write('\n');
    }
}
