package mx.observa.samples;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Writes PDFs with PDFBox: text PDFs (DejaVu Sans embedded as a subset, so accents extract correctly) and
 * image-only PDFs (one scanned page, no text layer). Dates and the trailer /ID are fixed, so output is reproducible.
 */
final class PdfReportWriter {

    static final String PRODUCER = "Observa SampleReportGenerator";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 64f;
    private static final float BODY = 10.5f;

    private final FontFiles fonts;

    PdfReportWriter(FontFiles fonts) {
        this.fonts = fonts;
    }

    /** A text PDF of the document; {@code documentId} seeds the fixed trailer /ID. */
    byte[] write(ReportDocument document, String documentId) {
        try (PDDocument pdf = new PDDocument()) {
            PDFont regular = PDType0Font.load(pdf, new ByteArrayInputStream(fonts.regular()), true);
            PDFont bold = PDType0Font.load(pdf, new ByteArrayInputStream(fonts.bold()), true);
            List<List<Line>> pages = new Layout(regular, bold, document.keepTogether()).run(document.blocks());
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    for (Line line : pages.get(i)) {
                        draw(cs, line, regular, bold);
                    }
                    if (pages.size() > 1) {
                        String footer = "Página " + (i + 1) + " de " + pages.size();
                        float w = width(regular, 8f, footer);
                        draw(cs, new Line(30f, List.of(new Run(false, 8f, footer, (PAGE.getWidth() - w) / 2))),
                                regular, bold);
                    }
                }
            }
            return save(pdf, document.title(), document.author(), document.created(), documentId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write PDF " + documentId, e);
        }
    }

    /** An image-only PDF: one A4 page showing the image (a scan), without any text layer. */
    byte[] writeImageOnly(BufferedImage scan, String title, String author, LocalDateTime created,
                          String documentId) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(pdf, scan, 0.72f);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawImage(image, 0, 0, PAGE.getWidth(), PAGE.getHeight());
            }
            return save(pdf, title, author, created, documentId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write image PDF " + documentId, e);
        }
    }

    private static byte[] save(PDDocument pdf, String title, String author, LocalDateTime created,
                               String documentId) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        Calendar date = calendar(created);
        info.setCreationDate(date);
        info.setModificationDate(date);
        byte[] id = Arrays.copyOf(sha256(documentId), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    /** A calendar in Mexico City's fixed 2022 spring offset (UTC−5), independent of the machine's time zone. */
    static Calendar calendar(LocalDateTime t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("GMT-05:00"));
        c.clear();
        c.set(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        return c;
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void draw(PDPageContentStream cs, Line line, PDFont regular, PDFont bold) throws IOException {
        if (line.rule()) {
            cs.setLineWidth(0.8f);
            cs.moveTo(MARGIN, line.y());
            cs.lineTo(PAGE.getWidth() - MARGIN, line.y());
            cs.stroke();
            return;
        }
        for (Run run : line.runs()) {
            cs.beginText();
            cs.setFont(run.bold() ? bold : regular, run.size());
            cs.newLineAtOffset(run.x(), line.y());
            cs.showText(run.text());
            cs.endText();
        }
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(boolean bold, float size, String text, float x) {
    }

    private record Line(float y, List<Run> runs, boolean rule) {
        Line(float y, List<Run> runs) {
            this(y, runs, false);
        }
    }

    /** Flows blocks into lines and pages. */
    private static final class Layout {
        private final PDFont regular;
        private final PDFont bold;
        private final List<String> keepTogether;
        private final float left = MARGIN;
        private final float right = PAGE.getWidth() - MARGIN;
        private final List<List<Line>> pages = new ArrayList<>();
        private List<Line> page;
        private float y;

        Layout(PDFont regular, PDFont bold, List<String> keepTogether) {
            this.regular = regular;
            this.bold = bold;
            this.keepTogether = keepTogether;
        }

        List<List<Line>> run(List<Block> blocks) {
            newPage();
            Block previous = null;
            for (Block block : blocks) {
                boolean letterheadEnds = previous != null && isLetterhead(previous) && !isLetterhead(block);
                if (letterheadEnds) {
                    y -= 6f;
                    page.add(new Line(y, List.of(), true));
                    y -= 10f;
                }
                if (previous != null && !ReportDocument.tight(previous, block)) {
                    y -= BODY * 0.8f;
                }
                place(block);
                previous = block;
            }
            return pages;
        }

        private static boolean isLetterhead(Block b) {
            return b.kind() == Block.Kind.LETTERHEAD || b.kind() == Block.Kind.LETTERHEAD_LINE;
        }

        private void place(Block block) {
            switch (block.kind()) {
                case LETTERHEAD -> centered(block.text(), true, 15f);
                case LETTERHEAD_LINE -> centered(block.text(), false, 8.5f);
                case TITLE -> centered(block.text(), true, 11.5f);
                case PLACE_DATE -> rightAligned(block.text());
                case HEADING -> flow(block.text(), true, 11f, left, left);
                case QUESTION -> flow(block.plain(), true, BODY, left, left);
                case PARAGRAPH, LINE -> flow(block.plain(), false, BODY, left, left);
                case BULLET -> {
                    List<String> lines = wrap(block.plain(), false, BODY, right - left - 22f, right - left - 22f);
                    for (int i = 0; i < lines.size(); i++) {
                        List<Run> runs = new ArrayList<>();
                        if (i == 0) {
                            runs.add(new Run(false, BODY, "•", left + 8f));
                        }
                        runs.add(new Run(false, BODY, lines.get(i), left + 22f));
                        add(BODY, runs);
                    }
                }
                case FIELD -> field(block);
            }
        }

        private void field(Block block) {
            String label = block.label();
            float labelWidth = width(bold, BODY, label + " ");
            float valueX = left + labelWidth;
            List<String> lines = wrap(block.text(), false, BODY, right - valueX, right - valueX);
            for (int i = 0; i < lines.size(); i++) {
                List<Run> runs = new ArrayList<>();
                if (i == 0) {
                    runs.add(new Run(true, BODY, label, left));
                }
                runs.add(new Run(false, BODY, lines.get(i), valueX));
                add(BODY, runs);
            }
        }

        private void centered(String text, boolean isBold, float size) {
            for (String line : wrap(text, isBold, size, right - left, right - left)) {
                float w = width(isBold ? bold : regular, size, line);
                add(size, List.of(new Run(isBold, size, line, (PAGE.getWidth() - w) / 2)));
            }
        }

        private void rightAligned(String text) {
            for (String line : wrap(text, false, BODY, right - left, right - left)) {
                add(BODY, List.of(new Run(false, BODY, line, right - width(regular, BODY, line))));
            }
        }

        private void flow(String text, boolean isBold, float size, float firstX, float x) {
            for (String line : wrap(text, isBold, size, right - firstX, right - x)) {
                add(size, List.of(new Run(isBold, size, line, x)));
            }
        }

        private List<String> wrap(String text, boolean isBold, float size, float first, float rest) {
            PDFont font = isBold ? bold : regular;
            return TextWrapper.wrap(text, first, rest, s -> width(font, size, s), keepTogether);
        }

        private void add(float size, List<Run> runs) {
            float leading = size * 1.38f;
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            page.add(new Line(y, runs));
        }

        private void newPage() {
            page = new ArrayList<>();
            pages.add(page);
            y = PAGE.getHeight() - MARGIN;
        }
    }
}
