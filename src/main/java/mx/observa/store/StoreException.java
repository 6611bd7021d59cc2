package mx.observa.store;

/**
 * The report store could not be read or written (disk full, file damaged, locked too long): Observa's own failure, not
 * a problem of the report being processed, which is processed again once the store works.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
