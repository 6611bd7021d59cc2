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

import mx.observa.intake.MailSplitter;
import mx.observa.intake.Part;
import mx.observa.model.Channel;
import mx.observa.support.Fixtures;

/**
 * A labelled evaluation set — a tuning part ({@link #TUNING}) or the held-out part ({@link #HELD_OUT}) — : each report with an analyst's labels (report level,
 * {@code etiquetas.csv}; passage level, {@code hallazgos.csv} when present) and the text Tika extracts from it. DOCX, ODT and PDF reports are stored as {@code name.docx.txt} (their text)
 * and built in code ({@link Fixtures}) before extraction.
 *
 * <p>Texts are what the pipeline's stages hand to understanding: a plain-text file whose bytes are valid UTF-8 is
 * decoded as UTF-8, as the extract stage does ({@code PlainText}: Tika 3.3.1's charset detection reads some short
 * UTF-8 reports as GB18030, "observaci贸n"); Latin-1 files still go through Tika's detection. An e-mail message is
 * split into its reports as intake does ({@link MailSplitter}: the body unless it is a short cover note, and each
 * attachment), each extracted on its own, and their texts joined.
 */
final class EvaluationCorpus {

    /**
     * The sets the rules are written with and the nearest-passage classifier learns from
     * ({@code config/aprendizaje/pasajes/}): the project's own, and the first thirty-one held-out sets, each
     * evaluated once blind (2026-12-03) and then turned into tuning data.
     */
    static final List<Path> TUNING = List.of(Path.of("src/test/resources/evaluacion"),
            Path.of("src/test/resources/evaluacion-ciega"), Path.of("src/test/resources/evaluacion-ciega-2"),
            Path.of("src/test/resources/evaluacion-ciega-3"),
            Path.of("src/test/resources/evaluacion-ciega-4"), Path.of("src/test/resources/evaluacion-ciega-5"),
            Path.of("src/test/resources/evaluacion-ciega-6"), Path.of("src/test/resources/evaluacion-ciega-7"),
            Path.of("src/test/resources/evaluacion-ciega-8"), Path.of("src/test/resources/evaluacion-ciega-9"),
            Path.of("src/test/resources/evaluacion-ciega-10"), Path.of("src/test/resources/evaluacion-ciega-11"),
            Path.of("src/test/resources/evaluacion-ciega-12"), Path.of("src/test/resources/evaluacion-ciega-13"),
            Path.of("src/test/resources/evaluacion-ciega-14"), Path.of("src/test/resources/evaluacion-ciega-15"),
            Path.of("src/test/resources/evaluacion-ciega-16"), Path.of("src/test/resources/evaluacion-ciega-17"),
            Path.of("src/test/resources/evaluacion-ciega-18"), Path.of("src/test/resources/evaluacion-ciega-19"),
            Path.of("src/test/resources/evaluacion-ciega-20"), Path.of("src/test/resources/evaluacion-ciega-21"),
            Path.of("src/test/resources/evaluacion-ciega-22"), Path.of("src/test/resources/evaluacion-ciega-23"),
            Path.of("src/test/resources/evaluacion-ciega-24"), Path.of("src/test/resources/evaluacion-ciega-25"),
            Path.of("src/test/resources/evaluacion-ciega-26"),
            Path.of("src/test/resources/evaluacion-ciega-27"),
            Path.of("src/test/resources/evaluacion-ciega-28"),
            Path.of("src/test/resources/evaluacion-ciega-29"),
            Path.of("src/test/resources/evaluacion-ciega-30"),
            Path.of("src/test/resources/evaluacion-ciega-31"),
            Path.of("src/test/resources/evaluacion-ciega-32"),
            Path.of("src/test/resources/evaluacion-ciega-33"),
            Path.of("src/test/resources/evaluacion-ciega-34"),
            Path.of("src/test/resources/evaluacion-ciega-35"),
            Path.of("src/test/resources/evaluacion-ciega-36"),
            Path.of("src/test/resources/evaluacion-ciega-37"),
            Path.of("src/test/resources/evaluacion-ciega-38"),
            Path.of("src/test/resources/evaluacion-ciega-39"),
            Path.of("src/test/resources/evaluacion-ciega-40"),
            Path.of("src/test/resources/evaluacion-ciega-41"),
            Path.of("src/test/resources/evaluacion-ciega-42"),
            Path.of("src/test/resources/evaluacion-ciega-43"));
    /**
     * Written by someone who never saw the rules; never read by whoever tunes them, never used to tune. Between the
     * moment a blind set joins {@link #TUNING} and the next one lands it may still name that set: it is then no
     * held-out set any more and is not evaluated as one ({@link #heldOutIsBlind}).
     */
    static final Path HELD_OUT = Path.of("src/test/resources/evaluacion-ciega-44");

    /** Whether {@link #HELD_OUT} is still unseen, i.e. not one of the tuning sets. */
    static boolean heldOutIsBlind() {
        return !TUNING.contains(HELD_OUT);
    }

    record Labels(String alcaldia, Integer distrito, String ut, LocalDate fecha, Set<String> temas) {
    }

    /**
     * One labelled passage of a report ({@code hallazgos.csv}).
     *
     * @param fragment a verbatim, distinctive piece of the passage
     * @param kind     a finding kind id, {@code no_hallazgo} (must not be a finding) or {@code ilegible}
     */
    record Passage(String fragment, String kind, Set<String> temas) {
    }

    record Item(String file, String format, String text, Labels labels, List<Passage> passages) {
    }

    private EvaluationCorpus() {
    }

    static List<Item> load(Path dir) {
        List<Item> items = new ArrayList<>();
        Tika tika = new Tika();
        java.util.Map<String, List<Passage>> passages = passages(dir);
        for (CSVRecord r : csv(dir.resolve("etiquetas.csv"))) {
            String file = r.get("archivo");
            Labels labels = new Labels(blankToNull(r.get("alcaldia")),
                    r.get("distrito").isBlank() ? null : Integer.valueOf(r.get("distrito").strip()),
                    blankToNull(r.get("ut")),
                    r.get("fecha").isBlank() ? null : LocalDate.parse(r.get("fecha").strip()),
                    topics(r.get("temas")));
            byte[] bytes = bytesOf(dir, file);
            try {
                String format = tika.detect(new ByteArrayInputStream(bytes), file);
                String text = format.startsWith("message/rfc822") ? mailText(tika, bytes) : extract(tika, bytes, file, format);
                text = asTheExtractStageDeliversIt(text);
                items.add(new Item(file, format, text, labels, passages.getOrDefault(file, List.of())));
            } catch (IOException | TikaException e) {
                throw new IllegalStateException("Tika no pudo extraer " + file + ": " + e.getMessage(), e);
            }
        }
        return items;
    }

    private static String extract(Tika tika, byte[] bytes, String name, String format) throws IOException, TikaException {
        // text/csv too: the extract stage reads an export's text as it is (PlainText), not Tika's table rendering
        String text = format.startsWith("text/plain") || format.startsWith("text/csv") ? strictUtf8(bytes) : null;
        if (text == null) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            text = tika.parseToString(new ByteArrayInputStream(bytes), metadata);
        }
        return text;
    }

    /** The reports of a message as intake splits them (the defaults of config/observa.properties), each extracted. */
    private static String mailText(Tika tika, byte[] eml) throws IOException, TikaException {
        Path tmp = Files.createTempFile("evaluacion", ".eml");
        try {
            Files.write(tmp, eml);
            List<String> texts = new ArrayList<>();
            for (Part part : new MailSplitter(25, 20 * 1024, 50).split(tmp, Channel.CORREO, null).parts()) {
                byte[] bytes = part.content() instanceof byte[] b ? b : Files.readAllBytes((Path) part.content());
                texts.add(extract(tika, bytes, part.name(), tika.detect(new ByteArrayInputStream(bytes), part.name())));
            }
            return String.join("\n\n", texts);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static java.util.Map<String, List<Passage>> passages(Path dir) {
        java.util.Map<String, List<Passage>> byFile = new java.util.LinkedHashMap<>();
        Path file = dir.resolve("hallazgos.csv");
        if (!Files.exists(file)) {
            return byFile;
        }
        for (CSVRecord r : csv(file)) {
            byFile.computeIfAbsent(r.get("archivo").strip(), k -> new ArrayList<>())
                    .add(new Passage(r.get("fragmento"), r.get("tipo").strip(), topics(r.get("temas"))));
        }
        return byFile;
    }

    private static Set<String> topics(String pipeSeparated) {
        return new TreeSet<>(Arrays.stream(pipeSeparated == null ? new String[0] : pipeSeparated.split("\\|"))
                .map(String::strip).filter(t -> !t.isEmpty()).toList());
    }

    private static List<CSVRecord> csv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytesOf(Path dir, String file) {
        try {
            Path path = dir.resolve(file);
            if (Files.exists(path)) {
                return Files.readAllBytes(path);
            }
            Path source = dir.resolve(file + ".txt");
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
