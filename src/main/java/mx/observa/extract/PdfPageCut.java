package mx.observa.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A copy of a PDF holding only some of its pages, so OCR reads no more pages than allowed. Runs in this JVM, only on
 * files a Tika child already parsed within its time and memory limits; PDFBox buffers in temporary files, not the
 * heap.
 */
final class PdfPageCut {

    private PdfPageCut() {
    }

    /** Writes into {@code tempDir} a copy of {@code pdf} with only the pages (0-based) in {@code keep}; the caller deletes it. */
    static Path keep(Path pdf, Set<Integer> keep, Path tempDir) throws IOException {
        Files.createDirectories(tempDir);
        Path copy = Files.createTempFile(tempDir, "ocr-", ".pdf");
        MemoryUsageSetting buffers = MemoryUsageSetting.setupTempFileOnly().setTempDir(tempDir.toFile());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), buffers.streamCache)) {
            for (int i = doc.getNumberOfPages() - 1; i >= 0; i--) {
                if (!keep.contains(i)) {
                    doc.removePage(i);
                }
            }
            doc.setAllSecurityToBeRemoved(true); // a PDF that opened without password: Tika reads the copy the same way
            doc.save(copy.toFile());
            return copy;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }
}
