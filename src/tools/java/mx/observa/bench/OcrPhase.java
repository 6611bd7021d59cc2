package mx.observa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import mx.observa.config.ObservaConfig;
import mx.observa.extract.Extraction;
import mx.observa.extract.TextExtractor;
import mx.observa.samples.OutputFormat;
import mx.observa.samples.ReportStyle;
import mx.observa.samples.SampleFile;
import mx.observa.samples.SampleReportGenerator;
import mx.observa.samples.Spelling;
import mx.observa.samples.SampleReport;
import mx.observa.samples.RandomReportFactory;

/**
 * OCR throughput, apart from ingest because it dominates wherever it is on: printed forms photographed (PNG) and
 * scanned (image-only PDF), read by Spanish Tesseract through the extraction stage with all cores, in pages per second.
 */
final class OcrPhase {

    private OcrPhase() {
    }

    static PhaseResult run(ObservaConfig base, Path workDir, int pages, long seed, int workers) throws Exception {
        ObservaConfig config = base.with("observa.ocr", "auto")
                .with("observa.extract.workers", Integer.toString(workers));
        Path dir = workDir.resolve("ocr-" + pages);
        Benchmark.deleteTree(dir);
        List<Path> files = images(dir, pages + 1, seed);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (MemoryProbe memory = MemoryProbe.start();
             ProcessSampler sampler = new ProcessSampler(ProcessHandle.current());
             TextExtractor extractor = new TextExtractor(config)) {
            if (!extractor.ocrEnabled()) {
                throw new IllegalStateException("La fase de OCR necesita Tesseract con español "
                        + "(sudo apt-get install tesseract-ocr tesseract-ocr-spa).");
            }
            extractor.extract(files.get(0), files.get(0).getFileName().toString()); // starts the workers
            List<Path> measured = files.subList(1, files.size());
            int pageCount = 0;
            for (Path f : measured) {
                pageCount += pagesOf(f);
            }
            long start = System.nanoTime();
            List<Future<Extraction>> results = new ArrayList<>();
            for (Path f : measured) {
                results.add(pool.submit(() -> extractor.extract(f, f.getFileName().toString())));
            }
            long chars = 0;
            for (Future<Extraction> r : results) {
                chars += r.get().text().length();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.close();
            return new PhaseResult("ocr", seconds, memory.peakHeapMb(), memory.peakRssMb(), Benchmark.figures(
                    "files", measured.size(), "pages", pageCount, "chars", chars,
                    "pages_per_s", Benchmark.round(pageCount / seconds),
                    "workers_peak_rss_mb", sampler.childrenPeakMb()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Printed forms (the style observers fill by hand and photograph), alternately photographed and scanned. */
    static List<Path> images(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        SampleReportGenerator generator = new SampleReportGenerator();
        RandomReportFactory factory = new RandomReportFactory(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; files.size() < count; i++) {
            SampleReport report = factory.report(i);
            if (report.style() != ReportStyle.FORM || report.spelling() != Spelling.NORMAL) {
                continue;
            }
            OutputFormat format = files.size() % 2 == 0 ? OutputFormat.PNG_PHOTO : OutputFormat.PDF_IMAGE;
            SampleFile file = SampleFile.of(report.id() + "." + format.extension(), format, report, "");
            files.add(Files.write(dir.resolve(file.fileName()), generator.render(file)));
        }
        return files;
    }

    private static int pagesOf(Path file) throws IOException {
        if (!file.toString().endsWith(".pdf")) {
            return 1;
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        }
    }
}
