package mx.observa.index.opensearch;

import mx.observa.model.ServiceFailure;

/**
 * The cluster did not answer, or answered that it is overloaded or failing: Observa's own failure, never the
 * sender's. The pipeline retries it with back-off, then journals the report as failed ("falló — se reintentará");
 * nothing goes to quarantine.
 */
public final class OpenSearchUnavailableException extends ServiceFailure {

    public OpenSearchUnavailableException(String what, Throwable cause) {
        super("OpenSearch no respondió a " + what + ".", cause);
    }
}
