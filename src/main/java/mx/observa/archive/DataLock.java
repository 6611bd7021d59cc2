package mx.observa.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One process at a time writes the data folder and the index (Lucene allows one writer). The owner holds an OS
 * file lock on {@code data/observa.lock} and writes there who it is, so other commands can say so or hand their
 * work to it. The OS releases the lock if the process dies, so a crash never leaves it stuck.
 */
public final class DataLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another process holds it. */
    public static Optional<DataLock> tryAcquire(Path dataDir, String owner) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("observa.lock");
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                return Optional.empty();
            }
            ch.truncate(0);
            ch.write(java.nio.ByteBuffer.wrap((owner + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
            return Optional.of(new DataLock(ch, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo bloquear la carpeta de datos " + dataDir, e);
        }
    }

    /** Who holds the lock, as written by its owner (e.g. "serve pid 1234 puerto 8080"), if readable. */
    public static String owner(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("observa.lock")).strip();
        } catch (IOException e) {
            return "otro proceso";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
