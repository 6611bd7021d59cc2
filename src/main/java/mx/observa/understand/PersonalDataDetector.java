package mx.observa.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * Finds personal data in a report's text so published outputs can redact it: names of people ({@link PersonNames}),
 * telephone numbers ({@link PhoneNumbers}), e-mail addresses ({@link EmailAddresses}), CURP, clave de elector, RFC
 * and voter-card numbers ({@link IdentityDocuments}), private addresses ({@link PrivateAddresses}), and every other
 * occurrence of what is already known about the report ({@link KnownPersonalData}: the observer, the sender, a
 * signature, a name the text announces ({@link AnnouncedNames}) — in full, folded, upper case or partial forms).
 * Overlapping spans are merged into the first, longest one. Names of public places and institutions are not personal data and are not reported.
 */
final class PersonalDataDetector {

    static final String NOMBRE = "nombre";
    static final String TELEFONO = "telefono";
    static final String CORREO = "correo";
    static final String CURP = "curp";
    static final String CLAVE_ELECTOR = "clave_elector";
    static final String CREDENCIAL = "credencial";
    static final String RFC = "rfc";
    static final String DOMICILIO = "domicilio";
    /** Another occurrence of an identifier or address already known for the report. */
    static final String CONOCIDO = "conocido";

    private final PlaceGuard places;
    private final PrivacyVocabulary vocabulary;
    private final PersonNames names;
    private final NoPersonContext noPerson;
    private final FigureNamesakes namesakes;
    private final NicknameComplements complements;
    private final PhoneNumbers phones;

    PersonalDataDetector(PrivacyVocabulary vocabulary, Gazetteer gazetteer) {
        this.vocabulary = vocabulary;
        this.places = new PlaceGuard(vocabulary, gazetteer);
        this.names = new PersonNames(vocabulary, gazetteer);
        this.noPerson = new NoPersonContext(vocabulary);
        this.namesakes = new FigureNamesakes(vocabulary, noPerson);
        this.complements = new NicknameComplements(vocabulary, places);
        this.phones = new PhoneNumbers(vocabulary.phoneWords);
    }

    /**
     * @param names the names {@link PersonNames} found in {@code text}
     * @param known what was found before about the same report (may be {@link KnownPersonalData#NONE})
     */
    List<PersonalData> detect(String text, List<Mention<String>> names, KnownPersonalData known) {
        return detection(text, names, known).personalData();
    }

    /** {@link #detect}, with the parts of {@code text} that announce a person, from the same scan. */
    Detection detection(String text, List<Mention<String>> names, KnownPersonalData known) {
        AnnouncedNames.Found announced = streetsNamedAfterTitles(text, AnnouncedNames.find(text));
        List<PersonalData> found = new ArrayList<>();
        List<PersonalData> emails = EmailAddresses.find(text);
        found.addAll(emails);
        // a name the report's own address spells ("Anastasio Villegas … avillegas@…"), unless the context says it is a
        // figure's that shares the given name («leopoldo.vitral@…» and «… obra de Leopoldo Flores»: {@link FigureNamesakes})
        List<String> addresses = emails.stream().map(PersonalData::text).toList();
        List<PersonalData> echoes = new ArrayList<>();
        for (Mention<String> echo : this.names.echoesOfAddresses(text, addresses)) {
            echoes.add(new PersonalData(NOMBRE, echo.value(), echo.start(), echo.end()));
        }
        found.addAll(namesakes.withoutFigures(text, echoes, addresses));
        List<PersonalData> documents = IdentityDocuments.find(text);
        found.addAll(documents);
        // "ALDANA FIGUEROA CRISÓSTOMO" over "CURP: AAFC…": the name the report's own CURP or clave de elector spells
        found.addAll(IdentityNames.find(text, documents));
        for (PersonalData address : vocabulary.addresses.find(text, places::isPlaceName)) {
            if (!vocabulary.addresses.onlyAPlacesName(address.text(), places::isPlaceName)) {
                found.add(address);
            }
        }
        found.addAll(phones.find(text, emails));
        for (Mention<String> name : names) {
            if (!titledFigure(text, name.start(), name.end())) {
                // a name found in part goes with the capitalized words that continue it ({@link NameTails}): known so,
                // every view hides and the commission's search knows the whole
                int end = NameTails.end(text, name.start(), name.end());
                String value = end == name.end() ? name.value() : name.value() + text.substring(name.end(), end);
                // and with the capitalized words that open it, a given name no list knows ({@link NameHeads})
                int start = NameHeads.start(text, name.start(), end, 0, this::noPartOfAName, this::leadsToAPlace);
                value = text.substring(start, name.start()) + value;
                found.add(new PersonalData(NOMBRE, value, start, end));
            }
        }
        List<PersonalData> direct = merge(found);
        // what this text itself reveals is known too: "ANA LÓPEZ" in the header makes "la Sra. López" findable below;
        // so are the names the redaction's safety net removes where the text announces them ("C.c.p. Lic. Ramiro
        // Esquivias"), those that look like people's names: hidden there, they are hidden everywhere the report is shown
        List<String> revealed = new ArrayList<>(direct.stream().map(PersonalData::text).toList());
        revealed.addAll(vocabulary.people(announced.names()));
        revealed.addAll(listedPeople(announced.listed()));
        // the forms of what was known are compiled once per report, not again for each text it is read in
        // but not a known person's namesake the context says is a figure («… obra de Leopoldo Flores» below a known
        // «Leopoldo Garcilazo»: {@link FigureNamesakes})
        List<String> knownHere = new ArrayList<>(known.strings());
        knownHere.addAll(revealed);
        found.addAll(namesakes.withoutFigures(text, known.occurrences(revealed, text, vocabulary, places,
                KnownPersonalData.writtenInLowerCase(text)), knownHere));
        List<int[]> announcedSpans = new ArrayList<>();
        for (int[] span : announced.spans()) {
            announcedSpans.add(new int[] {span[0], NameTails.end(text, span[0], span[1])});
        }
        return new Detection(withTitles(text, merge(found)), announcedSpans);
    }

    /**
     * A capitalized word that is no part of a person's name on its own (folded, lower case): a title or a form of
     * address, a role, an office, a kinship or relation word, a place's word or a place, a function word, a word never
     * a name, a noun of someone who does something. {@link NameHeads} leaves it readable before a name.
     */
    private boolean noPartOfAName(String folded) {
        return vocabulary.isTitle(folded) || vocabulary.courtesyTitles.contains(folded) || vocabulary.relations.contains(folded)
                || vocabulary.kinship.contains(folded) || vocabulary.officeRoles.contains(folded) || vocabulary.roles.contains(folded)
                || vocabulary.electedOffices.contains(folded) || vocabulary.publicOffices.contains(folded)
                || vocabulary.notNameWords.contains(folded) || vocabulary.isFunctionWord(folded)
                || vocabulary.cannotEndLine.contains(folded) || vocabulary.nameParticles.contains(folded)
                || vocabulary.saintEpithets.contains(folded) || vocabulary.places.contains(folded)
                || places.isWordOfPlaceName(folded) || places.isPlaceName(folded) || vocabulary.isAgentNoun(folded)
                || vocabulary.animals.contains(folded) || vocabulary.namedThings.contains(folded);
    }

    /** A word that opens a place's name («colonia», «calle», «escuela»): the capitalized words after it are the place's. */
    private boolean leadsToAPlace(String folded) {
        return vocabulary.places.contains(folded) || places.isWordOfPlaceName(folded);
    }

    /** A street word right before a title: "la calle Dr. Lucio", "av. Gral. Prim" name a street, not a doctor. */
    private static final Pattern STREET_AND_TITLE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}+)\\.?[ \\t]+(?:\\p{L}{1,6}\\.[ \\t]*|(?:doctor|doctora|general|licenciado|profesor|ingeniero)[ \\t]+)$");

    /**
     * The safety net takes what follows a title wherever it stands; after a street word ("la calle Dr. Lucio", "por
     * Avenida Ing. Eduardo Molina") the title is part of the street's name, and neither the span nor its name are a person.
     * Nor is a figure listed with its title ("el Dr. Simi"), nor words the context says name no person
     * ({@link NoPersonContext}: "Dr. … (sólo el nombre del hospital)").
     */
    private AnnouncedNames.Found streetsNamedAfterTitles(String text, AnnouncedNames.Found announced) {
        List<int[]> spans = new ArrayList<>();
        String folded = Folding.foldPreservingLength(text);
        List<String> dropped = new ArrayList<>();
        for (int[] span : announced.spans()) {
            String before = Folding.foldPreservingLength(text.substring(Math.max(0, span[0] - 40), span[0]));
            Matcher m = STREET_AND_TITLE_BEFORE.matcher(before.toLowerCase(java.util.Locale.ROOT));
            if (m.find() && vocabulary.places.contains(m.group(1)) && !vocabulary.isTitle(m.group(1))
                    || titledFigure(text, span[0], span[1])
                    // the same decision every trigger of PersonNames consults: the context says the words name no person
                    || noPerson.namesNoPerson(text, folded, span[0], span[1])) {
                dropped.add(Folding.foldLower(text.substring(span[0], span[1]).strip()));
            } else {
                spans.add(span);
            }
        }
        if (dropped.isEmpty()) {
            return announced;
        }
        List<String> names = announced.names().stream().filter(n -> dropped.stream().noneMatch(d -> d.contains(Folding.foldLower(n.strip()))
                && !Folding.foldLower(n.strip()).isEmpty())).toList();
        return new AnnouncedNames.Found(spans, names, announced.listed());
    }

    private static final Pattern LIST_AND = Pattern.compile("[ \\t]+(?:y|e)[ \\t]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?iu:el|la)[ \\t]+");

    /**
     * The people of a list after "Asistentes:" and the speakers of a chat are people by where the text puts them, even
     * when the lists of given names and surnames do not know their words ("HERMENEGILDA OYARZÚN" beside "AURELIANO
     * TLACHI"): two to four words, none a title, a function word or a word that is never a name, none a place.
     * Known, every other form of them is hidden too ("Hermenegilda, acompañada de…").
     */
    private List<String> listedPeople(List<String> listed) {
        List<String> people = new ArrayList<>();
        for (String item : listed) {
            for (String person : LIST_AND.split(item)) {
                person = LEADING_ARTICLE.matcher(person.strip()).replaceFirst("");
                List<String> words = new ArrayList<>();
                for (String w : Folding.foldLower(person).split("[^\\p{L}]+")) {
                    if (!w.isEmpty() && !List.of("de", "del", "la", "las", "los").contains(w)) {
                        words.add(w);
                    }
                }
                while (!words.isEmpty() && vocabulary.isTitle(words.get(0))) {
                    words.remove(0); // "Doña Cleofas Ibarrola": the title is how she is addressed
                }
                boolean name = words.size() >= 2 && words.size() <= 4 && words.stream().allMatch(w -> w.length() >= 2
                        && !vocabulary.notNameWords.contains(w) && !vocabulary.isTitle(w) && !vocabulary.isFunctionWord(w))
                        && !places.isPlaceName(person);
                if (name) {
                    people.add(person);
                }
            }
        }
        return people;
    }

    /**
     * A name's courtesy titles go with it ("la Sra. Quintanar", "doña Eduviges", "el Ing. Roldán"): the title is part
     * of how the person is named, and "la Sra. [dato personal]" beside "Sra. Quintanar" elsewhere narrows who it was. Titles
     * that tell a profession ("el doctor …") and role nouns ("el funcionario …") stay readable
     * ({@code tratamientos_de_cortesia}; offices right before a name go with it in {@link PersonNames}).
     */
    /** With the title before it, the name is a listed figure the commission reads ("el Dr. Simi", a mascot). */
    private boolean titledFigure(String text, int start, int end) {
        int title = titleBefore(text, start, 0);
        return title >= 0 && vocabulary.publicFigures.contains(Folding.normalizeName(text.substring(title, end)));
    }

    private List<PersonalData> withTitles(String text, List<PersonalData> found) {
        List<PersonalData> out = new ArrayList<>(found.size());
        int floor = 0;
        for (PersonalData p : found) {
            int start = p.start();
            if (p.kind().equals(NOMBRE)) {
                // a known name's other occurrence («Nino Beridze» below a found «Levan Beridze Ocampo») opens with
                // its given name as a found one does
                start = NameHeads.start(text, start, p.end(), floor, this::noPartOfAName, this::leadsToAPlace);
                for (int k = 0; k < MAX_TITLES; k++) {
                    int title = titleBefore(text, start, floor);
                    if (title < 0) {
                        // "SGTO. 2/o. RET. …": an ordinal inside a chain of ranks, between two of its titles
                        int ordinal = ordinalBefore(text, start, floor);
                        title = ordinal < 0 ? -1 : titleBefore(text, ordinal, floor);
                    }
                    if (title < 0) {
                        break;
                    }
                    start = title;
                }
                int trait = traitBefore(text, start, floor);
                start = trait < 0 ? start : trait;
            }
            if (p.kind().equals(NOMBRE)) {
                start = quotedNicknameBefore(text, start, floor);
            }
            int end = p.kind().equals(NOMBRE) ? complements.end(text, start, kinshipAfter(text, initialAfter(text, quotedNicknameAfter(text, p.end())))) : p.end();
            out.add(start == p.start() && end == p.end() ? p : new PersonalData(p.kind(), text.substring(start, end), start, end));
            floor = end;
        }
        return out;
    }

    /** An article (group 1) and one word (group 2) right before a position, on the same line. */
    private static final Pattern ARTICLE_AND_WORD_BEFORE = Pattern.compile("(?<![\\p{L}])((?iu:el|la|los|las))[ \\t]+(\\p{L}+)[ \\t]+$");

    /**
     * Where a trait nickname between an article and a found name begins ("la güera Itzel Montalvo", "el chaparro
     * Efrén"), or a family word after a plural article ("las hermanas Coronel", "los señores Ocotitla"), or -1: the text
     * points at that person or family by the word and the name together, as by a title, so the word goes with the name
     * wherever the name was found (also as another occurrence of a known one). Only with the article: after a
     * possessive the word is a relation («mi hermana Rosa»), and "güera" alone may describe anyone. An office or an age
     * word before a name in the singular («la presidenta …», «la niña …») stays readable here: it tells the commission
     * who did what.
     */
    private int traitBefore(String text, int start, int floor) {
        if (floor >= start) {
            return -1; // two readings of one name overlap: no room for a word before it
        }
        Matcher m = ARTICLE_AND_WORD_BEFORE.matcher(text).region(Math.max(floor, start - 30), start);
        if (!m.find()) {
            return -1;
        }
        String word = Folding.foldLower(m.group(2));
        boolean plural = m.group(1).toLowerCase(java.util.Locale.ROOT).endsWith("s");
        return vocabulary.commonNicknames.contains(word) || plural && vocabulary.officeRoles.contains(word) ? m.start(2) : -1;
    }

    /** How many titles a chain before a name may hold: "SGTO. 2/o. RET.", "la Sra. Lic.". */
    private static final int MAX_TITLES = 3;
    /** An ordinal right before a position: "2/o. ", "1er. ", "2do ", "3ª ". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,2}(?:/[oa]|/?(?:er|do|da|ro|ra|vo|va|to|ta|no|na|o|a)|[°ºª])\\.?[ \\t]+$", Pattern.CASE_INSENSITIVE);

    /**
     * Where an ordinal right before {@code start} begins, or -1; never before {@code floor}, which may lie past
     * {@code start} when two readings of one name overlap (then there is no room for an ordinal).
     */
    static int ordinalBefore(String text, int start, int floor) {
        Matcher m = ORDINAL_BEFORE.matcher(text).region(Math.min(start, Math.max(floor, start - 10)), start);
        return m.find() ? m.start() : -1;
    }

    /** A nickname in quotes, with or without its article ("el Gallo", "Kino"), of one or two words. */
    private static final Pattern QUOTED_BEFORE = Pattern.compile("[\"“«](?:(?:el|la|EL|LA|El|La)[ \\t]+)?\\p{L}[\\p{L}'’-]*(?:[ \\t]\\p{L}[\\p{L}'’-]*)?[\"”»][ \\t]+$");
    private static final Pattern QUOTED_AFTER = Pattern.compile("^[ \\t]+(?:[\"“«](?:(?:el|la|EL|LA|El|La)[ \\t]+)?\\p{L}[\\p{L}'’-]*(?:[ \\t]\\p{L}[\\p{L}'’-]*)?[\"”»]"
            + "|\\([\"“«]\\p{L}[\\p{L}'’-]*[\"”»]\\))");
    /**
     * One capital and a period right after a name's last word: the second surname's initial ("G. Pantoja R."); not
     * the first of two ("… A. C.", a civil association).
     */
    private static final Pattern INITIAL_AFTER = Pattern.compile("^ \\p{Lu}\\.(?![\\p{L}\\d]|[ \\t]?\\p{Lu}\\.)");

    /**
     * "\"EL GALLO\" HINOJOSA", "gonzalo \"el guero\" ibarra": a nickname in quotes right before or after a name is
     * how the same person is known, and goes with the name.
     */
    static int quotedNicknameBefore(String text, int start, int floor) {
        // the floor may lie past the start when two readings of one name overlap: then nothing stands before it
        int from = Math.min(start, Math.max(floor, Math.max(Lines.nearStart(text, start), start - 40)));
        Matcher m = QUOTED_BEFORE.matcher(text).region(from, start);
        return m.find() && !Character.isLetterOrDigit(m.start() > 0 ? text.charAt(m.start() - 1) : ' ') ? m.start() : start;
    }

    private static int quotedNicknameAfter(String text, int end) {
        Matcher m = QUOTED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
        m.useTransparentBounds(false).useAnchoringBounds(true);
        return m.lookingAt() ? m.end() : end;
    }

    private static int initialAfter(String text, int end) {
        if (end == 0 || !Character.isLetter(text.charAt(end - 1))) {
            return end;
        }
        Matcher m = INITIAL_AFTER.matcher(text).region(end, Math.min(text.length(), end + 4));
        m.useTransparentBounds(true).useAnchoringBounds(true);
        return m.lookingAt() ? m.end() : end;
    }

    private static final Pattern IN_PARENTHESES = Pattern.compile("^[ \\t]*\\(([^()\\n]{2,20})\\)");

    /** Where a kinship word in parentheses right after a name ends ("Zenaida Solórzano (hermana)"), or {@code end}. */
    private int kinshipAfter(String text, int end) {
        Matcher m = IN_PARENTHESES.matcher(text).region(end, Math.min(text.length(), end + 30));
        m.useTransparentBounds(false).useAnchoringBounds(true);
        return m.lookingAt() && vocabulary.kinship.contains(Folding.foldLower(m.group(1).strip()).replaceAll("[ \\t]+", " ")) ? m.end() : end;
    }

    /** Where a title right before {@code start} begins ("Sra. ", "doña "), or -1; never before {@code floor}. */
    private int titleBefore(String text, int start, int floor) {
        int i = start;
        while (i > floor && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i > floor && text.charAt(i - 1) == '\n') {
            // a title may end the line the name wrapped from ("… a la Dra.\nLeticia Barbosa", "… de la fila, doña\nAmparo
            // Gorostieta"): a title word is a title whichever line holds it; it is checked below like any other
            int j = i - 1;
            while (j > floor && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
                j--;
            }
            if (j > floor && (text.charAt(j - 1) == '.' || Character.isLetter(text.charAt(j - 1)))) {
                i = j;
            }
        }
        boolean dotted = i > floor && text.charAt(i - 1) == '.';
        if (dotted) {
            i--;
        }
        if (i == start) {
            return -1;
        }
        int end = i;
        while (i > floor && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i == end || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        // after a period only an abbreviation ("Sra.", "Profra."): a word and a period end a sentence ("…llegó la señora. Quintanar")
        int length = end - i;
        String title = Folding.foldLower(text.substring(i, end));
        boolean shape = dotted ? length <= 6 && !title.equals("senora") : length >= 2;
        if (!shape || !vocabulary.courtesyTitles.contains(title)) {
            return -1;
        }
        // "mi mamá Petra Villaseñor", "su compadre Cirilo Ortega": after a possessive a kinship word says whose
        // relative the person is, a relation told about them, not the title they are called by ("Mamá Chayo")
        boolean kin = vocabulary.relations.contains(title) || vocabulary.kinship.contains(title);
        return kin && POSSESSIVE_BEFORE.matcher(Folding.foldLower(text.substring(Math.max(floor, i - 12), i))).find() ? -1 : i;
    }

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:mi|mis|su|sus|tu|tus|nuestro|nuestra)[ \\t]+$");

    /** Sorted by offset; a span overlapping an earlier kept one is joined to it (one span, the first kind). */
    static List<PersonalData> merge(List<PersonalData> found) {
        List<PersonalData> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(PersonalData::start).thenComparing(p -> -(p.end() - p.start())));
        List<PersonalData> kept = new ArrayList<>();
        for (PersonalData p : sorted) {
            PersonalData last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && p.start() < last.end()) {
                if (p.end() > last.end()) {
                    String joined = last.text() + p.text().substring(p.text().length() - (p.end() - last.end()));
                    kept.set(kept.size() - 1, new PersonalData(last.kind(), joined, last.start(), p.end()));
                }
                continue;
            }
            kept.add(p);
        }
        return List.copyOf(kept);
    }
}
