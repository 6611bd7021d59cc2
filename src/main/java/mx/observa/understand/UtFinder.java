package mx.observa.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Finds the unidad territorial of a report: a clave {@code AA-NNN} whose prefix is an alcaldía (kept even when the
 * catalogue lacks it, since the catalogue may be older than the report), or a catalogue name written after "UT", "Unidad Territorial", "colonia", "col.", "pueblo", "barrio", "U. Hab." or "U.H.", and
 * the UT part of a mesa's clave ("12-152-01"). Names are
 * compared without accents, case or punctuation, and with or without their parenthesised suffix ("(U HAB)",
 * "(PBLO)"); the longest catalogue name wins. A name that exists in several alcaldías is resolved with the
 * report's alcaldía, or not at all. Strength: 3 clave, 2 after "UT"/"Unidad Territorial", 1 after
 * "colonia"/"pueblo"/… (or "pueblo de"), 0 where the observer says they are ("ya estoy en Reforma Iztaccíhuatl Sur",
 * "llegué a Lomas de Tepemécatl": kept only in the report's alcaldía when it is known) and a name of the report's
 * alcaldía found without cue on a line that carries other metadata (a heading such as "Villa Milpa Alta (Pblo) –
 * Alcaldía Milpa Alta – Distrito VII").
 */
final class UtFinder {

    /** "05-236", and the UT part of a mesa's clave ("12-152-01": mesa 01 of UT 12-152). */
    private static final Pattern CLAVE = Pattern.compile("(?<![\\d\\-])(\\d{2})-(\\d{3})(?=-\\d{1,2}(?![\\d\\-])|(?![\\d\\-]))");
    /** After a cue, its separator: "UT: …", "Colonia - …", "UT .......... Tepopotla". */
    private static final String AFTER_CUE = "(?![\\p{L}\\p{N}])\\s*(?:[:#\\-–]|\\.{2,}|…+)?\\s*";
    /** The number of a mesa and the separator after it: "1 —", "2:", "No. 3 -". */
    private static final String MESA_NUMBER = "(?:(?:no\\.?|num\\.?|n[°º])\\s*)?\\d{1,2}(?![\\p{N}:.]\\d)\\s*[—–:\\-]?";
    /** A cue that ends in "de la": the article may begin the name. */
    private static final Pattern ARTICLE_IN_CUE = Pattern.compile("\\sde\\s(la)\\s*$");
    /** "pueblo de Mixcoac", "colonia del Gas": the preposition between a cue and the name. */
    private static final Pattern OF = Pattern.compile("^(?:de|del)\\s+");
    /** Strength of a mention by clave, the surest kind. */
    static final int CLAVE_STRENGTH = 3;
    /** Strength of a name written after "UT" or "Unidad Territorial". */
    static final int UT_CUE_STRENGTH = 2;
    private static final Pattern LEADING_CLAVE = Pattern.compile("^\\(?\\d{2}\\s\\d{3}\\)?\\s*");
    private static final int MAX_NAME_CHARS = 90;

    private final Gazetteer gazetteer;
    /**
     * A cue before a UT's name, from the vocabulary's {@code senales_de_ut}, {@code mesas} and {@code complementos_de_mesa}:
     * "UT", "colonia", "pueblo de", "la mesa receptora de la"; a group for each kind of cue ({@link #cueKind}).
     */
    private final Pattern cue;
    /** A mesa called by its place, the name capitalized: "la mesa Torres Toreo", "MESA RECEPTORA ARENAL PUERTA TEPEPAN". */
    private final Pattern mesaNamed;
    /**
     * "la unidad Jaime Torres Bodet": a housing unit called by its name, capitalized, without "habitacional"; the words
     * are the vocabulary's {@code unidades_por_su_nombre}.
     */
    private final Pattern unidadNamed;
    /** Where an observer says they are, the vocabulary's {@code llegadas}: "ya estoy en …", "llegué a …" (a chat, a voice note). */
    private final Pattern arrival;
    /**
     * A street, a school, a garden or an organization named after the place, a word of the vocabulary's
     * {@code cosas_con_nombre_de_lugar} before the name: "calle Triunfo de la Libertad".
     */
    private final Pattern namedThingBefore;
    /** The words that may stand before a numeral moved to the end of a name: "CTM Culhuacán sección siete". */
    private final Set<String> partWords;

    UtFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.namedThingBefore = Pattern.compile(PlaceVocabulary.anyOf(gazetteer.vocabulary().namedThings())
                + "\\s+(?:de\\s+|del\\s+)?[\"«“']?$");
        this.partWords = gazetteer.vocabulary().partWords();
        PlaceVocabulary v = gazetteer.vocabulary();
        String mesa = PlaceVocabulary.anyPhrase(v.mesas()) + "(?:\\s+" + PlaceVocabulary.anyPhrase(v.mesaComplements()) + ")*";
        // the mesa's "de" first: "MRO de la Joya" is a mesa's cue, not "MRO" alone
        StringBuilder cues = new StringBuilder("(?<![\\p{L}\\p{N}])(").append(mesa).append("\\s+de(?:l|\\s+la)?");
        for (PlaceVocabulary.UtCue kind : PlaceVocabulary.UtCue.values()) {
            cues.append("|(?<").append(kind.name().replace("_", "")).append('>')
                    .append(PlaceVocabulary.anyPhrase(v.utCue(kind))).append(')');
        }
        cues.append(')').append(AFTER_CUE);
        this.cue = Pattern.compile(cues.toString());
        // "la mesa Torres Toreo", and a mesa numbered as a report that covers several numbers them: "MESA 1 — Lomas Quebradas"
        this.mesaNamed = Pattern.compile("(?<![\\p{L}\\p{N}])" + mesa + "(?:\\s+" + MESA_NUMBER + ")?\\s+(?=\\p{L})");
        this.unidadNamed = Pattern.compile("(?<![\\p{L}\\p{N}])" + PlaceVocabulary.anyPhrase(v.namedUnits()) + "\\s+(?=\\p{L})");
        this.arrival = Pattern.compile("(?<![\\p{L}\\p{N}])" + PlaceVocabulary.anyPhrase(v.arrivals())
                + "\\s+((?:la|el|los|las)\\s+)?");
    }

    /** What the cue {@code m} of {@link #cue} calls the place, or null for a mesa's "de". */
    private static PlaceVocabulary.UtCue cueKind(Matcher m) {
        for (PlaceVocabulary.UtCue kind : PlaceVocabulary.UtCue.values()) {
            if (m.group(kind.name().replace("_", "")) != null) {
                return kind;
            }
        }
        return null;
    }

    /** One UT named in the text, or several candidates when the name alone is ambiguous. */
    record UtMention(List<Gazetteer.UnidadTerritorial> candidates, int start, int end, int strength) {
    }

    List<UtMention> find(String text) {
        return find(text, false);
    }

    /** @param families whether a name without its numeral names the family of UTs (a query's "colonia Portales") */
    List<UtMention> find(String text, boolean families) {
        List<UtMention> mentions = new ArrayList<>();
        Matcher clave = CLAVE.matcher(text);
        while (clave.find()) {
            gazetteer.utOrUncatalogued(clave.group())
                    .ifPresent(ut -> mentions.add(new UtMention(List.of(ut), clave.start(), clave.end(), CLAVE_STRENGTH)));
        }
        String folded = Folding.foldPreservingLength(text);
        Matcher cue = this.cue.matcher(folded);
        while (cue.find()) {
            if (endsAPhrase(folded, cue)) {
                continue;
            }
            PlaceVocabulary.UtCue called = cueKind(cue);
            int strength = called == PlaceVocabulary.UtCue.UNIDAD_TERRITORIAL ? UT_CUE_STRENGTH : 1;
            String kind = called == null ? null : switch (called) {
                case UNIDAD_HABITACIONAL -> "(U HAB)";
                case PUEBLO -> "(PBLO)";
                case BARRIO -> "(BARR)";
                default -> null;
            };
            Optional<UtMention> named = nameAfter(text, folded, 0, cue.start(), cue.end(), cue.group(), strength, kind, families);
            int lineEnd = Lines.nearEnd(folded, cue.end());
            if (wrappedAt(text, lineEnd) && named.map(m -> blank(text, m.end(), lineEnd)).orElse(true)) {
                // the name may go on past the break the wrapping of a PDF or a mail put inside it ("COL. DEL" / "RECREO")
                Optional<UtMention> onTheLine = named;
                Optional<UtMention> across = acrossTheBreak(text, folded, cue, lineEnd, strength, kind, families)
                        .filter(m -> m.end() > lineEnd + 1 && onTheLine.map(n -> m.end() > n.end()).orElse(true));
                if (across.isPresent()) {
                    named = across;
                }
            }
            named.ifPresent(mentions::add);
        }
        Matcher mesa = mesaNamed.matcher(folded);
        while (mesa.find()) {
            int at = mesa.end();
            if (Character.isUpperCase(text.charAt(at)) && mentions.stream().noneMatch(x -> x.start() <= at && at < x.end())) {
                nameAt(text, at, 1, null, null, families).ifPresent(mentions::add);
            }
        }
        Matcher unidad = unidadNamed.matcher(folded);
        while (unidad.find()) {
            int at = unidad.end();
            if (Character.isUpperCase(text.charAt(at)) && mentions.stream().noneMatch(x -> x.start() <= at && at < x.end())) {
                nameAt(text, at, 1, null, "(U HAB)", families).ifPresent(mentions::add);
            }
        }
        Matcher arrival = this.arrival.matcher(folded);
        while (arrival.find()) {
            Optional<UtMention> named = nameAt(text, arrival.end(), 0, null, null, families);
            if (named.isEmpty() && arrival.group(1) != null) {
                named = nameAt(text, arrival.start(1), 0, null, null, families); // the article is part of the name: "La Joyita"
            }
            named.filter(m -> !continuesAsNounPhrase(folded, m.end())).ifPresent(mentions::add);
        }
        mentions.sort(Comparator.comparingInt(UtMention::start));
        return mentions;
    }

    /** "la mesa del pueblo, primero de mayo": a cue right before a comma or a period ends a phrase, no name follows it. */
    private static boolean endsAPhrase(String folded, Matcher cue) {
        return cue.end() < folded.length() && ",;.".indexOf(folded.charAt(cue.end())) >= 0;
    }

    /**
     * The name right after a cue: after it, after its "de"/"del" ("pueblo de Mixcoac"), or from the article it took.
     *
     * @param offset what to add to the positions in {@code text} (a window of the report) to make them the report's
     */
    private Optional<UtMention> nameAfter(String text, String folded, int offset, int cueStart, int cueEnd, String cue,
                                          int strength, String kind, boolean families) {
        Optional<UtMention> named = nameAt(text, cueEnd - offset, strength, null, kind, families);
        Matcher of = OF.matcher(folded.substring(cueEnd - offset, Lines.end(folded, cueEnd - offset)));
        if (named.isEmpty() && of.find()) {
            named = nameAt(text, cueEnd - offset + of.end(), strength, null, kind, families);
        }
        Matcher article = ARTICLE_IN_CUE.matcher(cue);
        if (named.isEmpty() && article.find()) {
            // "la mesa de La Carbonera": the article the cue took is the name's first word
            named = nameAt(text, cueStart - offset + article.start(1), strength, null, kind, families);
        }
        return named.map(m -> new UtMention(m.candidates(), m.start() + offset, m.end() + offset, m.strength()));
    }

    /**
     * {@link #nameAfter} with the line break at {@code lineEnd} read as a space, in a window from the cue to a name's
     * length into the next line: as cheap on a long text as on a short one.
     */
    private Optional<UtMention> acrossTheBreak(String text, String folded, Matcher cue, int lineEnd, int strength, String kind,
                                               boolean families) {
        int from = cue.start();
        int to = Math.min(text.length(), lineEnd + 1 + MAX_NAME_CHARS);
        String windowText = text.substring(from, lineEnd) + ' ' + text.substring(lineEnd + 1, to);
        String windowFolded = folded.substring(from, lineEnd) + ' ' + folded.substring(lineEnd + 1, to);
        return nameAfter(windowText, windowFolded, from, cue.start(), cue.end(), cue.group(), strength, kind, families);
    }

    /** The shortest line a wrap leaves: a PDF or a mail breaks its lines near the width of the page, never early. */
    private static final int WRAPPED_LINE_CHARS = 50;

    /**
     * Whether the line break at {@code lineEnd} may be a wrap inside a name: the line is as long as a wrapped one and
     * ends in the middle of words (a letter or a digit, no punctuation), and the next line goes on with a word.
     */
    private static boolean wrappedAt(String text, int lineEnd) {
        if (lineEnd + 1 >= text.length() || text.charAt(lineEnd) != '\n') {
            return false;
        }
        String line = text.substring(Lines.nearStart(text, lineEnd), lineEnd).strip();
        return line.length() >= WRAPPED_LINE_CHARS && Character.isLetterOrDigit(line.charAt(line.length() - 1))
                && Character.isLetter(text.charAt(lineEnd + 1));
    }

    /** Whether only spaces lie between {@code from} and {@code to}. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Catalogue names written without a cue, at any word start ("¿qué vieron en Portales?", "agricola oriental"): what a
     * query may name; the caller decides which of them a person meant as a place.
     */
    List<UtMention> findNames(String text) {
        List<UtMention> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (wordStart) {
                Optional<UtMention> m = nameAt(text, i, 0, null, null, true);
                if (m.isPresent()) {
                    found.add(m.get());
                    i = m.get().end();
                }
            }
        }
        return found;
    }

    /** The shortest capitalized name, in letters, that counts without a cue: "Coltongo", not "Centro" nor "Roma". */
    private static final int MIN_UNCUED_CHARS = 8;

    /**
     * Catalogue names written capitalized without any cue ("Ya estoy en la mesa del jardín de Coltongo"), of eight
     * letters or more: what a report that states neither alcaldía nor distrito tells of its place.
     */
    List<UtMention> capitalizedNames(String text) {
        List<UtMention> found = new ArrayList<>();
        String folded = Folding.foldPreservingLength(text);
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (wordStart) {
                Optional<UtMention> m = nameAt(text, i, 0, null, null, false)
                        .filter(x -> Folding.normalizeName(text.substring(x.start(), x.end())).replace(" ", "").length() >= MIN_UNCUED_CHARS
                                && standsAlone(text, folded, x));
                if (m.isPresent()) {
                    found.add(m.get());
                    i = m.get().end();
                }
            }
        }
        return found;
    }

    private static final Pattern CAPITALIZED_WORD_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.]*\\s+(?:(?:de|del|de la|de los|y)\\s+)?$");

    /**
     * Whether a capitalized name is a place of its own and not part of a longer name: no capitalized word right before
     * or after it ("Ma. Guadalupe Ortiz", "Observatorio Ciudadano", "Red Vecinal del Poniente"), no "de" after it ("Libertad del voto"), not the name
     * of a street, school or garden ("calle Triunfo de la Libertad", "Escuela Primaria «Tierra y Libertad»").
     */
    private boolean standsAlone(String text, String folded, UtMention m) {
        String before = Lines.before(text, m.start());
        String after = text.substring(m.end(), Lines.end(text, m.end()));
        return !CAPITALIZED_WORD_BEFORE.matcher(before).find() && !after.matches("(?s)[\\s\"»”']*\\p{Lu}.*")
                && !continuesAsNounPhrase(folded, m.end())
                && !namedThingBefore.matcher(Lines.before(folded, m.start())).find();
    }

    /**
     * Catalogue names written without a cue that hold an alcaldía's name mentioned in passing: "Cuauhtémoc Pensil,
     * Miguel Hidalgo" names the UT CUAUHTEMOC PENSIL, not the alcaldía Cuauhtémoc; so do "Ampliación Miguel Hidalgo"
     * and "Santa Úrsula Coyoacán". A name no longer than the alcaldía's ("Miguel Hidalgo (U HAB)") stays the alcaldía.
     */
    List<UtMention> namesAround(String text, List<Mention<String>> alcaldiaMentions) {
        List<UtMention> found = new ArrayList<>();
        for (Mention<String> a : alcaldiaMentions) {
            if (a.strength() >= AlcaldiaFinder.CUED && !saidAgainOnItsLine(text, a, alcaldiaMentions)
                    || found.stream().anyMatch(x -> x.start() <= a.start() && a.end() <= x.end())) {
                continue;
            }
            int lineStart = Lines.start(text, a.start());
            for (int i = Math.max(lineStart, a.start() - 40); i <= a.start(); i++) {
                boolean wordStart = Character.isLetter(text.charAt(i)) && (i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1)));
                if (!wordStart) {
                    continue;
                }
                Optional<UtMention> m = nameAt(text, i, 0, null, null, false)
                        .filter(x -> x.start() <= a.start() && a.end() <= x.end()
                                && (hasWord(text.substring(x.start(), a.start())) || hasWord(text.substring(a.end(), x.end()))));
                if (m.isPresent()) {
                    found.add(m.get());
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Whether the alcaldía of a mention is named again on its line: then a cue before the mention ("Lugar: Tlalpan
     * Centro, alcaldía Tlalpan") may introduce a longer name that begins like the alcaldía, since the line says the
     * alcaldía elsewhere.
     */
    private static boolean saidAgainOnItsLine(String text, Mention<String> a, List<Mention<String>> alcaldiaMentions) {
        int lineStart = Lines.start(text, a.start());
        int lineEnd = Lines.end(text, a.start());
        return alcaldiaMentions.stream().anyMatch(o -> o != a && o.value().equals(a.value())
                && o.start() >= lineStart && o.end() <= lineEnd && (o.start() >= a.end() || o.end() <= a.start()));
    }

    /**
     * Names of the given alcaldía written without a cue on header-like lines (lines that also name the alcaldía
     * or the distrito); {@code metadataSpans} are the spans of those other mentions.
     */
    List<UtMention> findInHeaderLines(String text, String alcaldiaClave, List<int[]> metadataSpans) {
        return findInHeaderLines(text, alcaldiaClave, null, metadataSpans);
    }

    /**
     * @param distrito when the alcaldía is not known, the distrito the report states: only names of that distrito
     *                 count ("victoria de las democracias dtto 5")
     */
    List<UtMention> findInHeaderLines(String text, String alcaldiaClave, Integer distrito, List<int[]> metadataSpans) {
        List<UtMention> found = new ArrayList<>();
        List<Gazetteer.UnidadTerritorial> pool = null;
        List<String[]> poolNames = null;
        Set<Integer> lineStarts = new LinkedHashSet<>();
        metadataSpans.forEach(s -> lineStarts.add(Lines.start(text, s[0])));
        // a report's title line just above its place-and-date line is part of its header ("Bitácora de la jornada -
        // Juventino Rosas I" / "Iztacalco, distrito local 15, 1º de mayo de 2022")
        int title = firstLineStart(text);
        if (title >= 0 && lineStarts.contains(nextLineStart(text, title))) {
            lineStarts.add(title);
        }
        for (int lineStart : lineStarts) {
            int lineEnd = Lines.end(text, lineStart);
            int searchedFrom = lineStart;
            for (int i = lineStart; i < lineEnd; i++) {
                boolean wordStart = Character.isLetterOrDigit(text.charAt(i))
                        && (i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1)));
                boolean glued = !wordStart && alcaldiaClave != null && gluedToAHeading(text, lineStart, i);
                if (!wordStart && !glued || insideAny(i, metadataSpans)) {
                    continue;
                }
                Optional<UtMention> m = nameAt(text, i, 0, alcaldiaClave, null, false);
                if (glued) {
                    m = m.filter(x -> x.end() - x.start() >= GLUED_NAME_CHARS && endsAField(text, x.end()));
                } else if (m.isPresent()) {
                    if (pool == null) {
                        pool = pool(alcaldiaClave, distrito);
                        poolNames = looseNames(pool);
                    }
                    // the longest name wins also when its first words are spelled by ear: "nueba santa anita" is NUEVA
                    // STA ANITA, not the SANTA ANITA its last words spell
                    m = Optional.of(spelledByEarAround(text, m.get(), searchedFrom, metadataSpans, pool, poolNames));
                }
                if (distrito != null) {
                    m = m.map(x -> new UtMention(x.candidates().stream().filter(ut -> ut.distrito() == distrito).toList(),
                            x.start(), x.end(), x.strength())).filter(x -> !x.candidates().isEmpty());
                }
                // a UT called like the alcaldía ("CUAUHTEMOC") is not named by "Alcaldía Cuauhtémoc"
                if (m.isPresent() && (m.get().end() - m.get().start() >= 8 || aFieldOfItsOwn(text, m.get()))
                        && !withinOne(m.get(), metadataSpans)) {
                    found.add(m.get());
                    i = m.get().end();
                    searchedFrom = i;
                }
            }
        }
        return found;
    }

    /** How many words before a name found on a header line may begin a longer name spelled by ear. */
    private static final int WORDS_BEFORE_A_NAME = 3;

    /**
     * A longer name spelled by ear that ends at or after {@code found} and begins one to three words before it, on its
     * line, after {@code from} and outside the metadata; else {@code found}. Sought only around a name already found,
     * so a header line costs a by-ear search only where a name is.
     */
    private UtMention spelledByEarAround(String text, UtMention found, int from, List<int[]> metadataSpans,
                                         List<Gazetteer.UnidadTerritorial> pool, List<String[]> names) {
        int words = 0;
        UtMention best = found;
        for (int i = found.start() - 1; i >= from && words < WORDS_BEFORE_A_NAME; i--) {
            boolean wordStart = Character.isLetter(text.charAt(i)) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!wordStart) {
                continue;
            }
            if (insideAny(i, metadataSpans)) {
                break;
            }
            words++;
            Optional<UtMention> heard = looseNameAt(text, i, pool, names, false).filter(x -> x.end() >= found.end());
            if (heard.isPresent()) {
                best = heard.get();
            }
        }
        return best;
    }

    /** "en la CTM Culhuacán", "de la General Anaya": the colonia left unsaid, its feminine article kept. */
    private static final Pattern COLONIA_UNSAID = Pattern.compile("(?<![\\p{L}])(?:en|de|a)\\s+la\\s+(?=\\p{L})");
    /** A Roman numeral of a catalogue name, I to XX. */
    private static final Pattern ROMAN_WORD = Pattern.compile("[ivx]{1,5}");
    /** The shortest name, in letters, that a spelling by ear may stand for (as on a header line). */
    private static final int MIN_BY_EAR_CHARS = 8;

    /**
     * Names of the report's place written loosely, read only among the UTs of the alcaldía or distrito the report
     * states, a few dozen names where a loose reading fits one at most. After a place cue or where the observer says
     * they are: a name shortened by leaving out words before its last one, as people shorten a person's name ("la mesa
     * de la General Anaya" is GENERAL PEDRO MARIA ANAYA), and a name whose numeral is said at the end ("CTM Culhuacán
     * sección siete" is CTM VII CULHUACAN). There and on a line that carries other metadata: a name spelled by ear
     * ("estreya del sur, iztapalapa, distrito 28" is ESTRELLA DEL SUR; see {@link ByEar#sound}).
     *
     * @param metadataSpans the spans of the report's alcaldía, distrito and date mentions: their lines are headers
     */
    List<UtMention> looselyWritten(String text, String alcaldiaClave, Integer distrito, List<int[]> metadataSpans) {
        List<Gazetteer.UnidadTerritorial> pool = pool(alcaldiaClave, distrito);
        List<UtMention> found = new ArrayList<>();
        if (pool.isEmpty() || alcaldiaClave == null && distrito == null) {
            return found;
        }
        String folded = Folding.foldPreservingLength(text);
        Set<Integer> cued = new LinkedHashSet<>();
        Matcher cue = this.cue.matcher(folded);
        while (cue.find()) {
            if (endsAPhrase(folded, cue)) {
                continue; // "la plaza del pueblo, Milpa Alta": the alcaldía after a comma, no place written loosely
            }
            cued.add(cue.end());
            Matcher of = OF.matcher(folded.substring(cue.end(), Lines.end(folded, cue.end())));
            if (of.find()) {
                cued.add(cue.end() + of.end());
            }
            Matcher article = ARTICLE_IN_CUE.matcher(cue.group());
            if (article.find()) {
                cued.add(cue.start() + article.start(1));
            }
        }
        Matcher arrival = this.arrival.matcher(folded);
        while (arrival.find()) {
            cued.add(arrival.end());
        }
        for (Pattern named : List.of(mesaNamed, unidadNamed, COLONIA_UNSAID)) {
            Matcher m = named.matcher(folded);
            while (m.find()) {
                if (Character.isUpperCase(text.charAt(m.end()))) {
                    // "la unidad CTM Culhuacán sección ocho", "en la CTM Culhuacán…": a place called by its name, capitalized
                    cued.add(m.end());
                }
            }
        }
        List<String[]> names = looseNames(pool);
        for (int at : cued) {
            if (!insideAny(at, metadataSpans)) {
                // "una mesa receptora de Milpa Alta": the alcaldía's name after a cue is no shortened VILLA MILPA ALTA
                looseNameAt(text, at, pool, names, true).ifPresent(found::add);
            }
        }
        Set<Integer> lineStarts = new LinkedHashSet<>();
        metadataSpans.forEach(span -> lineStarts.add(Lines.start(text, span[0])));
        for (int lineStart : lineStarts) {
            int lineEnd = Lines.end(text, lineStart);
            for (int i = lineStart; i < lineEnd; i++) {
                boolean wordStart = Character.isLetter(text.charAt(i)) && (i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1)));
                int from = i;
                if (wordStart && !insideAny(i, metadataSpans) && found.stream().noneMatch(x -> x.start() <= from && from < x.end())) {
                    Optional<UtMention> m = looseNameAt(text, i, pool, names, false);
                    if (m.isPresent()) {
                        found.add(m.get());
                        i = m.get().end();
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(UtMention::start));
        return found;
    }

    /** The UTs of the alcaldía or distrito a report states, where a loose reading of a name is sought. */
    private List<Gazetteer.UnidadTerritorial> pool(String alcaldiaClave, Integer distrito) {
        return gazetteer.uts().stream()
                .filter(ut -> ut.name() != null && (alcaldiaClave == null || ut.alcaldiaClave().equals(alcaldiaClave))
                        && (distrito == null || ut.distrito() == distrito))
                .toList();
    }

    /** The words of each UT's name without its parenthesised part, in the order of {@code pool}. */
    private static List<String[]> looseNames(List<Gazetteer.UnidadTerritorial> pool) {
        return pool.stream().map(ut -> (ut.normalizedBase().isEmpty() ? ut.normalizedName() : ut.normalizedBase()).split(" "))
                .toList();
    }

    /**
     * The UTs of {@code pool} whose name is written loosely at {@code from}; the reading that covers most words wins.
     *
     * @param names the words of each UT's name without its parenthesised part, in the order of {@code pool}
     * @param cued whether a place cue precedes: only then may a name be shortened or its numeral moved
     */
    private Optional<UtMention> looseNameAt(String text, int from, List<Gazetteer.UnidadTerritorial> pool, List<String[]> names,
                                            boolean cued) {
        String rest = text.substring(from, Math.min(Lines.end(text, from), from + MAX_NAME_CHARS));
        String normalized = Folding.normalizeName(rest);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        String[] original = normalized.split(" ");
        String[] written = gazetteer.expandedWords(original);
        int bestWords = 0;
        List<Gazetteer.UnidadTerritorial> best = new ArrayList<>();
        for (int u = 0; u < pool.size(); u++) {
            Gazetteer.UnidadTerritorial ut = pool.get(u);
            String[] name = names.get(u);
            int words = byEar(written, name);
            if (cued) {
                words = Math.max(words, Math.max(shortened(written, name), numeralMoved(written, name)));
            }
            if (words > 0 && words >= bestWords) {
                if (words > bestWords) {
                    best.clear();
                    bestWords = words;
                }
                best.add(ut);
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int chars = String.join(" ", Arrays.copyOfRange(original, 0, bestWords)).length();
        return Optional.of(new UtMention(List.copyOf(best), from, from + originalLength(rest, chars), cued ? 1 : 0));
    }

    /** How many written words sound like the whole name ("estreya del sur"), or 0; a short name is no such evidence. */
    private static int byEar(String[] written, String[] name) {
        String base = String.join(" ", name);
        if (written.length < name.length || base.replace(" ", "").length() < MIN_BY_EAR_CHARS) {
            return 0;
        }
        String said = String.join(" ", Arrays.copyOfRange(written, 0, name.length));
        return !said.equals(base) && ByEar.same(said, base) ? name.length : 0;
    }

    /**
     * How many written words are the name with words left out before its last one ("general anaya" of "general pedro
     * maria anaya"), or 0: at least two words, in the name's order, ending with its last word, one of them not short.
     */
    private static int shortened(String[] written, String[] name) {
        String last = name[name.length - 1];
        for (int k = 2; k < name.length && k <= written.length; k++) {
            if (!written[k - 1].equals(last)) {
                continue;
            }
            int j = 0;
            boolean notShort = last.length() >= 4;
            for (int i = 0; i < k - 1; i++) {
                while (j < name.length - 1 && !name[j].equals(written[i])) {
                    j++;
                }
                if (j == name.length - 1) {
                    return 0; // a written word the name lacks before its last one
                }
                notShort |= written[i].length() >= 4;
                j++;
            }
            return notShort && !Character.isDigit(last.charAt(0)) && !ROMAN_WORD.matcher(last).matches() ? k : 0;
        }
        return 0;
    }

    /**
     * How many written words are the name with its Roman numeral said at the end, after "sección", "zona"… or alone,
     * in digits, Roman numerals or words ("ctm culhuacan seccion siete", "ctm culhuacan 7" of "ctm vii culhuacan"), or 0.
     */
    private int numeralMoved(String[] written, String[] name) {
        for (int r = 1; r < name.length - 1; r++) {
            if (!ROMAN_WORD.matcher(name[r]).matches()) {
                continue;
            }
            int value = RomanNumerals.parse(name[r]).orElse(0);
            int m = name.length - 1;
            if (value == 0 || written.length <= m) {
                continue;
            }
            boolean same = true;
            for (int i = 0, j = 0; i < m; i++, j++) {
                if (j == r) {
                    j++;
                }
                same &= written[i].equals(name[j]);
            }
            if (!same) {
                continue;
            }
            int at = partWords.contains(written[m]) && written.length > m + 1 ? m + 1 : m;
            if (numeral(written[at]) == value) {
                return at + 1;
            }
        }
        return 0;
    }

    /** A numeral written in digits, Roman numerals or a word ("7", "vii", "siete"), or 0. */
    private static int numeral(String word) {
        if (word.matches("\\d{1,2}")) {
            return Integer.parseInt(word);
        }
        if (ROMAN_WORD.matcher(word).matches()) {
            return RomanNumerals.parse(word).orElse(0);
        }
        return NumberWords.parse(word).map(NumberWords.Parsed::value).orElse(0);
    }

    /** The shortest name taken from inside a word: a long name is no chance spelling inside a heading. */
    private static final int GLUED_NAME_CHARS = 12;

    /**
     * Whether {@code i} may begin a name that extraction glued to a heading in capitals ("REPORTE DE OBSERVACIONSAN
     * LORENZO TLACOYUCAN, MILPA ALTA"): a capital inside a word of capitals, after at least four of them.
     */
    private static boolean gluedToAHeading(String text, int lineStart, int i) {
        if (!Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int capitals = 0;
        for (int j = i - 1; j >= lineStart && Character.isLetter(text.charAt(j)); j--) {
            if (!Character.isUpperCase(text.charAt(j))) {
                return false;
            }
            capitals++;
        }
        return capitals >= 4;
    }

    /** Whether a field ends at {@code end} of {@code rest}: its end, or a comma, a period or another separator. */
    private static boolean fieldEndsAt(String rest, int end) {
        int at = Math.min(end, rest.length());
        String after = rest.substring(at).strip();
        // the length of a name as written takes in a period or a parenthesis right after it ("segunda.")
        return after.isEmpty() || ",.;()–—-|·:".indexOf(after.charAt(0)) >= 0 || at > 0 && ".)".indexOf(rest.charAt(at - 1)) >= 0;
    }

    /** Whether a name ends a field: the end of the line or a separator follows. */
    private static boolean endsAField(String text, int end) {
        String after = text.substring(end, Lines.end(text, end)).strip();
        return after.isEmpty() || ",;()–—-|·:".indexOf(after.charAt(0)) >= 0;
    }

    private static boolean hasWord(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** The start of the first line with text, or -1. */
    private static int firstLineStart(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return Lines.start(text, i);
            }
        }
        return -1;
    }

    /** The start of the next line with text after the line that starts at {@code lineStart}, or -1. */
    private static int nextLineStart(String text, int lineStart) {
        for (int i = Lines.end(text, lineStart); i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return Lines.start(text, i);
            }
        }
        return -1;
    }

    /**
     * @param kind     the suffix of the kind of place the cue names: after "unidad habitacional" an entry marked
     *                 "(U HAB)" wins over its namesake, after "pueblo" one marked "(PBLO)", after "barrio" "(BARR)"
     * @param families whether a name without its numeral names each UT of its family
     */
    private Optional<UtMention> nameAt(String text, int from, int strength, String onlyAlcaldia, String kind,
                                       boolean families) {
        int lineEnd = Lines.end(text, from);
        String rest = text.substring(from, Math.min(lineEnd, from + MAX_NAME_CHARS));
        String normalized = Folding.normalizeName(rest);
        Matcher leading = LEADING_CLAVE.matcher(normalized);
        int skip = leading.find() ? leading.end() : 0;
        String candidate = normalized.substring(skip);
        List<Gazetteer.NameMatch> matches = gazetteer.namesAtStart(candidate, families).stream()
                .filter(n -> !n.fieldEnd() || fieldEndsAt(rest, originalLength(rest, skip + originalWords(candidate, n.length()))))
                .toList();
        if (onlyAlcaldia != null) {
            matches = matches.stream().filter(n -> n.ut().alcaldiaClave().equals(onlyAlcaldia)).toList();
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        int longest = matches.stream().mapToInt(Gazetteer.NameMatch::length).max().orElseThrow();
        List<Gazetteer.NameMatch> best = matches.stream().filter(n -> n.length() == longest).toList();
        if (kind != null && best.stream().anyMatch(n -> n.ut().name() != null && n.ut().name().contains(kind))) {
            best = best.stream().filter(n -> n.ut().name() != null && n.ut().name().contains(kind)).toList();
        } else if (best.stream().anyMatch(Gazetteer.NameMatch::exact)) {
            // In a query a name written without its suffix also names its namesakes with one in the same alcaldía
            // ("col el triunfo": EL TRIUNFO and EL TRIUNFO (AMPL), which reports write "col el triunfo ampl")
            Set<String> alcaldias = new java.util.HashSet<>();
            best.stream().filter(Gazetteer.NameMatch::exact).forEach(n -> alcaldias.add(n.ut().alcaldiaClave()));
            best = best.stream().filter(n -> n.exact() || families && alcaldias.contains(n.ut().alcaldiaClave()))
                    .toList();
        }
        List<Gazetteer.UnidadTerritorial> candidates = best.stream().map(Gazetteer.NameMatch::ut).distinct().toList();
        int matchedChars = originalWords(candidate, longest);
        return Optional.of(new UtMention(candidates, from, from + originalLength(rest, skip + matchedChars), strength));
    }

    /** How many chars of the written (not expanded) name correspond to {@code expandedLength} expanded chars. */
    private int originalWords(String written, int expandedLength) {
        String[] words = written.split(" ");
        String[] expandedWords = gazetteer.expandedWords(words);
        int expanded = 0;
        int original = 0;
        for (int i = 0; i < words.length; i++) {
            if (expanded >= expandedLength) {
                break;
            }
            expanded += expandedWords[i].length() + 1;
            original += words[i].length() + 1;
        }
        return Math.max(0, Math.min(written.length(), original - 1));
    }

    /** How many chars of {@code rest} a normalized prefix of {@code normalizedLength} chars covers. */
    private static int originalLength(String rest, int normalizedLength) {
        for (int i = 1; i <= rest.length(); i++) {
            if (Folding.normalizeName(rest.substring(0, i)).length() >= normalizedLength) {
                int end = i;
                while (end < rest.length() && (rest.charAt(end) == ')' || rest.charAt(end) == '.')) {
                    end++;
                }
                return end;
            }
        }
        return rest.length();
    }

    /**
     * A short name ("Teozoma") counts on a header line only written as a field of its own: capitalized and followed
     * by a separator or the end of the line ("Reporte – Teozoma, Tláhuac (distrito 7)").
     */
    private static boolean aFieldOfItsOwn(String text, UtMention m) {
        String after = text.substring(m.end(), Lines.end(text, m.end())).strip();
        return m.end() - m.start() >= 5 && Character.isUpperCase(text.charAt(m.start()))
                && (after.isEmpty() || ",;()–—-|·:".indexOf(after.charAt(0)) >= 0);
    }

    /** "la mesa de …": a name followed by "de" is the start of a longer phrase, not a place on its own. */
    private static boolean continuesAsNounPhrase(String folded, int end) {
        return folded.substring(end, Lines.end(folded, end)).matches("(?s)\\s+(?:de|del)\\s.*");
    }

    private static boolean insideAny(int pos, List<int[]> spans) {
        return spans.stream().anyMatch(s -> s[0] <= pos && pos < s[1]);
    }

    private static boolean withinOne(UtMention m, List<int[]> spans) {
        return spans.stream().anyMatch(s -> s[0] <= m.start() && m.end() <= s[1]);
    }

    /**
     * The report's UT: from the strongest kind of mention present, kept only if it designates exactly one UT
     * (after narrowing ambiguous names to {@code alcaldiaClave} when known, and keeping names only if their
     * catalogue distrito agrees with the one the report states). Several distinct UTs at the same
     * strength mean the report covers several, and then there is no single UT.
     */
    static Optional<Gazetteer.UnidadTerritorial> choose(List<UtMention> mentions, String alcaldiaClave, Integer distrito) {
        return choose(mentions, alcaldiaClave, distrito, null, List.of());
    }

    /**
     * As {@link #choose(List, String, Integer)}, but of several distinct UTs at the same strength the one named on the
     * line where the report states its alcaldía or distrito wins: "en la colonia Cuauhtémoc, Magdalena Contreras,
     * distrito 33" is where the observer was; a mesa named further on ("dicen que en la mesa de El Ermitaño también…")
     * is another place told about.
     *
     * @param placeSpans the spans of the alcaldía and distrito mentions of {@code text}
     */
    static Optional<Gazetteer.UnidadTerritorial> choose(List<UtMention> mentions, String alcaldiaClave, Integer distrito,
                                                        String text, List<int[]> placeSpans) {
        for (int strength = 3; strength >= 0; strength--) {
            Set<Gazetteer.UnidadTerritorial> designated = new LinkedHashSet<>();
            Set<Gazetteer.UnidadTerritorial> besideThePlace = new LinkedHashSet<>();
            boolean any = false;
            for (UtMention m : mentions) {
                if (m.strength() != strength) {
                    continue;
                }
                List<Gazetteer.UnidadTerritorial> c = m.candidates();
                if (alcaldiaClave != null && (c.size() > 1 || strength == 0)) {
                    // the weakest names ("llegué a la mesa…") are trusted only in the report's alcaldía
                    c = c.stream().filter(ut -> ut.alcaldiaClave().equals(alcaldiaClave)).toList();
                }
                if (distrito != null && strength < 3) {
                    // a name is trusted only if it agrees with the distrito the report states
                    c = c.stream().filter(ut -> ut.distrito() == distrito).toList();
                }
                if (c.size() == 1) {
                    designated.add(c.get(0));
                    any = true;
                    if (text != null && onAPlaceLine(text, m, placeSpans)) {
                        besideThePlace.add(c.get(0));
                    }
                }
            }
            if (any) {
                if (designated.size() == 1) {
                    return Optional.of(designated.iterator().next());
                }
                return besideThePlace.size() == 1 ? Optional.of(besideThePlace.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the line of a mention also holds a place mention outside it (its alcaldía, its distrito). */
    private static boolean onAPlaceLine(String text, UtMention m, List<int[]> placeSpans) {
        int lineStart = Lines.start(text, m.start());
        int lineEnd = Lines.end(text, m.start());
        return placeSpans.stream().anyMatch(s -> s[0] >= lineStart && s[1] <= lineEnd && (s[1] <= m.start() || s[0] >= m.end()));
    }
}
