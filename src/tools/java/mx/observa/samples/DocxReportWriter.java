package mx.observa.samples;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/** Writes Word documents with Apache POI, then re-packs the zip so entry times are fixed. */
final class DocxReportWriter {

    private static final String FONT = "Calibri";
    private static final int BODY = 11;

    byte[] write(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument()) {
            Block previous = null;
            for (Block block : document.blocks()) {
                if (previous != null && !ReportDocument.tight(previous, block)) {
                    spaceAfter(docx, 160);
                }
                paragraph(docx, block);
                previous = block;
            }
            properties(docx, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return DeterministicZip.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write DOCX " + document.title(), e);
        }
    }

    private static void spaceAfter(XWPFDocument docx, int twips) {
        int last = docx.getParagraphs().size() - 1;
        if (last >= 0) {
            docx.getParagraphs().get(last).setSpacingAfter(twips);
        }
    }

    private static void paragraph(XWPFDocument docx, Block block) {
        XWPFParagraph p = docx.createParagraph();
        p.setSpacingAfter(0);
        switch (block.kind()) {
            case LETTERHEAD -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, block.text(), true, 16);
                p.setBorderBottom(Borders.SINGLE);
            }
            case LETTERHEAD_LINE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, block.text(), false, 8);
            }
            case TITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, block.text(), true, 12);
            }
            case PLACE_DATE -> {
                p.setAlignment(ParagraphAlignment.RIGHT);
                run(p, block.text(), false, BODY);
            }
            case HEADING -> run(p, block.text(), true, 12);
            case QUESTION -> run(p, block.plain(), true, BODY);
            case FIELD -> {
                run(p, block.label() + " ", true, BODY);
                run(p, block.text(), false, BODY);
            }
            case BULLET -> {
                p.setIndentationLeft(360);
                p.setIndentationHanging(240);
                run(p, "•\u00A0" + block.plain(), false, BODY);
            }
            case PARAGRAPH -> {
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, block.plain(), false, BODY);
            }
            case LINE -> run(p, block.plain(), false, BODY);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }

    private static void properties(XWPFDocument docx, ReportDocument document) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        Date created = fixedDate(document.created());
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
        core.setCreator(document.author());
        core.setLastModifiedByUser(document.author());
        core.setTitle(document.title());
        docx.getProperties().getExtendedProperties().setApplication(PdfReportWriter.PRODUCER);
    }

    /** The creation time in Mexico City's 2022 spring offset (UTC−5). */
    static Date fixedDate(LocalDateTime t) {
        return Date.from(t.toInstant(ZoneOffset.ofHours(-5)));
    }
}
