package mx.observa.understand;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import mx.observa.model.FindingKind;

/**
 * Passages an analyst labelled with their kind and topics, which the nearest-passage classifier learns from: one CSV
 * per labelled set in {@code config/aprendizaje/pasajes/} ({@code fragmento,tipo,temas,origen}), so a set that joins
 * the tuning sets is a new file and no file grows without end. Only passages of a finding kind are kept: headings,
 * signatures and illegible text are the segmenter's job.
 */
record LabelledPassages(List<Passage> passages) {

    static final String FOLDER = "aprendizaje/pasajes";

    /** «evaluacion-ciega-12.csv»: the set's name and its number (the first set of a series has none). */
    private static final Pattern SET_FILE = Pattern.compile("(.*?)(?:-(\\d+))?\\.csv");

    /**
     * The sets in the order they were written («evaluacion-ciega», «-2» … «-10», not the names' alphabetical order): the
     * learnt models' cache key depends on the passages' order, and so do ties between equally near passages.
     */
    private static final Comparator<Path> WRITING_ORDER = Comparator
            .comparing((Path p) -> setFile(p).group(1))
            .thenComparingInt(p -> setFile(p).group(2) == null ? 1 : Integer.parseInt(setFile(p).group(2)));

    /**
     * @param origin the labelled set the passage comes from (cross-validation leaves one set out at a time)
     */
    record Passage(String text, FindingKind kind, Set<String> topics, String origin) {
    }

    static LabelledPassages none() {
        return new LabelledPassages(List.of());
    }

    /**
     * The passages of every set file in a folder (or of one file), or none when it does not exist (classification then
     * rests on the rules alone).
     */
    static LabelledPassages load(Path folderOrFile) {
        if (Files.isRegularFile(folderOrFile)) {
            return new LabelledPassages(List.copyOf(read(folderOrFile)));
        }
        if (!Files.isDirectory(folderOrFile)) {
            return none();
        }
        List<Passage> passages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folderOrFile)) {
            files.filter(f -> SET_FILE.matcher(f.getFileName().toString()).matches()).sorted(WRITING_ORDER)
                    .forEach(f -> passages.addAll(read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo leer " + folderOrFile, e);
        }
        return new LabelledPassages(List.copyOf(passages));
    }

    private static Matcher setFile(Path file) {
        Matcher m = SET_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return m;
    }

    private static List<Passage> read(Path file) {
        List<Passage> passages = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                FindingKind.byId(r.get("tipo").strip()).ifPresent(kind -> passages.add(new Passage(
                        r.get("fragmento").strip(), kind, topics(r.get("temas")), r.isMapped("origen") ? r.get("origen").strip() : "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo leer " + file, e);
        }
        return passages;
    }

    /** The passages that do not come from this set. */
    LabelledPassages without(String origin) {
        return new LabelledPassages(passages.stream().filter(p -> !p.origin().equals(origin)).toList());
    }

    private static Set<String> topics(String pipeSeparated) {
        return new TreeSet<>(Arrays.stream(pipeSeparated.split("\\|")).map(String::strip).filter(t -> !t.isEmpty()).toList());
    }
}
