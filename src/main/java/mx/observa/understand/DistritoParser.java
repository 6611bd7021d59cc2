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
 * "distrito" typed fast loses a letter ("distrto 28", "ditrito 5"). "Distrito Federal" is not a distrito. Strength: 2 at the start of a line or right after a separator, 1 in
 * passing.
 */
final class DistritoParser {

    static final int MAX_DISTRITO = 33;

    /** A determiner right before: what follows is a noun phrase, not a label. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:el|la|los|las|un|una|su|sus|del|al|mi|ese|este)\\s+$");
    private static final String DIGITS_OR_ROMAN = "(\\d{1,2}|[ivxl]{1,7})(?![\\p{L}\\p{N}])";
    /** Between the keyword and its number: "electoral local", "No.", ":", "-" ("DL-XII"). */
    private static final String FILLER =
            "(?:\\s*(?:(?:electoral|local|loc\\.?|dtto\\.?|dto\\.?|no\\.?|num\\.?|numero|n°|nº|#|es el)(?![\\p{L}])|:|-|–|\\.{2,}|…+)\\s*)*";
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(dis?tr?i?to|districto|dist\\.|dtto\\.?|dto\\.?|d\\.\\s?d\\.|dd|d\\.\\s?l\\.|dl|direccion distrital)(?![\\p{L}])"
                    + FILLER + "\\s*");
    private static final Pattern VALUE = Pattern.compile(DIGITS_OR_ROMAN);
    /**
     * "(D-16)", "(D-XIX)": a capital D, a hyphen and the number, in digits or a Roman numeral in capitals, nothing more
     * ("D-16-03" is a folio), as a label of its own.
     */
    private static final Pattern D_HYPHEN = Pattern.compile("(?<![\\p{L}\\p{N}\\-])D-(\\d{1,2}|[IVXL]{1,7})(?![\\p{L}\\p{N}]|-\\d)");

    /** "XVII Distrito Local", "17 distrito", "7o. distrito", "5to. distrito": the number first, or an ordinal. */
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|[ivxl]{1,7})(?:\\s?[º°]|(?<=\\d)(?:o|er|ro|do|to|vo|mo|no)\\.?)?\\s+(?:distrito"
                    + "(?:\\s+electoral)?(?:\\s+local)?(?![\\p{L}])|d\\.\\s?[ld]\\.)");
    /** The word an ordinal in words comes before: "vigésimo cuarto distrito" (not "distritos": "cinco distritos"). */
    private static final Pattern DISTRITO_WORD = Pattern.compile("(?<![\\p{L}])distrito(?![\\p{L}])");
    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}])\\p{L}");
    /** "el 7 de los distritos", "el once de los distritos locales": one distrito among the others. */
    private static final Pattern ONE_OF_THE_DISTRITOS = Pattern.compile(
            "(?<![\\p{L}])el\\s+(\\d{1,2}|\\p{L}+(?:\\s+y\\s+\\p{L}+)?)\\s+de\\s+los\\s+distritos(?![\\p{L}])");

    List<Mention<Integer>> find(String text) {
        String folded = Folding.foldPreservingLength(text);
        List<Mention<Integer>> found = new ArrayList<>();
        Matcher first = NUMBER_FIRST.matcher(folded);
        while (first.find()) {
            OptionalInt value = digitsOrRoman(first.group(1), text.substring(first.start(1), first.end(1)));
            if (inRange(value)) {
                found.add(new Mention<>(value.getAsInt(), first.start(), first.end(), 1));
            }
        }
        Matcher before = DISTRITO_WORD.matcher(folded);
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
        Matcher m = KEYWORD.matcher(folded);
        while (m.find()) {
            String keyword = m.group(1);
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
            if (inWords && !keyword.equals("distrito") && !keyword.startsWith("dt") && !keyword.startsWith("dto")) {
                continue; // "la dirección distrital dos días después", "dl dos": words only after a word for distrito
            }
            boolean abbreviation = keyword.startsWith("d") && keyword.length() <= 4 && !keyword.startsWith("dt");
            if (abbreviation && !Character.isUpperCase(text.charAt(m.start()))
                    && ARTICLE_BEFORE.matcher(folded.substring(0, m.start())).find()) {
                continue; // "dd", "dl", "d.d." in lower case are a label ("bj dd xvii", "ut 06-005 — dl 15"), not "el dd iv"
            }
            found.add(new Mention<>(value.getAsInt(), m.start(), end, labelled(folded, m.start()) ? 2 : 1));
        }
        return found;
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
