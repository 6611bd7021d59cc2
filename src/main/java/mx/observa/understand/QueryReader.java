package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import mx.observa.config.ObservaConfig;
import mx.observa.model.FindingKind;
import mx.observa.text.Folding;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Reads a search query with the same knowledge that reads reports: the places it names (alcaldías with their
 * variants, distrito in any of the ways observers write it, unidad territorial clave or cued name, mesa receptora),
 * so a search can filter on them instead of asking every finding to contain those words; and the taxonomy topics its
 * words are about, by the very rules that classify findings; whether it asks about a problem; and which of its
 * words say nothing about what is sought (the query vocabulary of {@code config/busqueda.yaml}). Immutable and
 * thread-safe.
 */
public final class QueryReader {

    /** What kind of place a query names. */
    public enum PlaceKind { ALCALDIA, DISTRITO, UT, MRO }

    /**
     * A place named in the query.
     *
     * @param value what the index filters on: the alcaldía's canonical name, the distrito number, the UT clave (the
     *              claves of a family of UTs, separated by {@link #UT_SEPARATOR}), the mesa as {@code MRO-NN}
     * @param label how to show it (Spanish)
     * @param start where its words start in the query, cue words ("alcaldía", "colonia") included
     * @param end   where they end
     */
    public record Place(PlaceKind kind, String value, String label, int start, int end) {
    }

    /** The cue words that may precede a place name and belong to it ("en la alcaldía Coyoacán"). */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?:\\b(?:alcaldia|alc\\.?|delegacion|demarcacion"
            + "(?: territorial)?|colonia|col\\.?|unidad territorial|u\\.\\s?t\\.|ut|pueblo|barrio)\\s*[:.\\-]?\\s*"
            + "(?:de\\s+)?)$");

    static final String VOCABULARY_FILE = "busqueda.yaml";

    // The YAML shape; field names are the Spanish keys of the file (snake_case).
    record VocabularySpec(List<String> palabrasVacias, ProblemSpec indiciosDeProblema,
                          List<String> indiciosDeNormalidad, java.util.Map<String, List<String>> pidenTipo,
                          List<Descriptions.Spec> descripciones) {
    }

    record ProblemSpec(List<String> frases, List<String> excepto, PeopleByWhatTheyCannotDo.Spec quienNoPuede) {
    }

    private final Gazetteer gazetteer;
    private final AlcaldiaFinder alcaldias;
    private final DistritoParser distritos;
    private final UtFinder uts;
    private final MroParser mros = new MroParser();
    private final TopicClassifier topics;
    /** Topic id of a kind (recommendations, good practices) → the words that ask for findings of that kind. */
    private final java.util.Map<String, Cues> kindRequests = new java.util.LinkedHashMap<>();
    private final List<AbbreviationForm> abbreviations = new ArrayList<>();
    private final FoldingSpanishAnalyzer analyzer;
    private final Set<String> functionWords;
    private final List<Phrase> problemCues;
    private final List<Phrase> noProblem;
    private final PeopleByWhatTheyCannotDo peopleWhoCannot;
    private final List<Phrase> wentWell;
    private final Descriptions descriptions;

    private record AbbreviationForm(Pattern pattern, Gazetteer.Alcaldia alcaldia) {
    }

    QueryReader(TopicRules rules, KindRules kinds, Gazetteer gazetteer, VocabularySpec vocabulary,
                FoldingSpanishAnalyzer analyzer) {
        this.gazetteer = gazetteer;
        this.analyzer = analyzer;
        Set<String> words = new LinkedHashSet<>();
        for (String w : orEmpty(vocabulary.palabrasVacias())) {
            words.addAll(analyzer.terms(w));
        }
        this.functionWords = Set.copyOf(words);
        ProblemSpec problem = vocabulary.indiciosDeProblema() == null ? new ProblemSpec(List.of(), List.of(), null)
                : vocabulary.indiciosDeProblema();
        this.problemCues = Phrase.compileAll(problem.frases(), analyzer);
        this.noProblem = Phrase.compileAll(problem.excepto(), analyzer);
        this.peopleWhoCannot = PeopleByWhatTheyCannotDo.of(problem.quienNoPuede(), analyzer);
        this.wentWell = Phrase.compileAll(vocabulary.indiciosDeNormalidad(), analyzer);
        this.descriptions = new Descriptions(vocabulary.descripciones(), analyzer);
        this.alcaldias = new AlcaldiaFinder(gazetteer);
        this.uts = new UtFinder(gazetteer);
        this.distritos = new DistritoParser(gazetteer.vocabulary());
        this.topics = new TopicClassifier(rules);
        // A query asks for recommendations or good practices as a report's heading does ("Recomendaciones:",
        // "¿Qué buenas prácticas observó?"): the headings of tipos.yaml, plus the query's own forms in busqueda.yaml.
        java.util.Map<String, List<String>> extra = vocabulary.pidenTipo() == null ? java.util.Map.of() : vocabulary.pidenTipo();
        for (Topic topic : rules.topics()) {
            Cues headings = topic.fromKind() == FindingKind.RECOMENDACION ? kinds.recommendationHeadings
                    : topic.fromKind() == FindingKind.BUENA_PRACTICA ? kinds.goodPracticeHeadings : null;
            if (headings != null) {
                List<Rule> rulesOfKind = new ArrayList<>(headings.rules());
                List<String> forms = extra.getOrDefault(topic.fromKind().id(), List.of());
                if (!forms.isEmpty()) {
                    rulesOfKind.add(new Rule.AnyPhrase(CueSpec.phrases(forms, analyzer)));
                }
                kindRequests.put(topic.id(), new Cues(rulesOfKind, List.of(), 0));
            }
        }
        for (String kind : extra.keySet()) {
            if (rules.topics().stream().noneMatch(t -> t.fromKind() != null && t.fromKind().id().equals(kind))) {
                throw new IllegalArgumentException("'piden_tipo' admite los tipos que dan un tema (recomendacion, "
                        + "buena_practica), no '" + kind + "'");
            }
        }
        for (Gazetteer.Alcaldia a : gazetteer.alcaldias()) {
            for (String v : a.variants()) {
                if (v.replace(".", "").length() <= 3 && v.equals(v.toUpperCase(Locale.ROOT))) {
                    abbreviations.add(new AbbreviationForm(
                            Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])"), a));
                    abbreviations.add(new AbbreviationForm(lowerCase(v), a));
                }
            }
        }
    }

    /**
     * An abbreviation typed in lower case, as people type a query ("en la gam"): one of three letters is no Spanish
     * word and stands anywhere; one of two ("bj", "mc") could be anything, so only after the article an alcaldía
     * takes ("la bj", "de la mh"), never in "el mc de la mesa".
     */
    private static Pattern lowerCase(String abbreviation) {
        String lower = Pattern.quote(abbreviation.toLowerCase(Locale.ROOT));
        String before = abbreviation.replace(".", "").length() >= 3 ? "(?<![\\p{L}\\p{N}])" : "(?<=(?<![\\p{L}])[lL]a )";
        return Pattern.compile(before + lower + "(?![\\p{L}\\p{N}])");
    }

    /**
     * The reader of the configured taxonomy ({@code taxonomia.yaml}), geography ({@code geografia/}) and query
     * vocabulary ({@code busqueda.yaml}).
     */
    public static QueryReader load(ObservaConfig config, FoldingSpanishAnalyzer analyzer) {
        // the rules and geography the understanders of this JVM already read from the same files
        LoadedVocabularies loaded = LoadedVocabularies.of(config.configDir());
        return new QueryReader(loaded.topicRules(), loaded.kindRules(), loaded.gazetteer(),
                vocabulary(config.configDir().resolve(VOCABULARY_FILE)), analyzer);
    }

    static VocabularySpec vocabulary(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Files.newInputStream(file)) {
            VocabularySpec spec = yaml.readValue(in, VocabularySpec.class);
            return spec == null ? new VocabularySpec(List.of(), null, null, null, null) : spec;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("No se pudo leer el vocabulario de búsqueda " + file + ": " + e.getMessage(), e);
        }
    }

    /** The analyzed terms (as the index holds them) of the words that say nothing about what a query seeks. */
    public Set<String> functionWords() {
        return functionWords;
    }

    /**
     * The official names of the things the query describes in other words («la caja donde se echan los votos»: urna),
     * to be searched beside its words; empty when it describes none.
     */
    public List<String> describedThings(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return descriptions.named(AnalyzedText.of(analyzer, text));
    }

    /** Whether the query asks about something that went wrong ("no dejaron entrar", "faltaron boletas"). */
    public boolean describesProblem(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        AnalyzedText analyzed = AnalyzedText.of(analyzer, text);
        return anyProblemCue(analyzed) && !matchesAny(analyzed, noProblem);
    }

    /** A cue of a problem, other than the «no» of a person described by what they cannot do («los que no ven»). */
    private boolean anyProblemCue(AnalyzedText text) {
        for (int i = 0; i < text.size(); i++) {
            for (Phrase p : problemCues) {
                if (p.matchesAt(text, i) && !peopleWhoCannot.describesSomeoneAt(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the query asks where something went as it should ("¿en qué mesas trataron bien a la persona
     * observadora?", "presencia policial aunque no pasara nada"): it says so ({@code excepto} of the problem cues), or
     * it has a word of things going well and no cue of a problem.
     */
    public boolean describesNoProblem(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        AnalyzedText analyzed = AnalyzedText.of(analyzer, text);
        return matchesAny(analyzed, noProblem) || matchesAny(analyzed, wentWell) && !anyProblemCue(analyzed);
    }

    /** The places the query names, in the order written, none overlapping another. */
    public List<Place> places(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String folded = Folding.foldPreservingLength(query);
        List<Place> found = new ArrayList<>();
        for (UtFinder.UtMention m : uts.find(query, true)) {
            utPlace(query, m, withCue(folded, m.start())).ifPresent(found::add);
        }
        List<Mention<Integer>> distritoMentions = new ArrayList<>(distritos.find(query));
        distritoMentions.addAll(abbreviatedDistritos(folded));
        for (Mention<Integer> m : distritoMentions) {
            found.add(new Place(PlaceKind.DISTRITO, Integer.toString(m.value()), "Distrito " + m.value(), m.start(), m.end()));
        }
        for (Mention<String> m : mros.mentions(query)) {
            found.add(new Place(PlaceKind.MRO, m.value(), m.value(), m.start(), m.end()));
        }
        for (Mention<String> m : alcaldias.find(query)) {
            gazetteer.alcaldia(m.value()).ifPresent(a ->
                    found.add(new Place(PlaceKind.ALCALDIA, a.name(), a.name(), withCue(folded, m.start()), m.end())));
        }
        // In a query an abbreviation ("GAM", "BJ", "la gam") is a place even without the lines that vouch for it in a
        // report: a query is a few words someone typed to find findings.
        for (AbbreviationForm form : abbreviations) {
            Matcher m = form.pattern().matcher(query);
            while (m.find()) {
                found.add(new Place(PlaceKind.ALCALDIA, form.alcaldia().name(), form.alcaldia().name(),
                        withCue(folded, m.start()), m.end()));
            }
        }
        found.removeIf(p -> p.kind() == PlaceKind.UT && outsideNamedAlcaldias(p, found));
        found.sort(Comparator.comparingInt(Place::start).thenComparingInt(p -> -(p.end() - p.start())));
        List<Place> kept = new ArrayList<>();
        for (Place p : found) {
            if (kept.stream().noneMatch(k -> p.start() < k.end() && k.start() < p.end())) {
                kept.add(p);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The distritos a query names with an abbreviation the report reader leaves alone in running text: the number in
     * words after it ("DL catorce", "dtto. local quince") or the number, Roman, in digits or as an ordinal in words,
     * before it ("XXVI DD", "14 dl", "decimocuarto DL"). In a report "dl dos" may be anything; a query of a few words
     * that writes DL or DD beside a number is asking for that distrito.
     */
    static List<Mention<Integer>> abbreviatedDistritos(String folded) {
        List<Mention<Integer>> found = new ArrayList<>();
        Matcher m = DISTRITO_ABBREVIATION.matcher(folded);
        while (m.find()) {
            java.util.Optional<NumberWords.Parsed> after = NumberWords.at(folded, m.end());
            if (after.isPresent() && !folded.substring(m.end(), after.get().end()).matches("una?")) {
                inDistritoRange(after.get().value()).ifPresent(v -> found.add(new Mention<>(v, m.start(), after.get().end(), 1)));
                continue;
            }
            if (!m.group(1).matches("d\\.?\\s?[ld]\\.?")) {
                continue; // "dtto.", "dto." with a number before are the report reader's ("17 dtto.")
            }
            Matcher before = NUMBER_BEFORE_ABBREVIATION.matcher(folded.substring(0, m.start()));
            if (before.find()) {
                java.util.OptionalInt value = before.group(1).chars().allMatch(Character::isDigit)
                        ? java.util.OptionalInt.of(Integer.parseInt(before.group(1))) : RomanNumerals.parse(before.group(1));
                if (value.isPresent()) {
                    inDistritoRange(value.getAsInt()).ifPresent(v -> found.add(new Mention<>(v, before.start(), m.end(), 1)));
                    continue;
                }
            }
            ordinalWordsBefore(folded, m.start()).ifPresent(p ->
                    found.add(new Mention<>(p.value(), p.start(), m.end(), 1)));
        }
        return found;
    }

    private static java.util.Optional<Integer> inDistritoRange(int value) {
        return value >= 1 && value <= DistritoParser.MAX_DISTRITO ? java.util.Optional.of(value) : java.util.Optional.empty();
    }

    /** An ordinal in words right before an abbreviation: "decimocuarto DL", "vigésimo sexto dd". */
    private static java.util.Optional<NumberWords.Parsed> ordinalWordsBefore(String folded, int end) {
        Matcher w = WORD_START.matcher(folded).region(Math.max(0, end - 40), end);
        while (w.find()) { // earliest first: the longest phrase
            java.util.Optional<NumberWords.Parsed> p = NumberWords.at(folded, w.start())
                    .filter(x -> x.ordinal() && folded.substring(x.end(), end).matches("\\s+"));
            if (p.isPresent() && inDistritoRange(p.get().value()).isPresent()) {
                return p;
            }
        }
        return java.util.Optional.empty();
    }

    /** DL, DD (with or without dots), dtto., dto., and what may stand between them and the number in words. */
    private static final Pattern DISTRITO_ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(d\\.?\\s?[ld]\\.?|dtto\\.?|dto\\.?)(?![\\p{L}\\p{N}])"
                    + "(?:\\s*(?:electoral|local|no\\.?|num\\.?|numero|n°|nº|#)(?![\\p{L}]))*\\s*");
    /** The number right before an abbreviation: "XXVI DD", "14 dl", "7o. DL". */
    private static final Pattern NUMBER_BEFORE_ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|[ivxl]{1,7})(?:\\s?[º°]|(?<=\\d)(?:o|er|ro|do|to|vo|mo|no)\\.?)?\\s+$");
    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}])\\p{L}");

    /**
     * A UT read in a query that also names alcaldías, none of them the UT's ("la mesa de Santo Domingo en Coyoacán":
     * the catalogue's SANTO DOMINGO is in Azcapotzalco, Coyoacán's is PEDREGAL DE STO DOMINGO): the alcaldía the person
     * wrote wins, and the UT's words stay words of the query.
     */
    private boolean outsideNamedAlcaldias(Place ut, List<Place> found) {
        Set<String> named = new java.util.HashSet<>();
        for (Place p : found) {
            if (p.kind() == PlaceKind.ALCALDIA) {
                gazetteer.alcaldias().stream().filter(a -> a.name().equals(p.value()))
                        .forEach(a -> named.add(a.clave()));
            }
        }
        if (named.isEmpty()) {
            return false;
        }
        return java.util.Arrays.stream(ut.value().split(UT_SEPARATOR))
                .map(clave -> gazetteer.ut(clave).map(Gazetteer.UnidadTerritorial::alcaldiaClave).orElse(null))
                .noneMatch(named::contains);
    }

    /**
     * The UTs a query names by their catalogue name alone, without "colonia" or "UT" before it: written as a proper
     * name after other words ("¿qué vieron en Portales?") or as the whole query ("agricola oriental"), and not part
     * of another place ("la Miguel Hidalgo" is the alcaldía). A report may write such a name with another clave or
     * none, so these are no filter: the search keeps the words and adds the findings of those UTs.
     */
    public List<Place> namedUts(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Place> firm = places(query);
        List<Place> found = new ArrayList<>();
        for (UtFinder.UtMention m : uts.findNames(query)) {
            boolean properName = Character.isUpperCase(query.charAt(m.start())) && hasLetter(query, 0, m.start());
            boolean wholeQuery = !hasLetter(query, 0, m.start()) && !hasLetter(query, m.end(), query.length());
            if ((properName || wholeQuery) && firm.stream().noneMatch(k -> m.start() < k.end() && k.start() < m.end())) {
                utPlace(query, m, m.start()).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The taxonomy topics a query is about (topic id → the query's words that say so), by the rules that classify
     * findings; empty when no rule fires. A topic a finding gets from its kind (recommendations, good practices) is
     * the query's when it asks for that kind as a report's heading or question does ("recomendaciones para…",
     * "¿qué buenas prácticas…?").
     */
    public SortedMap<String, List<String>> topics(String text) {
        AnalyzedText analyzed = AnalyzedText.of(analyzer, text == null ? "" : text);
        SortedMap<String, List<String>> found = new java.util.TreeMap<>(topics.classify(analyzed).evidence());
        kindRequests.forEach((topic, cues) -> {
            List<Rule.Match> matches = cues.find(analyzed);
            if (!matches.isEmpty()) {
                found.put(topic, Topic.evidence(matches));
            }
        });
        return found;
    }

    private static boolean matchesAny(AnalyzedText text, List<Phrase> phrases) {
        for (int i = 0; i < text.size(); i++) {
            for (Phrase p : phrases) {
                if (p.matchesAt(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The UT a mention names, or the family of UTs a name without its numeral names ("Portales": PORTALES I to IV, all
     * of one alcaldía) as one place whose value lists their claves; empty when the name is ambiguous across alcaldías.
     */
    private static java.util.Optional<Place> utPlace(String query, UtFinder.UtMention m, int start) {
        List<Gazetteer.UnidadTerritorial> candidates = m.candidates();
        if (candidates.size() == 1) {
            Gazetteer.UnidadTerritorial ut = candidates.get(0);
            String label = "UT " + ut.clave() + (ut.name() == null ? "" : " " + ut.name());
            return java.util.Optional.of(new Place(PlaceKind.UT, ut.clave(), label, start, m.end()));
        }
        if (candidates.stream().map(Gazetteer.UnidadTerritorial::alcaldiaClave).distinct().count() != 1) {
            return java.util.Optional.empty();
        }
        List<String> claves = candidates.stream().map(Gazetteer.UnidadTerritorial::clave).sorted().toList();
        String label = "UT " + query.substring(m.start(), m.end()).strip() + " (" + claves.size() + " unidades territoriales)";
        return java.util.Optional.of(new Place(PlaceKind.UT, String.join(UT_SEPARATOR, claves), label, start, m.end()));
    }

    /** Between the claves of a family of UTs in one place's value. */
    public static final String UT_SEPARATOR = ",";

    private static boolean hasLetter(String s, int from, int to) {
        return s.substring(from, to).codePoints().anyMatch(Character::isLetter);
    }

    private static int withCue(String folded, int start) {
        Matcher cue = CUE_BEFORE.matcher(folded.substring(0, start));
        return cue.find() ? cue.start() : start;
    }
}
