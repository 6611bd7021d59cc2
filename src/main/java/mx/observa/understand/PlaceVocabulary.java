package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import mx.observa.text.Folding;

/**
 * The words that decide whether a catalogue name names the report's place, read from
 * {@code config/geografia/vocabulario.yaml} (a file a person edits; its header explains each list). Every word is
 * folded (lower case, no accents), as the texts they are compared with.
 *
 * @param namedThings words that make the catalogue name after them the name of a street, a school or a group
 *                    ("calle Triunfo de la Libertad")
 * @param partWords   words that may stand before a UT's numeral said at the end of its name ("sección siete")
 * @param streets     words that make the alcaldía after them part of a street's name ("Calzada de Tlalpan")
 * @param abbreviations the catalogue's abbreviations and the word people write for each ("sta": "santa")
 */
record PlaceVocabulary(List<String> namedThings, Set<String> partWords, List<String> streets,
                       Map<String, String> abbreviations) {

    static final String FILE = "vocabulario.yaml";

    /** No words: what a gazetteer of alcaldías alone (without the file) reads. */
    static final PlaceVocabulary NONE = new PlaceVocabulary(List.of(), Set.of(), List.of(), Map.of());

    /** The vocabulary of {@code file}, or {@link #NONE} when the folder has no such file; a list left out is an error. */
    static PlaceVocabulary load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, String> abbreviations = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            for (String key : List.of("cosas_con_nombre_de_lugar", "partes_de_un_nombre", "vias")) {
                Object value = root == null ? null : root.get(key);
                if (!(value instanceof List<?> items)) {
                    throw new IllegalStateException(file + ": falta la lista '" + key + "'");
                }
                List<String> words = new ArrayList<>();
                for (Object item : items) {
                    String word = item == null ? "" : Folding.foldLower(item.toString().strip());
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
                lists.put(key, List.copyOf(words));
            }
            Object value = root.get("abreviaturas");
            if (!(value instanceof Map<?, ?> pairs)) {
                throw new IllegalStateException(file + ": falta la tabla 'abreviaturas' (abreviatura: palabra)");
            }
            pairs.forEach((abbreviation, word) -> {
                String a = abbreviation == null ? "" : Folding.foldLower(abbreviation.toString().strip());
                String w = word == null ? "" : Folding.foldLower(word.toString().strip());
                if (a.isEmpty() || w.isEmpty()) {
                    throw new IllegalStateException(file + ": en 'abreviaturas', la abreviatura '" + abbreviation
                            + "' necesita su palabra");
                }
                abbreviations.put(a, w);
            });
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer el vocabulario de lugares " + file + ": " + e.getMessage(), e);
        }
        return new PlaceVocabulary(lists.get("cosas_con_nombre_de_lugar"), Set.copyOf(lists.get("partes_de_un_nombre")),
                lists.get("vias"), Map.copyOf(abbreviations));
    }

    /**
     * The words as one regular-expression alternation, each a whole word (no letter before it), the longest first so
     * that "calzada" is tried before "calz"; a list without words matches nothing.
     */
    static String anyOf(Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")"));
    }
}
