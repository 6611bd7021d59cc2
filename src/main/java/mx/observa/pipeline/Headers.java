package mx.observa.pipeline;

/**
 * Exchange headers and properties the routes and steps share. What a channel knows about a delivery beyond its name,
 * channel and sender travels in exchange properties, which nobody outside can set (HTTP parameters and mail headers
 * arrive as message headers).
 */
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
    /** Property: folio of the container the delivery came in (message, CSV file, form post). */
    public static final String PARENT = "observaParent";
    /** Property: {@code Map<String, String>} of fields the sender declared ({@link mx.observa.model.DeclaredField} keys). */
    public static final String DECLARED = "observaDeclared";
    /** Property: a {@link ContainerKind} the channel already knows the delivery is (else it is decided by type). */
    public static final String CONTAINER = "observaContainer";
    /** Property: the {@link ContainerKind} of an archived container, set by the receive step: unpack it. */
    public static final String UNPACK = "observaUnpack";
    /** Property: size limit in bytes for this delivery when it is not the per-file limit (a whole e-mail message). */
    public static final String MAX_BYTES = "observaMaxBytes";
    /** Property: {@code List<Outcome>} of every report a container held (nested containers flattened). */
    public static final String PARTS = "observaParts";
    /** Property: how many containers deep this delivery is (a message forwarded inside a message is 2). */
    public static final String DEPTH = "observaDepth";
    /** Property: true when the report is to be read again from its file even if the report store holds it. */
    public static final String REEXTRACT = "observaReextract";

    private Headers() {
    }
}
