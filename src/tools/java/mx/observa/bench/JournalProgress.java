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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.observa.archive.JournalEntry;
import mx.observa.archive.Json;

/**
 * Follows the service's journal from outside its process, reading only the lines appended since the last call:
 * how many deliveries (files dropped in the inbox) have settled and when each did, by the journal's own clock. A
 * delivery is settled when each of its reports is indexed, quarantined or failed — for a container (an e-mail, a
 * questionnaire export, a ZIP), once it is unpacked and every part is — or at once when it repeats bytes already
 * received or is refused before archiving.
 */
final class JournalProgress {

    private final Path file;
    private long offset;
    private final List<Instant> settledAt = new ArrayList<>();
    /** Folio → name of the file it was delivered in (a part of an e-mail or a ZIP: the container's file). */
    private final Map<String, String> deliveredIn = new HashMap<>();
    private final Map<String, Instant> indexedAtByFile = new HashMap<>();
    private final Map<String, Instant> archivedAtByFile = new HashMap<>();
    /** Folio → folio of the delivery it came in (itself for a file delivered on its own). */
    private final Map<String, String> rootOf = new HashMap<>();
    /** Reports not yet indexed, quarantined or failed, and containers not yet unpacked. */
    private final Set<String> open = new HashSet<>();
    private final Map<String, Integer> openByRoot = new HashMap<>();
    private int quarantined;
    private int failed;

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
        boolean opens = e.is(JournalEntry.Event.ARCHIVED) || e.is(JournalEntry.Event.CONTAINER);
        if (opens && e.source() != null) {
            String root = e.parent() != null ? rootOf.get(e.parent()) : e.folio();
            rootOf.put(e.folio(), root);
            deliveredIn.put(e.folio(), e.parent() != null ? deliveredIn.get(e.parent()) : fileName(e.source()));
            archivedAtByFile.putIfAbsent(deliveredIn.get(e.folio()), e.at());
            if (root != null && open.add(e.folio())) {
                openByRoot.merge(root, 1, Integer::sum);
            }
            return;
        }
        if (e.parent() == null && e.folio() == null
                && (e.is(JournalEntry.Event.DUPLICATE) || e.is(JournalEntry.Event.QUARANTINED))) {
            settledAt.add(e.at()); // a delivery settled at once: repeated bytes, or refused before it was archived
            quarantined += e.is(JournalEntry.Event.QUARANTINED) ? 1 : 0;
            return;
        }
        if (e.is(JournalEntry.Event.INDEXED)) {
            String file = deliveredIn.get(e.folio());
            if (file != null) {
                indexedAtByFile.merge(file, e.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        quarantined += e.is(JournalEntry.Event.QUARANTINED) ? 1 : 0;
        failed += e.is(JournalEntry.Event.FAILED) ? 1 : 0;
        boolean closes = e.is(JournalEntry.Event.INDEXED) || e.is(JournalEntry.Event.QUARANTINED)
                || e.is(JournalEntry.Event.FAILED) || e.is(JournalEntry.Event.UNPACKED);
        if (closes && e.folio() != null && open.remove(e.folio())) {
            String root = rootOf.get(e.folio());
            if (openByRoot.merge(root, -1, Integer::sum) == 0) {
                openByRoot.remove(root);
                settledAt.add(e.at()); // the delivery's last report, or its container's last part, is done
            }
        }
    }

    /** When the first {@code n} deliveries had all settled (entries from parallel workers may interleave). */
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

    /** Reports quarantined (a container's parts included). */
    synchronized int quarantined() {
        return quarantined;
    }

    /** Reports journaled as failed on Observa's side. */
    synchronized int failed() {
        return failed;
    }
}
