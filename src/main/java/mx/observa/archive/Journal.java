package mx.observa.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import mx.observa.archive.JournalEntry.Event;

/**
 * The append-only record of every submission and what became of it ({@code journal/journal.jsonl}, one JSON
 * object per line, flushed to disk before the call returns). Replaying it gives the state of every submission,
 * so the journal and the archive are enough to rebuild the index.
 *
 * <p>Only the process that holds the {@link DataLock} appends; any process may {@link #read(Path) read}.
 */
public final class Journal implements AutoCloseable {

    private static final ObjectMapper JSON = Json.MAPPER;

    private final FileChannel channel;
    private final Object flushLock = new Object();
    /** Tickets: how many writes were made (guarded by this) and how many are known to be on disk (by flushLock). */
    private long written;
    private long flushed;
    private final Map<String, SubmissionState> bySha = new LinkedHashMap<>();
    private final Map<String, SubmissionState> byFolio = new LinkedHashMap<>();
    private final Map<String, List<String>> childrenByParent = new LinkedHashMap<>();
    private final List<JournalEntry> repeats = new ArrayList<>();
    private final List<JournalEntry> rejected = new ArrayList<>();
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();

    private Journal(FileChannel channel, List<JournalEntry> history) {
        this.channel = channel;
        history.forEach(this::apply);
    }

    /** Opens the journal for appending (creating it), after replaying what is there. */
    public static Journal open(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("journal.jsonl");
            List<JournalEntry> history = readEntries(file);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new Journal(ch, history);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo abrir la bitácora en " + dir, e);
        }
    }

    /** A read-only snapshot of the journal's state, for commands that run beside the service. */
    public static JournalView read(Path dir) {
        Journal replay = new Journal(null, readEntries(dir.resolve("journal.jsonl")));
        return replay.view();
    }

    /** Appends one entry; it is on disk when the call returns. */
    public void append(JournalEntry entry) {
        awaitDurable(write(List.of(entry)));
    }

    /** Appends several entries with one write and one flush to disk (the events of one index commit). */
    public void appendAll(List<JournalEntry> entries) {
        if (!entries.isEmpty()) {
            awaitDurable(write(entries));
        }
    }

    /**
     * Writes entries in journal order without waiting for the disk; the caller must {@link #awaitDurable} the returned
     * ticket before anything depends on them. Lets a caller fix the order under its own lock and wait for the disk
     * outside it, so concurrent deliveries share flushes (group commit) instead of queueing for one each.
     */
    public synchronized long write(List<JournalEntry> entries) {
        try {
            StringBuilder lines = new StringBuilder();
            for (JournalEntry entry : entries) {
                lines.append(JSON.writeValueAsString(entry)).append('\n');
            }
            ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir en la bitácora", e);
        }
        entries.forEach(this::apply);
        entries.forEach(e -> listeners.forEach(l -> l.accept(e)));
        return ++written;
    }

    /**
     * Tells {@code listener} every entry written from now on, in journal order, once the state it changes can be read
     * here (before it is on disk: whoever wrote it waits for that). Called under the journal's lock: it must be quick
     * and must not write to the journal.
     */
    public void subscribe(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    /** Returns once everything written up to {@code ticket} is on disk; one flush covers every writer waiting. */
    public void awaitDurable(long ticket) {
        synchronized (flushLock) {
            if (flushed >= ticket) {
                return; // a flush started after this write already covered it
            }
            long upTo;
            synchronized (this) {
                upTo = written;
            }
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo escribir en la bitácora", e);
            }
            flushed = upTo;
        }
    }

    public synchronized Optional<SubmissionState> bySha256(String sha256) {
        return Optional.ofNullable(bySha.get(sha256));
    }

    public synchronized Optional<SubmissionState> byFolio(String folio) {
        return Optional.ofNullable(byFolio.get(folio));
    }

    /** Folios of the submissions that came with {@code parent} (parts of a message, rows of a CSV), in arrival order. */
    public synchronized List<SubmissionState> children(String parent) {
        return childrenByParent.getOrDefault(parent, List.of()).stream().map(byFolio::get).toList();
    }

    public synchronized JournalView view() {
        return new JournalView(List.copyOf(byFolio.values()), List.copyOf(repeats), List.copyOf(rejected));
    }

    private void apply(JournalEntry e) {
        if (e.is(Event.DUPLICATE)) {
            repeats.add(e);
            return;
        }
        if (e.folio() == null) {
            rejected.add(e); // quarantined before it could be archived
            return;
        }
        SubmissionState previous = byFolio.get(e.folio());
        SubmissionState next = previous == null ? SubmissionState.first(e) : previous.after(e);
        if (previous == null && next.parent() != null) {
            childrenByParent.computeIfAbsent(next.parent(), p -> new ArrayList<>()).add(next.folio());
        }
        byFolio.put(e.folio(), next);
        bySha.put(next.sha256(), next); // one folio per content: repeated bytes are DUPLICATE events, not folios
    }

    private static List<JournalEntry> readEntries(Path file) {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(JSON.readValue(line, JournalEntry.class));
                } catch (IOException torn) {
                    // A crash can leave the last line half-written; everything before it is intact.
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la bitácora " + file, e);
        }
        return entries;
    }

    /** The highest folio number issued so far (0 if none), so folios are never reused across restarts. */
    public synchronized long highestFolioNumber() {
        return byFolio.keySet().stream().mapToLong(Folios::number).max().orElse(0);
    }

    public synchronized Collection<SubmissionState> all() {
        return List.copyOf(byFolio.values());
    }

    @Override
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
