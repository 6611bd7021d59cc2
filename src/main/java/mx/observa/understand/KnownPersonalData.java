package mx.observa.understand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * What is already known to be personal in one report — the observer, the sender, a signature, a name, phone or
 * e-mail found anywhere in it, the names in its file name — so that <b>every</b> occurrence is found wherever a
 * piece of that report is shown (a finding, a snippet, its file name): in full, in upper case, without accents, and
 * in the partial forms people use: given name + first surname, all given names + first surname, surnames before the
 * given name ("Orduña Ríos, Perla"), surnames alone ("Benavides abrió la mesa", "la Sra. Gómez"), the first given
 * name or its short form alone ("Norma", "Paty"), initials ("L. Arriaga", "J. A. Mejía", "Bravo, L."). Where the
 * given names end is not always known (a second given name missing from the list): every likely split is tried. A
 * phone number matches with any separators, an e-mail in any case. A form glued to the word before it by a lost
 * space ("FirmaSILVIA RENTERÍA") is found where the case shows the seam. Partial forms that name a place (a known
 * "Miguel Hidalgo Pérez" does not hide the alcaldía Miguel Hidalgo) are left alone.
 */
public final class KnownPersonalData {

    public static final KnownPersonalData NONE = new KnownPersonalData(Set.of());

    /** Besides a name's particles ({@code particulas_de_nombre}), the conjunctions of «Ortega y Gasset». */
    private static final Set<String> CONJUNCTIONS = Set.of("y", "e");
    private static final String SEPARATOR = "(?:[\\s_.,\\-]+(?:(?:de|del|la|las|los|y)[\\s_.\\-]+)*)";

    /**
     * Sorted, so that the forms are compiled in the same order in every run: a {@code Set.copyOf} iterates in an order
     * drawn anew by every JVM, and the order of the forms decided which of two with the same pattern was kept (see
     * {@link #add}).
     */
    private final List<String> strings;
    private volatile Compiled compiled;
    private volatile Compiled compiledLowerCase;

    private KnownPersonalData(Set<String> strings) {
        this.strings = List.copyOf(new TreeSet<>(strings));
    }

    /** From strings found before (blank ones ignored). */
    public static KnownPersonalData of(Collection<String> strings) {
        Set<String> set = new TreeSet<>();
        if (strings != null) {
            for (String s : strings) {
                if (s != null && !s.isBlank()) {
                    set.add(s.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return set.isEmpty() ? NONE : new KnownPersonalData(set);
    }

    /**
     * These strings and {@code more}. Where {@code more} adds nothing (a finding's names, all known from its report's
     * whole text), this one, whose forms are compiled already: compiling them anew for every finding of a report made
     * the work names × findings.
     */
    public KnownPersonalData with(Collection<String> more) {
        if (more.isEmpty() || known().containsAll(of(more).strings)) {
            return this;
        }
        List<String> all = new ArrayList<>(strings);
        all.addAll(more);
        return of(all);
    }

    private volatile Set<String> known;

    /** The known strings, for lookups. */
    private Set<String> known() {
        Set<String> k = known;
        if (k == null) {
            k = Set.copyOf(strings);
            known = k;
        }
        return k;
    }

    /** The known strings, sorted. */
    public List<String> strings() {
        return strings;
    }

    public boolean isEmpty() {
        return strings.isEmpty();
    }

    /**
     * Every occurrence in {@code text} of a known string or of a form of a known name.
     *
     * @param lowerCaseText the text is written without capitals where they go (a chat, dictated notes,
     *                      {@link #writtenInLowerCase}): there a known name's words are looked for in lower case too
     */
    List<PersonalData> occurrences(String text, PrivacyVocabulary vocabulary, PlaceGuard places, boolean lowerCaseText) {
        if (strings.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        return search(compiled(vocabulary, places, lowerCaseText), text, vocabulary, places);
    }

    /**
     * {@link #occurrences} of these strings and {@code more}, as {@code with(more).occurrences(…)} finds them, without
     * compiling the forms of these strings again: a report's every finding is read with all that its whole text revealed
     * plus the few names the finding alone shows, and compiling the forms of every name of the report again for each
     * finding made the work names × findings. The forms of the added strings are compiled apart, read the way the
     * whole set reads them; where the added strings change how the set reads its names (a name in lower case, the
     * words of an address), every form is compiled again as before.
     */
    List<PersonalData> occurrences(Collection<String> more, String text, PrivacyVocabulary vocabulary, PlaceGuard places,
                                   boolean lowerCaseText) {
        KnownPersonalData all = with(more);
        if (all == this || strings.isEmpty() || text.isEmpty()) {
            return all.occurrences(text, vocabulary, places, lowerCaseText);
        }
        Set<String> known = known();
        KnownPersonalData added = new KnownPersonalData(new TreeSet<>(all.strings.stream().filter(s -> !known.contains(s)).toList()));
        Compiled c = compiled(vocabulary, places, lowerCaseText);
        Reading reading = added.reading(vocabulary, lowerCaseText);
        if (reading.lowerCaseNames() && !c.reading().lowerCaseNames() || !c.reading().lowerWords().containsAll(reading.lowerWords())) {
            return all.occurrences(text, vocabulary, places, lowerCaseText);
        }
        List<PersonalData> found = new ArrayList<>(search(c, text, vocabulary, places));
        found.addAll(search(added.compile(vocabulary, places, c.reading()), text, vocabulary, places));
        return found;
    }

    /** The forms of these strings, compiled once per vocabulary and way of reading the text. */
    private Compiled compiled(PrivacyVocabulary vocabulary, PlaceGuard places, boolean lowerCaseText) {
        Compiled c = lowerCaseText ? compiledLowerCase : compiled;
        if (c == null || c.vocabulary != vocabulary) {
            c = compile(vocabulary, places, reading(vocabulary, lowerCaseText));
            if (lowerCaseText) {
                compiledLowerCase = c;
            } else {
                compiled = c;
            }
        }
        return c;
    }

    private List<PersonalData> search(Compiled c, String text, PrivacyVocabulary vocabulary, PlaceGuard places) {
        // a scan's "R0J0" is the known "Rojo" ({@link OcrDigits}); same length, same offsets
        String folded = Folding.foldPreservingLength(OcrDigits.asLetters(text));
        List<PersonalData> found = new ArrayList<>();
        // where each form's anchor occurs, and where runs of initials start: found once for all the forms, so that each
        // form is tried only around them (FormSearch) and the work grows with the text, not with names × text
        Map<String, int[]> anchors = c.anchors.in(folded);
        InitialRuns initials = c.hasInitials ? InitialRuns.of(folded) : null;
        for (int index : c.present(anchors.keySet(), initials)) {
            Form form = c.forms.get(index);
            Matcher m = form.pattern.matcher(folded);
            int length = folded.length();
            FormSearch search = form.initials != null ? FormSearch.at(m, length, initials.startingWith(form.initials))
                    : form.anchor != null ? FormSearch.around(m, length, anchors.get(form.anchor), form.anchor.length())
                    : FormSearch.everywhere(m, length);
            while (search.find()) {
                int start = m.start(1);
                int end = m.end(1);
                if (form.titled && !c.titledAt(folded, start)) {
                    continue;
                }
                String value = text.substring(start, end);
                int[] handle = form.kind.equals(PersonalDataDetector.NOMBRE) ? handleAround(text, start, end) : null;
                boolean userName = handle != null || userName(value);
                if (!wordStart(text, start) || form.capitalizedOnly && !Character.isUpperCase(value.charAt(0)) && !userName
                        || form.upperOnly && !value.equals(value.toUpperCase(Locale.ROOT))
                        || endsInsideAddress(text, end)) {
                    continue;
                }
                // no street is written with underscores («darian_olguin#4417» is a user name, not «Olguín #4417»)
                if (form.guarded && handle == null && !(userName && value.indexOf('_') >= 0)
                        && !(aLineOfItsOwn(text, start, end) && !places.isPlaceName(value))
                        && places.isPlaceAt(text, start, end, form.addressed, form.lone)) {
                    continue;
                }
                if (handle != null) {
                    // the whole user name is hers, not only the word of her name in it
                    start = handle[0];
                    end = handle[1];
                    value = text.substring(start, end);
                } else if (form.kind.equals(PersonalDataDetector.NOMBRE)) {
                    int[] span = form.upperOnly ? new int[] {start, end} : widened(text, start, end, vocabulary, places);
                    start = span[0];
                    // a known name written here with more of it (a second surname no list knows: «Ana Ruiz Zubeldía»)
                    // goes with the capitalized words that continue it, as a name the rules found does ({@link NameTails})
                    end = userName ? handleEnd(text, span[1]) : fullName(text, start, span[1]);
                    value = text.substring(start, end);
                }
                found.add(new PersonalData(form.kind, value, start, end));
                if (form.kind.equals(PersonalDataDetector.NOMBRE)) {
                    listCompanions(text, start, end, vocabulary, places, found);
                }
            }
        }
        return found;
    }

    /**
     * A known name of two words or more that is its line's whole text («P. Xicoténcatl», «Petrona Xicoténcatl» under a
     * hand-written sheet's last line): a signature or a heading, not the tail of a place the line before ends with. A
     * sheet written without punctuation ends a line with «… del barrio» and signs on the next; read as one line, the
     * name became «barrio Petrona …», a place's name, and stayed visible. One word alone on its line («Xicoténcatl»)
     * may still be a place's name the line wrapped and keeps the guard, as does a line the gazetteer reads as a place
     * («la alcaldía» / «Miguel Hidalgo» beside a known Miguel Hidalgo Pérez).
     */
    private static boolean aLineOfItsOwn(String text, int start, int end) {
        return text.substring(start, end).strip().indexOf(' ') > 0 && text.substring(Lines.nearStart(text, start), start).isBlank()
                && text.substring(end, Lines.nearEnd(text, end)).strip().matches("[.,;:]?");
    }

    /** A separator between the items of a list of people on one line: a comma, a semicolon, «y» or «e». */
    private static final Pattern LIST_GAP = Pattern.compile("(?iu)[ \\t]*[,;][ \\t]+(?:[ye][ \\t]+)?|[ \\t]+[ye][ \\t]+");
    private static final Pattern GAP_BEFORE = Pattern.compile("(?:" + LIST_GAP.pattern() + ")$");
    /** Two or three words, each capitalized or in capitals: an item of a list, before or after a list gap. */
    private static final Pattern ITEM_BEFORE = Pattern.compile("(?u)(\\p{Lu}[\\p{L}'’-]+(?: +\\p{Lu}[\\p{L}'’-]+){1,2})$");
    private static final Pattern ITEM_AFTER = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}'’-]+(?: +\\p{Lu}[\\p{L}'’-]+){1,2})(?![\\p{L}\\d'’-])");
    /** The items of a list looked at on each side of a known name. */
    private static final int MAX_COMPANIONS = 4;

    /**
     * The other people of a list a known full name is an item of («LUCINA PORTILLO, EFRAÍN OLVERA y MAYTE SOSA» where
     * Efraín Olvera is known; «Con Tadea Roldán, Fermín Ocaña y Rubí Cázares»): items of two or three words written as
     * the known name is (all in capitals, or each word capitalized), beside it on its line and parted by a comma or
     * «y». A list that names one person by name and surname names people: an item written alike is a name too, even
     * where the lists know neither of its words. Never an item with a function, title, office, relation, place or
     * never-a-name word, nor one the gazetteer reads as a place («Tláhuac y Milpa Alta»).
     */
    private static void listCompanions(String text, int start, int end, PrivacyVocabulary vocabulary, PlaceGuard places,
                                       List<PersonalData> found) {
        String name = text.substring(start, end);
        if (!name.strip().contains(" ")) {
            return;
        }
        boolean upper = name.equals(name.toUpperCase(Locale.ROOT));
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int at = start;
        for (int k = 0; k < MAX_COMPANIONS; k++) {
            String before = text.substring(lineStart, at);
            Matcher gap = GAP_BEFORE.matcher(before);
            if (!gap.find()) {
                break;
            }
            Matcher item = ITEM_BEFORE.matcher(before.substring(0, gap.start()));
            if (!item.find()) {
                break;
            }
            String words = item.group(1);
            int from = lineStart + item.start(1);
            if (!companion(words, upper, vocabulary, places)) {
                // «Con Tadea Roldán»: the item is the last two words when the first is none of a name
                int space = words.indexOf(' ');
                String shorter = words.substring(space + 1).strip();
                if (space < 0 || !shorter.contains(" ") || !companion(shorter, upper, vocabulary, places)) {
                    break;
                }
                from += words.length() - shorter.length();
                words = shorter;
            }
            found.add(new PersonalData(PersonalDataDetector.NOMBRE, words, from, from + words.length()));
            at = from;
        }
        at = end;
        for (int k = 0; k < MAX_COMPANIONS; k++) {
            Matcher gap = LIST_GAP.matcher(text).region(at, lineEnd);
            if (!gap.lookingAt()) {
                break;
            }
            Matcher item = ITEM_AFTER.matcher(text.substring(gap.end(), lineEnd));
            if (!item.find() || !companion(item.group(1), upper, vocabulary, places)) {
                break;
            }
            int from = gap.end();
            found.add(new PersonalData(PersonalDataDetector.NOMBRE, item.group(1), from, from + item.group(1).length()));
            at = from + item.group(1).length();
        }
    }

    /** An item of a list written as the known name beside it is, and no vocabulary word or place. */
    private static boolean companion(String item, boolean upper, PrivacyVocabulary vocabulary, PlaceGuard places) {
        String[] words = item.split("[ \\t]+");
        for (String w : words) {
            String folded = Folding.foldLower(w);
            if (!writtenAs(w, upper, false) || folded.length() < 2 || vocabulary.isFunctionWord(folded) || vocabulary.isTitle(folded)
                    || vocabulary.places.contains(folded) || vocabulary.notNameWords.contains(folded)
                    || vocabulary.relations.contains(folded) || vocabulary.officeRoles.contains(folded)
                    || vocabulary.kinship.contains(folded) || vocabulary.publicOffices.contains(folded)
                    || vocabulary.namedThings.contains(folded) || vocabulary.commonNicknames.contains(folded)) {
                return false;
            }
        }
        return !places.isPlaceName(item);
    }

    /** Quotes that open and close a nickname («"Pato"», «“Pato”», ««Pato»»). */
    private static final String OPENING_QUOTES = "\"“«'‘";
    private static final String CLOSING_QUOTES = "\"”»'’";

    /** Where an occurrence of two words or more ends once {@link NameTails} takes the words that continue it. */
    private static int fullName(String text, int start, int end) {
        return text.substring(start, end).strip().contains(" ") ? NameTails.end(text, start, end) : end;
    }

    /**
     * A known name's occurrence with the given names written right before it and the surnames right after it
     * ({@link #withGivenNamesBefore}, {@link #withSurnamesAfter}). A known nickname in quotes is one name with them
     * («"Pato" Gallardo», «Yair "Pollo" Ordaz»): the quotes are no gap between the nickname and the surname, and go
     * with the span when a name beside them does, so the page shows neither half of the name.
     */
    private static int[] widened(String text, int start, int end, PrivacyVocabulary vocabulary, PlaceGuard places) {
        boolean quoted = start > 0 && end < text.length() && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0
                && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
        if (quoted) {
            int from = withGivenNamesBefore(text, start - 1, end + 1, vocabulary, places);
            int to = withSurnamesAfter(text, start - 1, end + 1, vocabulary, places);
            if (from < start - 1 || to > end + 1) {
                return new int[] {from, to};
            }
        }
        int from = withGivenNamesBefore(text, start, end, vocabulary, places);
        return new int[] {from, withSurnamesAfter(text, from, end, vocabulary, places)};
    }

    /**
     * A known name written as a user name: its words glued by underscores or periods, no space («darian_olguin»,
     * «maria.lopez» for a known María López). A user name is written in lower case as readily as with capitals, so the
     * capital a name's words need elsewhere to be told from common words is not asked of it: two words of one known
     * name glued so are no sentence.
     */
    private static boolean userName(String value) {
        return value.chars().noneMatch(Character::isWhitespace) && USER_NAME_GLUE.matcher(value).find();
    }

    private static final Pattern USER_NAME_GLUE = Pattern.compile("\\p{L}[_.]\\p{L}");
    /** The number a user name ends with, glued by a hash, an underscore or nothing («#4417», «_88», «77»). */
    private static final Pattern HANDLE_NUMBER = Pattern.compile("[#_]?\\d{1,6}(?![\\p{L}\\d])");

    /** Where a user name ends once the number glued to it is taken («darian_olguin#4417»): the number is the handle's. */
    private static int handleEnd(String text, int end) {
        Matcher number = HANDLE_NUMBER.matcher(text).region(end, text.length());
        return number.lookingAt() ? number.end() : end;
    }

    /**
     * The user name a known name's word is glued into by an underscore («bram_lzm#2022» for a known Bram,
     * «lzm_bram» alike), with the mention's at sign and the number after its hash; else null. The other pieces of a
     * user name are its owner's too (initials of her surnames, a year, a nickname): showing them beside the hidden
     * word gives the handle away, and a handle finds its owner. No sentence glues words with underscores; an e-mail
     * address (an at sign inside the run) is read as one elsewhere.
     */
    static int[] handleAround(String text, int start, int end) {
        boolean gluedAfter = end + 1 < text.length() && text.charAt(end) == '_' && Character.isLetterOrDigit(text.charAt(end + 1));
        boolean gluedBefore = start >= 2 && text.charAt(start - 1) == '_' && Character.isLetterOrDigit(text.charAt(start - 2));
        if (!gluedAfter && !gluedBefore) {
            return null;
        }
        int from = start;
        while (from > 0 && handleChar(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && handleChar(text, to)) {
            to++;
        }
        if (to < text.length() && text.charAt(to) == '@' || from > 0 && text.charAt(from - 1) == '@'
                && from >= 2 && Character.isLetterOrDigit(text.charAt(from - 2))) {
            return null;
        }
        if (from > 0 && text.charAt(from - 1) == '@') {
            from--;
        }
        return new int[] {from, handleEnd(text, to)};
    }

    /** A letter, digit or underscore of a user name, or a period between two of them («ana.ruiz_77»). */
    private static boolean handleChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_') {
            return true;
        }
        return c == '.' && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** The given names a known surname may follow on its line: at most two ("José Luis Benavides"). */
    private static final int MAX_GIVEN_NAMES_BEFORE = 2;
    /** "el 5 de Julio": a month after a day is a date, whatever surname follows it. */
    private static final Pattern DAY_OF = Pattern.compile("\\d{1,2}[ \\t]+de[ \\t]+$");

    /**
     * Where a known name's occurrence starts once the given names written right before it are taken with it: a known
     * surname (or initial and surname) beside a given name the report never wrote with it is still that family's
     * person, and showing the given name beside a redacted surname gives half of a name away ("Julio [dato personal]"
     * for a known «C. Benavides», "yo soy epifanio [dato personal]" for a known «mayra coyotl»). A word counts only
     * when it is a known given name written as the occurrence is (in capitals, capitalized, or in lower case where
     * the occurrence itself is, and then only a given name that is no common word), on the same line, and the widened
     * span names no place ("Benito Juárez" stays a place beside a known Juárez).
     */
    static int withGivenNamesBefore(String text, int start, int end, PrivacyVocabulary vocabulary, PlaceGuard places) {
        String found = text.substring(start, end);
        boolean upper = found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT))
                && !found.equals(found.toLowerCase(Locale.ROOT));
        boolean lower = Character.isLowerCase(found.charAt(0));
        int from = start;
        for (int k = 0; k < MAX_GIVEN_NAMES_BEFORE; k++) {
            int gap = from;
            while (gap > 0 && from - gap < 3 && (text.charAt(gap - 1) == ' ' || text.charAt(gap - 1) == '\t')) {
                gap--;
            }
            if (gap == from) {
                break;
            }
            int wordStart = gap;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == gap || wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
                break;
            }
            String word = text.substring(wordStart, gap);
            String folded = Folding.foldLower(word);
            boolean given = givenNameBeside(folded, lower, vocabulary)
                    || k == 0 && !upper && !lower && unlistedGivenName(text, wordStart, folded, found, vocabulary);
            if (!writtenAs(word, upper, lower) || !given
                    || DAY_OF.matcher(text.substring(Math.max(0, wordStart - 12), wordStart).toLowerCase(Locale.ROOT)).find()) {
                break;
            }
            from = wordStart;
        }
        if (from == start || places.isPlaceName(text.substring(from, end)) || places.isPlaceAt(text, from, end, false, false)) {
            return start;
        }
        return from;
    }

    /** The surnames a known name may be followed by on its line: at most two ("Yazmín del Río Salas"). */
    private static final int MAX_SURNAMES_AFTER = 2;
    /** The particles a compound surname starts with ("del Río", "de la Garza", "de los Santos"), then a space. */
    private static final Pattern SURNAME_PARTICLE = Pattern.compile("(?iu)(?:de[ \\t]+(?:la|las|los)|del|de)[ \\t]+");

    /**
     * Where a known name's occurrence ends once the surnames written right after it are taken with it: the mirror of
     * {@link #withGivenNamesBefore}. A known given name beside a surname the report never wrote with it is still that
     * person, and showing the surname beside the redacted given name gives half of the name away ("[dato personal] del
     * Río" for a known «@Yazmín», "[dato personal] Quintero" for a known «Efrén»). A word counts when it is written as the
     * occurrence is (in capitals or capitalized; never in lower case, where a surname is not told from a word), on the
     * same line, and is a known surname, or any capitalized word after a surname's particle ("del Río", "de la Peña")
     * that is no title, function word or place word; the widened span must name no place ("Benito Juárez").
     */
    static int withSurnamesAfter(String text, int start, int end, PrivacyVocabulary vocabulary, PlaceGuard places) {
        String found = text.substring(start, end);
        boolean upper = found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT))
                && !found.equals(found.toLowerCase(Locale.ROOT));
        if (Character.isLowerCase(found.charAt(0))) {
            return end;
        }
        int to = end;
        for (int k = 0; k < MAX_SURNAMES_AFTER; k++) {
            int gap = to;
            while (gap < text.length() && gap - to < 3 && (text.charAt(gap) == ' ' || text.charAt(gap) == '\t')) {
                gap++;
            }
            if (gap == to) {
                break;
            }
            Matcher particle = SURNAME_PARTICLE.matcher(text).region(gap, text.length());
            boolean afterParticle = particle.lookingAt();
            int wordStart = afterParticle ? particle.end() : gap;
            int wordEnd = wordStart;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == wordStart || wordEnd < text.length() && Character.isDigit(text.charAt(wordEnd))) {
                break;
            }
            String word = text.substring(wordStart, wordEnd);
            String folded = Folding.foldLower(word);
            boolean particleWritten = !afterParticle || writtenAsParticle(text.substring(gap, wordStart).strip(), upper);
            if (!particleWritten || !writtenAs(word, upper, false) || !surnameAfter(folded, afterParticle, vocabulary)) {
                break;
            }
            to = wordEnd;
        }
        if (to == end || places.isPlaceName(text.substring(start, to)) || places.isPlaceAt(text, start, to, false, false)) {
            return end;
        }
        return to;
    }

    /** A particle in lower case, or in capitals where the name is ("YAZMÍN DEL RÍO"). */
    private static boolean writtenAsParticle(String particle, boolean upper) {
        return particle.equals(particle.toLowerCase(Locale.ROOT)) || upper && particle.equals(particle.toUpperCase(Locale.ROOT));
    }

    /** A known surname; after a particle, any word of three letters or more that is no title, function or place word. */
    private static boolean surnameAfter(String folded, boolean afterParticle, PrivacyVocabulary vocabulary) {
        if (vocabulary.isFunctionWord(folded) || vocabulary.isTitle(folded) || vocabulary.places.contains(folded)
                || vocabulary.notNameWords.contains(folded)) {
            return false;
        }
        return vocabulary.isSurname(folded) || afterParticle && folded.length() >= 3;
    }

    /**
     * A capitalized word the lists do not know as a given name, right before a known surname alone, inside a sentence
     * («(Yahel Olguín)», «le avisó a Tranquilina Olguín» beside a known Darián Olguín): within a sentence a capital marks
     * a name, and before a surname a given name, so showing it beside the redacted surname would give half of a name
     * away. Not at the start of a sentence or a line, where any word has a capital («Ayer Olguín cerró»), and never a
     * word the vocabulary knows as something else: a function word, a title, office, relation or kinship word, a place
     * word, a word that is never part of a name, a trait nickname or a public office.
     */
    private static boolean unlistedGivenName(String text, int wordStart, String folded, String surname,
                                             PrivacyVocabulary vocabulary) {
        String foldedSurname = Folding.foldLower(surname);
        if (folded.length() < 3 || !foldedSurname.chars().allMatch(Character::isLetter) || !vocabulary.isSurname(foldedSurname)
                || vocabulary.isFunctionWord(folded) || vocabulary.isTitle(folded) || vocabulary.places.contains(folded)
                || vocabulary.notNameWords.contains(folded) || vocabulary.relations.contains(folded)
                || vocabulary.officeRoles.contains(folded) || vocabulary.kinship.contains(folded)
                || vocabulary.commonNicknames.contains(folded) || vocabulary.publicOffices.contains(folded)
                || vocabulary.namedThings.contains(folded)) {
            return false;
        }
        return insideSentence(text, wordStart);
    }

    /**
     * Whether the word at {@code wordStart} continues a sentence on its line: a word, a number, a comma or an opening
     * bracket or quote comes before it, not the start of the line or an end of sentence, label or item.
     */
    private static boolean insideSentence(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return Character.isLetterOrDigit(before) || before == ',' || "([\"“«'‘".indexOf(before) >= 0;
    }

    /** Written as the known occurrence beside it is: all in capitals, capitalized, or all in lower case. */
    private static boolean writtenAs(String word, boolean upper, boolean lower) {
        if (upper) {
            return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        }
        if (lower) {
            return word.equals(word.toLowerCase(Locale.ROOT));
        }
        return Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * A known given name that is no title or function word; in lower case, no common word either. Written with a
     * capital right before a known surname, a given name that is also a month or a weekday («Julio», «Domingo», words
     * never part of a name elsewhere) is the name: the date it could be is ruled out by {@link #DAY_OF}.
     */
    private static boolean givenNameBeside(String folded, boolean lower, PrivacyVocabulary vocabulary) {
        if (lower) {
            return vocabulary.isLowerCaseGivenName(folded);
        }
        return folded.length() >= 3 && vocabulary.isGivenName(folded) && !vocabulary.isFunctionWord(folded)
                && !vocabulary.isTitle(folded) && !vocabulary.places.contains(folded);
    }

    /**
     * "Ruvalcaba, anselma.r@…": a form that runs into an e-mail address ends inside it; the address is found as one
     * (and a name taken with half an address would no longer be known as a name).
     */
    private static boolean endsInsideAddress(String text, int end) {
        int i = end;
        while (i < text.length() && i - end < 64 && !Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '@') {
                return i > end;
            }
            i++;
        }
        return false;
    }

    /** Nothing but a letter or digit before {@code start}, or a lower-case letter glued to a capital ("FirmaSILVIA"). */
    private static boolean wordStart(String text, int start) {
        if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) {
            return true;
        }
        return Character.isLowerCase(text.charAt(start - 1)) && Character.isUpperCase(text.charAt(start));
    }

    /**
     * @param anchor          a folded word every match contains: a text without it is not scanned (most known names
     *                        are not in most texts a report's redaction looks at); null when there is none to rely on
     * @param guarded         a partial form: skipped where it names a place
     * @param capitalizedOnly only where written with a capital ("Rosa" the person, not "rosa")
     * @param lone            one word of a name on its own: only what surrounds it can make it a place
     * @param initials        for a name's initials, the letters a run of initials starts with ({@link InitialRuns}):
     *                        only there can the pattern match; null for every other form
     * @param titled          matches only right after a title or a role ({@link Compiled#titledAt}): "la Sra. Gómez"
     */
    private record Form(Pattern pattern, String anchor, String kind, boolean guarded, boolean capitalizedOnly,
                        boolean addressed, boolean lone, boolean upperOnly, String initials, boolean titled) {
        Form(Pattern pattern, String anchor, String kind, boolean guarded, boolean capitalizedOnly, boolean addressed, boolean lone) {
            this(pattern, anchor, kind, guarded, capitalizedOnly, addressed, lone, false, null, false);
        }

        Form(Pattern pattern, String anchor, String kind, boolean guarded, boolean capitalizedOnly, boolean addressed,
             boolean lone, boolean upperOnly, String initials) {
            this(pattern, anchor, kind, guarded, capitalizedOnly, addressed, lone, upperOnly, initials, false);
        }
    }

    /** How far before a word its title may start: the longest title or role with the spaces in it, and more. */
    private static final int TITLE_REACH = 200;

    /**
     * Compiled patterns by their source, shared by every report: the same names are looked for again in every finding,
     * quote and export of a report, and compiling is most of what that costs. Bounded: cleared when full.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PATTERNS = 20_000;

    private static Pattern compiled(String regex) {
        Pattern p = PATTERNS.get(regex);
        if (p == null) {
            if (PATTERNS.size() >= MAX_PATTERNS) {
                PATTERNS.clear();
            }
            p = Pattern.compile(regex);
            PATTERNS.put(regex, p);
        }
        return p;
    }

    /**
     * @param reading     how the set read its names when its forms were compiled
     * @param anchors     every form's anchor, looked for in one pass
     * @param hasInitials some form is a name's initials ({@link InitialRuns} worth reading)
     */
    private record Compiled(PrivacyVocabulary vocabulary, List<Form> forms, Reading reading, Pattern titleBefore,
                            StringOccurrences anchors, boolean hasInitials, Map<String, List<Integer>> byKey,
                            List<Integer> everywhere) {
        Compiled(PrivacyVocabulary vocabulary, List<Form> forms, Reading reading, Pattern titleBefore) {
            this(vocabulary, forms, reading, titleBefore,
                    new StringOccurrences(forms.stream().map(Form::anchor).filter(java.util.Objects::nonNull).toList()),
                    forms.stream().anyMatch(f -> f.initials() != null), new java.util.HashMap<>(), new ArrayList<>());
            for (int i = 0; i < forms.size(); i++) {
                Form f = forms.get(i);
                String key = f.initials() != null ? "i:" + f.initials() : f.anchor() != null ? "a:" + f.anchor() : null;
                if (key == null) {
                    everywhere.add(i);
                } else {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }

        /**
         * Whether a title or a role, not glued to a letter before it, ends right before {@code start} of the folded
         * text, parted from it by spaces or tabs on the same line: what the pattern {@code (?<![\p{L}])TITLES[ \t]+}
         * before the word would have matched.
         */
        boolean titledAt(String folded, int start) {
            int i = start;
            while (i > 0 && (folded.charAt(i - 1) == ' ' || folded.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i == start) {
                return false;
            }
            int from = Math.max(Math.max(0, i - TITLE_REACH), folded.lastIndexOf('\n', i - 1) + 1);
            Matcher m = titleBefore.matcher(folded).region(from, i);
            m.useTransparentBounds(true).useAnchoringBounds(true);
            return m.find();
        }

        /**
         * The forms that can match a text, in their order: those whose anchor it holds, whose initials start a run in it,
         * and those with neither. Looked up from what the text holds, not form by form: a finding of a report that
         * revealed thousands of names holds a few of them.
         */
        List<Integer> present(java.util.Set<String> anchorsFound, InitialRuns initials) {
            java.util.TreeSet<Integer> present = new java.util.TreeSet<>(everywhere);
            for (String anchor : anchorsFound) {
                present.addAll(byKey.getOrDefault("a:" + anchor, List.of()));
            }
            if (initials != null) {
                for (String letters : initials.keys()) {
                    present.addAll(byKey.getOrDefault("i:" + letters, List.of()));
                }
            }
            return List.copyOf(present);
        }
    }

    /**
     * How a set of known strings reads its names, from all of them: in lower case too (the text or one of the names is
     * written so), and the words known written in lower case.
     */
    private record Reading(boolean lowerCaseNames, Set<String> lowerWords) {
    }

    private Reading reading(PrivacyVocabulary vocabulary, boolean lowerCaseText) {
        boolean lowerCaseNames = lowerCaseText || strings.stream().anyMatch(s -> lowerCaseName(s, vocabulary));
        // a name found written in lower case ("chuy", "itzel") is looked for in lower case wherever its report is shown
        Set<String> lowerWords = new TreeSet<>();
        for (String s : strings) {
            if (!s.contains(" ") && s.equals(s.toLowerCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT))) {
                lowerWords.add(Folding.foldLower(s));
            }
            lowerWords.addAll(addressParts(Folding.foldLower(s)));
        }
        return new Reading(lowerCaseNames, lowerWords);
    }

    private Compiled compile(PrivacyVocabulary vocabulary, PlaceGuard places, Reading reading) {
        List<Form> forms = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        // longest first, then alphabetical: the same alternation in every run (the set's own order is drawn anew by
        // every JVM), written as a prefix tree (PrivacyVocabulary#alternation)
        List<String> sortedTitles = vocabulary.titles.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(t -> t)).toList();
        String titles = "(?:" + PrivacyVocabulary.alternation(sortedTitles) + "\\.?|"
                + PrivacyVocabulary.alternation(vocabulary.roles) + ")";
        boolean lowerCaseNames = reading.lowerCaseNames();
        Set<String> lowerWords = reading.lowerWords();
        for (String s : strings) {
            String f = Folding.foldLower(OcrDigits.asLetters(s));
            if (f.contains("@")) {
                add(forms, seen, literal(f), longest(List.of(f.split("\\s+"))), PersonalDataDetector.CORREO, false, false);
                String spelt = f.startsWith("@") ? nameOfHandle(f, vocabulary) : nameOfAddress(f, vocabulary);
                if (spelt != null) {
                    // capitals only: the address says how she writes her name, not that its words are never words
                    nameForms(forms, seen, spelt, vocabulary, titles, false, Set.of());
                }
            } else if (f.replaceAll("\\D", "").length() >= 7 && f.replaceAll("[^\\p{L}]", "").length() <= 4) {
                add(forms, seen, digits(f), null, PersonalDataDetector.TELEFONO, false, false);
            } else if (f.matches(".*\\d.*") || speltOut(f)) {
                add(forms, seen, literal(f), longest(List.of(f.split("\\s+"))), PersonalDataDetector.CONOCIDO, false, false);
            } else if (!places.isPlaceName(s) && !places.startsWithPlaceWord(s)) {
                // a name of a place known with the people of a delivery (a cell «Mercado Benito Juárez», a header
                // «Escuela Primaria Leona Vicario») is read as the detector reads it in a text: a place, not a person
                nameForms(forms, seen, f, vocabulary, titles, lowerCaseNames, lowerWords);
            }
        }
        return new Compiled(vocabulary, List.copyOf(forms), reading, compiled("(?<![\\p{L}])" + titles + "\\z"));
    }

    /**
     * A name of two to six words written all in lower case, starting with a known given name ("tomasa ugalde rios"):
     * whoever wrote the report does not capitalize names (a chat, a dictated message), so there a word of a known name
     * alone is a name in lower case too ("ok tomasa", "avisale a roldan").
     */
    private static boolean lowerCaseName(String s, PrivacyVocabulary vocabulary) {
        if (!LOWER_CASE_WORDS.matcher(s).matches() || speltOut(s)) {
            return false;
        }
        return vocabulary.isGivenName(Folding.foldLower(s.split("[ \\t]+")[0]));
    }

    private static final Pattern MESSAGE_PREFIX = Pattern.compile("^(?:[^\\n:]|:\\d){0,80}:[ \\t]+");

    /**
     * Whether most lines of {@code text} (at least three with letters; a chat's "[fecha] Nombre: " prefix skipped)
     * start in lower case: whoever wrote it does not capitalize, so names are in lower case too. Reads at most the
     * first 200 lines.
     */
    static boolean writtenInLowerCase(String text) {
        int lines = 0;
        int lower = 0;
        int pos = 0;
        while (pos < text.length() && lines < 200) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            String line = text.substring(pos, end);
            Matcher prefix = MESSAGE_PREFIX.matcher(line);
            int from = prefix.lookingAt() ? prefix.end() : 0;
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (Character.isLetter(c)) {
                    lines++;
                    lower += Character.isLowerCase(c) ? 1 : 0;
                    break;
                }
            }
            pos = end + 1;
        }
        return lines >= 3 && lower * 2 > lines;
    }

    private static final Pattern LOCAL_PART_END = Pattern.compile("@|\\[at\\]|\\(at\\)|[ \\t]+(?:arroba|at)[ \\t]+");

    /**
     * The words of a known e-mail address's local part ("tere.olvera@…", "tere punto olvera arroba …"): how the
     * person writes her own name, so a short form spelt there names her in lower case too.
     */
    private static List<String> addressParts(String folded) {
        Matcher m = LOCAL_PART_END.matcher(folded);
        if (!m.find() || m.start() == 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : folded.substring(0, m.start()).split("[^\\p{L}]+|(?<![\\p{L}])(?:punto|dot)(?![\\p{L}])")) {
            if (part.length() >= 3) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * The name a known address spells in its local part ("salome.lugo@…" → "salome lugo", "nahui_sarabia@…"): two to
     * four words of three letters or more, one of them a known given name or surname, none a word that is never part of
     * a name, a title, a function word or a place word ("red.coyoacan@…", "coordinacion.distrital@…" spell no one).
     * Her name, so its forms are hers ("Salo", "la Sra. Lugo") wherever her report is shown, also when the lists do not
     * know her given name. Null when the address spells no name.
     */
    static String nameOfAddress(String folded, PrivacyVocabulary vocabulary) {
        Matcher m = LOCAL_PART_END.matcher(folded);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String part : folded.substring(0, m.start()).split("[^\\p{L}]+|(?<![\\p{L}])(?:punto|dot)(?![\\p{L}])")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        boolean name = words.size() >= 2 && words.size() <= 4 && words.stream().anyMatch(vocabulary::isKnownName)
                && words.stream().allMatch(w -> w.length() >= 3 && !vocabulary.notNameWords.contains(w) && !vocabulary.isTitle(w)
                && !vocabulary.isFunctionWord(w) && !vocabulary.places.contains(w));
        return name ? String.join(" ", words) : null;
    }

    /**
     * The name a known user name spells after its at sign ("@Yazmín", "@nadia.coronel", "@Fausto Olmedo", a mention in a
     * shared document or a chat): one to four words of three letters or more, one of them a known name (alone, a given
     * name), none a word that is never part of a name, a title, a function word or a place word ("@coordinacion.sur"
     * spells no one). Her name, so its forms ("Yazmín" in "Comentario de Yazmín del Río") are hers wherever her report
     * is shown. Null when the user name spells no name.
     */
    static String nameOfHandle(String folded, PrivacyVocabulary vocabulary) {
        List<String> words = new ArrayList<>();
        for (String part : folded.substring(1).split("[^\\p{L}]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        boolean known = words.size() == 1 ? vocabulary.isGivenName(words.get(0)) : words.stream().anyMatch(vocabulary::isKnownName);
        boolean name = !words.isEmpty() && words.size() <= 4 && known
                && words.stream().allMatch(w -> w.length() >= 3 && !vocabulary.notNameWords.contains(w) && !vocabulary.isTitle(w)
                && !vocabulary.isFunctionWord(w) && !vocabulary.places.contains(w));
        return name ? String.join(" ", words) : null;
    }

    private static final Pattern LOWER_CASE_WORDS = Pattern.compile("[\\p{Ll}'’]+(?:[ \\t]+[\\p{Ll}'’]+){1,5}");
    private static final Pattern SPELT_AT = Pattern.compile("(?<![\\p{L}])(?:arroba|at|dot)(?![\\p{L}])");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(?![\\p{L}])");

    /** An e-mail or a number spelt out to dodge filters ("ana arroba gmail punto com", "cinco cinco cero…"): no name. */
    private static boolean speltOut(String folded) {
        return SPELT_AT.matcher(folded).find() || NUMBER_WORD.matcher(folded).results().count() >= 3;
    }

    private void nameForms(List<Form> forms, Set<String> seen, String folded, PrivacyVocabulary vocabulary, String titles,
                           boolean lowerCaseNames, Set<String> lowerWords) {
        if (folded.strip().matches("(?:\\p{L}\\.[ \\t]?){2,5}")) {
            // initials found as a speaker's label or a signature ("C.B.", "A.Q."): the first is no title ("C.")
            acronym(forms, seen, List.of(folded.replaceAll("[^\\p{L}]", "").split("")), vocabulary);
            return;
        }
        Matcher nickname = NICKNAME_INSIDE.matcher(folded);
        if (nickname.find()) {
            // "Ma. de la Luz Quezada ("Lucha")": the nickname names her alone as well, and is no part of the name
            nameForms(forms, seen, nickname.group(1), vocabulary, titles, lowerCaseNames, lowerWords);
            folded = folded.substring(0, nickname.start()) + " " + folded.substring(nickname.end());
        }
        List<String> written = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}'’]+")) {
            if (!w.isEmpty() && !CONJUNCTIONS.contains(w) && !vocabulary.nameParticles.contains(w)) {
                written.add(w);
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : withoutInitialsTitle(written, vocabulary)) {
            // a title found with the name ("Sra. Quintanar") is not part of it, nor the relation a given name was found
            // with ("su yerno Efrén", "una tal Chabela")
            if (!(words.isEmpty() && leadingWord(w, vocabulary))) {
                words.add(w);
            }
        }
        if (words.isEmpty() || words.size() > 8) {
            return;
        }
        List<String> asFound = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}'’]+")) {
            if (!w.isEmpty() && !CONJUNCTIONS.contains(w) && !vocabulary.nameParticles.contains(w)) {
                asFound.add(w);
            }
        }
        if (words.size() == 1) {
            String w = words.get(0);
            if (w.length() >= 3 && !vocabulary.notNameWords.contains(w) && !vocabulary.isFunctionWord(w) && !vocabulary.isTitle(w)) {
                add(forms, seen, sequence(List.of(w)), w, PersonalDataDetector.NOMBRE, true, !lowerCaseNames && !lowerWords.contains(w), true);
                if (asFound.size() > 1) {
                    // "su hija Brenda" found so: written so again, the relation goes with the name again
                    add(forms, seen, sequence(asFound), w, PersonalDataDetector.NOMBRE, false, false);
                }
            }
            return;
        }
        add(forms, seen, sequence(words), longest(words), PersonalDataDetector.NOMBRE, false, false);
        acronym(forms, seen, words, vocabulary);
        if (asFound.size() > words.size()) {
            // found with its title ("LIC. ROSALBA ITURRIAGA"): every occurrence written so loses the title too, as the
            // first did; a page and a search over a passage must read the same
            add(forms, seen, sequence(asFound), longest(words), PersonalDataDetector.NOMBRE, false, false);
        }
        for (int given : splits(words, vocabulary)) {
            splitForms(forms, seen, words.subList(0, given), words.subList(given, words.size()), vocabulary, titles, lowerCaseNames, lowerWords);
        }
    }

    /**
     * A name found after a professional degree written as initials («Q.F.B. Nayeli Grajales Ruíz», «C.P. Anselmo
     * Ortiz», «M.V.Z. …»): two initials or more before a known given name and a surname are the degree, not given
     * names, as «J. A. Mejía» is (there a surname follows the initials). Without it the name's initials («N.G.R.», a
     * signature) and its short forms are never looked for.
     */
    static List<String> withoutInitialsTitle(List<String> words, PrivacyVocabulary vocabulary) {
        int initials = 0;
        while (initials < words.size() && words.get(initials).length() == 1) {
            initials++;
        }
        if (initials >= 2 && words.size() - initials >= 2 && vocabulary.isGivenName(words.get(initials))) {
            return new ArrayList<>(words.subList(initials, words.size()));
        }
        return words;
    }

    /** A one-word nickname in quotes or parentheses inside a found name: «José "Pepe" Ruiz», «Ma. Quezada ("Lucha")». */
    private static final Pattern NICKNAME_INSIDE = Pattern.compile("[ \\t]*\\(?[\"“«]([\\p{L}'’]{3,})[\"”»]\\)?");

    /** A word before a name that is not part of it: a title, a possessive or article, a relation, an office, "tal". */
    private static boolean leadingWord(String w, PrivacyVocabulary vocabulary) {
        return vocabulary.isTitle(w) || vocabulary.relations.contains(w) || vocabulary.officeRoles.contains(w) || w.equals("tal")
                || vocabulary.isFunctionWord(w);
    }

    /**
     * A known name's initials in capitals, as a signature or a speaker's label ("fdo. MJF" for Ma. de Jesús Ferrer,
     * "C.B.:" for Celia Brambila): three letters or more, or two with their periods; never an acronym of the domain
     * ("MRO", "INE") nor one followed by a number ("MRO 07-183").
     */
    private static void acronym(List<Form> forms, Set<String> seen, List<String> words, PrivacyVocabulary vocabulary) {
        StringBuilder letters = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String w : words) {
            letters.append(w.charAt(0));
        }
        String dotted = String.join(".", letters.toString().split(""));
        if (words.size() > 5 || words.size() < 2 || vocabulary.notNameWords.contains(letters.toString())
                || vocabulary.notNameWords.contains(dotted)
                || vocabulary.isFunctionWord(letters.toString())) {
            return;
        }
        String dot = words.size() == 2 ? "\\." : "\\.?";
        for (int k = 0; k < letters.length(); k++) {
            body.append(k == 0 ? "" : "[ \\t]?").append(Pattern.quote(String.valueOf(letters.charAt(k)))).append(dot);
        }
        body.append("(?![ \\t]*[-–]?[ \\t]*\\d)");
        if (seen.add("a:" + body)) {
            forms.add(new Form(compiled("(?<![\\p{L}\\d.])(" + body + ")(?![\\p{L}\\d])"), null, PersonalDataDetector.NOMBRE,
                    false, true, false, false, true, initialsKey(letters.toString())));
        }
    }

    /** The letters of a name's initials as {@link InitialRuns} keys them, or null where they are not all letters. */
    private static String initialsKey(String letters) {
        return letters.chars().allMatch(ch -> Character.isLetter(ch) || ch == InitialRuns.ANY) ? letters : null;
    }

    /**
     * Someone of a known person's family by initials: one given name's initial and the initials of the known person's
     * two surnames, each with its period («M. I. Z., mi hija» beside a known Leobardo Iturriaga Zamudio; «R. T. O.»
     * beside Tomasa Torres Ortega). Three dotted initials in capitals name a person, and the two surnames' say whose
     * family; the known person's own initials are {@link #acronym}'s.
     */
    private static void familyInitials(List<Form> forms, Set<String> seen, String firstSurname, String secondSurname) {
        String body = "\\p{L}\\.[ \\t]?" + Pattern.quote(firstSurname.substring(0, 1)) + "\\.[ \\t]?"
                + Pattern.quote(secondSurname.substring(0, 1)) + "\\.";
        if (seen.add("i:" + body)) {
            forms.add(new Form(compiled("(?<![\\p{L}\\d.])(" + body + ")(?![\\p{L}\\d])"), null, PersonalDataDetector.NOMBRE,
                    false, true, false, false, true,
                    initialsKey("" + InitialRuns.ANY + firstSurname.charAt(0) + secondSurname.charAt(0))));
        }
    }

    /**
     * Where the given names may end: after the known given names at the start, and before the last two words (two
     * surnames, the usual Mexican form), which catches a second given name missing from the list.
     */
    private static Set<Integer> splits(List<String> words, PrivacyVocabulary vocabulary) {
        int given = 1;
        boolean initials = words.get(0).length() == 1;
        while (given < words.size() - 1 && (initials ? words.get(given).length() == 1 : vocabulary.isGivenName(words.get(given)))) {
            given++;
        }
        Set<Integer> splits = new TreeSet<>();
        splits.add(given);
        if (words.size() >= 3 && words.get(0).length() > 1) {
            splits.add(Math.max(1, words.size() - 2));
        }
        return splits;
    }

    private void splitForms(List<Form> forms, Set<String> seen, List<String> givenNames, List<String> surnames,
                            PrivacyVocabulary vocabulary, String titles, boolean lowerCaseNames, Set<String> lowerWords) {
        String first = givenNames.get(0);
        String surname = surnames.get(0);
        // "A.Q." for Anastasio Quezada Lomelí: the initials of the given name and the first surname
        acronym(forms, seen, List.of(first, surname), vocabulary);
        add(forms, seen, sequence(List.of(first, surname)), longest(List.of(first, surname)), PersonalDataDetector.NOMBRE, true, false);
        add(forms, seen, sequence(concat(givenNames, surnames.subList(0, 1))), longest(concat(givenNames, surnames.subList(0, 1))), PersonalDataDetector.NOMBRE, true, false);
        add(forms, seen, sequence(concat(givenNames.subList(0, 1), surnames)), longest(surnames), PersonalDataDetector.NOMBRE, true, false);
        add(forms, seen, sequence(concat(surnames, givenNames)), longest(surnames), PersonalDataDetector.NOMBRE, true, false);
        if (surnames.size() >= 2) {
            add(forms, seen, sequence(surnames), longest(surnames), PersonalDataDetector.NOMBRE, true, false);
            familyInitials(forms, seen, surnames.get(0), surnames.get(1));
        }
        if (first.length() == 1) {
            // "G. Alvear" or "J. A. Mejía" known: "Gumersindo Alvear", "José Alfredo Mejía" (or "JOSE_ALFREDO_MEJIA" in
            // a file name) is the same person
            StringBuilder spelled = new StringBuilder();
            for (int k = 0; k < givenNames.size(); k++) {
                spelled.append(k == 0 ? "" : "(?:").append(Pattern.quote(givenNames.get(k))).append("\\p{L}*").append(SEPARATOR)
                        .append(k == 0 ? "" : ")?");
            }
            add(forms, seen, spelled + Pattern.quote(surname), surname, PersonalDataDetector.NOMBRE, true, false);
        } else {
            initials(forms, seen, givenNames, surname);
            // the given name and the initial of the surname, as a signature shortens it ("Amaranta L.", "LOURDES A.")
            add(forms, seen, Pattern.quote(first) + "[ \\t]+" + Pattern.quote(surname.substring(0, 1)) + "\\.", first,
                    PersonalDataDetector.NOMBRE, true, true, false);
            // the given name alone, also in lower case where it can only be the name ("sebastiana me pasó…")
            // a given name of three letters ("Ane", "Ian", "Ana") too, but only with its capital: in lower case it may be
            // a word ("leo"), one that is also a word ("Sol", "Mar") is read as the word, and three letters without a
            // vowel are an abbreviation found with a name ("MVZ")
            if (first.length() == SHORT_GIVEN_NAME && !vocabulary.wordLikeNames.contains(first) && first.matches(".*[aeiou].*")) {
                alone(forms, seen, first, SHORT_GIVEN_NAME, vocabulary, false);
            } else {
                alone(forms, seen, first, 4, vocabulary, lowerCaseNames || lowerWords.contains(first) || vocabulary.isLowerCaseGivenName(first));
            }
            for (String shortForm : vocabulary.nicknamesOf(first)) {
                // "Paty" for a known Patricia Elizondo, "Lupe Ramírez" for Guadalupe Ramírez
                alone(forms, seen, shortForm, 3, vocabulary, lowerCaseNames || lowerWords.contains(shortForm));
                add(forms, seen, sequence(List.of(shortForm, surname)), longest(List.of(shortForm, surname)), PersonalDataDetector.NOMBRE, true, false);
            }
            for (String small : diminutives(first)) {
                // "Teresita" for a known Teresa, "Juanito" for Juan: the fond form of her given name, with its capital
                // only, also of a given name that is a word ("ponle palomita" is a tick mark)
                alone(forms, seen, small, 5, vocabulary, false);
            }
            for (String cut : truncations(first)) {
                // in lower case only where the person's own address spells it ("tere.olvera@…": "el acta a tere")
                alone(forms, seen, cut, 3, vocabulary, lowerWords.contains(cut));
            }
        }
        // the first surname alone, written with a capital ("Benavides abrió la mesa", "le dije a Gallardo")
        alone(forms, seen, surname, 3, vocabulary, lowerCaseNames || lowerWords.contains(surname));
        for (String word : List.of(surname, first)) {
            String key = "t:" + word;
            if (word.length() >= 3 && seen.add(key)) {
                // the title is looked for right before each occurrence of the word with the set's one pattern of titles
                // (Compiled#titleBefore), not compiled into a pattern per word: the titles and roles are thousands of
                // characters of pattern, and a copy of them per word was nine tenths of what a report's forms held
                forms.add(new Form(compiled("(" + Pattern.quote(word) + ")(?![\\p{L}\\d])"),
                        word, PersonalDataDetector.NOMBRE, true, false, true, false, false, null, true));
            }
        }
    }

    /**
     * A long given name cut to its first syllables, the way people shorten the names of those they know ("Cloti" for
     * Clotilde, "Baude" for Baudelio, "Marce" for Marcelina): four or five letters ending in a vowel, at least three
     * letters short of the name. Looked for only where written with a capital ("vale" is a word; "Vale," after a
     * known Valentina is her).
     */
    static List<String> truncations(String given) {
        List<String> cuts = new ArrayList<>();
        for (int n = 3; n <= 5 && n <= given.length() - 2; n++) {
            String cut = given.substring(0, n);
            boolean vowelEnd = vowel(cut.charAt(n - 1));
            // four or five letters ending in a vowel, three letters short at least ("Cloti", "Baude"), or all of the
            // name but its last syllable ("Nohe" for Nohemí)
            boolean open = n >= 4 && vowelEnd && (n <= given.length() - 3 || n == given.length() - 2);
            // the first syllable closed on a consonant: "Gris" for Griselda, "Kim" for Kimberly, "Fer" for Fernando;
            // three letters only where a consonant follows in the name (not "Sol" for Soledad, "Mar" for Marisol)
            boolean closed = !vowelEnd && vowel(cut.charAt(n - 2)) && (n >= 4 || !vowel(given.charAt(n)) && given.length() >= 6);
            if (open || closed) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    /**
     * A given name's fond forms, the Spanish diminutive people call someone they know by ("Teresita" for Teresa,
     * "Pedrito" for Pedro, "Carlitos" for Carlos, "Miguelito" for Miguel, "Carmencita" for Carmen, "Blanquita" for
     * Blanca): the name's stem (its last vowel off; «c» and «g» spelt «qu» and «gu» before «i») and «-ito»/«-ita»,
     * or the whole name and «-cito»/«-cita» after «e», «n» or «r». Folded, in lower case; none for a name shorter than
     * three letters or ending otherwise (a short form like "Chuy" is no suffix: the lists give those).
     */
    static List<String> diminutives(String given) {
        List<String> forms = new ArrayList<>();
        int n = given.length();
        if (n < 3 || !given.chars().allMatch(Character::isLetter)) {
            return forms;
        }
        char last = given.charAt(n - 1);
        if (given.endsWith("os") && n >= 5) {
            forms.add(softened(given.substring(0, n - 2)) + "itos"); // Carlos → Carlitos, Marcos → Marquitos
        } else if (last == 'a' || last == 'o') {
            forms.add(softened(given.substring(0, n - 1)) + "it" + last); // Teresa → Teresita, Pedro → Pedrito
        } else if (last == 'e') {
            String stem = softened(given.substring(0, n - 1));
            forms.add(stem + "ito"); // Jorge → Jorgito, Enrique → Enriquito
            forms.add(stem + "ita"); // Irene → Irenita
            forms.add(given + "cito");
            forms.add(given + "cita");
        } else if (last == 'l') {
            forms.add(given + "ito"); // Miguel → Miguelito, Isabel → Isabelita
            forms.add(given + "ita");
        } else if (last == 'n' || last == 'r') {
            forms.add(given + "cito"); // Ramón → Ramoncito, Carmen → Carmencita, Pilar → Pilarcita
            forms.add(given + "cita");
            forms.add(given + "ito"); // Juan → Juanito, Juanita
            forms.add(given + "ita");
        }
        return forms;
    }

    /** A stem spelt to keep its sound before «i»: «Blanc» → «Blanqu», «Dieg» → «Diegu», «Lucrez» → «Lucrec». */
    private static String softened(String stem) {
        if (stem.endsWith("c")) {
            return stem.substring(0, stem.length() - 1) + "qu";
        }
        if (stem.endsWith("g")) {
            return stem + "u";
        }
        if (stem.endsWith("z")) {
            return stem.substring(0, stem.length() - 1) + "c";
        }
        return stem;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** The length of the shortest given names ("Ana", "Ane", "Ian"). */
    private static final int SHORT_GIVEN_NAME = 3;

    /**
     * One word of a known name on its own, not where it names a place; only where written with a capital, unless the
     * report writes names in lower case ({@link #lowerCaseName}).
     */
    private static void alone(List<Form> forms, Set<String> seen, String word, int minLength, PrivacyVocabulary vocabulary,
                              boolean lowerCaseNames) {
        if (word.length() >= minLength && !vocabulary.notNameWords.contains(word) && !vocabulary.isFunctionWord(word)
                && !vocabulary.isTitle(word) && !vocabulary.places.contains(word)) {
            add(forms, seen, Pattern.quote(word), word, PersonalDataDetector.NOMBRE, true, !lowerCaseNames, true);
        }
    }

    /**
     * The given names as initials before the first surname ("L. Arriaga", "J. A. Mejía", "J.A. Mejía") or after it
     * ("Mejía, J. A.", "Bravo, L."): a period after each initial, so "a Mejía" is not read as one.
     */
    private static void initials(List<Form> forms, Set<String> seen, List<String> givenNames, String surname) {
        StringBuilder letters = new StringBuilder();
        for (int k = 0; k < givenNames.size() && k < 3; k++) {
            letters.append(k == 0 ? "" : "(?:[ \\t]?").append(Pattern.quote(givenNames.get(k).substring(0, 1))).append("\\.")
                    .append(k == 0 ? "" : ")?");
        }
        add(forms, seen, letters + "[ \\t]?" + Pattern.quote(surname), surname, PersonalDataDetector.NOMBRE, true, true);
        add(forms, seen, Pattern.quote(surname) + ",?[ \\t]+" + letters, surname, PersonalDataDetector.NOMBRE, true, true);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The longest of some words: the rarest in a text, so the best to look for before a pattern is run. */
    private static String longest(List<String> words) {
        String longest = "";
        for (String w : words) {
            longest = w.length() > longest.length() ? w : longest;
        }
        return longest.isEmpty() ? null : longest;
    }

    private static String sequence(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(Pattern.quote(words.get(i)));
        }
        return sb.toString();
    }

    private static String literal(String folded) {
        StringBuilder sb = new StringBuilder();
        for (String part : folded.split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(part));
        }
        return sb.toString();
    }

    private static String digits(String folded) {
        String d = folded.replaceAll("\\D", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0) {
                sb.append("[\\s.\\p{Pd}()/]*");
            }
            sb.append(d.charAt(i));
        }
        return sb.toString();
    }

    private static void add(List<Form> forms, Set<String> seen, String body, String anchor, String kind, boolean guarded,
                            boolean capitalizedOnly) {
        add(forms, seen, body, anchor, kind, guarded, capitalizedOnly, capitalizedOnly);
    }

    /**
     * A form is added once per pattern <b>and</b> way of reading it: the same word may be known in capitals only (the
     * short form of a given name an address spells, «Tony» of «antonio.villasenor@…») and in lower case too (the same
     * «tony» found written so in a chat). Both are kept, so what is found never depends on which known string was
     * compiled first; a pattern seen alone used to keep only the first, and the order of the strings was drawn anew
     * by every JVM, so a chat's «tony» was hidden in one run and published in the next.
     */
    private static void add(List<Form> forms, Set<String> seen, String body, String anchor, String kind, boolean guarded,
                            boolean capitalizedOnly, boolean lone) {
        if (seen.add("f:" + kind + ":" + guarded + ":" + capitalizedOnly + ":" + lone + ":" + body)) {
            // the start of a word is checked on the original text (wordStart), where a glued capital shows a seam
            forms.add(new Form(compiled("(" + body + ")(?![\\p{L}\\d])"), anchor, kind, guarded, capitalizedOnly, false, lone));
        }
    }

    /** Never the strings themselves: this must not put personal data in a log. */
    @Override
    public String toString() {
        return "KnownPersonalData[" + strings.size() + " datos]";
    }
}
