package mx.observa.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.config.ObservaConfig;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.ServiceFailure;

/**
 * Text out of an archived file with Tika's standard parsers: type detected from the bytes, charset detected for
 * plain text (Latin-1 from old Windows tools included), embedded documents (mail attachments) parsed too, and
 * Spanish OCR through Tesseract for scans and image-only PDFs when OCR is on, or "auto" and tesseract is installed,
 * of at most {@code observa.limits.max-ocr-pages} pages a file (the text is then marked incomplete, with a note).
 * A failure of the file becomes a {@link RejectedSubmission} whose message a sender understands; a failure of the
 * parser workers themselves, a {@link ServiceFailure}.
 */
public final class TextExtractor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TextExtractor.class);

    private static final String WORKERS_DOWN = "Los procesos lectores de archivos (Tika) no arrancaron o dejaron de responder.";

    /** The text of {@link #PROBE_PAGE}: what any working parser reads from it. */
    private static final String PROBE_TEXT = "comprobación";
    private static final String PROBE_PAGE = "<html><body><p>" + PROBE_TEXT + "</p></body></html>";

    private static final String PDF_TYPE = "application/pdf";
    private static final String TIFF = "image/tiff";

    /** A page with fewer visible characters than Tika's own "needs OCR" threshold is a scan (or blank). */
    private static final int MIN_PAGE_CHARS = new PDFParserConfig().getOcrStrategyAuto().getTotalCharsPerPage();

    private final TikaConfig tika;
    private final MediaTypeDetection detection;
    private final TikaReader reader;
    /** A tiny document any working parser reads: the workers' health check and warm-up. */
    private final Path probe;
    private final boolean ocr;
    private final int maxChars;
    private final long parseTimeoutMillis;
    private final int maxOcrPages;
    private final Path tempDir;

    public TextExtractor(ObservaConfig config) {
        this.tika = TikaConfig.getDefaultConfig();
        this.detection = new MediaTypeDetection(tika);
        this.ocr = OcrAvailability.enabled(config.ocrMode());
        this.maxChars = config.maxExtractedChars();
        this.parseTimeoutMillis = ParserIsolation.parseTimeoutMillis(config);
        this.maxOcrPages = config.maxOcrPages();
        this.tempDir = config.dataDir().resolve("tmp").resolve("ocr");
        Path workDir = config.dataDir().resolve("tmp").resolve("tika");
        this.probe = ParserIsolation.write(workDir, "comprobacion-", ".html", PROBE_PAGE);
        this.reader = ParserIsolation.create(config, tika, maxChars, workDir, probe);
        LOG.debug("OCR {}", ocr ? "activo (tesseract, spa)" : "desactivado");
    }

    public boolean ocrEnabled() {
        return ocr;
    }

    /** Media type from the bytes, with the name as a hint only ({@link MediaTypeDetection}). */
    public String detect(Path file, String sourceName) {
        return detection.of(file, sourceName);
    }

    /** Files read at once (child JVMs with isolation on): {@code observa.extract.workers}, {@code auto} = one per core. */
    public static int workers(ObservaConfig config) {
        return ParserIsolation.workers(config);
    }

    public Extraction extract(Path file, String sourceName) {
        return extract(file, sourceName, null);
    }

    /**
     * @param detected the media type already detected from these bytes (the archive detects it once, at intake:
     *                 detection opens containers and costs as much as parsing a small file), or null to detect it here
     */
    public Extraction extract(Path file, String sourceName, String detected) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RejectedSubmission("No se pudo leer el archivo recibido.", e);
        }
        if (detected == null && size > 0) {
            detected = detect(file, sourceName);
        }
        FileChecks.check(size, detected);
        if (PlainText.isPlain(detected)) {
            java.util.Optional<String> utf8 = PlainText.strictUtf8(file, maxChars);
            if (utf8.isPresent()) {
                boolean cut = utf8.get().length() >= maxChars;
                return new Extraction(TextCleanup.normalize(utf8.get()), detected, false, cut, cut ? charLimitNote() : null);
            }
        }
        if (ocr && PDF_TYPE.equals(detected)) {
            return pdfWithOcr(file, sourceName, detected);
        }
        if (ocr && TIFF.equals(detected)) {
            return tiffWithOcr(file, sourceName, detected);
        }
        Parsed parsed = parse(file, sourceName, detected, ocr);
        // An image's text can only be OCR's, whatever the metadata says of the parsers that ran.
        boolean usedOcr = ocr && (AcceptedTypes.isImage(detected) || parsed.parsedBy("Tesseract"));
        return result(parsed, detected, usedOcr, null);
    }

    /**
     * A PDF is read for its own text first, without OCR; only the pages without text (scans) are then OCR'd, at most
     * {@code maxOcrPages} of them, so a scanned book is accepted with its first pages read instead of running OCR
     * until the time limit and going to quarantine. Pages with their own text are always read whole.
     */
    private Extraction pdfWithOcr(Path file, String sourceName, String detected) {
        Parsed textLayer = parse(file, sourceName, detected, false);
        List<Integer> scanned = textLayer.pagesWithoutText(MIN_PAGE_CHARS);
        if (textLayer.truncated() || scanned.isEmpty()) {
            return result(textLayer, detected, false, null);
        }
        if (scanned.size() <= maxOcrPages) {
            Parsed withOcr = parse(file, sourceName, detected, true);
            return result(withOcr, detected, withOcr.text().length() > textLayer.text().length(), null);
        }
        Set<Integer> keep = new HashSet<>();
        for (int page = 0; page < textLayer.pageCount(); page++) {
            keep.add(page);
        }
        scanned.subList(maxOcrPages, scanned.size()).forEach(keep::remove);
        Path firstScans;
        try {
            firstScans = PdfPageCut.keep(file, keep, tempDir);
        } catch (IOException | RuntimeException e) {
            // Tika read it, PDFBox here could not copy it: OCR of every page, stopped by the parse timeout if long.
            LOG.warn("No se pudo copiar las primeras páginas de {}; el OCR lee el archivo completo", sourceName, e);
            return result(parse(file, sourceName, detected, true), detected, true, null);
        }
        return ocrOfCopy(firstScans, sourceName, detected, "El OCR leyó solo las primeras " + maxOcrPages + " de las "
                + scanned.size() + " páginas escaneadas del archivo; las demás no se leyeron.");
    }

    /** Tesseract reads every page of a multi-page TIFF: it gets a copy that ends after {@code maxOcrPages}. */
    private Extraction tiffWithOcr(Path file, String sourceName, String detected) {
        TiffPageCut.Cut cut;
        try {
            cut = TiffPageCut.firstPages(file, maxOcrPages, tempDir);
        } catch (IOException e) {
            throw new RejectedSubmission("No se pudo leer el archivo recibido.", e);
        }
        if (cut == null) {
            return result(parse(file, sourceName, detected, true), detected, true, null);
        }
        return ocrOfCopy(cut.copy(), sourceName, detected, "El OCR leyó solo las primeras " + cut.keptPages()
                + " de las " + cut.pages() + " páginas de la imagen; las demás no se leyeron.");
    }

    /** OCR of a copy holding only the pages allowed; the copy is deleted afterwards. */
    private Extraction ocrOfCopy(Path copy, String sourceName, String detected, String note) {
        try {
            return result(parse(copy, sourceName, detected, true), detected, true, note);
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.warn("No se pudo borrar la copia temporal {}", copy, e);
            }
        }
    }

    /** The text of one parse, with its metadata and whether it stopped at the character limit. */
    private record Parsed(String text, Metadata metadata, boolean truncated) {

        boolean parsedBy(String parser) {
            return java.util.Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET))
                    .anyMatch(p -> p.contains(parser));
        }

        /** Pages of a PDF, as Tika's PDF parser counted them (0 for other types). */
        int pageCount() {
            return metadata.getValues(PDF.CHARACTERS_PER_PAGE.getName()).length;
        }

        /**
         * Indexes (0-based) of the PDF pages with fewer than {@code minChars} characters of their own, as counted by
         * Tika's PDF parser for its own "needs OCR" decision: scans, blank pages.
         */
        List<Integer> pagesWithoutText(int minChars) {
            String[] perPage = metadata.getValues(PDF.CHARACTERS_PER_PAGE.getName());
            List<Integer> without = new java.util.ArrayList<>();
            for (int i = 0; i < perPage.length; i++) {
                if (Integer.parseInt(perPage[i]) < minChars) {
                    without.add(i);
                }
            }
            return without;
        }
    }

    /**
     * A worker that dies before the time limit was killed by the file (a parser crash) or by something that is not
     * the file's doing (the machine, an operator, a worker that would not start): the workers are first asked to
     * read a tiny document — if they cannot, the failure is Observa's ({@link ServiceFailure}, retried later) — and
     * the file is read once more by a fresh worker before it is blamed.
     */
    private Parsed parse(Path file, String sourceName, String detected, boolean withOcr) {
        try {
            return parseOnce(file, sourceName, detected, withOcr);
        } catch (ParseFailure lost) {
            if (lost.kind() != ParseFailure.Kind.WORKER_LOST) {
                throw reason(lost, detected);
            }
            LOG.warn("Se perdió el proceso lector de Tika con {}; se comprueba y se lee otra vez", sourceName);
            checkWorkersAnswer(lost);
        }
        try {
            return parseOnce(file, sourceName, detected, withOcr);
        } catch (ParseFailure again) {
            if (again.kind() == ParseFailure.Kind.WORKER_LOST) {
                checkWorkersAnswer(again);
            }
            throw reason(again, detected);
        }
    }

    /** @throws ServiceFailure when the parser workers cannot read a tiny, well-formed document */
    private void checkWorkersAnswer(Throwable after) {
        TikaReader.RawText answer;
        try {
            answer = reader.read(probe, "comprobacion.html", parseContext(false));
        } catch (ParseFailure e) {
            e.addSuppressed(after);
            throw new ServiceFailure(WORKERS_DOWN, e);
        }
        if (!answer.text().contains(PROBE_TEXT)) {
            throw new ServiceFailure(WORKERS_DOWN, after);
        }
    }

    private Parsed parseOnce(Path file, String sourceName, String detected, boolean withOcr) {
        TikaReader.RawText raw = reader.read(file, sourceName, parseContext(withOcr));
        return new Parsed(TextCleanup.normalize(raw.text()), raw.metadata(), raw.truncated());
    }

    /** What a failed parse means: the file's fault, with the Spanish reason the sender reads, or Observa's. */
    private RuntimeException reason(ParseFailure failure, String type) {
        return switch (failure.kind()) {
            case ENCRYPTED -> new RejectedSubmission("El documento está protegido con contraseña. Envíelo sin contraseña.", failure);
            case EMPTY -> new RejectedSubmission(FileChecks.EMPTY_ES, failure);
            case TIMEOUT -> new RejectedSubmission("La lectura del archivo (" + type + ") tardó demasiado (más de "
                    + parseTimeoutMillis / 1000 + " s) y se detuvo.", failure);
            case OUT_OF_MEMORY -> new RejectedSubmission("La lectura del archivo (" + type + ") necesitó más memoria de "
                    + "la permitida y se detuvo: parece dañado o demasiado complejo.", failure);
            case DAMAGED, WORKER_LOST -> unreadable(type, failure);
            case WORKERS_DOWN -> new ServiceFailure(WORKERS_DOWN, failure);
        };
    }

    /**
     * @param ocrNote Spanish, when OCR left pages out; the text is then incomplete like a text cut at the character
     *                limit, and the analyst is told the same way
     */
    private Extraction result(Parsed parsed, String detected, boolean usedOcr, String ocrNote) {
        if (parsed.text().isBlank()) {
            // a PDF without text is a scan the OCR could not read, a blank page, or a file damaged past reading: the
            // sender is told what kind of file it was, not that it was an image
            String hint = AcceptedTypes.isImage(detected)
                    ? (ocr ? " La imagen no contiene texto legible." : " Parece una imagen o escaneo y el OCR está desactivado.")
                    : PDF_TYPE.equals(detected)
                    ? (ocr ? " El PDF no tiene texto ni páginas que el OCR pueda leer: puede estar en blanco, ser un escaneo"
                            + " ilegible o estar dañado." : " Parece un escaneo y el OCR está desactivado.")
                    : "";
            throw new RejectedSubmission("No se encontró texto en el archivo." + hint);
        }
        String note = parsed.truncated() ? charLimitNote() : null;
        if (ocrNote != null) {
            note = note == null ? ocrNote : note + " " + ocrNote;
        }
        return new Extraction(parsed.text(), detected, usedOcr, note != null, note);
    }

    private String charLimitNote() {
        return "Se leyeron solo los primeros " + String.format(java.util.Locale.forLanguageTag("es-MX"), "%,d", maxChars)
                + " caracteres del archivo; el resto no se leyó.";
    }

    private ParseContext parseContext(boolean withOcr) {
        ParseContext context = new ParseContext();
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage("spa");
        tesseract.setSkipOcr(!withOcr);
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(withOcr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    @Override
    public void close() {
        reader.close();
        try {
            Files.deleteIfExists(probe);
        } catch (IOException e) {
            LOG.warn("No se pudo borrar {}", probe, e);
        }
    }

    private static RejectedSubmission unreadable(String type, Exception e) {
        return new RejectedSubmission("No se pudo leer el archivo (" + type + "): parece dañado o incompleto.", e);
    }
}
