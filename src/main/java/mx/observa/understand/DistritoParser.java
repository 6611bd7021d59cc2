package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Finds the distrito electoral local (1–33) in the ways observers write it: "distrito 24", "Distrito Electoral
 * Local XXIV", "DTTO. 24", "Dtto. Local XXIV", "DTTO. LOC. XXIV", "el distrito es el 24", "DD XIX", "dd xvii", "XX D.L.", "Distrito: Dtto. 11", "dirección distrital 24",
 * "DL-XII", "(D-16)", and in words, cardinal or ordinal, after or before the word ("distrito treinta y tres",
 * "distrito quinto", "vigésimo cuarto distrito", "onceavo distrito", "segundo distrito local"; see {@link NumberWords}).
 * "distrito" typed fast loses a letter ("distrto 28", "ditrito 5"). "Distrito Federal" is not a distrito. The words are
 * the vocabulary's ({@code distrito} in config/geografia/vocabulario.yaml); this class keeps only how they combine. Strength: 2 at the start of a line or right after a separator, 1 in
 * passing.
 */
final class DistritoParser {

    static final int MAX_DISTRITO = 33;

    /** A determiner right before: what follows is a noun phrase, not a label. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:el|la|los|las|un|una|su|sus|del|al|mi|ese|este)\\s+$");
    private static final String DIGITS_OR_ROMAN = "(\\d{1,2}|[ivxl]{1,7})(?![\\p{L}\\p{N}])";
    private static final Pattern VALUE = Pattern.compile(DIGITS_OR_ROMAN);
    /**
     * "(D-16)", "(D-XIX)": a capital D, a hyphen and the number, in digits or a Roman numeral in capitals, nothing more
     * ("D-16-03" is a folio), as a label of its own.
     */
    private static final Pattern D_HYPHEN = Pattern.compile("(?<![\\p{L}\\p{N}\\-])D-(\\d{1,2}|[IVXL]{1,7})(?![\\p{L}\\p{N}]|-\\d)");
    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}])\\p{L}");
    /** "el 7 de los distritos", "el once de los distritos locales": one distrito among the others. */
    private static final Pattern ONE_OF_THE_DISTRITOS = Pattern.compile(
            "(?<![\\p{L}])el\\s+(\\d{1,2}|\\p{L}+(?:\\s+y\\s+\\p{L}+)?)\\s+de\\s+los\\s+distritos(?![\\p{L}])");

    /**
     * A word for distrito and what stands before its number ("Distrito Electoral Local", "DTTO. No.", "DL-", ":");
     * group 1 is the word, group 2 set when the number may follow in words ({@code palabras}, {@code abreviaturas}),
     * group 3 when the word is an acronym ({@code siglas}).
     */
    private final Pattern keyword;
    /**
     * "XVII Distrito Local", "17 distrito", "7o. distrito", "5to. distrito", "XX D.L.": the number first, or an ordinal;
     * the ordinal's mark may follow a period, as the RAE writes it ("26.º distrito", "1.er distrito").
     */
    private final Pattern numberFirst;
    /** The word an ordinal in words comes before: "vigésimo cuarto distrito" (not "distritos": "cinco distritos"). */
    private final Pattern distritoWord;

    /** @param vocabulary its {@code distrito} lists: the ways "distrito" is written (see config/geografia/vocabulario.yaml) */
    DistritoParser(PlaceVocabulary vocabulary) {
        PlaceVocabulary.DistritoWords w = vocabulary.distrito();
        String filler = "(?:\\s*(?:" + PlaceVocabulary.anyPhrase(w.filler()) + "(?![\\p{L}])|:|-|–|\\.{2,}|…+)\\s*)*";
        this.keyword = Pattern.compile("(?<![\\p{L}\\p{N}])((" + PlaceVocabulary.anyPhrase(concat(w.words(), w.abbreviations()))
                + ")|(" + PlaceVocabulary.anyPhrase(w.acronyms()) + ")|" + PlaceVocabulary.anyPhrase(w.others())
                + ")(?![\\p{L}])" + filler + "\\s*");
        // after the number only a word or an acronym with its periods ("XX D.L."): "5 dl" is a measure
        List<String> dotted = w.acronyms().stream().filter(a -> a.contains(".")).toList();
        this.numberFirst = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2}|[ivxl]{1,7})(?:\\.?\\s?[º°]|(?<=\\d)\\.?(?:o|er|ro|do|to|vo|mo|no)\\.?)?\\s+(?:"
                + PlaceVocabulary.anyPhrase(w.words()) + "(?:\\s+electoral)?(?:\\s+local)?(?![\\p{L}])|"
                + PlaceVocabulary.anyPhrase(dotted) + ")");
        this.distritoWord = Pattern.compile("(?<![\\p{L}])" + PlaceVocabulary.anyPhrase(w.words()) + "(?![\\p{L}])");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    List<Mention<Integer>> find(String text) {
        String folded = Folding.foldPreservingLength(text);
        List<Mention<Integer>> found = new ArrayList<>();
        Matcher first = numberFirst.matcher(folded);
        while (first.find()) {
            OptionalInt value = digitsOrRoman(first.group(1), text.substring(first.start(1), first.end(1)));
            if (inRange(value)) {
                found.add(new Mention<>(value.getAsInt(), first.start(), first.end(), 1));
            }
        }
        Matcher before = distritoWord.matcher(folded);
        while (before.find()) {
            ordinalBefore(folded, before.start()).ifPresent(p -> found.add(
                    new Mention<>(p.value(), p.start(), before.end(), labelled(folded, p.start()) ? 2 : 1)));
        }
        Matcher oneOf = ONE_OF_THE_DISTRITOS.matcher(folded);
        while (oneOf.find()) {
            String number = oneOf.group(1);
            OptionalInt value = number.chars().allMatch(Character::isDigit) ? OptionalInt.of(Integer.parseInt(number))
                    : valueInWords(number);
            if (inRange(value)) {
                found.add(new Mention<>(value.getAsInt(), oneOf.start(), oneOf.end(), 1));
            }
        }
        Matcher hyphen = D_HYPHEN.matcher(text);
        while (hyphen.find()) {
            OptionalInt value = digitsOrRoman(hyphen.group(1), hyphen.group(1));
            // a label of its own, "(D-16)" or "…, D-16", not a form's name ("Formato D-1")
            boolean own = hyphen.start() > 0 && text.charAt(hyphen.start() - 1) == '(' || labelled(folded, hyphen.start());
            if (own && inRange(value)) {
                found.add(new Mention<>(value.getAsInt(), hyphen.start(), hyphen.end(), 1));
            }
        }
        Matcher m = keyword.matcher(folded);
        while (m.find()) {
            boolean wordsMayFollow = m.group(2) != null;
            boolean acronym = m.group(3) != null;
            int at = m.end();
            Matcher v = VALUE.matcher(folded).region(at, folded.length());
            OptionalInt value;
            int end;
            boolean inWords = false;
            if (v.lookingAt()) {
                value = digitsOrRoman(v.group(1), text.substring(v.start(1), v.end(1)));
                end = v.end();
            } else {
                Optional<NumberWords.Parsed> words = NumberWords.at(folded, at);
                // "del distrito un grupo…": the article "un", "una" is no number
                if (words.isEmpty() || folded.substring(at, words.get().end()).matches("una?")) {
                    continue;
                }
                value = OptionalInt.of(words.get().value());
                end = words.get().end();
                inWords = true;
            }
            if (!inRange(value)) {
                continue;
            }
            if (inWords && !wordsMayFollow && (acronym && !labelsInCapitals(text, folded, m)
                    || !closesPhrase(folded, end))) {
                // "la dirección distrital dos días después", "dl dos", "el DL dos": words after the office's name, or
                // after an acronym in capitals that labels ("…, DD diez"), only when they close the phrase; after an
                // acronym in lower case or after an article never
                continue;
            }
            if (acronym && !Character.isUpperCase(text.charAt(m.start()))
                    && ARTICLE_BEFORE.matcher(folded.substring(0, m.start())).find()) {
                continue; // "dd", "dl", "d.d." in lower case are a label ("bj dd xvii", "ut 06-005 — dl 15"), not "el dd iv"
            }
            found.add(new Mention<>(value.getAsInt(), m.start(), end, labelled(folded, m.start()) ? 2 : 1));
        }
        return found;
    }

    /**
     * Whether the acronym of {@code m} (its group 3) is written in capitals ("DD", "D.L.", not "dd") with no article
     * before it: a label of the place ("Ampliación Moctezuma, DD diez"), not a noun phrase ("el DL dos").
     */
    private static boolean labelsInCapitals(String text, String folded, Matcher m) {
        return text.substring(m.start(3), m.end(3)).chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && !ARTICLE_BEFORE.matcher(folded.substring(0, m.start())).find();
    }

    /** What may close a name: a stop, a comma, a colon, a bracket, the end of a line or of the text. */
    private static final Pattern PHRASE_CLOSE = Pattern.compile("[ \\t]*(?:[.,;:)\\]\\n]|$)");

    /**
     * Whether a number in words closes the phrase it ends ("Dirección Distrital treinta y tres.", "…a la Dirección
     * Distrital dos, con copia…"): the office's name, not a count of what comes next ("la dirección distrital dos días
     * después", "la Dirección Distrital dos veces").
     */
    private static boolean closesPhrase(String folded, int end) {
        return PHRASE_CLOSE.matcher(folded).region(end, folded.length()).lookingAt();
    }

    /**
     * The number of a distrito written in words, cardinal or ordinal ("veinticuatro", "vigésimo cuarto", "DL
     * once"): what a search query or a label holds once the word "distrito" is taken off.
     */
    static OptionalInt valueInWords(String words) {
        return NumberWords.parse(Folding.foldPreservingLength(words).toLowerCase(java.util.Locale.ROOT))
                .filter(p -> p.value() >= 1 && p.value() <= MAX_DISTRITO)
                .map(p -> OptionalInt.of(p.value())).orElse(OptionalInt.empty());
    }

    /** An ordinal in words that ends right before {@code keywordStart}: "decimonoveno distrito", "vigésimo cuarto distrito". */
    private static Optional<NumberWords.Parsed> ordinalBefore(String folded, int keywordStart) {
        int lineStart = Lines.start(folded, keywordStart);
        int from = Math.max(lineStart, keywordStart - 40);
        Matcher w = WORD_START.matcher(folded).region(from, keywordStart);
        List<Integer> starts = new ArrayList<>();
        while (w.find()) {
            starts.add(w.start());
        }
        for (int start : starts) { // earliest first: the longest phrase
            Optional<NumberWords.Parsed> p = NumberWords.at(folded, start)
                    .filter(x -> x.ordinal() && folded.substring(x.end(), keywordStart).matches("\\s+"));
            if (p.isPresent() && p.get().value() >= 1 && p.get().value() <= MAX_DISTRITO) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static boolean labelled(String folded, int start) {
        String before = Lines.before(folded, start).strip();
        return before.isEmpty() || before.endsWith(":") || before.endsWith("·") || before.endsWith("|")
                || before.endsWith(",") || before.endsWith("–") || before.endsWith("-") || before.endsWith("—");
    }

    private static boolean inRange(OptionalInt value) {
        return value.isPresent() && value.getAsInt() >= 1 && value.getAsInt() <= MAX_DISTRITO;
    }

    /**
     * @param written the number as written: a scan reads the I of a Roman numeral as a lower-case l among capitals
     *                ("XXlX" is XXIX)
     */
    private static OptionalInt digitsOrRoman(String folded, String written) {
        if (folded.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseInt(folded));
        }
        OptionalInt roman = RomanNumerals.parse(folded);
        if (roman.isEmpty() && written.matches("[IVXL]*l[IVXLl]*") && written.chars().anyMatch(Character::isUpperCase)) {
            return RomanNumerals.parse(written.replace('l', 'I'));
        }
        return roman;
    }

    static Optional<Mention<Integer>> choose(List<Mention<Integer>> unsorted) {
        List<Mention<Integer>> mentions = new ArrayList<>(unsorted);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions.stream().filter(x -> x.strength() >= 2).findFirst().or(() -> mentions.stream().findFirst());
    }
}
