package mx.observa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import mx.observa.config.ObservaConfig;
import mx.observa.model.RejectedSubmission;

/**
 * Text out of an archived file with Tika's standard parsers: type detected from the bytes, charset detected for
 * plain text (Latin-1 from old Windows tools included), embedded documents (mail attachments) parsed too, and
 * Spanish OCR through Tesseract for scans and image-only PDFs when OCR is on, or "auto" and tesseract is installed.
 * Every failure becomes a {@link RejectedSubmission} whose message a sender understands.
 */
public final class TextExtractor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TextExtractor.class);

    /**
     * What ForkParser says when its child JVM died or broke off ("Lost connection to a forked server process",
     * "Failed to communicate with a forked parser process"): at the time limit, or on a damaged file.
     */
    private static final java.util.regex.Pattern LOST_WORKER = java.util.regex.Pattern.compile("forked (server|parser) process");

    private final TikaConfig tika;
    private final Parser parser;
    private final boolean ocr;
    private final int maxChars;
    private final long parseTimeoutMillis;

    public TextExtractor(ObservaConfig config) {
        this.tika = TikaConfig.getDefaultConfig();
        this.parser = ParserIsolation.create(config, tika);
        this.ocr = OcrAvailability.enabled(config.ocrMode());
        this.maxChars = config.maxExtractedChars();
        this.parseTimeoutMillis = ParserIsolation.parseTimeoutMillis(config);
        LOG.debug("OCR {}", ocr ? "activo (tesseract, spa)" : "desactivado");
    }

    public boolean ocrEnabled() {
        return ocr;
    }

    /** Media type from the bytes, with the name as a hint only. */
    public String detect(Path file, String sourceName) {
        Detector detector = tika.getDetector();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, sourceName);
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata).toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    public Extraction extract(Path file, String sourceName) {
        return extract(file, sourceName, null);
    }

    /**
     * @param detected the media type already detected from these bytes (the archive detects it once, at intake:
     *                 detection opens containers and costs as much as parsing a small file), or null to detect it here
     */
    public Extraction extract(Path file, String sourceName, String detected) {
        try {
            if (Files.size(file) == 0) {
                throw new RejectedSubmission("El archivo está vacío (0 bytes).");
            }
        } catch (IOException e) {
            throw new RejectedSubmission("No se pudo leer el archivo recibido.", e);
        }
        if (detected == null) {
            detected = detect(file, sourceName);
        }
        if (!AcceptedTypes.accepts(detected)) {
            throw new RejectedSubmission("Tipo de archivo no aceptado (" + detected + "). Formatos aceptados: "
                    + AcceptedTypes.DESCRIPTION_ES + ".");
        }
        if (PlainText.isPlain(detected)) {
            java.util.Optional<String> utf8 = PlainText.strictUtf8(file, maxChars);
            if (utf8.isPresent()) {
                return new Extraction(TextCleanup.normalize(utf8.get()), detected, false, utf8.get().length() >= maxChars);
            }
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, sourceName);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        boolean truncated = false;
        long started = System.nanoTime();
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, parseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedSubmission("El documento está protegido con contraseña. Envíelo sin contraseña.", e);
        } catch (ZeroByteFileException e) {
            throw new RejectedSubmission("El archivo está vacío (0 bytes).", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw unreadable(detected, e);
            }
            truncated = true;
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("initialization failure")) {
                // The extraction workers could not start: our fault, not the file's.
                throw new IllegalStateException("No arrancaron los procesos de extracción de Tika", e);
            }
            if (LOST_WORKER.matcher(causeNames(e)).find()) {
                throw stopped(detected, System.nanoTime() - started, e);
            }
            throw unreadable(detected, e);
        } catch (TikaException | RuntimeException e) {
            if (causeNames(e).contains("EncryptedDocumentException")) {
                // From the child JVMs the exception arrives as a class name Tika could not deserialize.
                throw new RejectedSubmission("El documento está protegido con contraseña. Envíelo sin contraseña.", e);
            }
            if (LOST_WORKER.matcher(causeNames(e)).find()) {
                // The child JVM was stopped by its watchdog at the time limit, or broke off on a damaged file.
                throw stopped(detected, System.nanoTime() - started, e);
            }
            throw unreadable(detected, e);
        }
        String text = TextCleanup.normalize(handler.toString());
        if (text.isBlank()) {
            String hint = AcceptedTypes.isImage(detected) || "application/pdf".equals(detected)
                    ? (ocr ? " La imagen no contiene texto legible." : " Parece una imagen o escaneo y el OCR está desactivado.")
                    : "";
            throw new RejectedSubmission("No se encontró texto en el archivo." + hint);
        }
        boolean usedOcr = ocr && java.util.Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET))
                .anyMatch(p -> p.contains("Tesseract"));
        return new Extraction(text, detected, usedOcr, truncated);
    }

    private ParseContext parseContext() {
        ParseContext context = new ParseContext();
        if (!(parser instanceof org.apache.tika.fork.ForkParser)) {
            context.set(Parser.class, parser); // parse attachments and embedded documents too
        }
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage("spa");
        tesseract.setSkipOcr(!ocr);
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    @Override
    public void close() {
        if (parser instanceof java.io.Closeable c) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.warn("No se pudieron cerrar los procesos de extracción", e);
            }
        }
    }

    private static String causeNames(Throwable e) {
        StringBuilder names = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            names.append(t.getClass().getName()).append(' ').append(t.getMessage()).append('\n');
        }
        return names.toString();
    }

    /** A worker that died at the time limit was stopped for taking too long; otherwise the file broke the parser. */
    private RejectedSubmission stopped(String type, long elapsedNanos, Exception e) {
        if (elapsedNanos / 1_000_000 >= parseTimeoutMillis) {
            return new RejectedSubmission("La lectura del archivo (" + type + ") tardó demasiado (más de "
                    + parseTimeoutMillis / 1000 + " s) y se detuvo.", e);
        }
        return unreadable(type, e);
    }

    private static RejectedSubmission unreadable(String type, Exception e) {
        return new RejectedSubmission("No se pudo leer el archivo (" + type + "): parece dañado o incompleto.", e);
    }
}
