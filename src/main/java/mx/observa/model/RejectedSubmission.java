package mx.observa.model;

/**
 * A submission Observa cannot take, with the reason in Spanish for the sender and the quarantine.
 * Thrown by any stage; the error route turns it into a quarantine entry and the pipeline goes on.
 */
public class RejectedSubmission extends RuntimeException {

    public RejectedSubmission(String reasonEs) {
        super(reasonEs);
    }

    public RejectedSubmission(String reasonEs, Throwable cause) {
        super(reasonEs, cause);
    }
}
