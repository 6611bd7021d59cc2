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
 * Local XXIV", "DTTO. 24", "Dtto. Local XXIV", "DD XIX", "dd xvii", "XX D.L.", "Distrito: Dtto. 11", "dirección distrital 24",
 * "distrito once".
 * "Distrito Federal" is not a distrito. Strength: 2 at the start of a line or right after a separator, 1 in
 * passing.
 */
final class DistritoParser {

    static final int MAX_DISTRITO = 33;

    /** A determiner right before: what follows is a noun phrase, not a label. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:el|la|los|las|un|una|su|sus|del|al|mi|ese|este)\\s+$");
    /** Distritos said in words, as a transcript writes them ("distrito once"). */
    private static final List<String> WORDS = List.of("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
            "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
            "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis",
            "veintisiete", "veintiocho", "veintinueve", "treinta", "treinta y uno", "treinta y dos", "treinta y tres");
    private static final String VALUE = "(\\d{1,2}|[ivxl]{1,7}|" + String.join("|", WORDS.reversed()) + ")(?![\\p{L}\\p{N}])";
    private static final String FILLER =
            "(?:\\s*(?:electoral|local|dtto\\.?|dto\\.?|no\\.?|num\\.?|numero|n°|nº|#|:|-|–)(?![\\p{L}])\\s*)*";
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(distrito|dist\\.|dtto\\.?|dto\\.?|d\\.\\s?d\\.|dd|d\\.\\s?l\\.|dl|direccion distrital)"
                    + FILLER + "\\s*" + VALUE);

    /** "XVII Distrito Local", "17 distrito", "7o. distrito", "5to. distrito": the number first, or an ordinal. */
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|[ivxl]{1,7})(?:\\s?[º°]|(?<=\\d)(?:o|er|ro|do|to|vo|mo|no)\\.?)?\\s+(?:distrito"
                    + "(?:\\s+electoral)?(?:\\s+local)?(?![\\p{L}])|d\\.\\s?[ld]\\.)");

    List<Mention<Integer>> find(String text) {
        String folded = Folding.foldPreservingLength(text);
        List<Mention<Integer>> found = new ArrayList<>();
        Matcher first = NUMBER_FIRST.matcher(folded);
        while (first.find()) {
            String raw = first.group(1);
            OptionalInt value = raw.chars().allMatch(Character::isDigit)
                    ? OptionalInt.of(Integer.parseInt(raw)) : RomanNumerals.parse(raw);
            if (value.isPresent() && value.getAsInt() >= 1 && value.getAsInt() <= MAX_DISTRITO) {
                found.add(new Mention<>(value.getAsInt(), first.start(), first.end(), 1));
            }
        }
        Matcher m = KEYWORD.matcher(folded);
        while (m.find()) {
            String raw = m.group(2);
            OptionalInt value = raw.chars().allMatch(Character::isDigit) ? OptionalInt.of(Integer.parseInt(raw))
                    : WORDS.contains(raw) ? OptionalInt.of(WORDS.indexOf(raw) + 1) : RomanNumerals.parse(raw);
            if (value.isEmpty() || value.getAsInt() < 1 || value.getAsInt() > MAX_DISTRITO) {
                continue;
            }
            String keyword = m.group(1);
            if (WORDS.contains(raw) && !keyword.equals("distrito")) {
                continue; // "la dirección distrital dos días después"
            }
            if (keyword.startsWith("d") && keyword.length() <= 4 && !keyword.startsWith("dt")
                    && !Character.isUpperCase(text.charAt(m.start()))
                    && !(keyword.equals("dd") && isRoman(raw) && !ARTICLE_BEFORE.matcher(folded.substring(0, m.start())).find())) {
                continue; // "dd", "dl", "d.d." count only in capitals or as a label ("bj dd xvii", not "el dd iv")
            }
            String before = Lines.before(folded, m.start()).strip();
            boolean labelled = before.isEmpty() || before.endsWith(":") || before.endsWith("·") || before.endsWith("|")
                    || before.endsWith(",") || before.endsWith("–") || before.endsWith("-") || before.endsWith("—");
            found.add(new Mention<>(value.getAsInt(), m.start(), m.end(), labelled ? 2 : 1));
        }
        return found;
    }

    private static boolean isRoman(String raw) {
        return raw.matches("[ivxl]+");
    }

    static Optional<Mention<Integer>> choose(List<Mention<Integer>> unsorted) {
        List<Mention<Integer>> mentions = new ArrayList<>(unsorted);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions.stream().filter(x -> x.strength() >= 2).findFirst().or(() -> mentions.stream().findFirst());
    }
}
