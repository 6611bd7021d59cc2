package mx.observa.samples;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes an HTML page (as saved from a web form or an HTML e-mail editor). Optionally escapes accented letters as
 * named entities ({@code &aacute;}), as older editors do.
 */
final class HtmlReportWriter {

    private static final Map<Character, String> ENTITIES = Map.ofEntries(
            Map.entry('á', "&aacute;"), Map.entry('é', "&eacute;"), Map.entry('í', "&iacute;"),
            Map.entry('ó', "&oacute;"), Map.entry('ú', "&uacute;"), Map.entry('ü', "&uuml;"),
            Map.entry('ñ', "&ntilde;"), Map.entry('Á', "&Aacute;"), Map.entry('É', "&Eacute;"),
            Map.entry('Í', "&Iacute;"), Map.entry('Ó', "&Oacute;"), Map.entry('Ú', "&Uacute;"),
            Map.entry('Ñ', "&Ntilde;"), Map.entry('¿', "&iquest;"), Map.entry('¡', "&iexcl;"),
            Map.entry('«', "&laquo;"), Map.entry('»', "&raquo;"), Map.entry('·', "&middot;"),
            Map.entry('–', "&ndash;"), Map.entry('°', "&deg;"));

    byte[] write(ReportDocument document, boolean namedEntities) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"es-MX\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.append("<title>").append(text(document.title(), namedEntities)).append("</title>\n");
        sb.append("<style>body{font-family:Arial,Helvetica,sans-serif;max-width:46em;margin:2em auto;"
                + "line-height:1.45;color:#222} .membrete{text-align:center;border-bottom:2px solid #5b2c6f}"
                + " .fecha{text-align:right} table.datos td,table.datos th{text-align:left;padding:2px 8px}"
                + " .firma{margin:0}</style>\n");
        sb.append("</head>\n<body>\n");
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block.Kind kind = block.kind();
            boolean firstOfRun = i == 0 || blocks.get(i - 1).kind() != kind;
            boolean lastOfRun = i == blocks.size() - 1 || blocks.get(i + 1).kind() != kind;
            String t = text(block.text(), namedEntities);
            switch (kind) {
                case LETTERHEAD -> sb.append("<h1 class=\"membrete\">").append(t).append("</h1>\n");
                case LETTERHEAD_LINE -> sb.append("<p class=\"membrete\"><small>").append(t)
                        .append("</small></p>\n");
                case TITLE -> sb.append("<h2>").append(t).append("</h2>\n");
                case PLACE_DATE -> sb.append("<p class=\"fecha\">").append(t).append("</p>\n");
                case HEADING -> sb.append("<h3>").append(t).append("</h3>\n");
                case QUESTION -> sb.append("<p><strong>").append(text(block.plain(), namedEntities))
                        .append("</strong></p>\n");
                case PARAGRAPH -> sb.append("<p>").append(text(block.plain(), namedEntities)).append("</p>\n");
                case FIELD -> {
                    if (firstOfRun) {
                        sb.append("<table class=\"datos\">\n");
                    }
                    sb.append("<tr><th>").append(text(block.label(), namedEntities)).append("</th><td>")
                            .append(t).append("</td></tr>\n");
                    if (lastOfRun) {
                        sb.append("</table>\n");
                    }
                }
                case BULLET -> {
                    if (firstOfRun) {
                        sb.append("<ul>\n");
                    }
                    sb.append("<li>").append(text(block.plain(), namedEntities)).append("</li>\n");
                    if (lastOfRun) {
                        sb.append("</ul>\n");
                    }
                }
                case LINE -> {
                    sb.append(firstOfRun ? "<p class=\"firma\">" : "<br>\n").append(t);
                    if (lastOfRun) {
                        sb.append("</p>\n");
                    }
                }
            }
        }
        sb.append("</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String s, boolean namedEntities) {
        String escaped = Xml.escape(s).replace("\n", "<br>\n");
        if (!namedEntities) {
            return escaped;
        }
        StringBuilder sb = new StringBuilder(escaped.length() + 32);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            String entity = ENTITIES.get(c);
            if (entity != null) {
                sb.append(entity);
            } else if (c >= 0x80) {
                sb.append("&#").append((int) c).append(';');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
