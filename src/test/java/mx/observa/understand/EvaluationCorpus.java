package mx.observa.understand;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import mx.observa.support.Fixtures;

/**
 * The labelled evaluation set under {@code src/test/resources/evaluacion}: each report with an analyst's labels
 * and the text Tika extracts from it. DOCX, ODT and PDF reports are stored as {@code name.docx.txt} (their text)
 * and built in code ({@link Fixtures}) before extraction.
 *
 * <p>One deliberate exception to "what Tika extracts": a plain-text file whose bytes are valid UTF-8 is decoded
 * as UTF-8. Tika 3.3.1's charset detection reads some short UTF-8 reports as GB18030 ("observaci贸n"), and a
 * Content-Type hint does not stop it; that is a finding for the extract stage, not something the understanding
 * stage should be measured on. Latin-1 files still go through Tika's detection.
 */
final class EvaluationCorpus {

    static final Path DIR = Path.of("src/test/resources/evaluacion");

    record Labels(String alcaldia, Integer distrito, String ut, LocalDate fecha, Set<String> temas) {
    }

    record Item(String file, String format, String text, Labels labels) {
    }

    private EvaluationCorpus() {
    }

    static List<Item> load() {
        List<Item> items = new ArrayList<>();
        Tika tika = new Tika();
        for (CSVRecord r : labels()) {
            String file = r.get("archivo");
            Labels labels = new Labels(blankToNull(r.get("alcaldia")),
                    r.get("distrito").isBlank() ? null : Integer.valueOf(r.get("distrito").strip()),
                    blankToNull(r.get("ut")),
                    r.get("fecha").isBlank() ? null : LocalDate.parse(r.get("fecha").strip()),
                    new TreeSet<>(Arrays.stream(r.get("temas").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
            byte[] bytes = bytesOf(file);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file);
            try {
                String format = tika.detect(new ByteArrayInputStream(bytes), file);
                String text = format.startsWith("text/plain") ? strictUtf8(bytes) : null;
                if (text == null) {
                    text = tika.parseToString(new ByteArrayInputStream(bytes), metadata);
                }
                text = asTheExtractStageDeliversIt(text);
                items.add(new Item(file, format, text, labels));
            } catch (IOException | TikaException e) {
                throw new IllegalStateException("Tika no pudo extraer " + file + ": " + e.getMessage(), e);
            }
        }
        return items;
    }

    static List<CSVRecord> labels() {
        try (Reader in = Files.newBufferedReader(DIR.resolve("etiquetas.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytesOf(String file) {
        try {
            Path path = DIR.resolve(file);
            if (Files.exists(path)) {
                return Files.readAllBytes(path);
            }
            Path source = DIR.resolve(file + ".txt");
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (file.endsWith(".docx")) {
                return Fixtures.docx(text);
            } else if (file.endsWith(".odt")) {
                return Fixtures.odt(text);
            } else if (file.endsWith(".pdf")) {
                return Fixtures.pdf(text);
            }
            throw new IllegalStateException("No existe " + path + " ni sé generar ese formato desde " + source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The uniform text the pipeline's extract stage hands to understanding (NFC, Unix line ends, no control
     * characters, runs of spaces and of blank lines collapsed), so the measure is of what runs in production.
     */
    static String asTheExtractStageDeliversIt(String raw) {
        return java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]", "")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("[ \\t]{2,}", " ")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
