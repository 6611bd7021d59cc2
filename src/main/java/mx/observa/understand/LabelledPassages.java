package mx.observa.understand;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import mx.observa.model.FindingKind;

/**
 * Passages an analyst labelled with their kind and topics ({@code config/aprendizaje/pasajes.csv}: {@code
 * fragmento,tipo,temas,origen}), which the nearest-passage classifier learns from. Only passages of a finding kind
 * are kept: headings, signatures and illegible text are the segmenter's job.
 */
record LabelledPassages(List<Passage> passages) {

    static final String FILE = "aprendizaje/pasajes.csv";

    /**
     * @param origin the labelled set the passage comes from (cross-validation leaves one set out at a time)
     */
    record Passage(String text, FindingKind kind, Set<String> topics, String origin) {
    }

    static LabelledPassages none() {
        return new LabelledPassages(List.of());
    }

    /** The passages of a file, or none when it does not exist (classification then rests on the rules alone). */
    static LabelledPassages load(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<Passage> passages = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                FindingKind.byId(r.get("tipo").strip()).ifPresent(kind -> passages.add(new Passage(
                        r.get("fragmento").strip(), kind, topics(r.get("temas")), r.isMapped("origen") ? r.get("origen").strip() : "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo leer " + file, e);
        }
        return new LabelledPassages(List.copyOf(passages));
    }

    /** The passages that do not come from this set. */
    LabelledPassages without(String origin) {
        return new LabelledPassages(passages.stream().filter(p -> !p.origin().equals(origin)).toList());
    }

    private static Set<String> topics(String pipeSeparated) {
        return new TreeSet<>(Arrays.stream(pipeSeparated.split("\\|")).map(String::strip).filter(t -> !t.isEmpty()).toList());
    }
}
