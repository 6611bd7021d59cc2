package mx.observa.samples;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A report laid out as a sequence of blocks, ready for any writer.
 *
 * @param title        document title (PDF/DOCX/ODT properties, HTML title, mail subject)
 * @param author       document author (properties only)
 * @param created      fixed creation time, used for every date a format stores
 * @param blocks       the content
 * @param keepTogether phrases a writer must not break across lines (so they stay verbatim in extracted text)
 */
public record ReportDocument(String title, String author, LocalDateTime created, List<Block> blocks,
                             List<String> keepTogether) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
        keepTogether = List.copyOf(keepTogether);
    }

    /** Plain text: one line per block, blank lines between groups (what a TXT file or a mail body holds). */
    public String plainText(String newline) {
        StringBuilder sb = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                sb.append(newline);
                if (!tight(previous, block)) {
                    sb.append(newline);
                }
            }
            sb.append(block.kind() == Block.Kind.BULLET ? "- " + block.plain() : block.plain());
            previous = block;
        }
        return sb.append(newline).toString();
    }

    /** Whether two consecutive blocks belong together without a blank line between them. */
    static boolean tight(Block previous, Block next) {
        if (previous.kind() == next.kind()) {
            return switch (next.kind()) {
                case LINE, FIELD, BULLET, LETTERHEAD, LETTERHEAD_LINE, TITLE -> true;
                default -> false;
            };
        }
        return (previous.kind() == Block.Kind.LETTERHEAD && next.kind() == Block.Kind.LETTERHEAD_LINE)
                || (previous.kind() == Block.Kind.QUESTION && next.kind() == Block.Kind.PARAGRAPH);
    }
}
