package mx.observa.understand;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import mx.observa.text.Folding;

/**
 * The geographic frame as data: the 16 alcaldías with the variants people write, and the catalogue of
 * unidades territoriales (clave, name, alcaldía, distrito), read from {@code config/geografia/}. See the README
 * there for the source and licence of the catalogue. Immutable and thread-safe.
 */
public final class Gazetteer {

    static final String ALCALDIAS_FILE = "alcaldias.csv";
    static final String UT_FILE = "unidades_territoriales.csv";

    /** An alcaldía: two-digit clave (the prefix of its UT claves), canonical name with accents, variants. */
    public record Alcaldia(String clave, String name, List<String> variants) {
    }

    /**
     * A unidad territorial of the catalogue.
     *
     * @param normalizedName folded name without punctuation ("EL TRIUNFO (AMPL)" → "el triunfo ampl")
     * @param normalizedBase the same without the parenthesised part ("el triunfo"), which people often omit
     */
    public record UnidadTerritorial(String clave, String name, String alcaldiaClave, int distrito,
                                    String normalizedName, String normalizedBase) {
    }

    /**
     * A catalogue name found at the start of a normalized string; {@code exact} when the full name matched.
     *
     * @param fieldEnd whether the name ends in a member's ordinal said alone ("Popotla segunda"), which names the member
     *                 only where a field ends after it (a comma, a period, the end of the line): "la Popotla segunda, junto
     *                 al mercado", not "la Popotla segunda fila"; punctuation is gone from a normalized string, so the
     *                 caller, who has the text, checks it
     */
    record NameMatch(UnidadTerritorial ut, int length, boolean exact, boolean fieldEnd) {
        NameMatch(UnidadTerritorial ut, int length, boolean exact) {
            this(ut, length, exact, false);
        }
    }

    private final List<Alcaldia> alcaldias;
    private final Map<String, Alcaldia> alcaldiaByClave;
    private final Map<String, UnidadTerritorial> utByClave;
    private final Map<String, List<UnidadTerritorial>> utByFirstWord;
    private final Map<Integer, Set<String>> alcaldiasByDistrito;
    private final Set<String> placeNames;
    /** Other ways people write a UT's name ({@link #writtenForms}), by their first word. */
    private final Map<String, List<WrittenForm>> writtenFormsByFirstWord;
    private final PlaceVocabulary vocabulary;

    /** A way of writing a UT's name that the catalogue does not spell out: its other name, or without "de". */
    private record WrittenForm(UnidadTerritorial ut, String form) {
    }

    private Gazetteer(List<Alcaldia> alcaldias, List<UnidadTerritorial> uts, PlaceVocabulary vocabulary) {
        this.alcaldias = List.copyOf(alcaldias);
        this.vocabulary = vocabulary;
        Map<String, Alcaldia> byClave = new LinkedHashMap<>();
        alcaldias.forEach(a -> byClave.put(a.clave(), a));
        this.alcaldiaByClave = Collections.unmodifiableMap(byClave);
        Map<String, UnidadTerritorial> utMap = new LinkedHashMap<>();
        Map<String, List<UnidadTerritorial>> firstWord = new HashMap<>();
        Map<Integer, Set<String>> byDistrito = new HashMap<>();
        for (UnidadTerritorial ut : uts) {
            utMap.put(ut.clave(), ut);
            firstWord.computeIfAbsent(firstWord(ut.normalizedName()), k -> new ArrayList<>()).add(ut);
            byDistrito.computeIfAbsent(ut.distrito(), k -> new TreeSet<>()).add(ut.alcaldiaClave());
        }
        this.utByClave = Collections.unmodifiableMap(utMap);
        this.utByFirstWord = firstWord;
        this.alcaldiasByDistrito = byDistrito;
        Map<String, List<WrittenForm>> written = new HashMap<>();
        for (UnidadTerritorial ut : uts) {
            for (String form : writtenForms(ut, vocabulary.abbreviations())) {
                written.computeIfAbsent(firstWord(form), k -> new ArrayList<>()).add(new WrittenForm(ut, form));
            }
        }
        this.writtenFormsByFirstWord = written;
        Set<String> places = new java.util.HashSet<>();
        alcaldias.forEach(a -> {
            places.add(Folding.normalizeName(a.name()));
            a.variants().forEach(v -> places.add(Folding.normalizeName(v)));
        });
        uts.forEach(ut -> {
            places.add(ut.normalizedName());
            if (!ut.normalizedBase().isEmpty()) {
                places.add(ut.normalizedBase());
            }
            // "Martín Carrera" is the place of the UTs MARTIN CARRERA I and II
            places.add(familyName(ut));
        });
        this.placeNames = Set.copyOf(places);
    }

    /**
     * Loads {@code alcaldias.csv} and, when present, {@code unidades_territoriales.csv} and the words of places
     * ({@code vocabulario.yaml}, see {@link PlaceVocabulary}) from a directory.
     */
    public static Gazetteer load(Path geografiaDir) {
        List<Alcaldia> alcaldias = new ArrayList<>();
        for (CSVRecord r : read(geografiaDir.resolve(ALCALDIAS_FILE), "clave", "nombre", "variantes")) {
            String variants = r.get("variantes");
            List<String> list = variants == null || variants.isBlank() ? List.of()
                    : Arrays.stream(variants.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            alcaldias.add(new Alcaldia(r.get("clave").strip(), r.get("nombre").strip(), list));
        }
        if (alcaldias.isEmpty()) {
            throw new IllegalStateException(geografiaDir.resolve(ALCALDIAS_FILE) + " no tiene alcaldías");
        }
        Set<String> claves = new TreeSet<>();
        alcaldias.forEach(a -> claves.add(a.clave()));
        PlaceVocabulary vocabulary = PlaceVocabulary.load(geografiaDir.resolve(PlaceVocabulary.FILE));
        Map<String, String> abbreviations = vocabulary.abbreviations();
        List<UnidadTerritorial> uts = new ArrayList<>();
        Path utFile = geografiaDir.resolve(UT_FILE);
        if (Files.isRegularFile(utFile)) {
            for (CSVRecord r : read(utFile, "clave", "nombre", "alcaldia", "distrito")) {
                String clave = r.get("clave").strip();
                if (!clave.matches("\\d{2}-\\d{3}") || !claves.contains(clave.substring(0, 2))) {
                    throw new IllegalStateException(utFile + ", línea " + r.getRecordNumber()
                            + ": clave de unidad territorial inválida '" + clave + "'");
                }
                int distrito = Integer.parseInt(r.get("distrito").strip());
                String name = r.get("nombre").strip();
                String normalized = expandAbbreviations(Folding.normalizeName(name), abbreviations);
                String base = expandAbbreviations(Folding.normalizeName(name.replaceAll("\\([^)]*\\)", " ")), abbreviations);
                uts.add(new UnidadTerritorial(clave, name, clave.substring(0, 2), distrito, normalized, base));
            }
        }
        return new Gazetteer(alcaldias, uts, vocabulary);
    }

    /** Words of a parenthesised part that mark a kind of place or an abbreviation, not another name ("(U HAB)", "(COND …)"). */
    private static final Pattern SHORT_WORD = Pattern.compile("(?<![a-z])(?!(?:el|la|los|las|de|del)(?![a-z]))[a-z]{1,4}(?![a-z])");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern DE = Pattern.compile(" (?:de|del)(?= )");
    /**
     * A name the catalogue writes as an index does, its first word after a comma: "AYOCATITLA, ASUNCIÓN" is what
     * people call Asunción Ayocatitla.
     */
    private static final Pattern INVERTED = Pattern.compile("([^,()]+),\\s*(\\p{L}+)\\s*");
    /** The dash with which the catalogue joins a place to the larger one it lies in: "EL MIRADOR - SANTA CATARINA". */
    private static final Pattern JOINING_DASH = Pattern.compile("\\s+-\\s+");
    /**
     * The dash without spaces with which the catalogue runs together the places one UT groups:
     * "SAN MIGUEL TEHUISCO-LOS ANGELES-AYOMETITLA". A word before and after it, so "EX-HACIENDA" is one word joined.
     */
    private static final Pattern LISTING_DASH = Pattern.compile("(?<=\\p{L}{3})-(?=\\p{L}{3})");
    /** Initials the catalogue spells apart ("C T M ARAGON", "F P F V"): people write them as one word, "CTM Aragón". */
    private static final Pattern SPACED_INITIALS = Pattern.compile("(?<![a-z0-9])[a-z](?: [a-z](?![a-z0-9])){2,}");
    /** "DELOS": a "de" the catalogue glued to its article, written apart by everyone ("Candelaria de los Patos"). */
    private static final Pattern GLUED_ARTICLE = Pattern.compile("(?<![a-z])de(la|las|los)(?![a-z])");

    /**
     * How people write a UT's name besides the catalogue's forms: the other name the catalogue gives in parentheses
     * ("NAVIDAD (GRANJAS DE NAVIDAD)", "PARAJES BUENAVISTA (TETECON)" is not one: a single word shorter than eight
     * letters may be a word of many names), and every form without its "de"/"del" ("Granjas Navidad", "Pedregal Santo
     * Domingo", "Villa Aragón"), and a name the catalogue joins with a dash written with "de", as people say a place
     * that lies in a larger one ("El Mirador de Santa Catarina" is EL MIRADOR - SANTA CATARINA). Kind suffixes
     * ("(U HAB)", "(PBLO)"), directions and numbers are no other name. A name the catalogue inverts after a comma
     * is written in its spoken order ({@link #INVERTED}).
     */
    private static List<String> writtenForms(UnidadTerritorial ut, Map<String, String> abbreviations) {
        Set<String> forms = new java.util.LinkedHashSet<>();
        if (ut.name() != null && JOINING_DASH.matcher(ut.name()).find()) {
            String joined = JOINING_DASH.matcher(ut.name()).replaceAll(" de ");
            forms.add(expandAbbreviations(Folding.normalizeName(joined), abbreviations));
            forms.add(expandAbbreviations(Folding.normalizeName(joined.replaceAll("\\([^)]*\\)", " ")), abbreviations));
        }
        if (ut.name() != null && LISTING_DASH.matcher(ut.name()).find()) {
            // the places of the group listed as a sentence lists them: "San Miguel Tehuisco, Los Ángeles y Ayometitla"
            String[] parts = LISTING_DASH.split(ut.name().replaceAll("\\([^)]*\\)", " "));
            String listed = String.join(" ", Arrays.copyOf(parts, parts.length - 1)) + " y " + parts[parts.length - 1];
            forms.add(expandAbbreviations(Folding.normalizeName(listed), abbreviations));
        }
        if (ut.name() != null) {
            Matcher inverted = INVERTED.matcher(ut.name());
            if (inverted.matches()) {
                forms.add(expandAbbreviations(Folding.normalizeName(inverted.group(2) + " " + inverted.group(1)), abbreviations));
            }
            Matcher p = PARENTHESISED.matcher(ut.name());
            while (p.find()) {
                String other = Folding.normalizeName(p.group(1));
                boolean name = !other.isEmpty() && !Character.isDigit(other.charAt(0)) && !SHORT_WORD.matcher(other).find()
                        && (other.contains(" ") || other.length() >= 8);
                if (name) {
                    forms.add(expandAbbreviations(other, abbreviations));
                }
            }
        }
        for (String form : List.of(ut.normalizedName(), ut.normalizedBase())) {
            if (!form.isEmpty()) {
                forms.add(DE.matcher(form).replaceAll(""));
            }
        }
        for (String form : List.of(ut.normalizedName(), ut.normalizedBase())) {
            Matcher initials = SPACED_INITIALS.matcher(form);
            if (initials.find()) {
                forms.add(initials.replaceAll(r -> r.group().replace(" ", "")));
            }
            Matcher glued = GLUED_ARTICLE.matcher(form);
            if (glued.find()) {
                forms.add(glued.replaceAll("de $1"));
            }
        }
        new ArrayList<>(forms).forEach(f -> forms.add(DE.matcher(f).replaceAll("")));
        forms.remove(ut.normalizedName());
        forms.remove(ut.normalizedBase());
        forms.removeIf(f -> f.isEmpty() || !f.contains(" ") && f.length() < 8);
        return List.copyOf(forms);
    }

    /** "Ampliación Michoacana": the catalogue's "MICHOACANA (AMPL)" as people name it, the suffix first. */
    private static final String EXTENSION = "ampliacion";

    /**
     * Ordinals as people and the catalogue write them, to one form: "2a", "2da", "2do" → "2", and "segunda" before
     * "sección" ("Selene 2a. sección", "Selene segunda sección" are the catalogue's "SELENE 2da SECC"; "El Arbolillo,
     * primer distrito" is no "EL ARBOLILLO 1"); "secc", "sec" → "seccion".
     */
    private static final Map<String, String> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("primera", "1"), Map.entry("primer", "1"), Map.entry("primero", "1"),
            Map.entry("segunda", "2"), Map.entry("segundo", "2"), Map.entry("tercera", "3"), Map.entry("tercer", "3"),
            Map.entry("tercero", "3"), Map.entry("cuarta", "4"), Map.entry("quinta", "5"), Map.entry("sexta", "6"),
            Map.entry("septima", "7"), Map.entry("octava", "8"));
    private static final Map<String, String> SECTION = Map.of("secc", "seccion", "sec", "seccion", "seccion", "seccion");
    private static final Pattern DIGIT_ORDINAL =
            Pattern.compile("(\\d{1,2})(?:a|ra|era|da|do|o|er|ero|ro|ta|to|ma|mo|va|vo)");

    /**
     * A normalized name with its abbreviations written in full, as the vocabulary's {@code abreviaturas} spell them
     * ("STA MA AZTAHUACAN" is "Santa María …"), and its ordinals in one form.
     */
    String expandAbbreviations(String normalized) {
        return expandAbbreviations(normalized, vocabulary.abbreviations());
    }

    private static String expandAbbreviations(String normalized, Map<String, String> abbreviations) {
        return String.join(" ", expandedWords(normalized.split(" "), abbreviations));
    }

    /** Each word of a normalized name as {@link #expandAbbreviations} writes it, one for one. */
    String[] expandedWords(String[] words) {
        return expandedWords(words, vocabulary.abbreviations());
    }

    private static String[] expandedWords(String[] words, Map<String, String> abbreviations) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            Matcher ordinal = DIGIT_ORDINAL.matcher(word);
            String expanded = ordinal.matches() ? ordinal.group(1)
                    : i + 1 < words.length && SECTION.containsKey(words[i + 1]) ? ORDINAL_WORDS.get(word) : SECTION.get(word);
            out[i] = expanded != null ? expanded : abbreviations.getOrDefault(word, word);
        }
        return out;
    }

    private static List<CSVRecord> read(Path file, String... columns) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).get().parse(reader).getRecords();
            if (!records.isEmpty()) {
                for (String c : columns) {
                    if (!records.get(0).isMapped(c)) {
                        throw new IllegalStateException(file + ": falta la columna '" + c + "'");
                    }
                }
            }
            return records;
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer el gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    public List<Alcaldia> alcaldias() {
        return alcaldias;
    }

    public Optional<Alcaldia> alcaldia(String clave) {
        return Optional.ofNullable(alcaldiaByClave.get(clave));
    }

    public Optional<UnidadTerritorial> ut(String clave) {
        return Optional.ofNullable(utByClave.get(clave));
    }

    /**
     * The catalogue entry for a clave, or, for a well-formed clave of a known alcaldía that the catalogue lacks
     * (a UT created after it), an entry with that clave and alcaldía but no name and distrito 0.
     */
    public Optional<UnidadTerritorial> utOrUncatalogued(String clave) {
        Optional<UnidadTerritorial> known = ut(clave);
        if (known.isPresent() || !clave.matches("\\d{2}-\\d{3}") || !alcaldiaByClave.containsKey(clave.substring(0, 2))) {
            return known;
        }
        return Optional.of(new UnidadTerritorial(clave, null, clave.substring(0, 2), 0, "", ""));
    }

    /**
     * Whether a name (passed through {@link Folding#normalizeName}) is an alcaldía, one of its variants, or a
     * unidad territorial of the catalogue, with or without its parenthesised part: places named after people
     * («Miguel Hidalgo», «Emiliano Zapata») are not personal data.
     */
    public boolean isPlaceName(String normalized) {
        return placeNames.contains(normalized) || placeNames.contains(expandAbbreviations(normalized));
    }

    /** The words that tell whether a catalogue name names the report's place ({@code vocabulario.yaml}). */
    PlaceVocabulary vocabulary() {
        return vocabulary;
    }

    /** Every unidad territorial of the catalogue, in clave order. */
    List<UnidadTerritorial> uts() {
        return List.copyOf(utByClave.values());
    }

    public int utCount() {
        return utByClave.size();
    }

    /** The alcaldías a distrito spans according to the catalogue (empty if unknown). */
    public Set<String> alcaldiasOfDistrito(int distrito) {
        return alcaldiasByDistrito.getOrDefault(distrito, Set.of());
    }

    /**
     * Catalogue names that {@code normalized} (a string passed through {@link Folding#normalizeName}) starts
     * with, ending at a word boundary: full names and names without their parenthesised suffix.
     */
    List<NameMatch> namesAtStart(String text) {
        return namesAtStart(text, false);
    }

    /**
     * @param families whether a name without its numeral names each UT of the family ("portales": PORTALES I to IV),
     *                 as a query does
     */
    List<NameMatch> namesAtStart(String text, boolean families) {
        String normalized = expandAbbreviations(text);
        List<NameMatch> matches = new ArrayList<>();
        if (normalized.startsWith(EXTENSION + " ")) {
            String rest = normalized.substring(EXTENSION.length() + 1);
            for (UnidadTerritorial ut : utByFirstWord.getOrDefault(firstWord(rest), List.of())) {
                if (ut.normalizedName().equals(ut.normalizedBase() + " " + EXTENSION) && startsWithWord(rest, ut.normalizedBase())) {
                    matches.add(new NameMatch(ut, EXTENSION.length() + 1 + ut.normalizedBase().length(), true));
                }
            }
        }
        for (UnidadTerritorial ut : utByFirstWord.getOrDefault(firstWord(normalized), List.of())) {
            if (startsWithWord(normalized, ut.normalizedName())) {
                matches.add(new NameMatch(ut, ut.normalizedName().length(), true));
            } else if (!ut.normalizedBase().isEmpty() && startsWithWord(normalized, ut.normalizedBase())) {
                matches.add(new NameMatch(ut, ut.normalizedBase().length(), false));
            } else if (families && startsWithWord(normalized, familyName(ut))) {
                matches.add(new NameMatch(ut, familyName(ut).length(), false));
            }
        }
        for (WrittenForm w : writtenFormsByFirstWord.getOrDefault(firstWord(normalized), List.of())) {
            if (startsWithWord(normalized, w.form()) && matches.stream().noneMatch(m -> m.ut().equals(w.ut()) && m.length() >= w.form().length())) {
                matches.add(new NameMatch(w.ut(), w.form().length(), false));
            }
        }
        if (!families) {
            numberedMembers(normalized, matches);
        }
        return matches;
    }

    /**
     * A family's member named with its numeral as people write it: in digits or as an ordinal with "sección"
     * ("Santa María la Ribera segunda sección", "Popotla 2") is the catalogue's SANTA MARIA LA RIBERA II, POPOTLA II. A
     * family named without its numeral is no shorter namesake: "Santa María la Ribera" is not SANTA MARIA (U HAB), so
     * matches shorter than the family name are dropped.
     */
    private void numberedMembers(String normalized, List<NameMatch> matches) {
        int longestFamily = 0;
        for (UnidadTerritorial ut : utByFirstWord.getOrDefault(firstWord(normalized), List.of())) {
            // the numeral ends the name, or the name without its kind: "INFONAVIT IZTACALCO (U HAB) I" and "ANTORCHA
            // POPULAR I (U HAB)" are the first of the Infonavit Iztacalco and Antorcha Popular units
            for (String named : new java.util.LinkedHashSet<>(List.of(ut.normalizedName(), ut.normalizedBase()))) {
                String family = named.replaceFirst(NUMERAL_AT_END, "");
                if (named.isEmpty() || family.length() == named.length() || !startsWithWord(normalized, family)) {
                    continue;
                }
                longestFamily = Math.max(longestFamily, family.length());
                int numeral = RomanNumerals.parse(named.substring(family.length() + 1)).orElse(0);
                String[] next = normalized.substring(family.length()).strip().split(" ");
                int length = numberedLength(next, numeral, family);
                if (length > 0) {
                    boolean alone = ordinal(next[0]) == numeral && length == next[0].length();
                    matches.add(new NameMatch(ut, family.length() + 1 + length, true, alone));
                    break;
                }
            }
        }
        int family = longestFamily;
        matches.removeIf(m -> m.length() < family);
    }

    /** A Roman numeral that ends a catalogue name: what tells apart the members of a family ("MARTIN CARRERA II"). */
    private static final String NUMERAL_AT_END = " (?:i{1,3}|iv|v|vi{1,3}|ix|x)$";

    /**
     * How many chars of the words after a family's name say its member's {@code numeral}, or 0: in digits, as a
     * cardinal or an ordinal, after the word for the part ("sección III", "sección tercera") or before it ("tercera
     * sección", "tercera unidad territorial"), or a feminine ordinal alone, as the colonia or the section is named
     * ("la Narvarte sexta", "Ramos Millán Bramadero segunda").
     */
    private int numberedLength(String[] next, int numeral, String family) {
        if (next.length == 0 || next[0].isEmpty()) {
            return 0;
        }
        int length = 0;
        if (next.length > 1 && (next[0].equals("sector") || next[0].equals("seccion"))) {
            // "San Miguel Teotongo sección II", "Obrera (sector III)", "sección tercera": the numeral after the part's word
            length += next[0].length() + 1;
            next = Arrays.copyOfRange(next, 1, next.length);
            if (RomanNumerals.parse(next[0]).orElse(0) == numeral || ordinal(next[0]) == numeral
                    || next[0].equals(Integer.toString(numeral))) {
                return length + next[0].length();
            }
        }
        String first = next[0];
        // "Obrera, 1 de mayo" is a date after the name
        boolean digits = first.equals(Integer.toString(numeral)) && !(next.length > 1 && next[1].matches("de|del"));
        length += first.length();
        boolean partAfter = next.length > 1 && vocabulary.partWords().contains(next[1]);
        if (digits && next.length > 1 && next[1].equals("seccion")) {
            return length + " seccion".length();
        }
        if (ordinal(first) == numeral && (partAfter || first.endsWith("a") && !countsSomething(next))) {
            // "Pedregal de Sto. Domingo segunda", "Centro, tercera unidad territorial"
            return partAfter ? length + 1 + next[1].length() : length;
        }
        if (digits || inWords(first, numeral) && (family.endsWith(" seccion") || !countsSomething(next))) {
            // "Moctezuma segunda sección uno"; said aloud, "la Obrera dos", "colonia Guerrero cuatro"
            return length;
        }
        return 0;
    }

    /** The value of an ordinal in words ("tercera", "sexto"), or 0. */
    private static int ordinal(String word) {
        return NumberWords.parse(word).filter(p -> p.ordinal() && p.end() == word.length()).map(NumberWords.Parsed::value).orElse(0);
    }

    /** Whether {@code word} is the cardinal {@code numeral} in words ("dos"); "un", "una" are articles, not numerals. */
    private static boolean inWords(String word, int numeral) {
        return !word.matches("una?") && NumberWords.parse(word).filter(p -> !p.ordinal() && p.value() == numeral).isPresent();
    }

    /**
     * Whether the number word after a family's name counts what follows instead of naming the member: "la colonia
     * Obrera, dos de ellos", "en la Obrera dos horas" (a plural noun); a comma is gone once the name is normalized.
     */
    private static boolean countsSomething(String[] next) {
        return next.length > 1 && (next[1].matches("de|del") || next[1].length() >= 4 && next[1].endsWith("s"));
    }

    /**
     * The UTs called exactly {@code name} (passed through {@link Folding#normalizeName}), with or without their
     * parenthesised part or numeral: "Merced Gómez" is 10-151 and 14-023.
     */
    List<UnidadTerritorial> utsNamed(String name) {
        String normalized = expandAbbreviations(name);
        return utByFirstWord.getOrDefault(firstWord(normalized), List.of()).stream()
                .filter(ut -> normalized.equals(ut.normalizedName()) || normalized.equals(ut.normalizedBase())
                        || normalized.equals(familyName(ut)))
                .toList();
    }

    /** The name a UT shares with the others of its family: without the numeral ("martin carrera" of MARTIN CARRERA II). */
    private static String familyName(UnidadTerritorial ut) {
        return ut.normalizedName().replaceFirst(NUMERAL_AT_END, "");
    }

    private static boolean startsWithWord(String text, String name) {
        return text.startsWith(name) && (text.length() == name.length() || text.charAt(name.length()) == ' ');
    }

    private static String firstWord(String normalized) {
        int space = normalized.indexOf(' ');
        return space < 0 ? normalized : normalized.substring(0, space);
    }
}
