package mx.observa.index;

/** A query the search cannot run; the message is Spanish and says what to do. */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String query, Throwable cause) {
        super("No se entendió la búsqueda «" + query + "». Use palabras, \"frases entre comillas\", OR, NOT o prefijo*.", cause);
    }

    public InvalidQueryException(String message) {
        super(message);
    }
}
