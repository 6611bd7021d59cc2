package mx.observa.pipeline;

/** Exchange headers and properties the routes and steps share. */
public final class Headers {

    /** Header: original name of the delivered file (the folder route takes it from CamelFileNameOnly). */
    public static final String SOURCE = "observaSource";
    /** Header: channel id (carpeta, correo, formulario, api, csv). */
    public static final String CHANNEL = "observaChannel";
    /** Header: who sent it, when known. */
    public static final String SENDER = "observaSender";
    /** Property: the archived {@link mx.observa.model.Submission}. */
    public static final String SUBMISSION = "observaSubmission";
    /** Property: true when the delivery repeats bytes already received. */
    public static final String DUPLICATE = "observaDuplicate";

    private Headers() {
    }
}
