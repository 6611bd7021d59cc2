package mx.observa.index;

/** A query the parser cannot read; the message is Spanish and says how to write it. */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String query, Throwable cause) {
        super("No se entendió la búsqueda «" + query + "». Use palabras, \"frases entre comillas\", OR, NOT o prefijo*.", cause);
    }
}
