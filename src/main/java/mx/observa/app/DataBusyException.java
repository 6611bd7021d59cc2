package mx.observa.app;

/** Another Observa process owns the data folder and the index. The message says who, in Spanish. */
public final class DataBusyException extends RuntimeException {

    public DataBusyException(String owner) {
        super("Otro proceso de Observa está usando la carpeta de datos y el índice (" + owner + ").");
    }
}
