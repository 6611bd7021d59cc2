package mx.observa.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Report files in the formats observers send, generated in code so no binary fixture lives in git. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] pdf(String text) {
        return pdf(text, null);
    }

    /** A PDF that only opens with a password. */
    public static byte[] encryptedPdf(String text) {
        return pdf(text, "secreto");
    }

    /** Every line a paragraph, wrapped to the page, as many pages as needed; optionally password-protected. */
    private static byte[] pdf(String text, String password) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float fontSize = 11;
        float leading = 14;
        float margin = 72;
        PDRectangle size = PDRectangle.LETTER;
        float width = size.getWidth() - 2 * margin;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                lines.addAll(wrap(winAnsi(paragraph), font, fontSize, width));
            }
            int i = 0;
            while (i < lines.size()) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, fontSize);
                    cs.newLineAtOffset(margin, size.getHeight() - margin);
                    float y = size.getHeight() - margin;
                    while (i < lines.size() && y > margin) {
                        cs.showText(lines.get(i++));
                        cs.newLineAtOffset(0, -leading);
                        y -= leading;
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("propietario", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text PDF with each string on a page of its own. */
    public static byte[] pdfPages(String... pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (String page : pages) {
                try (PDDocument one = Loader.loadPDF(pdf(page))) {
                    merger.appendDocument(doc, one);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scanned PDF: each page only an image of one printed line, no text layer. Pages are small (the image at 300 dpi,
     * the resolution Tika renders pages for OCR) so OCR takes well under a second a page.
     */
    public static byte[] scannedPdf(String... pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                BufferedImage img = printedLine(text);
                float scale = 72f / 300;
                PDPage page = new PDPage(new PDRectangle(img.getWidth() * scale, img.getHeight() * scale));
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multi-page TIFF, as a fax or a scanner writes it: each page an image of one printed line. */
    public static byte[] scannedTiff(String... pages) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (String text : pages) {
                writer.writeToSequence(new IIOImage(printedLine(text), null, null), null);
            }
            writer.endWriteSequence();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** Every line of the text a paragraph. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal OpenDocument text (every line a paragraph): the mimetype entry stored first, then manifest and content. */
    public static byte[] odt(String text) {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            body.append("<text:p>").append(escapeXml(line)).append("</text:p>");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(body);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP of the entries in order; names ending in "/" are folders; names written in {@code charset} (UTF-8 flagged). */
    public static byte[] zip(Map<String, byte[]> entries, Charset charset) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes, charset)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP holding "nivel-2.zip", which holds "nivel-3.zip"… down to "informe.txt" in level {@code levels}. */
    public static byte[] nestedZip(int levels) {
        byte[] inner = "Informe escondido en el nivel más profundo: faltaron boletas.".getBytes(StandardCharsets.UTF_8);
        String name = "informe.txt";
        for (int level = levels; level >= 1; level--) {
            inner = zip(Map.of(name, inner), StandardCharsets.UTF_8);
            name = "nivel-" + level + ".zip";
        }
        return inner;
    }

    /** A compression bomb written to {@code file}: a report, then 200 MB of zeros (about 200 KB compressed). */
    public static void zipBomb(Path file, String reportName, String report) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(reportName));
            zip.write(report.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("ceros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Outlook message: subject, plain-text body, sender address (or null), attached files and attached messages. */
    public record OutlookMessage(String subject, String body, String from, Map<String, byte[]> files,
                                 List<OutlookMessage> messages) {
    }

    /**
     * The message as Outlook saves it (.msg: a compound file of MAPI property streams, Unicode strings); an attached
     * message is a storage of its own inside its attachment, as Outlook writes it.
     */
    public static byte[] msg(OutlookMessage message) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writeMsg(fs.getRoot(), message);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeMsg(DirectoryEntry dir, OutlookMessage m) throws IOException {
        mapiString(dir, "001A", "IPM.Note");
        mapiString(dir, "0037", m.subject());
        mapiString(dir, "1000", m.body());
        if (m.from() != null) {
            mapiString(dir, "0C1F", m.from());
        }
        int n = 0;
        for (Map.Entry<String, byte[]> f : m.files().entrySet()) {
            DirectoryEntry attachment = dir.createDirectory("__attach_version1.0_#%08X".formatted(n++));
            mapiString(attachment, "3707", f.getKey());
            attachment.createDocument("__substg1.0_37010102", new ByteArrayInputStream(f.getValue()));
        }
        for (OutlookMessage inner : m.messages()) {
            DirectoryEntry attachment = dir.createDirectory("__attach_version1.0_#%08X".formatted(n++));
            mapiString(attachment, "3001", inner.subject());
            writeMsg(attachment.createDirectory("__substg1.0_3701000D"), inner);
        }
    }

    private static void mapiString(DirectoryEntry dir, String property, String value) throws IOException {
        dir.createDocument("__substg1.0_" + property + "001F", new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }

    /** RTF with the accents written as \'xx escapes, as word processors do. */
    public static byte[] rtf(String asciiWithEscapes) {
        return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 " + asciiWithEscapes + "\\par}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A phone-photo-like image of printed text (large, black on white), for OCR. */
    public static byte[] png(String text) {
        return image(printedLine(text), "png");
    }

    private static BufferedImage printedLine(String text) {
        BufferedImage img = new BufferedImage(1400, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 64));
        g.drawString(text, 40, 130);
        g.dispose();
        return img;
    }

    /** A photo with nothing written on it. */
    public static byte[] blankJpg() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(120, 160, 200));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        return image(img, "jpg");
    }

    /** A tiny logo-sized image. */
    public static byte[] tinyPng() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        return image(img, "png");
    }

    private static byte[] image(BufferedImage img, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String paragraph, PDType1Font font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * fontSize > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String winAnsi(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            boolean encodable = c >= 32 && c < 127 || c >= 0xA0 && c <= 0xFF || "–—‘’“”•…€".indexOf(c) >= 0;
            out.append(encodable ? c : c == '\t' ? ' ' : '?');
        }
        return out.toString();
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
