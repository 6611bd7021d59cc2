package mx.observa.model;

/**
 * Observa's own failure, not the sender's file: its parser workers did not start or died for reasons of their own,
 * the index or the disk failed, one of its own services did not answer in time. The submission is not quarantined:
 * it is retried with back-off, then journaled as failed ("falló — se reintentará") and retried at the next start or
 * with {@code observa reintentar}. Any exception that is not a {@link RejectedSubmission} is treated the same way;
 * this type carries a Spanish description for the journal and the status page.
 */
public class ServiceFailure extends RuntimeException {

    public ServiceFailure(String descriptionEs, Throwable cause) {
        super(descriptionEs, cause);
    }
}
