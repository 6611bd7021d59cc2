package mx.observa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.support.Fixtures;
import mx.observa.support.TestHome;

/** The OCR page limit, with real Tika in its child JVMs and the real tesseract. */
class OcrPageLimitIT {

    private static final String[] PAGES = {
            "Las boletas llegaron tarde",
            "La mampara estaba rota",
            "Faltaron funcionarios",
            "Cerraron la mesa temprano"};

    private static ObservaConfig config;
    private static TextExtractor extractor;

    @BeforeAll
    static void start(@TempDir Path tmp) {
        config = TestHome.config(tmp).with("observa.ocr", "on").with("observa.limits.max-ocr-pages", "2");
        extractor = new TextExtractor(config);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static void assertFirstTwoOfFourPagesRead(Extraction e) {
        assertThat(e.text()).containsIgnoringCase("boletas").containsIgnoringCase("mampara")
                .doesNotContainIgnoringCase("funcionarios").doesNotContainIgnoringCase("temprano");
        assertThat(e.truncated()).isTrue();
        assertThat(e.note()).contains("solo las primeras 2 de las 4 páginas");
    }

    @Test
    void aScanLongerThanTheLimitIsReadUpToTheLimitAndMarkedIncomplete(@TempDir Path tmp) throws Exception {
        Path scan = Files.write(tmp.resolve("escaneo.pdf"), Fixtures.scannedPdf(PAGES));

        Extraction e = extractor.extract(scan, "escaneo.pdf");

        assertFirstTwoOfFourPagesRead(e);
        assertThat(e.note()).contains("páginas escaneadas");
        assertThat(e.ocr()).isTrue();
        try (var left = Files.list(config.dataDir().resolve("tmp").resolve("ocr"))) {
            assertThat(left).as("the temporary copy for OCR is deleted").isEmpty();
        }
    }

    @Test
    void aMultiPageTiffLongerThanTheLimitIsReadUpToTheLimit(@TempDir Path tmp) throws Exception {
        Path tiff = Files.write(tmp.resolve("fax.tif"), Fixtures.scannedTiff(PAGES));

        Extraction e = extractor.extract(tiff, "fax.tif");

        assertFirstTwoOfFourPagesRead(e);
        assertThat(Files.readAllBytes(tiff)).as("the original is left as received").isEqualTo(Fixtures.scannedTiff(PAGES));
    }

    @Test
    void inAMixedPdfEveryPageWithTextIsReadAndOnlyTheFirstScansAreOcrd(@TempDir Path tmp) throws Exception {
        Path mixed = tmp.resolve("mixto.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] part : List.of(Fixtures.pdfPages("Portada del informe de Coyoacan"), Fixtures.scannedPdf(PAGES[0]),
                    Fixtures.scannedPdf(PAGES[1], PAGES[2]), Fixtures.pdfPages("Conclusiones de la observacion"))) {
                try (PDDocument one = Loader.loadPDF(part)) {
                    merger.appendDocument(doc, one);
                }
            }
            doc.save(mixed.toFile());
        }

        Extraction e = extractor.extract(mixed, "mixto.pdf");

        assertThat(e.text()).contains("Portada del informe", "Conclusiones de la observacion")
                .containsIgnoringCase("boletas").containsIgnoringCase("mampara").doesNotContainIgnoringCase("funcionarios");
        assertThat(e.text().indexOf("Portada")).isLessThan(e.text().indexOf("boletas"));
        assertThat(e.text().indexOf("mampara")).isLessThan(e.text().indexOf("Conclusiones"));
        assertThat(e.note()).contains("solo las primeras 2 de las 3 páginas escaneadas");
    }

    @Test
    void aScanWithinTheLimitIsReadWhole(@TempDir Path tmp) throws Exception {
        Path scan = Files.write(tmp.resolve("corto.pdf"), Fixtures.scannedPdf(PAGES[2], PAGES[3]));

        Extraction e = extractor.extract(scan, "corto.pdf");

        assertThat(e.text()).containsIgnoringCase("funcionarios").containsIgnoringCase("temprano");
        assertThat(e.ocr()).isTrue();
        assertThat(e.truncated()).isFalse();
        assertThat(e.note()).isNull();
    }

    @Test
    void aTextPdfLongerThanTheLimitIsReadWholeWithoutOcr(@TempDir Path tmp) throws Exception {
        Path pdf = Files.write(tmp.resolve("texto.pdf"), Fixtures.pdfPages(PAGES));

        Extraction e = extractor.extract(pdf, "texto.pdf");

        assertThat(e.text()).contains("boletas", "mampara", "funcionarios", "temprano");
        assertThat(e.ocr()).isFalse();
        assertThat(e.truncated()).isFalse();
        assertThat(e.note()).isNull();
    }
}
