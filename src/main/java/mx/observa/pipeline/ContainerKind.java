package mx.observa.pipeline;

import java.util.Optional;

import org.apache.tika.mime.MediaType;

/**
 * Deliveries that hold reports rather than being one. They are archived as received, then unpacked: every part
 * goes through the pipeline as a submission of its own whose parent is the container's folio.
 */
public enum ContainerKind {
    /**
     * An e-mail message (from the mailbox, or a .eml or Outlook .msg file dropped, uploaded or attached): its body and
     * attachments.
     */
    MESSAGE,
    /** A questionnaire export (Google Forms, KoboToolbox, Microsoft Forms): one report per row. */
    CSV,
    /**
     * A ZIP archive: one report per entry. Only a plain ZIP: Word, OpenDocument and other formats built on ZIP are
     * detected as their own types and read as documents.
     */
    ARCHIVE,
    /** A web form or API post: the typed text and the uploaded files, handed over by the web route. */
    POST;

    /** The type Tika gives an Outlook message file (.msg). */
    public static final String OUTLOOK = "application/vnd.ms-outlook";

    /** The container kind of a detected media type, if it is one. */
    public static Optional<ContainerKind> ofType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = MediaType.parse(mediaType).getBaseType().toString();
        return switch (base) {
            case "message/rfc822", OUTLOOK -> Optional.of(MESSAGE);
            case "text/csv", "text/tab-separated-values" -> Optional.of(CSV);
            case "application/zip" -> Optional.of(ARCHIVE);
            default -> Optional.empty();
        };
    }
}
