package mx.observa.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mx.observa.archive.JournalEntry;
import mx.observa.archive.Json;

/**
 * Follows the service's journal from outside its process, reading only the lines appended since the last call:
 * how many submissions have settled (indexed or quarantined) and when each did, by the journal's own clock.
 */
final class JournalProgress {

    private final Path file;
    private long offset;
    private final List<Instant> settledAt = new ArrayList<>();
    /** Folio → name of the file it was delivered in (a part of an e-mail or a ZIP: the container's file). */
    private final Map<String, String> deliveredIn = new HashMap<>();
    private final Map<String, Instant> indexedAtByFile = new HashMap<>();
    private final Map<String, Instant> archivedAtByFile = new HashMap<>();
    private int quarantined;

    JournalProgress(Path journalDir) {
        this.file = journalDir.resolve("journal.jsonl");
    }

    /** Reads what was appended since the last call; a line still being written is left for the next one. */
    synchronized int settled() {
        if (!Files.exists(file)) {
            return 0;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= offset) {
                return settledAt.size();
            }
            byte[] bytes = new byte[(int) (length - offset)];
            in.seek(offset);
            in.readFully(bytes);
            int lineStart = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                    lineStart = i + 1;
                    if (!line.isBlank()) {
                        apply(Json.MAPPER.readValue(line, JournalEntry.class));
                    }
                }
            }
            offset += lineStart;
            return settledAt.size();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la bitácora " + file, e);
        }
    }

    private void apply(JournalEntry e) {
        if ((e.is(JournalEntry.Event.ARCHIVED) || e.is(JournalEntry.Event.CONTAINER)) && e.source() != null) {
            deliveredIn.put(e.folio(), e.parent() != null ? deliveredIn.get(e.parent()) : fileName(e.source()));
            archivedAtByFile.putIfAbsent(deliveredIn.get(e.folio()), e.at());
        }
        if (e.is(JournalEntry.Event.INDEXED)) {
            settledAt.add(e.at());
            String file = deliveredIn.get(e.folio());
            if (file != null) {
                indexedAtByFile.merge(file, e.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        } else if (e.is(JournalEntry.Event.QUARANTINED)) {
            settledAt.add(e.at());
            quarantined++;
        }
    }

    /** When the first {@code n} submissions had all settled (entries from parallel workers may interleave). */
    synchronized Instant allSettledAt(int n) {
        return settledAt.subList(0, n).stream().max(Instant::compareTo).orElseThrow();
    }

    /**
     * When the report delivered as the file {@code name} (the last of its reports, for an e-mail or a ZIP) was last
     * journaled as indexed: after the index commit that covers it, so searchable by every reader (the service's own
     * searches see it up to a commit earlier). Null when not yet.
     */
    synchronized Instant indexedAt(String name) {
        settled();
        return indexedAtByFile.get(name);
    }

    /** When the file {@code name} was first journaled as archived (or as a container): taken from the inbox. */
    synchronized Instant archivedAt(String name) {
        settled();
        return archivedAtByFile.get(name);
    }

    private static String fileName(String source) {
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }

    synchronized int quarantined() {
        return quarantined;
    }
}
