package mx.observa.evaluation;

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
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One part of the judged query set ({@code src/test/resources/busqueda/}): queries ({@code id,consulta}) and graded
 * judgments ({@code consulta,archivo,relevancia}: 3 exactly what is asked, 2 relevant, 1 related; unlisted = 0).
 * {@code archivo} is a delivered file of the corpus, from the project root; a DOCX, ODT or PDF kept in the repository
 * as its source text ({@code 09_informe.docx.txt}) may be named either way.
 */
public record JudgedQueries(String part, List<JudgedQuery> queries) {

    /** A query with its judgments: delivered file (as in {@link #key}) → grade. */
    public record JudgedQuery(String id, String text, Map<String, Integer> grades) {
    }

    /** The part in {@code consultas}/{@code juicios}, or empty when the queries file does not exist. */
    public static Optional<JudgedQueries> load(String part, Path consultas, Path juicios, Path home) {
        if (!Files.isRegularFile(consultas)) {
            return Optional.empty();
        }
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        if (Files.isRegularFile(juicios)) {
            for (CSVRecord r : read(juicios, "consulta", "archivo", "relevancia")) {
                int grade = Integer.parseInt(r.get("relevancia").strip());
                if (grade < 0 || grade > 3) {
                    throw new IllegalArgumentException(juicios + ", línea " + r.getRecordNumber()
                            + ": la relevancia debe ser 0, 1, 2 o 3");
                }
                grades.computeIfAbsent(r.get("consulta").strip(), k -> new LinkedHashMap<>())
                        .merge(key(home, r.get("archivo")), grade, Math::max);
            }
        }
        List<JudgedQuery> queries = new ArrayList<>();
        for (CSVRecord r : read(consultas, "id", "consulta")) {
            String id = r.get("id").strip();
            queries.add(new JudgedQuery(id, r.get("consulta").strip(), Map.copyOf(grades.getOrDefault(id, Map.of()))));
        }
        return Optional.of(new JudgedQueries(part, List.copyOf(queries)));
    }

    /**
     * The one name of a delivered file: its path from the project root with "/" separators, and, for a file kept as its
     * source text, the name of that text file ({@code X.docx} → {@code X.docx.txt} when only the latter exists).
     */
    static String key(Path home, String archivo) {
        String path = archivo.strip().replace('\\', '/');
        if (!Files.exists(home.resolve(path)) && Files.exists(home.resolve(path + ".txt"))) {
            path = path + ".txt";
        }
        return path;
    }

    private static List<CSVRecord> read(Path file, String... columns) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(in).getRecords();
            for (String c : columns) {
                if (!records.isEmpty() && !records.get(0).isMapped(c)) {
                    throw new IllegalArgumentException(file + ": falta la columna '" + c + "'");
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer " + file, e);
        }
    }
}
