package mx.observa.extract;

import java.util.Set;

import org.apache.tika.mime.MediaType;

/** The formats observers send reports in; anything else is refused before parsing. */
public final class AcceptedTypes {

    private static final Set<String> TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/plain",
            "text/html",
            "application/xhtml+xml",
            "text/csv",
            "message/rfc822",
            "application/vnd.ms-outlook",
            "image/png",
            "image/jpeg",
            "image/tiff",
            "image/webp",
            "image/heic",
            "application/zip"); // a container: its entries are unpacked, never read as one report

    public static final String DESCRIPTION_ES =
            "PDF, Word (DOC/DOCX), LibreOffice (ODT), RTF, texto, HTML, CSV, correo (EML/MSG), imágenes (PNG, JPG, TIFF)"
                    + " y archivos ZIP que los contengan";

    private AcceptedTypes() {
    }

    public static boolean accepts(String mediaType) {
        return TYPES.contains(MediaType.parse(mediaType).getBaseType().toString());
    }

    public static boolean isImage(String mediaType) {
        return mediaType.startsWith("image/");
    }
}
