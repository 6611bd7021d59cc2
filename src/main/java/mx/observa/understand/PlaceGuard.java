package mx.observa.understand;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Tells a person's name from a place named after a person, which the commission must read: a run of capitalized
 * words introduced by a place word («colonia Miguel Hidalgo», «Escuela Primaria "Benito Juárez"», «calle
 * Cuauhtémoc», «Hospital General Dr. Manuel Gea González»), a run that is the name of an alcaldía or a unidad
 * territorial of the catalogue, or of a public figure streets and schools are named after, a run that begins with a
 * place phrase («Casa de Cultura Jaime Sabines»), and a run followed by a street number or «esquina».
 */
final class PlaceGuard {

    private final PrivacyVocabulary vocabulary;
    private final Gazetteer gazetteer;
    private final Pattern placeWordAtEnd;
    private final Pattern placeWordAtStart;
    /** A person's verb right after a word, maybe after an object pronoun: "… estaba en la fila", "… le explicó". */
    private final Pattern personVerbAfter;
    /**
     * A street number has no leading zero and is no time of day: "audio de … 07 15" after a name stamps when a voice note
     * was sent.
     */
    private static final String NO_TIME = "(?!0\\d|(?:[01]?\\d|2[0-3])[ :.h][0-5]\\d(?!\\d))";
    private static final Pattern STREET_AFTER = Pattern.compile(
            "^[\"'”»]?\\s*(?:(?:,\\s*)?(?:no\\.?|num\\.?|numero|#)\\s*\\d|" + NO_TIME + "\\d{1,5}\\b(?!\\s*(?:anos|personas|votos|boletas|:))|esquina\\b|esq\\.)");

    /**
     * A list written on one line, «1. Ana Ruiz 2. Eva Paz 3. …»: the number after a name is the next item's when the
     * name opens an item numbered one less. An address after a name has no item number before it («Ana Ruiz 2»).
     */
    private static final Pattern NEXT_ITEM_AFTER = Pattern.compile("^[ \\t]+(\\d{1,2})[.)][ \\t]");
    private static final Pattern ITEM_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})[.)][ \\t]+$");

    /** Every word of a catalogue place's name that no person carries as a name ("ameyalco", "atocpan", "pedregal"). */
    private final Set<String> placeOnlyWords;

    PlaceGuard(PrivacyVocabulary vocabulary, Gazetteer gazetteer) {
        this.vocabulary = vocabulary;
        this.gazetteer = gazetteer;
        Set<String> placeWords = new HashSet<>();
        gazetteer.uts().forEach(ut -> placeWords.addAll(Arrays.asList(ut.normalizedName().split(" "))));
        gazetteer.alcaldias().forEach(a -> placeWords.addAll(Arrays.asList(Folding.normalizeName(a.name()).split(" "))));
        placeWords.removeIf(w -> w.length() < 4 || vocabulary.isKnownName(w));
        this.placeOnlyWords = Set.copyOf(placeWords);
        this.placeWordAtEnd = Pattern.compile("(?:^|[^\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.places) + "\\.?$");
        // a run that begins with a place phrase of several words: "Casa de Cultura Jaime Sabines"
        this.placeWordAtStart = Pattern.compile("^" + PrivacyVocabulary.alternation(vocabulary.places) + "(?![\\p{L}])");
        this.personVerbAfter = Pattern.compile("^[ \\t]+(?:(?:me|te|le|les|nos|se|lo|la)[ \\t]+)?"
                + PrivacyVocabulary.alternation(vocabulary.personVerbs) + "(?![\\p{L}])");
    }

    /** Whether words {@code from..to} (inclusive) of {@code text} name a place rather than a person. */
    boolean isPlace(String text, List<Words.Word> words, int from, int to) {
        String run = text.substring(words.get(from).start(), words.get(to).end());
        return isPlaceName(run) || placeWordAtStart.matcher(Folding.foldPreservingLength(run)).find()
                || inPlaceContext(text, words, from, to);
    }

    /** Whether words {@code from..to} begin with a place word or phrase ("Parque Hundido", "Casa de Cultura …"). */
    boolean startsWithPlaceWord(String text, List<Words.Word> words, int from, int to) {
        return startsWithPlaceWord(text.substring(words.get(from).start(), words.get(to).end()));
    }

    boolean startsWithPlaceWord(String candidate) {
        return placeWordAtStart.matcher(Folding.foldPreservingLength(candidate)).find();
    }

    /**
     * Only what surrounds the words says it is a place (a place word before, a street number after): for a name
     * after a title or role, where "la señora Anzures" is a person although Anzures is also a colonia.
     */
    boolean inPlaceContext(String text, List<Words.Word> words, int from, int to) {
        return introducedByPlaceWord(text, words, from, to)
                || streetNumberAfter(text, words.get(from).start(), shortlyAfter(text, words.get(to).end()));
    }

    private static boolean streetNumberAfter(String text, int start, String after) {
        Matcher next = NEXT_ITEM_AFTER.matcher(after);
        if (next.find()) {
            Matcher item = ITEM_BEFORE.matcher(text).region(Lines.nearStart(text, start), start);
            if (item.find() && Integer.parseInt(item.group(1)) + 1 == Integer.parseInt(next.group(1))) {
                return false;
            }
        }
        return STREET_AFTER.matcher(Folding.foldPreservingLength(after).stripLeading()).find();
    }

    /**
     * After a title or role only the context, or the name of a public figure, says it is a place: "la señora Anzures"
     * is a person although Anzures is a colonia; the Escuela «Profra. Carmen Serdán» is a school.
     */
    boolean isPlaceAfterTitle(String text, List<Words.Word> words, int from, int to) {
        return vocabulary.publicFigures.contains(Folding.normalizeName(text.substring(words.get(from).start(), words.get(to).end())))
                || inPlaceContext(text, words, from, to);
    }

    /**
     * Whether {@code text[start, end)} — a form of a known name found there — names a place; with {@code addressed}
     * (the form comes after a title or role) only the context counts.
     */
    boolean isPlaceAt(String text, int start, int end, boolean addressed) {
        return isPlaceAt(text, start, end, addressed, false);
    }

    /**
     * @param lone one word of a known name on its own ("Saludos, Tránsito."): a colonia or UT that happens to share it
     *             does not make it a place; what surrounds it must ({@link #isLonePlace})
     */
    boolean isPlaceAt(String text, int start, int end, boolean addressed, boolean lone) {
        // what surrounds the form on its line, within a reach that keeps many forms on one long line linear
        int lineStart = Math.max(Lines.nearContinuedStart(text, start), start - AROUND);
        String line = text.substring(lineStart, Math.min(Lines.nearEnd(text, end), end + AROUND));
        List<Words.Word> words = Words.of(line);
        int from = Words.firstAtOrAfter(words, start - lineStart);
        int to = Words.lastEndingBefore(words, end - lineStart);
        if (from > to || to >= words.size()) {
            return false;
        }
        // a piece of a longer run of capitalized words: "Miguel" in "en Miguel Hidalgo"
        int wideFrom = from;
        int wideTo = to;
        while (wideFrom > 0 && widens(words.get(wideFrom - 1)) && line.substring(words.get(wideFrom - 1).end(), words.get(wideFrom).start()).isBlank()) {
            wideFrom--;
        }
        while (wideTo + 1 < words.size() && widens(words.get(wideTo + 1)) && line.substring(words.get(wideTo).end(), words.get(wideTo + 1).start()).isBlank()) {
            wideTo++;
        }
        boolean wider = wideFrom != from || wideTo != to;
        if (addressed) {
            // «Sor Juana», a known Juana's given name after a title: the title and the name together are a listed figure
            return isPlaceAfterTitle(line, words, from, to)
                    || wider && isPlaceName(line.substring(words.get(wideFrom).start(), words.get(wideTo).end()));
        }
        if (lone && !wider && from == to && opensLineBeforeAPersonsVerb(text, start, end)) {
            return false; // "…otra colonia\namaya le explicó": the place word ended the line before, the person acts here
        }
        if (lone && !wider && from == to) {
            return isLonePlace(line, words, from);
        }
        return isPlace(line, words, from, to) || wider && isPlace(line, words, wideFrom, wideTo);
    }

    private boolean opensLineBeforeAPersonsVerb(String text, int start, int end) {
        int lineStart = Lines.nearStart(text, start);
        return lineStart > 0 && text.substring(lineStart, start).isBlank()
                && personVerbAfter.matcher(Folding.foldPreservingLength(Lines.nearAfter(text, end))).find();
    }

    /**
     * A capitalized word that may continue a place name around a form; in a line written in capitals every word is
     * capitalized, so there a function word ("HINOJOSA SE FUE A LAS 12") ends the run, and so does a title ("LA
     * SEÑORA CRESCENCIA": a title names the person after it, it does not start a place's name).
     */
    private boolean widens(Words.Word word) {
        return word.capitalized() && !(word.upper() && (vocabulary.isFunctionWord(word.folded()) || vocabulary.isTitle(word.folded())));
    }

    /**
     * The few characters after {@code pos} in its cell, where a street number or «esquina» would be: a tab parts a
     * table's cells, so the phone or the number of the next cell ("Lencho Quiroz\t55 5555 3130") is no street number.
     * A phone written in groups ("… 55 5555 3130") is not one either.
     */
    private static String shortlyAfter(String text, int pos) {
        String after = text.substring(pos, Math.min(text.length(), pos + 40));
        int cut = after.indexOf('\n');
        after = cut < 0 ? after : after.substring(0, cut);
        int cell = after.indexOf('\t');
        after = cell < 0 ? after : after.substring(0, cell);
        return PHONE_AFTER.matcher(after).lookingAt() ? "" : after;
    }

    /** A phone number right after a name: groups of digits making seven digits or more ("55 5555 3130", "(55) 5555-3118"). */
    private static final Pattern PHONE_AFTER = Pattern.compile("^[ ,;:]*\\(?\\+?\\d{2,4}\\)?(?:[ .\\-·]?\\d{2,4}){2,4}(?!\\d)");

    /** How far around a form of a known name its place context is looked for: farther than any place word. */
    private static final int AROUND = 160;

    /** Before a word alone, these make it a place or a devotion: "en Tránsito", "Virgen de Guadalupe", "San Martín". */
    private static final Set<String> PLACE_BEFORE = Set.of("en", "hacia", "san", "santa", "santo",
            "virgen", "nuestra");
    /**
     * Before a word alone that is also a colonia or UT, these make it the place ("de Guerrero", "la Tránsito"); before
     * an unknown given name, a devotion or a place ("Virgen de Guadalupe", "la Paz", "Los Reyes").
     */
    static final Set<String> ARTICLE_OR_DE = Set.of("de", "del", "el", "la", "los", "las", "al");

    /**
     * One capitalized word standing alone (no capitalized neighbour) names a place by its context — a place word, a
     * street number, "en" or a saint's title before it — as a public figure's name, or as a colonia, UT or alcaldía
     * that is no known given name or surname or comes after "de" or an article ("la Guerrero"). That a colonia shares
     * a person's name is not enough: many given names and surnames are also colonias ("Saludos, Tránsito.").
     */
    boolean isLonePlace(String text, List<Words.Word> words, int k) {
        String before = k > 0 && text.substring(words.get(k - 1).end(), words.get(k).start()).matches("[ \\t]*")
                ? words.get(k - 1).folded() : "";
        if (PLACE_BEFORE.contains(before) || isPlaceAfterTitle(text, words, k, k)) {
            return true;
        }
        String word = words.get(k).text();
        return gazetteer.isPlaceName(Folding.normalizeName(word))
                && (ARTICLE_OR_DE.contains(before) || !vocabulary.isKnownName(words.get(k).folded()));
    }

    /**
     * A word alone that may stand for a place of the catalogue ("Buenas tardes, Ameyalco."): it is part of a colonia's,
     * pueblo's or alcaldía's name and no given name or surname.
     */
    boolean isWordOfPlaceName(String folded) {
        return placeOnlyWords.contains(folded);
    }

    /** The whole string is an alcaldía, a unidad territorial or a public figure places are named after. */
    boolean isPlaceName(String candidate) {
        String normalized = Folding.normalizeName(candidate);
        return vocabulary.publicFigures.contains(normalized) || gazetteer.isPlaceName(normalized);
    }

    /**
     * Walks back from the run over capitalized words, connectors, numbers, quotes and «No.», on the same line (or the
     * line before, when it runs on into this one), and looks for a place word there.
     */
    private boolean introducedByPlaceWord(String text, List<Words.Word> words, int from, int to) {
        int lineStart = Lines.nearContinuedStart(text, words.get(from).start());
        int ownStart = Lines.nearStart(text, words.get(from).start());
        if (lineStart != ownStart && NEW_ENTRY.matcher(text).region(ownStart, words.get(from).start()).lookingAt()) {
            lineStart = ownStart; // "…Deportivo Francisco J. Múgica\n01.05.2022 08:40 Chivis": a chat line or an item starts anew
        }
        if (lineStart != ownStart && sameTableRows(text.substring(lineStart, ownStart), text.substring(ownStart, Lines.nearEnd(text, ownStart)))) {
            lineStart = ownStart; // "…,Calzada Jalalpa\nGaudencio Nájera,5555-7619,,…": a table's row ends with its line
        }
        if (lineStart != ownStart && NUMBER_AT_LINE_END.matcher(text).region(lineStart, ownStart).find()
                && TITLE_AT_LINE_START.matcher(text).region(ownStart, words.get(from).start()).matches()) {
            // "SUPERVISIÓN ESCOLAR DE ZONA 112\nMTRO. EUSEBIO CANTÚ": a heading closed by its number, then an addressee
            lineStart = ownStart;
        }
        int k = from;
        for (int steps = 0; steps < 10; steps++) {
            int boundary = words.get(k).start();
            String before = Folding.foldPreservingLength(text.substring(Math.max(lineStart, boundary - 60), boundary));
            String trimmed = TRAILING_MARKS.matcher(before).replaceAll("");
            // (?s): the context may run on from the line before, and a mark there ("…San Nicolás\n3) Nepomuceno") ends it too
            // a dash before the words parts them from what came before: "…en el Parque de los Periodistas. — Sam" signs
            if (PUNCTUATION_AT_END.matcher(before).matches() && !NUMBER_AT_END.matcher(before).matches()
                    || sentenceEnds(before) && !titleBefore(before)) {
                return false;
            }
            Matcher m = placeWordAtEnd.matcher(trimmed);
            if (m.find()) {
                return !betweenPeople(text, words, to, trimmed);
            }
            k--;
            if (k < 0 || words.get(k).start() < lineStart) {
                return false;
            }
            Words.Word w = words.get(k);
            // "Escuela Nacional para Ciegos Ignacio Trigueros": "para" inside an institution's name, before a capitalized
            // word that is no person's name
            boolean inName = w.folded().equals("para") && words.get(k + 1).capitalized() && !vocabulary.isKnownName(words.get(k + 1).folded());
            boolean skippable = w.capitalized() || CONNECTORS.contains(w.folded()) || w.folded().equals("no") || inName;
            // in a text written in capitals the article is in capitals too: "LA SEÑORA CRESCENCIA"
            Words.Word article = k > 0 ? words.get(k - 1) : null;
            boolean addressed = vocabulary.isTitle(w.folded()) && article != null
                    && (ARTICLES.contains(article.text()) || article.upper() && w.upper() && ARTICLES.contains(article.folded()));
            if (!skippable || addressed) {
                return false;
            }
        }
        return false;
    }

    /** «entre» ending what stands before a run. */
    private static final Pattern BETWEEN_AT_END = Pattern.compile("(?:^|[^\\p{L}])entre$");
    /** «y» or «e» and an article, or a possessive, opening the second of two: "… y el hijo de la señora", "… y su cuñado". */
    private static final Pattern AND_A_NOUN_PHRASE = Pattern.compile("^[ \\t]+[ye][ \\t]+(?:el|la|los|las|un|una|su|sus|mi|mis)[ \\t]+(\\p{L}+)");

    /**
     * «entre» leads to two streets ("entre Hidalgo y Morelos", "entre la calle Cuauhtémoc y la avenida …") or to two
     * parties ("pleito entre Mauro Peniche y el hijo de la señora Vélez", "riña entre … y el vecino del taller"): when
     * the second is a noun phrase with its article or a possessive, and that noun is no place word, they are people.
     */
    private boolean betweenPeople(String text, List<Words.Word> words, int to, String before) {
        if (!BETWEEN_AT_END.matcher(before).find()) {
            return false;
        }
        Matcher second = AND_A_NOUN_PHRASE.matcher(Folding.foldPreservingLength(text.substring(words.get(to).end(),
                Math.min(text.length(), words.get(to).end() + 40))));
        return second.find() && !vocabulary.places.contains(second.group(1));
    }

    /** A line that opens with a date, a time, a number or a bullet: a new entry (a chat line, a list item), not a run-on. */
    /** A line that ends with a number: the number closes what the line names ("ZONA 112", "DISTRITO 14"). */
    private static final Pattern NUMBER_AT_LINE_END = Pattern.compile("\\d[ \\t]*\\n[ \\t]*$");
    /** An abbreviated title with its period, all that stands before a name at the head of its line ("MTRO. ", "Lic. "). */
    private static final Pattern TITLE_AT_LINE_START = Pattern.compile("[ \\t]*\\p{L}{1,6}\\.[ \\t]+");
    /** A cell separator of a delimited table: a tab, or a comma with no space after it (prose puts one there). */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t|,(?![ ])");

    /** Two lines that are rows of one delimited table: the same number of cells, at least three. */
    static boolean sameTableRows(String previous, String own) {
        long cells = CELL_SEPARATOR.matcher(previous.strip()).results().count();
        return cells >= 2 && cells == CELL_SEPARATOR.matcher(own.strip()).results().count();
    }

    private static final Pattern NEW_ENTRY = Pattern.compile("[ \\t]*(?:[\\[(]?\\d|[-•*·–—])");

    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.\\s+$");

    /** "…Escuela Primaria Profr. Rafael Ramírez": the period closes a title's abbreviation, not a sentence. */
    private boolean titleBefore(String before) {
        Matcher m = LAST_WORD.matcher(before);
        return m.find() && vocabulary.isTitle(m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Short words that end sentences and are no abbreviation (an abbreviation's period ends nothing: «Col.», «No.»):
     * «… avenida Insurgentes Sur. Espejel dejó…», «… llegó hoy. Rocha…». Folded text.
     */
    private static final String SHORT_WORDS = "(?:sur|el|yo|ya|hoy|ahi|asi|mas|mal|fue|dia|son|uno|dos|ver|ir)";

    /**
     * A sentence ended between the place word and the run ("… calle Sur 20. José Ángel …", "… escuela «Niños
     * Héroes». Perla Orduña …").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:\\p{L}{4,}|\\d|(?<!\\p{L})" + SHORT_WORDS + ")[\"'”»)]?[.!?][\"'”»]?\\s+[\"'“«]?$");

    /**
     * Whether {@link #SENTENCE_END} is found in {@code before}. Only what follows the last «.», «!» or «?» can close
     * a sentence there (quotes and spaces, never a letter or a digit), so most contexts are settled without the
     * pattern, whose every start is tried at each word of the context (a tenth of a report's detection, 2026-12-07).
     */
    static boolean sentenceEnds(String before) {
        int mark = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf('!'), before.lastIndexOf('?')));
        if (mark < 0) {
            return false;
        }
        for (int i = mark + 1; i < before.length(); i++) {
            if (Character.isLetterOrDigit(before.charAt(i))) {
                return false;
            }
        }
        return SENTENCE_END.matcher(before).find();
    }

    /** Quotes, spaces, marks and numbers ending the context before a run: what a place word may be followed by. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\"'“”«»#.,0-9-]+$");
    /** The context ends with a mark that parts what came before (compiled once: it is asked for every run). */
    private static final Pattern PUNCTUATION_AT_END = Pattern.compile("(?s).*[,;:()\\[\\]—–]\\s*$");
    /** … unless that mark is a comma after a number. */
    private static final Pattern NUMBER_AT_END = Pattern.compile("(?s).*\\d[,]?\\s*$");

    /** «la Sra. …», «el Lic. …»: a title after an article addresses a person, even inside a longer run. */
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "al", "del");
    private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los");
}
