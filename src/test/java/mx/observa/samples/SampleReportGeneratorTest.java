package mx.observa.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample-reports/ must be exactly what the generator writes, and every file must yield its catalogued
 * distinctive phrase when read by Tika (or by tesseract, for the files that need OCR).
 */
class SampleReportGeneratorTest {

    private static final Path COMMITTED = Path.of("sample-reports");

    @TempDir
    static Path generated;

    private static List<Row> catalogue;
    private static final Map<String, String> extracted = new HashMap<>();

    /** One row of catalogo.csv (an OCR file's phrase must not occur in any text-layer file). */
    record Row(String file, String format, String alcaldia, String distrito, String ut, String fecha, String phrase,
               List<String> topics, boolean ocr) {
    }

    @BeforeAll
    static void generateAndExtract() throws Exception {
        System.setProperty("java.awt.headless", "true");
        new SampleReportGenerator().writeSamples(generated);
        catalogue = readCatalogue(COMMITTED.resolve("catalogo.csv"));
        Tika tika = new Tika();
        for (Row row : catalogue) {
            if (!row.ocr()) {
                extracted.put(row.file(), tika.parseToString(COMMITTED.resolve(row.file())));
            }
        }
    }

    @Test
    void regenerationIsByteForByteIdenticalToTheCommittedFiles() throws IOException {
        assertThat(fileNames(generated)).isEqualTo(fileNames(COMMITTED));
        for (String name : fileNames(COMMITTED)) {
            assertThat(generated.resolve(name)).as(name).hasSameBinaryContentAs(COMMITTED.resolve(name));
        }
    }

    @Test
    void catalogueListsEveryReportFileOnce() throws IOException {
        Set<String> reportFiles = fileNames(COMMITTED);
        reportFiles.removeAll(Set.of("README.md", "catalogo.csv"));
        assertThat(catalogue).extracting(Row::file).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(reportFiles);
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(28);
        String readme = Files.readString(COMMITTED.resolve("README.md"));
        assertThat(reportFiles).allSatisfy(f -> assertThat(readme).contains(f));
    }

    @Test
    void catalogueValuesAreWellFormed() throws IOException {
        Set<String> canonical = Files.readAllLines(Path.of("config/geografia/alcaldias.csv")).stream().skip(1)
                .map(line -> line.split(",")[1]).collect(Collectors.toSet());
        Set<String> taxonomy = Stream.of(Topic.values()).map(Topic::id).collect(Collectors.toSet());
        for (Row row : catalogue) {
            assertThat(canonical).as(row.file()).contains(row.alcaldia());
            if (!row.distrito().isEmpty()) {
                assertThat(Integer.parseInt(row.distrito())).as(row.file()).isBetween(1, 33);
            }
            if (!row.ut().isEmpty()) {
                assertThat(row.ut()).as(row.file()).matches("\\d{2}-\\d{3}");
                String clave = Stream.of(Alcaldia.values()).filter(a -> a.canonicalName().equals(row.alcaldia()))
                        .findFirst().orElseThrow().clave();
                assertThat(row.ut()).as(row.file()).startsWith(clave + "-");
            }
            if (!row.fecha().isEmpty()) {
                assertThat(row.fecha()).as(row.file()).matches("2022-0[45]-\\d{2}");
            }
            assertThat(row.phrase().split(" ")).as(row.file()).hasSizeBetween(2, 5);
            assertThat(taxonomy).as(row.file()).containsAll(row.topics());
            if (row.ocr()) {
                assertThat(row.phrase()).as(row.file()).matches("[A-Za-z ]+");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> tikaExtractsTheDistinctivePhraseOfEachFile() {
        return catalogue.stream().filter(r -> !r.ocr()).map(row -> DynamicTest.dynamicTest(row.file(),
                () -> assertThat(extracted.get(row.file())).contains(row.phrase())));
    }

    @Test
    void eachDistinctivePhraseOccursOnlyInItsFileOrInItsDeclaredDuplicate() {
        for (Row row : catalogue) {
            Set<String> holders = extracted.entrySet().stream()
                    .filter(e -> e.getValue().toLowerCase().contains(row.phrase().toLowerCase()))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            Set<String> declared = catalogue.stream()
                    .filter(r -> !r.ocr() && r.phrase().equals(row.phrase()))
                    .map(Row::file).collect(Collectors.toCollection(TreeSet::new));
            assertThat(holders).as(row.phrase()).isEqualTo(declared);
        }
    }

    @Test
    void samplesCoverTheRequiredVariety() {
        Set<String> alcaldias = new TreeSet<>();
        SampleReportGenerator.sampleFiles().forEach(f -> f.reports().forEach(
                r -> alcaldias.add(r.alcaldia().canonicalName())));
        assertThat(alcaldias).hasSizeGreaterThanOrEqualTo(12);
        assertThat(SampleReportGenerator.sampleFiles()).extracting(SampleFile::format)
                .containsAll(List.of(OutputFormat.values()));
        assertThat(catalogue.stream().flatMap(r -> r.topics().stream()).collect(Collectors.toSet()))
                .hasSize(Topic.values().length);
        String all = String.join("\n", extracted.values());
        assertThat(all).contains("información").containsPattern("papeletas?");
        assertThat(extracted.values().stream().filter(t -> t.contains("boletas"))).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void latin1FileIsLatin1WithCrlfAndCsvHasBom() throws IOException {
        byte[] latin1 = Files.readAllBytes(COMMITTED.resolve("05-carta-tlahuac-latin1.txt"));
        String decoded = new String(latin1, StandardCharsets.ISO_8859_1);
        assertThat(decoded).contains("Téllez Muñoz").contains("\r\n");
        assertThat(decoded.replace("\r\n", "")).doesNotContain("\n");
        byte[] csv = Files.readAllBytes(COMMITTED.resolve("26-cuestionario-en-linea-export.csv"));
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Marca temporal", "Recomendaciones");
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws IOException {
        for (Row row : catalogue) {
            if (row.ocr() && row.format().equals("pdf")) {
                try (PDDocument pdf = Loader.loadPDF(COMMITTED.resolve(row.file()).toFile())) {
                    assertThat(new PDFTextStripper().getText(pdf)).as(row.file()).isBlank();
                }
            }
        }
    }

    @Test
    void ocrFilesAreReadableByTesseract(@TempDir Path work) throws Exception {
        assertThat(tesseractWithSpanish()).as("tesseract with Spanish data (bin/install-test-deps installs it)").isTrue();
        for (Row row : catalogue) {
            if (!row.ocr()) {
                continue;
            }
            Path image = COMMITTED.resolve(row.file());
            if (row.format().equals("pdf")) {
                image = work.resolve(row.file() + ".png");
                try (PDDocument pdf = Loader.loadPDF(COMMITTED.resolve(row.file()).toFile())) {
                    PDResources resources = pdf.getPage(0).getResources();
                    COSName name = resources.getXObjectNames().iterator().next();
                    PDImageXObject xObject = (PDImageXObject) resources.getXObject(name);
                    ImageIO.write(xObject.getImage(), "png", image.toFile());
                }
            }
            assertThat(ocr(image)).as(row.file()).contains(row.phrase());
        }
    }

    @Test
    void randomCorpusIsReproducibleAndReadable(@TempDir Path work) throws Exception {
        SampleReportGenerator generator = new SampleReportGenerator();
        List<CatalogueEntry> first = generator.writeRandomCorpus(work.resolve("a"), 24, 7L, false);
        generator.writeRandomCorpus(work.resolve("b"), 24, 7L, false);
        assertThat(fileNames(work.resolve("a"))).isEqualTo(fileNames(work.resolve("b")));
        for (String name : fileNames(work.resolve("a"))) {
            assertThat(work.resolve("a").resolve(name)).hasSameBinaryContentAs(work.resolve("b").resolve(name));
        }
        assertThat(first).extracting(CatalogueEntry::distinctivePhrase).doesNotHaveDuplicates();
        Tika tika = new Tika();
        for (CatalogueEntry entry : first) {
            assertThat(tika.parseToString(work.resolve("a").resolve(entry.file()))).as(entry.file())
                    .contains(entry.distinctivePhrase());
        }
        assertThat(SampleReportGenerator.randomReports(5, 7L)).extracting(SampleReport::distinctivePhrase)
                .isEqualTo(SampleReportGenerator.randomReports(5, 7L).stream()
                        .map(SampleReport::distinctivePhrase).toList());
    }

    private static List<Row> readCatalogue(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CatalogueEntry.HEADER);
            for (CSVRecord r : parser) {
                rows.add(new Row(r.get("archivo"), r.get("formato"), r.get("alcaldia"), r.get("distrito"),
                        r.get("ut"), r.get("fecha"), r.get("frase_distintiva"),
                        List.of(r.get("temas").split("\\|")), r.get("ocr").equals("yes")));
            }
        }
        return rows;
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean tesseractWithSpanish() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.lines().anyMatch("spa"::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String ocr(Path image) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tesseract", image.toString(), "-", "-l", "spa")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("tesseract finished").isTrue();
        return text;
    }
}
