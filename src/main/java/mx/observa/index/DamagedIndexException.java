package mx.observa.index;

import java.nio.file.Path;

/** The index on disk cannot be read (damaged files, foreign format). It is derived data: it can be rebuilt. */
public final class DamagedIndexException extends RuntimeException {

    private final Path dir;

    public DamagedIndexException(Path dir, Throwable cause) {
        super("El índice en " + dir + " está dañado o no se puede leer; se reconstruye desde el archivo con: observa reindex",
                cause);
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
