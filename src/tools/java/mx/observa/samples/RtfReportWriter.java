package mx.observa.samples;

import java.nio.charset.StandardCharsets;

/**
 * Writes RTF by hand, as WordPad would: ASCII only, every non-ASCII character as a {@code \\uNNNN?} escape,
 * CRLF line ends.
 */
final class RtfReportWriter {

    byte[] write(ReportDocument document) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2058\r\n");
        sb.append("{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\r\n");
        var t = document.created();
        sb.append("{\\info{\\title ").append(escape(document.title())).append("}{\\author ")
                .append(escape(document.author())).append("}{\\creatim\\yr").append(t.getYear())
                .append("\\mo").append(t.getMonthValue()).append("\\dy").append(t.getDayOfMonth())
                .append("\\hr").append(t.getHour()).append("\\min").append(t.getMinute()).append("}}\r\n");
        sb.append("\\paperw12240\\paperh15840\\margl1440\\margr1440\\margt1440\\margb1440\r\n");
        sb.append("\\viewkind4\\uc1\r\n");
        Block previous = null;
        for (Block block : document.blocks()) {
            int spaceBefore = previous == null || ReportDocument.tight(previous, block) ? 0 : 160;
            sb.append("\\pard\\sb").append(spaceBefore).append("\\sa0").append(paragraph(block)).append("\\par\r\n");
            previous = block;
        }
        sb.append("}\r\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String paragraph(Block block) {
        return switch (block.kind()) {
            case LETTERHEAD -> "\\qc\\fs32\\b " + escape(block.text()) + "\\b0\\fs22";
            case LETTERHEAD_LINE -> "\\qc\\fs16 " + escape(block.text()) + "\\fs22";
            case TITLE -> "\\qc\\fs24\\b " + escape(block.text()) + "\\b0\\fs22";
            case PLACE_DATE -> "\\qr\\fs22 " + escape(block.text());
            case HEADING -> "\\ql\\fs24\\b " + escape(block.text()) + "\\b0\\fs22";
            case QUESTION -> "\\ql\\fs22\\b " + escape(block.plain()) + "\\b0";
            case FIELD -> "\\ql\\fs22\\b " + escape(block.label()) + "\\b0  " + escape(block.text());
            case BULLET -> "\\ql\\fi-240\\li480\\fs22 \\u8226?\\tab " + escape(block.plain());
            case PARAGRAPH -> "\\qj\\fs22 " + escape(block.plain());
            case LINE -> "\\ql\\fs22 " + escape(block.plain());
        };
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '{' -> sb.append("\\{");
                case '}' -> sb.append("\\}");
                case '\n' -> sb.append("\\line ");
                default -> {
                    if (c < 0x80) {
                        sb.append(c);
                    } else {
                        sb.append("\\u").append((int) (short) c).append('?');
                    }
                }
            }
        }
        return sb.toString();
    }
}
