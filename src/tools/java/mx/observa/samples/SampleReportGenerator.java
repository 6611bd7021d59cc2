package mx.observa.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates fictional, realistic observation reports ("informes de observación", es-MX) in every format Observa
 * ingests, reproducibly: the same call writes the same bytes.
 *
 * <ul>
 *   <li>{@link #writeSamples(Path)}: the committed sample set (sample-reports/), with catalogo.csv and README.md.</li>
 *   <li>{@link #randomReports(int, long)} / {@link #writeRandomCorpus(Path, int, long, boolean)}: N varied random
 *       reports from a seed, for benchmarks.</li>
 * </ul>
 *
 * <p>Usage: {@code SampleReportGenerator <output-dir> [--random <n> [--seed <s>] [--images]]}.
 */
public final class SampleReportGenerator {

    /**
     * Formats of random corpora, weighted by how often they arrive. UTF-8 text gets a byte order mark: without it,
     * Tika 3.3's default charset detection (juniversalchardet) reads some Spanish UTF-8 texts as GB18030, which would
     * make the corpus' ground truth unreadable with plain Tika.
     */
    private static final List<OutputFormat> RANDOM_FORMATS = List.of(
            OutputFormat.PDF, OutputFormat.PDF, OutputFormat.PDF, OutputFormat.PDF,
            OutputFormat.DOCX, OutputFormat.DOCX, OutputFormat.DOCX,
            OutputFormat.TXT_UTF8_BOM, OutputFormat.TXT_UTF8_BOM, OutputFormat.TXT_LATIN1,
            OutputFormat.EML_BODY, OutputFormat.EML_PDF, OutputFormat.EML_DOCX,
            OutputFormat.HTML, OutputFormat.ODT, OutputFormat.RTF);

    private final SampleFileRenderer renderer;

    /** A generator that embeds DejaVu Sans; fails with a clear message when the font is not installed. */
    public SampleReportGenerator() {
        this.renderer = new SampleFileRenderer(FontFiles.dejaVuSans());
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("Uso: observa muestras [CARPETA] [--random N [--seed S] [--images]]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Integer random = null;
        long seed = 2022L;
        boolean images = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--random" -> random = Integer.parseInt(value(args, ++i, "--random"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                case "--images" -> images = true;
                default -> throw new IllegalArgumentException("Opción desconocida: " + args[i]);
            }
        }
        SampleReportGenerator generator = new SampleReportGenerator();
        List<CatalogueEntry> written = random == null ? generator.writeSamples(dir)
                : generator.writeRandomCorpus(dir, random, seed, images);
        System.out.println("Se escribieron " + written.size() + " informes y " + CatalogueWriter.FILE_NAME + " en "
                + dir.toAbsolutePath());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " necesita un valor");
        }
        return args[i];
    }

    /** The committed sample set, in file order. */
    public static List<SampleFile> sampleFiles() {
        return CuratedSamples.files();
    }

    /**
     * Writes the sample set, catalogo.csv and README.md into {@code dir} (created if needed), after checking that
     * every distinctive phrase is present in its file and in no other.
     */
    public List<CatalogueEntry> writeSamples(Path dir) {
        List<SampleFile> files = sampleFiles();
        checkDistinctivePhrases(files);
        List<CatalogueEntry> entries = write(dir, files);
        writeFile(dir.resolve(ReadmeWriter.FILE_NAME), new ReadmeWriter().write(files));
        return entries;
    }

    /** {@code count} varied random reports, the same for the same seed. */
    public static List<SampleReport> randomReports(int count, long seed) {
        return new RandomReportFactory(seed).reports(count);
    }

    /**
     * Writes {@code count} random reports in weighted random formats, plus catalogo.csv, into {@code dir}.
     *
     * <p>Mail bodies are UTF-8 without a byte order mark, as clients send them. Plain Tika 3.3.1 misreads a few
     * percent of them as GB18030 even though the part declares {@code charset=UTF-8} (juniversalchardet's GB18030
     * false positive on accented Latin text), so their catalogued phrase is only found by an extraction stage that
     * corrects for that.
     *
     * @param includeImages also write phone photos (PNG) and image-only PDFs, which need OCR, for FORM-style reports
     */
    public List<CatalogueEntry> writeRandomCorpus(Path dir, int count, long seed, boolean includeImages) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<SampleFile> files = new ArrayList<>(count);
        for (SampleReport report : randomReports(count, seed)) {
            OutputFormat format = RANDOM_FORMATS.get(random.nextInt(RANDOM_FORMATS.size()));
            if (includeImages && report.style() == ReportStyle.FORM && report.spelling() == Spelling.NORMAL) {
                format = random.nextBoolean() ? OutputFormat.PNG_PHOTO : OutputFormat.PDF_IMAGE;
            }
            if (format == OutputFormat.TXT_LATIN1 && !latin1(renderer.readableText(
                    SampleFile.of("x.txt", format, report, "")))) {
                format = OutputFormat.TXT_UTF8_BOM;
            }
            SampleFile file = SampleFile.of(report.id() + "." + format.extension(), format, report, "");
            if (format == OutputFormat.EML_PDF || format == OutputFormat.EML_DOCX) {
                file = file.mail(null, "Buen día, adjunto mi informe de observación.\n\n{nombre}",
                        "Informe de observación " + report.id() + "." + (format == OutputFormat.EML_PDF ? "pdf"
                                : "docx"));
            }
            files.add(file);
        }
        return write(dir, files);
    }

    /** The bytes of one file, as {@link #writeSamples(Path)} would write them. */
    public byte[] render(SampleFile file) {
        return renderer.render(file);
    }

    private List<CatalogueEntry> write(Path dir, List<SampleFile> files) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        for (SampleFile file : files) {
            writeFile(dir.resolve(file.fileName()), renderer.render(file));
            entries.add(file.catalogueEntry());
        }
        writeFile(dir.resolve(CatalogueWriter.FILE_NAME), new CatalogueWriter().write(entries));
        return entries;
    }

    /**
     * Fails unless each report's distinctive phrase (2–5 words; plain ASCII words for OCR files) occurs in its own
     * file and in no file that does not carry the same report.
     */
    void checkDistinctivePhrases(List<SampleFile> files) {
        Map<String, String> texts = new HashMap<>();
        files.forEach(f -> texts.put(f.fileName(), renderer.readableText(f)));
        for (SampleFile file : files) {
            for (SampleReport report : file.reports()) {
                String phrase = report.renderedDistinctivePhrase();
                int words = phrase.split(" ").length;
                if (words < 2 || words > 5) {
                    throw new IllegalStateException(report.id() + ": phrase must have 2-5 words: " + phrase);
                }
                if (file.format().ocr() && !phrase.matches("[A-Za-z ]+")) {
                    throw new IllegalStateException(report.id() + ": OCR phrase must be plain letters: " + phrase);
                }
                if (!texts.get(file.fileName()).contains(phrase)) {
                    throw new IllegalStateException(file.fileName() + " does not contain its phrase: " + phrase);
                }
                for (SampleFile other : files) {
                    boolean sameReport = other.reports().stream()
                            .anyMatch(r -> r.renderedDistinctivePhrase().equals(phrase));
                    if (!sameReport && texts.get(other.fileName()).toLowerCase(Locale.ROOT)
                            .contains(phrase.toLowerCase(Locale.ROOT))) {
                        throw new IllegalStateException("Phrase of " + file.fileName() + " also occurs in "
                                + other.fileName() + ": " + phrase);
                    }
                }
            }
        }
    }

    private static boolean latin1(String text) {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text);
    }

    private static void writeFile(Path path, byte[] bytes) {
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }
}
