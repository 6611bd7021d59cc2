package mx.observa.index;

import java.nio.file.Path;

/** Another process writes the index (Lucene allows one writer). */
public final class IndexBusyException extends RuntimeException {

    public IndexBusyException(Path dir) {
        super("El índice " + dir + " está en uso por otro proceso de Observa (¿hay un 'observa serve' en marcha?).");
    }
}
