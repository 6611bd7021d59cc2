package mx.observa.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled privacy set: report files in every accepted format and {@code datos.csv} ({@code archivo,tipo,texto}):
 * each personal string planted in a file, in every form it takes there, and decoys ({@code senuelo}) that must stay
 * readable. DOCX, ODT and PDF files are kept as their text ({@code NN_name.docx.txt}) and built here ({@link Fixtures}).
 *
 * <p>Tuning sets ({@link #TUNING}) have been seen by whoever writes the rules: their errors are listed. The held-out
 * set ({@link #HELD_OUT}) is written by someone else and evaluated once, blind: its errors are counted, never listed.
 * A held-out set, once evaluated, becomes a tuning set and a fresh one takes its place.
 */
public record PrivacySet(Path dir, List<Row> rows) {

    /**
     * Seen while writing the rules (each privacidad-ciega* set was held out once, on 2026-12-03, and is tuning data
     * since).
     */
    public static final List<Path> TUNING = List.of(Path.of("src/test/resources/privacidad"),
            Path.of("src/test/resources/privacidad-ciega"), Path.of("src/test/resources/privacidad-ciega-2"),
            Path.of("src/test/resources/privacidad-ciega-3"), Path.of("src/test/resources/privacidad-ciega-4"),
            Path.of("src/test/resources/privacidad-ciega-5"),
            Path.of("src/test/resources/privacidad-ciega-6"), Path.of("src/test/resources/privacidad-ciega-7"),
            Path.of("src/test/resources/privacidad-ciega-8"), Path.of("src/test/resources/privacidad-ciega-9"),
            Path.of("src/test/resources/privacidad-ciega-10"), Path.of("src/test/resources/privacidad-ciega-11"),
            Path.of("src/test/resources/privacidad-ciega-12"), Path.of("src/test/resources/privacidad-ciega-13"),
            Path.of("src/test/resources/privacidad-ciega-14"), Path.of("src/test/resources/privacidad-ciega-15"),
            Path.of("src/test/resources/privacidad-ciega-16"), Path.of("src/test/resources/privacidad-ciega-17"),
            Path.of("src/test/resources/privacidad-ciega-18"), Path.of("src/test/resources/privacidad-ciega-19"),
            Path.of("src/test/resources/privacidad-ciega-20"), Path.of("src/test/resources/privacidad-ciega-21"),
            Path.of("src/test/resources/privacidad-ciega-22"), Path.of("src/test/resources/privacidad-ciega-23"),
            Path.of("src/test/resources/privacidad-ciega-24"), Path.of("src/test/resources/privacidad-ciega-25"),
            Path.of("src/test/resources/privacidad-ciega-26"),
            Path.of("src/test/resources/privacidad-ciega-27"),
            Path.of("src/test/resources/privacidad-ciega-28"),
            Path.of("src/test/resources/privacidad-ciega-29"),
            Path.of("src/test/resources/privacidad-ciega-30"),
            Path.of("src/test/resources/privacidad-ciega-31"),
            Path.of("src/test/resources/privacidad-ciega-32"),
            Path.of("src/test/resources/privacidad-ciega-33"),
            Path.of("src/test/resources/privacidad-ciega-34"),
            Path.of("src/test/resources/privacidad-ciega-35"),
            Path.of("src/test/resources/privacidad-ciega-36"),
            Path.of("src/test/resources/privacidad-ciega-37"),
            Path.of("src/test/resources/privacidad-ciega-38"),
            Path.of("src/test/resources/privacidad-ciega-39"),
            Path.of("src/test/resources/privacidad-ciega-40"),
            Path.of("src/test/resources/privacidad-ciega-41"),
            Path.of("src/test/resources/privacidad-ciega-42"),
            Path.of("src/test/resources/privacidad-ciega-43"));
    /**
     * Never opened by whoever writes the rules; measured once, at the end. While it still names a set that has become
     * tuning data (between a blind measurement and the next blind set landing), that set counts as tuning only.
     */
    public static final Path HELD_OUT = Path.of("src/test/resources/privacidad-ciega-44");
    public static final String DECOY = "senuelo";

    public record Row(String file, String kind, String text) {
        public boolean personal() {
            return !DECOY.equals(kind);
        }
    }

    public static PrivacySet load(Path dir) {
        try (Reader in = Files.newBufferedReader(dir.resolve("datos.csv"), StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new Row(r.get("archivo").strip(), r.get("tipo").strip(), r.get("texto")));
            }
            return new PrivacySet(dir, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sets present in this checkout: the tuning sets, and the held-out set once it exists. */
    public static List<PrivacySet> present() {
        List<PrivacySet> sets = new ArrayList<>();
        TUNING.forEach(dir -> sets.add(load(dir)));
        if (!TUNING.contains(HELD_OUT) && Files.isRegularFile(HELD_OUT.resolve("datos.csv"))) {
            sets.add(load(HELD_OUT));
        }
        return sets;
    }

    public String name() {
        return dir.getFileName().toString();
    }

    public boolean heldOut() {
        return dir.equals(HELD_OUT) && !TUNING.contains(dir);
    }

    /** Every report file of the set (as delivered: binaries built from their text), by file name. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals("datos.csv") || name.equalsIgnoreCase("README.md")) {
                    continue;
                }
                String text = null;
                for (String ext : List.of(".docx", ".odt", ".pdf")) {
                    if (name.endsWith(ext + ".txt")) {
                        text = Files.readString(p, StandardCharsets.UTF_8);
                        String delivered = name.substring(0, name.length() - 4);
                        files.put(delivered, ext.equals(".docx") ? Fixtures.docx(text)
                                : ext.equals(".odt") ? Fixtures.odt(text) : Fixtures.pdf(text));
                    }
                }
                if (text == null) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The text of every report file as written, by the name it is delivered with (DOCX, ODT and PDF: the text they are
     * built from; other files read as UTF-8, or Latin-1 when they are not UTF-8). Mail messages as their raw source.
     */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.equals("datos.csv") && !name.equalsIgnoreCase("README.md")) {
                    byte[] bytes = Files.readAllBytes(p);
                    String utf8 = new String(bytes, StandardCharsets.UTF_8);
                    texts.put(name.replaceFirst("\\.(docx|odt|pdf)\\.txt$", ".$1"),
                            utf8.contains("\uFFFD") ? new String(bytes, StandardCharsets.ISO_8859_1) : utf8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
