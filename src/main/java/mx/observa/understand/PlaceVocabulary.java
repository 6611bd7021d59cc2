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
 * @param utCues      the words after which a UT's name is written, by what they call it ({@link UtCue}): "UT", "colonia"
 * @param mesas       the words for a mesa whose place follows after "de", "del" or "de la" ("la mesa de la Obrera")
 * @param mesaComplements words that may follow the word for a mesa before its "de" ("mesa receptora de opinión de")
 * @param arrivals    the phrases with which an observer says where they are ("ya estoy en", "llegué a")
 * @param namedUnits  the words for a housing unit called by its capitalized name alone ("la unidad Jaime Torres Bodet")
 * @param distrito    the ways "distrito" is written before or after its number
 * @param dates       the words of dates: months, weekdays, days, and the words that tell a day from the day of writing
 */
record PlaceVocabulary(List<String> namedThings, Set<String> partWords, List<String> streets,
                       Map<String, String> abbreviations, Map<UtCue, List<String>> utCues, List<String> mesas,
                       List<String> mesaComplements, List<String> arrivals, List<String> namedUnits, DistritoWords distrito,
                       DateWords dates) {

    /**
     * The table {@code fechas} of the file, every word folded.
     *
     * @param months     a month's name or abbreviation and its number ("mayo": 5, "sept": 9)
     * @param weekdays   a weekday's name and its day
     * @param days       a day of the month in words and its number ("primero": 1, "treinta y uno": 31)
     * @param daysBefore a word for a day before the day of writing and how many days before ("ayer": 1)
     * @param past       the word that puts a weekday before the day of writing ("el pasado domingo", "el domingo pasado")
     * @param coming     the words that put it after ("el domingo que viene"): no day told back
     * @param placeCues  the words of a place right before something written like a date, which make it the place's name
     *                   ("colonia 10 de Mayo", "calle 5 de Febrero")
     * @param letterPlaces the places a letter is written from, before its date ("Ciudad de México, a 2 de mayo"): the
     *                   day of writing, not the one observed
     */
    record DateWords(Map<String, Integer> months, Map<String, java.time.DayOfWeek> weekdays, Map<String, Integer> days,
                     Map<String, Integer> daysBefore, List<String> past, List<String> coming, List<String> placeCues,
                     List<String> letterPlaces) {

        static final DateWords NONE = new DateWords(Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /**
     * The table {@code distrito} of the file.
     *
     * @param words         "distrito" and its misspellings: the number after or before it, in digits, Roman numerals or words
     * @param abbreviations "Dtto.", "dto": the number after, also in words ("dto dos")
     * @param acronyms      "DD", "D.L.": the number in digits or Roman numerals; in lower case not after an article ("el
     *                      dd iv" is no label); with their periods also after the number ("XX D.L.")
     * @param others        "dist.", "dirección distrital": the number after, in digits or Roman numerals only
     * @param filler        words between the word and its number ("Electoral Local", "No.")
     */
    record DistritoWords(List<String> words, List<String> abbreviations, List<String> acronyms, List<String> others,
                         List<String> filler) {

        static final DistritoWords NONE = new DistritoWords(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static final String FILE = "vocabulario.yaml";

    /** What a cue calls the place it names, as the keys of {@code senales_de_ut} in the file spell it. */
    enum UtCue {
        /** "UT", "Unidad Territorial": the surest cue after a clave. */
        UNIDAD_TERRITORIAL("unidad_territorial"),
        /** "unidad habitacional", "U. Hab.": a catalogue entry marked "(U HAB)" wins over its namesake. */
        UNIDAD_HABITACIONAL("unidad_habitacional"),
        /** "pueblo": one marked "(PBLO)" wins. */
        PUEBLO("pueblo"),
        /** "barrio": one marked "(BARR)" wins. */
        BARRIO("barrio"),
        /** "colonia", "col.", "MRO": a place without a kind. */
        OTRAS("otras");

        final String key;

        UtCue(String key) {
            this.key = key;
        }
    }

    /** No words: what a gazetteer of alcaldías alone (without the file) reads. */
    static final PlaceVocabulary NONE = new PlaceVocabulary(List.of(), Set.of(), List.of(), Map.of(), Map.of(), List.of(),
            List.of(), List.of(), List.of(), DistritoWords.NONE, DateWords.NONE);

    /** The vocabulary of {@code file}, or {@link #NONE} when the folder has no such file; a list left out is an error. */
    static PlaceVocabulary load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, String> abbreviations = new LinkedHashMap<>();
        Map<UtCue, List<String>> utCues = new java.util.EnumMap<>(UtCue.class);
        DistritoWords distrito;
        DateWords dates;
        try (InputStream in = Files.newInputStream(file)) {
            Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            for (String key : List.of("cosas_con_nombre_de_lugar", "partes_de_un_nombre", "vias", "mesas",
                    "complementos_de_mesa", "llegadas", "unidades_por_su_nombre")) {
                lists.put(key, words(file, root == null ? null : root.get(key), key));
            }
            Object cueTable = root.get("senales_de_ut");
            if (!(cueTable instanceof Map<?, ?> cueLists)) {
                throw new IllegalStateException(file + ": falta la tabla 'senales_de_ut' (" + String.join(", ",
                        java.util.Arrays.stream(UtCue.values()).map(c -> c.key).toList()) + ")");
            }
            for (UtCue cue : UtCue.values()) {
                utCues.put(cue, words(file, cueLists.get(cue.key), "senales_de_ut." + cue.key));
            }
            if (!(root.get("fechas") instanceof Map<?, ?> f)) {
                throw new IllegalStateException(file + ": falta la tabla 'fechas' (meses, dias_de_la_semana, dias, dias_antes,"
                        + " pasado, por_venir, lugares_antes, lugares_de_una_carta)");
            }
            Map<String, java.time.DayOfWeek> weekdays = new LinkedHashMap<>();
            numbers(file, f.get("dias_de_la_semana"), "fechas.dias_de_la_semana", 1, 7)
                    .forEach((w, n) -> weekdays.put(w, java.time.DayOfWeek.of(n)));
            dates = new DateWords(numbers(file, f.get("meses"), "fechas.meses", 1, 12), Map.copyOf(weekdays),
                    numbers(file, f.get("dias"), "fechas.dias", 1, 31), numbers(file, f.get("dias_antes"), "fechas.dias_antes", 1, 7),
                    words(file, f.get("pasado"), "fechas.pasado"), words(file, f.get("por_venir"), "fechas.por_venir"),
                    words(file, f.get("lugares_antes"), "fechas.lugares_antes"),
                    words(file, f.get("lugares_de_una_carta"), "fechas.lugares_de_una_carta"));
            if (!(root.get("distrito") instanceof Map<?, ?> d)) {
                throw new IllegalStateException(file + ": falta la tabla 'distrito' (palabras, abreviaturas, siglas, otras, relleno)");
            }
            distrito = new DistritoWords(words(file, d.get("palabras"), "distrito.palabras"),
                    words(file, d.get("abreviaturas"), "distrito.abreviaturas"), words(file, d.get("siglas"), "distrito.siglas"),
                    words(file, d.get("otras"), "distrito.otras"), words(file, d.get("relleno"), "distrito.relleno"));
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
                lists.get("vias"), Map.copyOf(abbreviations), Map.copyOf(utCues), lists.get("mesas"),
                lists.get("complementos_de_mesa"), lists.get("llegadas"), lists.get("unidades_por_su_nombre"), distrito, dates);
    }

    /** The folded words of a list of the file; a list left out is an error that names it. */
    private static List<String> words(Path file, Object value, String key) {
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
        return List.copyOf(words);
    }

    /** A table of the file from folded words to whole numbers between {@code min} and {@code max}. */
    private static Map<String, Integer> numbers(Path file, Object value, String key, int min, int max) {
        if (!(value instanceof Map<?, ?> pairs)) {
            throw new IllegalStateException(file + ": falta la tabla '" + key + "' (palabra: número)");
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        pairs.forEach((word, number) -> {
            String w = word == null ? "" : Folding.foldLower(word.toString().strip()).replaceAll("\\s+", " ");
            if (w.isEmpty() || !(number instanceof Integer n) || n < min || n > max) {
                throw new IllegalStateException(file + ": en '" + key + "', «" + word + "» necesita un número del " + min
                        + " al " + max);
            }
            numbers.put(w, n);
        });
        return Map.copyOf(numbers);
    }

    /** The cue words of {@code cue}, none when the vocabulary has no such list. */
    List<String> utCue(UtCue cue) {
        return utCues.getOrDefault(cue, List.of());
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

    /**
     * Phrases as one alternation, the longest first, each word quoted and the words apart by any run of spaces ("estoy
     * aquí en"); no boundary around it, which the caller's pattern sets; no phrases match nothing.
     */
    static String anyPhrase(Collection<String> phrases) {
        if (phrases.isEmpty()) {
            return "(?!)";
        }
        return phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> java.util.Arrays.stream(p.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
