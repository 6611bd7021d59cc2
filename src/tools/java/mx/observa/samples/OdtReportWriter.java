package mx.observa.samples;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes OpenDocument text files by hand: a zip with {@code mimetype} first and stored uncompressed, then
 * content.xml, styles.xml, meta.xml and META-INF/manifest.xml.
 */
final class OdtReportWriter {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";

    byte[] write(ReportDocument document) {
        return new DeterministicZip()
                .add("mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII), true)
                .add("content.xml", content(document.blocks()))
                .add("styles.xml", styles())
                .add("meta.xml", meta(document))
                .add("META-INF/manifest.xml", manifest())
                .toBytes();
    }

    private static String content(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<office:document-content").append(NS).append(" office:version=\"1.3\">\n");
        sb.append("<office:automatic-styles>\n");
        sb.append(paragraphStyle("P_Letterhead", "center", "16pt", true));
        sb.append(paragraphStyle("P_Small", "center", "8pt", false));
        sb.append(paragraphStyle("P_Title", "center", "12pt", true));
        sb.append(paragraphStyle("P_Right", "end", "11pt", false));
        sb.append(paragraphStyle("P_Question", "start", "11pt", true));
        sb.append("<style:style style:name=\"T_Bold\" style:family=\"text\">"
                + "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n");
        sb.append("<text:list-style style:name=\"L_Bullet\"><text:list-level-style-bullet text:level=\"1\""
                + " text:bullet-char=\"•\"><style:list-level-properties text:space-before=\"0.4cm\""
                + " text:min-label-width=\"0.4cm\"/></text:list-level-style-bullet></text:list-style>\n");
        sb.append("</office:automatic-styles>\n<office:body>\n<office:text>\n");
        boolean inList = false;
        for (Block block : blocks) {
            boolean bullet = block.kind() == Block.Kind.BULLET;
            if (bullet && !inList) {
                sb.append("<text:list text:style-name=\"L_Bullet\">\n");
            } else if (!bullet && inList) {
                sb.append("</text:list>\n");
            }
            inList = bullet;
            sb.append(element(block)).append('\n');
        }
        if (inList) {
            sb.append("</text:list>\n");
        }
        sb.append("</office:text>\n</office:body>\n</office:document-content>\n");
        return sb.toString();
    }

    private static String paragraphStyle(String name, String align, String size, boolean bold) {
        return "<style:style style:name=\"" + name + "\" style:family=\"paragraph\" style:parent-style-name=\""
                + "Standard\"><style:paragraph-properties fo:text-align=\"" + align + "\"/>"
                + "<style:text-properties fo:font-size=\"" + size + "\""
                + (bold ? " fo:font-weight=\"bold\"" : "") + "/></style:style>\n";
    }

    private static String element(Block block) {
        return switch (block.kind()) {
            case LETTERHEAD -> p("P_Letterhead", text(block.text()));
            case LETTERHEAD_LINE -> p("P_Small", text(block.text()));
            case TITLE -> p("P_Title", text(block.text()));
            case PLACE_DATE -> p("P_Right", text(block.text()));
            case HEADING -> "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">"
                    + text(block.text()) + "</text:h>";
            case QUESTION -> p("P_Question", text(block.plain()));
            case FIELD -> p("Standard", "<text:span text:style-name=\"T_Bold\">" + text(block.label())
                    + "</text:span> " + text(block.text()));
            case BULLET -> "<text:list-item>" + p("Text_20_body", text(block.plain())) + "</text:list-item>";
            case PARAGRAPH -> p("Text_20_body", text(block.plain()));
            case LINE -> p("Standard", text(block.plain()));
        };
    }

    private static String p(String style, String inner) {
        return "<text:p text:style-name=\"" + style + "\">" + inner + "</text:p>";
    }

    private static String text(String s) {
        return Xml.escape(s).replace("\n", "<text:line-break/>");
    }

    private static String styles() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-styles" + NS + " office:version=\"1.3\">\n"
                + "<office:font-face-decls/>\n"
                + "<office:styles>\n"
                + "<style:default-style style:family=\"paragraph\"><style:text-properties fo:font-size=\"11pt\""
                + " fo:language=\"es\" fo:country=\"MX\"/></style:default-style>\n"
                + "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
                + "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\""
                + " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
                + "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\""
                + " fo:text-align=\"justify\"/></style:style>\n"
                + "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\""
                + " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
                + "<style:paragraph-properties fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.2cm\"/>"
                + "<style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/></style:style>\n"
                + "</office:styles>\n"
                + "</office:document-styles>\n";
    }

    private static String meta(ReportDocument document) {
        String created = document.created().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">\n"
                + "<office:meta>\n"
                + "<meta:generator>" + PdfReportWriter.PRODUCER + "</meta:generator>\n"
                + "<dc:title>" + Xml.escape(document.title()) + "</dc:title>\n"
                + "<meta:initial-creator>" + Xml.escape(document.author()) + "</meta:initial-creator>\n"
                + "<dc:creator>" + Xml.escape(document.author()) + "</dc:creator>\n"
                + "<meta:creation-date>" + created + "</meta:creation-date>\n"
                + "<dc:date>" + created + "</dc:date>\n"
                + "<dc:language>es-MX</dc:language>\n"
                + "</office:meta>\n"
                + "</office:document-meta>\n";
    }

    private static String manifest() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\""
                + MEDIA_TYPE + "\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
    }
}
