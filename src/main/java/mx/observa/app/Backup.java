package mx.observa.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import mx.observa.archive.DataLock;
import mx.observa.config.ObservaConfig;

/**
 * A consistent snapshot of everything that matters: the archive, the journal, the report store, the quarantine and
 * the index's last commit. It takes the data lock, so nothing writes while it copies (the store's write-ahead log is
 * copied with it: SQLite applies it when the copy is opened); the inbox is left out (not yet received).
 * Restoring is copying {@code data/} and {@code index/} back (or only {@code data/} and running {@code observa reindex},
 * which rebuilds the index from the store).
 */
public final class Backup {

    private Backup() {
    }

    /** @return the folder written: DIR/observa-respaldo-AAAAMMDD-HHMMSS */
    public static Path write(ObservaConfig config, Path targetDir) {
        try (DataLock lock = DataLock.tryAcquire(config.dataDir(), "respaldo, pid " + ProcessHandle.current().pid())
                .orElseThrow(() -> new DataBusyException(DataLock.owner(config.dataDir())
                        + "; detenga el servicio para respaldar"))) {
            Path snapshot = targetDir.resolve("observa-respaldo-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Path partial = targetDir.resolve("." + snapshot.getFileName() + ".part");
            for (String part : new String[] {"archive", "journal", "store", "quarantine", "audit", "revisiones"}) {
                copyTree(config.dataDir().resolve(part), partial.resolve("data").resolve(part));
            }
            copyTree(config.indexDir(), partial.resolve("index"));
            Files.deleteIfExists(partial.resolve("index").resolve("write.lock"));
            Files.move(partial, snapshot);
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el respaldo en " + targetDir, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().endsWith(".part")) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
