package mx.observa.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import mx.observa.archive.Json;

/**
 * The review log: every change analysts made, one JSON object per line, only ever appended. A batch (one form, one
 * bulk action) is written with one write and forced to disk before the answer leaves, so after a crash it is there
 * whole, or only its last line is torn. A torn last line (no newline at its end) was never acknowledged: reading
 * ignores it, and the next append cuts it off first so that it never glues onto a good line.
 */
public final class ReviewLog {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewLog.class);
    private static final TypeReference<Map<String, Object>> LINE = new TypeReference<>() { };

    private final Path file;

    public ReviewLog(Path file) {
        this.file = file;
    }

    /** {@code datos/revisiones/revisiones.jsonl} under the data folder. */
    public static ReviewLog in(Path dataDir) {
        return new ReviewLog(dataDir.resolve("revisiones").resolve("revisiones.jsonl"));
    }

    public Path file() {
        return file;
    }

    /** Appends the entries as one write and forces them to disk. */
    public synchronized void append(List<ReviewEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        try {
            for (ReviewEntry e : entries) {
                text.append(Json.MAPPER.writeValueAsString(e.toJson())).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                long end = completeLength(ch);
                ch.truncate(end);
                ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                long at = end;
                while (bytes.hasRemaining()) {
                    at += ch.write(bytes, at);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            // a review that cannot be kept must not look saved: the request fails
            throw new UncheckedIOException("No se pudo escribir la bitácora de revisiones " + file, e);
        }
    }

    /** The whole lines from {@code offset} on, and where the next read starts (after the last whole line). */
    public synchronized Tail readFrom(long offset) {
        if (!Files.isRegularFile(file)) {
            return new Tail(List.of(), 0);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size <= offset) {
                return new Tail(List.of(), Math.min(offset, size));
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size - offset));
            while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {
                // read until full
            }
            byte[] bytes = buf.array();
            int lastNewline = -1;
            for (int i = buf.position() - 1; i >= 0; i--) {
                if (bytes[i] == '\n') {
                    lastNewline = i;
                    break;
                }
            }
            List<ReviewEntry> entries = new ArrayList<>();
            if (lastNewline < 0) {
                return new Tail(entries, offset);
            }
            String text = new String(bytes, 0, lastNewline, StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(ReviewEntry.fromJson(Json.MAPPER.readValue(line, LINE)));
                } catch (JsonProcessingException | RuntimeException e) {
                    // a whole line that does not parse was damaged on disk: keep every other review
                    LOG.warn("Línea ilegible en {} ignorada: {}", file, e.getMessage());
                }
            }
            return new Tail(entries, offset + lastNewline + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la bitácora de revisiones " + file, e);
        }
    }

    /** Everything in the log, in the order it was written. */
    public List<ReviewEntry> readAll() {
        return readFrom(0).entries();
    }

    /** Entries read, and the offset just after the last whole line. */
    public record Tail(List<ReviewEntry> entries, long offset) {
    }

    /** The length of the file up to its last newline: what a torn write left after it is cut off. */
    private static long completeLength(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long i = size - 1; i >= 0; i--) {
            one.clear();
            ch.read(one, i);
            if (one.get(0) == '\n') {
                return i + 1;
            }
        }
        return 0;
    }
}
