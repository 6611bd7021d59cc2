package mx.observa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders the report's XHTML to PDF with openhtmltopdf, embedding DejaVu Sans (every Spanish character; the PDF's
 * built-in fonts would turn them into '#'). The fonts come from the system ({@code fonts-dejavu-core}) or from the
 * folder {@code observa.report.fonts} names.
 */
final class PdfRenderer {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";

    static {
        // The renderer logs every step at INFO through java.util.logging; only its warnings matter here.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final Path fontsDir;

    PdfRenderer(Path fontsDir) {
        this.fontsDir = fontsDir;
    }

    byte[] render(String xhtml) {
        Path regular = fontsDir.resolve(REGULAR);
        Path bold = fontsDir.resolve(BOLD);
        if (!Files.isRegularFile(regular) || !Files.isRegularFile(bold)) {
            throw new IllegalStateException("No se encontró la fuente " + FAMILY + " en " + fontsDir
                    + " (se necesita para el PDF). Instálela con: sudo apt-get install fonts-dejavu-core, "
                    + "o indique su carpeta con observa.report.fonts");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(regular.toFile(), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(bold.toFile(), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo generar el PDF del informe", e);
        }
    }
}
