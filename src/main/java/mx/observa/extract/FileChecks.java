package mx.observa.extract;

import mx.observa.model.RejectedSubmission;

/**
 * What can be judged of a file without reading it: its size and the type detected from its bytes. Intake refuses
 * such a file at once (the form and the API answer 4xx, a part of a message or a dropped file is quarantined with
 * its folio before anything waits for extraction); extraction checks again, for files archived before.
 */
public final class FileChecks {

    public static final String EMPTY_ES = "El archivo está vacío (0 bytes).";

    private FileChecks() {
    }

    /** @throws RejectedSubmission when the file is empty or of a type Observa does not read */
    public static void check(long size, String mediaType) {
        if (size == 0) {
            throw new RejectedSubmission(EMPTY_ES);
        }
        if (!AcceptedTypes.accepts(mediaType)) {
            throw new RejectedSubmission(notAccepted(mediaType));
        }
    }

    public static String notAccepted(String mediaType) {
        return "Tipo de archivo no aceptado (" + mediaType + "). Formatos aceptados: " + AcceptedTypes.DESCRIPTION_ES + ".";
    }
}
