package mx.observa.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The TrueType fonts embedded in PDFs and used to render scans. They must exist: without an embedded font the PDFs'
 * accents would be lost, and rendering with a platform fallback font would not be reproducible.
 */
final class FontFiles {

    static final Path DEFAULT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private final Path regular;
    private final Path bold;
    private byte[] regularBytes;
    private byte[] boldBytes;

    private FontFiles(Path regular, Path bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** DejaVu Sans from the system property {@code observa.samples.fontDir} or /usr/share/fonts/truetype/dejavu. */
    static FontFiles dejaVuSans() {
        Path dir = Path.of(System.getProperty("observa.samples.fontDir", DEFAULT_DIR.toString()));
        return new FontFiles(require(dir.resolve("DejaVuSans.ttf")), require(dir.resolve("DejaVuSans-Bold.ttf")));
    }

    private static Path require(Path font) {
        if (!Files.isRegularFile(font)) {
            throw new IllegalStateException("Font not found: " + font + ". The sample generator embeds DejaVu Sans "
                    + "so that accents survive in PDFs and scans render reproducibly. Install it with "
                    + "'apt-get install -y fonts-dejavu-core' or point -Dobserva.samples.fontDir at a folder "
                    + "holding DejaVuSans.ttf and DejaVuSans-Bold.ttf.");
        }
        return font;
    }

    synchronized byte[] regular() {
        if (regularBytes == null) {
            regularBytes = read(regular);
        }
        return regularBytes;
    }

    synchronized byte[] bold() {
        if (boldBytes == null) {
            boldBytes = read(bold);
        }
        return boldBytes;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + p, e);
        }
    }
}
