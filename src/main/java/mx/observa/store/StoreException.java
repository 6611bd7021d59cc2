package mx.observa.store;

import mx.observa.model.ServiceFailure;

/**
 * The report store could not be read or written (disk full, file damaged, locked too long): Observa's own failure, not
 * a problem of the report being processed, which is retried, then journaled as failed and processed again once the
 * store works (routes/errors.yaml).
 */
public class StoreException extends ServiceFailure {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
