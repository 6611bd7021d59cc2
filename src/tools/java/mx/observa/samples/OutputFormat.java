package mx.observa.samples;

/** The file formats the generator writes, with how each is described in the catalogue and the README. */
public enum OutputFormat {
    PDF("pdf", "pdf", false, "PDF con texto (PDFBox, DejaVu Sans incrustada)"),
    PDF_IMAGE("pdf", "pdf", true, "PDF sólo imagen (página escaneada, sin capa de texto)"),
    DOCX("docx", "docx", false, "Word (DOCX, Apache POI)"),
    ODT("odt", "odt", false, "LibreOffice (ODT escrito a mano)"),
    RTF("rtf", "rtf", false, "RTF (escapes \\uNNNN?)"),
    HTML("html", "html", false, "HTML"),
    TXT_UTF8("txt", "txt", false, "Texto UTF-8 sin BOM"),
    TXT_UTF8_BOM("txt", "txt", false, "Texto UTF-8 con BOM (como lo exporta Word)"),
    TXT_LATIN1("txt", "txt", false, "Texto ISO-8859-1 (Latin-1) con fin de línea CRLF"),
    EML_BODY("eml", "eml", false, "Correo con el informe en el cuerpo (quoted-printable UTF-8)"),
    EML_PDF("eml", "eml", false, "Correo con el informe adjunto en PDF (multipart/mixed, base64)"),
    EML_DOCX("eml", "eml", false, "Correo con el informe adjunto en DOCX (multipart/mixed, base64)"),
    PNG_PHOTO("png", "png", true, "Foto de celular de un formato impreso (PNG)"),
    CSV_FORM("csv", "csv", false, "Exportación CSV de un cuestionario en línea (UTF-8 con BOM)");

    private final String extension;
    private final String catalogueFormat;
    private final boolean ocr;
    private final String description;

    OutputFormat(String extension, String catalogueFormat, boolean ocr, String description) {
        this.extension = extension;
        this.catalogueFormat = catalogueFormat;
        this.ocr = ocr;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    /** The value of the {@code formato} column of catalogo.csv. */
    public String catalogueFormat() {
        return catalogueFormat;
    }

    /** Whether the text can only be read through OCR. */
    public boolean ocr() {
        return ocr;
    }

    /** Spanish description for the README. */
    public String description() {
        return description;
    }
}
