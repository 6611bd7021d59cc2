package mx.observa.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Renders a filled-in form as a grayscale image that looks like a phone photo or a scan of paper: off-white page,
 * large black text in DejaVu Sans (so tesseract -l spa reads it), a slight rotation, uneven light and specks.
 * Everything random comes from the given seed, so the same input gives the same pixels.
 */
final class ScanImageRenderer {

    enum Look {
        /** A phone photo of the sheet lying on a dark table: page edges visible, rotated ~1.2°, uneven light. */
        PHONE_PHOTO,
        /** A flatbed scan: white border, rotated ~0.6°, a few specks. */
        FLATBED_SCAN
    }

    static final int PAGE_WIDTH = 1240;
    static final int PAGE_HEIGHT = 1754;

    private static final int MARGIN = 96;
    private static final float BODY = 27f;

    private final Font regular;
    private final Font bold;

    ScanImageRenderer(FontFiles fonts) {
        this.regular = load(fonts.regular());
        this.bold = load(fonts.bold());
    }

    private static Font load(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot load the TrueType font for rendering scans", e);
        }
    }

    BufferedImage render(ReportDocument document, Look look, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage page = paper(random, look == Look.PHONE_PHOTO ? 14 : 4);
        Graphics2D g = page.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            new FormPainter(g, document.keepTogether()).paint(document.blocks());
        } finally {
            g.dispose();
        }
        specks(page, random, PAGE_WIDTH * PAGE_HEIGHT / 1500);
        return look == Look.PHONE_PHOTO ? photograph(page, random) : scan(page);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Off-white paper, lit a bit unevenly: brighter at the top left. */
    private static BufferedImage paper(SplittableRandom random, int unevenness) {
        BufferedImage page = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = page.getRaster();
        int base = 246 - random.nextInt(3);
        for (int y = 0; y < PAGE_HEIGHT; y++) {
            for (int x = 0; x < PAGE_WIDTH; x++) {
                double shade = unevenness * (0.6 * y / PAGE_HEIGHT + 0.4 * x / PAGE_WIDTH);
                raster.setSample(x, y, 0, (int) Math.round(base - shade));
            }
        }
        return page;
    }

    private static void specks(BufferedImage image, SplittableRandom random, int count) {
        WritableRaster raster = image.getRaster();
        for (int i = 0; i < count; i++) {
            int x = random.nextInt(image.getWidth() - 1);
            int y = random.nextInt(image.getHeight() - 1);
            int v = 150 + random.nextInt(70);
            raster.setSample(x, y, 0, v);
            if (random.nextInt(4) == 0) {
                raster.setSample(x + 1, y, 0, v);
            }
        }
    }

    private static BufferedImage photograph(BufferedImage page, SplittableRandom random) {
        int pad = 56;
        BufferedImage photo = new BufferedImage(PAGE_WIDTH + 2 * pad, PAGE_HEIGHT + 2 * pad,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = photo.createGraphics();
        try {
            g.setColor(new Color(72, 72, 72));
            g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double degrees = 1.0 + random.nextInt(4) / 10.0;
            AffineTransform t = new AffineTransform();
            t.rotate(Math.toRadians(degrees), photo.getWidth() / 2.0, photo.getHeight() / 2.0);
            t.translate(pad, pad);
            g.drawImage(page, t, null);
        } finally {
            g.dispose();
        }
        return photo;
    }

    private static BufferedImage scan(BufferedImage page) {
        BufferedImage scan = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        try {
            g.setColor(new Color(252, 252, 252));
            g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.rotate(Math.toRadians(-0.6), PAGE_WIDTH / 2.0, PAGE_HEIGHT / 2.0);
            g.drawImage(page, t, null);
        } finally {
            g.dispose();
        }
        return scan;
    }

    /** Draws the blocks as a printed form: title, labelled fields with rules, bullets. */
    private final class FormPainter {
        private final Graphics2D g;
        private final List<String> keepTogether;
        private final int right = PAGE_WIDTH - MARGIN;
        private int y = MARGIN;

        FormPainter(Graphics2D g, List<String> keepTogether) {
            this.g = g;
            this.keepTogether = keepTogether;
        }

        void paint(List<Block> blocks) {
            g.setColor(new Color(20, 20, 20));
            g.setStroke(new BasicStroke(2f));
            g.drawRect(MARGIN - 36, MARGIN - 40, PAGE_WIDTH - 2 * MARGIN + 72, PAGE_HEIGHT - 2 * MARGIN + 60);
            boolean firstTitle = true;
            Block previous = null;
            for (Block block : blocks) {
                if (previous != null && !ReportDocument.tight(previous, block)) {
                    y += 18;
                }
                switch (block.kind()) {
                    case TITLE -> {
                        centered(block.text(), bold.deriveFont(firstTitle ? 34f : 28f));
                        firstTitle = false;
                    }
                    case HEADING -> {
                        y += 10;
                        lines(block.text(), bold.deriveFont(BODY), MARGIN, MARGIN);
                    }
                    case FIELD -> field(block);
                    case BULLET -> {
                        Font f = regular.deriveFont(BODY);
                        g.setFont(f);
                        g.drawString("-", MARGIN + 6, y + g.getFontMetrics().getAscent());
                        lines(block.text(), f, MARGIN + 34, MARGIN + 34);
                    }
                    default -> lines(block.plain(), regular.deriveFont(BODY), MARGIN, MARGIN);
                }
                previous = block;
            }
            if (y > PAGE_HEIGHT - MARGIN) {
                throw new IllegalArgumentException("Form does not fit on one page: " + blocks.getFirst().text());
            }
        }

        private void centered(String text, Font font) {
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int x = (PAGE_WIDTH - fm.stringWidth(text)) / 2;
            g.drawString(text, x, y + fm.getAscent());
            y += (int) (fm.getHeight() * 1.25);
        }

        private void field(Block block) {
            Font labelFont = bold.deriveFont(BODY);
            g.setFont(labelFont);
            FontMetrics fm = g.getFontMetrics();
            int valueX = MARGIN + fm.stringWidth(block.label() + " ");
            g.drawString(block.label(), MARGIN, y + fm.getAscent());
            Font valueFont = regular.deriveFont(BODY);
            g.setFont(valueFont);
            FontMetrics vm = g.getFontMetrics();
            List<String> wrapped = TextWrapper.wrap(block.text(), right - valueX, right - valueX,
                    vm::stringWidth, keepTogether);
            for (String line : wrapped) {
                g.drawString(line, valueX, y + vm.getAscent());
                g.setStroke(new BasicStroke(1f));
                g.setColor(new Color(140, 140, 140));
                int ruleY = y + vm.getAscent() + 9;
                g.drawLine(valueX - 4, ruleY, right, ruleY);
                g.setColor(new Color(20, 20, 20));
                y += (int) (vm.getHeight() * 1.35);
            }
        }

        private void lines(String text, Font font, int firstX, int x) {
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            List<String> wrapped = TextWrapper.wrap(text, right - firstX, right - x, fm::stringWidth, keepTogether);
            for (int i = 0; i < wrapped.size(); i++) {
                g.drawString(wrapped.get(i), i == 0 ? firstX : x, y + fm.getAscent());
                y += (int) (fm.getHeight() * 1.3);
            }
        }
    }
}
