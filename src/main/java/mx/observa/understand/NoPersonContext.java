package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Tells, by the words around it, that a run read as a name names no person of the report, whatever the run's words
 * are: a figure someone is likened to or dressed as ({@code semejanzas}: «parecía el Chapulín Colorado», «disfrazado
 * de Cantinflas»), an authority quoted for what they taught ({@code citas_de_autoridad}: «como enseñó Ana Ortiz de
 * Montellano, …»), a firm or a brand named after people ({@code sufijos_de_empresa}: «Ramírez Hnos.», «Mario Bros»),
 * an animal given a name by a naming verb whose antecedent is that animal ({@code animales}: «el perro que mordió:
 * nadie lo reclamó; los vecinos le dicen el Sultán»), and a figure known by their work, their style or their history
 * ({@code referencias_a_figura}: «cartas como las de …», «un reloj que perteneció a …»; a quoted work and its author:
 * «“Amor es…” de …»; a figure summoned by hyperbole: «ni … pintó tal desorden»), or a name an aside right after says
 * is a place's («Dr. … (el nombre del hospital)»), a public figure seen or heard on a medium ({@code medios}: «en la
 * tele salía …», «oyendo a … en la radio») or worn on a garment ({@code prendas_de_figura}: «la playera de …»), an
 * animal described and then named («el loro de la fonda se llama …»). Every trigger's find goes through
 * here, so a context that says «no person» overrides whichever trigger read the words as a name.
 */
final class NoPersonContext {

    /** How many words before «como» a naming verb may stand («conocido en la unidad como …»). */
    private static final int NAMING_REACH = 5;
    private static final int LONG_STEM = 5;
    /** How far before a naming verb its antecedent is looked for, within the sentence. */
    private static final int ANTECEDENT_REACH = 160;
    /** What ends a sentence: the antecedent of a naming verb is looked for in the same one. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?¡¿\\n]");
    /** A naming cue whose clitic is the writer («me dicen», «nos llaman»). */
    private static final Pattern FIRST_PERSON_CUE = Pattern.compile("(?:me|nos)[ \\t]");
    /** What ends a clause: the naming verb's own subject («los vecinos le dicen») is no antecedent. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()]|(?<![\\p{L}])(?:que|y|pero)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A run's last word, with the period of an abbreviation («Hnos.»). */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.?$");
    /** The object of a naming verb said in its own clause: «a mi vecino le dicen», «al de la tienda le dicen». */
    private static final Pattern EXPLICIT_OBJECT = Pattern.compile("(?<![\\p{L}])(?:a|al)[ \\t]+\\p{L}");
    /** An authority quoted as an aside: «Como enseñó …, el náhuatl …»; «como enseñó … en la capacitación» is a trainer. */
    private static final Pattern ASIDE_AFTER = Pattern.compile("^[\"”»]?[ \\t]*(?:[,;:.]|$)");

    private final PrivacyVocabulary vocabulary;
    private final ThingsNamedAfterPeople things;
    private final Pattern likenedBefore;
    private final Pattern authorityBefore;
    private final Pattern namingBefore;
    private final Pattern firmSuffixAfter;
    private final Pattern figureBefore;
    /**
     * A work named by its author, maybe with its number, then «de»: «Obertura de », «Danzón núm. 2 de »; or by its
     * title, whose article is written with a capital (group {@code title}): «un capítulo de La …».
     */
    private final Pattern authoredWorkBefore;
    private final Pattern placeNamedAfter;
    /** A medium a public figure is seen or heard on: «en la tele», «por el radio» ({@code medios}). */
    private final Pattern medium;
    /** A garment or a poster, then «de»/«del», right before the name: «la playera de …» ({@code prendas_de_figura}). */
    private final Pattern garmentBefore;
    /**
     * A medium right after the name: «oyendo a … en la radio», «veíamos a … por la tele» ({@code medios}). The one heard
     * or seen there is the object of the verb, so «a» or «al» must stand right before the name: «a mi vecina … en la
     * radio» (a person's noun there) or «llegó … en la tele» (the subject of the sentence) are someone of the report.
     */
    private final Pattern mediumAfter;
    /** The personal «a» right before a name: «oyendo a », «veíamos al ». */
    private static final Pattern PERSONAL_A_BEFORE = Pattern.compile("(?<![\\p{L}])(?:a|al)[ \\t]+$");
    /** How many words a medium may stand before the name it shows («en la tele de la fonda salía …»). */
    private static final int MEDIUM_REACH = 8;
    /** What inspired or honours a figure, earlier in the sentence: «Inspirado en la carrera de …» ({@code inspiraciones}). */
    private final Pattern inspiration;
    /** A verb of what sounds, earlier in the sentence: «en el kiosco sonaba … y luego …» ({@code sonidos}). */
    private final Pattern sound;
    /** How many words a verb of sound may stand before the singer it plays («sonaba … y luego …»). */
    private static final int SOUND_REACH = 6;
    /** Right after a name, an elected office in apposition: «…, la consejera presidenta», «…, el alcalde de Tlalpan». */
    private final Pattern electedOfficeAfter;
    /**
     * A place word after its article, then a capitalized title, right before the name: «la tienda Doña …», «la farmacia
     * Dr. …» name a business after someone, not the person; a word in lower case right after the name, no function word
     * («la tienda Don Beto repartía …»), is what the person did.
     */
    private final Pattern placeAndTitleBefore;
    /**
     * A capitalized word in the plural, then a capitalized title, right before the name, inside a sentence: «trabajo
     * para Colchones Don …», «pedimos a Tacos Doña …» name a business by its goods and its owner. The word must be no
     * name (a surname such as «Cisneros» before «Don» is a person's) and not open its sentence («Ayer Don …»).
     */
    private final Pattern goodsAndTitleBefore;
    /** The words before a line's first word, or after a sentence's end: what opens a sentence is capitalized anyway. */
    private static final Pattern SENTENCE_OR_LINE_END = Pattern.compile("(?:^|[.!?¡¿])[ \\t]*$");
    /** A place or a trade word right before an opening quote: «la lechería «…»», «la refaccionaria "…"». */
    private final Pattern placeBeforeQuote;
    /** What ends a quoted business's name on its line: the closing quote, or the sentence before it. */
    private static final Pattern QUOTE_OR_SENTENCE_END = Pattern.compile("[»”\"]|[.!?;\\n]");
    /** The word right after a name, in lower case: «… repartía», «… y», «… de la esquina». */
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("^[ \\t]+(\\p{Ll}+)");
    /** An aside between commas inside the words before a name («perteneció, dicen, a …»): read past it. */
    private static final Pattern COMMA_ASIDE = Pattern.compile(",[ \\t]*[\\p{L}]+(?:[ \\t]+[\\p{L}]+){0,2}[ \\t]*,[ \\t]*");
    /**
     * A quoted work and «de» right before its author: «“Amor es…” de », ««Pedro Páramo», de », and in a list of works
     * a dash may part the title from its author: ««Caminos de …» — de ».
     */
    private static final Pattern WORK_BEFORE = Pattern.compile("\\p{L}[.…!?]*[»”\"][ \\t]*[,–—-]?[ \\t]*de[ \\t]+$");
    /**
     * The capitalized first of a coordinated pair right before a name, maybe with its «de» said again: «Tin Tan y »,
     * «Diego Rivera e », «Celia Cruz y de ».
     */
    private static final Pattern FIRST_OF_PAIR = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}\\p{L}*(?:[ \\t]+\\p{Lu}\\p{L}*){0,3}[ \\t]+[ye][ \\t]+(?:(?:de|del)[ \\t]+)?$");
    /** «ni …», «ni siquiera …» right before a name: a figure summoned to say nobody ever did the like. */
    private static final Pattern NOT_EVEN_BEFORE = Pattern.compile("(?<![\\p{L}])ni(?:[ \\t]+siquiera)?[ \\t]+$");
    /**
     * What the figure of a hyperbole did, then «tal …», «semejante …»: «… dibujó tal confusión»; a verse's slash may
     * come first («ni … / dibujó tal confusión»).
     */
    private static final Pattern SUCH_AFTER = Pattern.compile(
            "^[ \\t]+(?:/[ \\t]+)?(?:\\p{L}+[ \\t]+){1,2}(?:tal|tales|semejante|semejantes|tanta|tanto|tantas|tantos)(?![\\p{L}])");

    /**
     * «como» right after what someone does, no comma before it («maneja la mesa como …», «mami como …»): a manner
     * likened to a figure's. Not «así como», «tal como», «tanto … como» (which add people), nor after a capitalized word.
     */
    private static final Pattern MANNER_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?!(?:asi|tal|tanto|tanta|tantos|tantas|igual|mismo|misma|sea|o|y|e)[ \\t])(\\p{L}+)[ \\t]+como[ \\t]+$");
    /**
     * What ends the likening: the clause ends with the name. A comma before who the name is («…, el de la tienda»,
     * «…, que vive enfrente», «…, mi vecino») or a verb after it says a person of the report.
     */
    private static final Pattern CLAUSE_ENDS_AFTER = Pattern.compile("^[ \\t]*(?:$|\\n|[.;!?…)]|,(?![ \\t]*(?:el|la|los|las|que|quien"
            + "|quienes|mi|mis|su|sus|tu|tus|nuestro|nuestra|un|una)(?![\\p{L}])))");
    private final Pattern mannerExceptions;
    /** A line that opens with a place's label, the name its only value: «Estadio de referencia: …», «Parque sede: …». */
    private final Pattern placeLabelLine;
    /** A line that opens with the label of what a text cites, the names its items: «Marco teórico: …, … y …». */
    private final Pattern workLabelLine;

    /**
     * Right after a name, what says it is a person of the report: an apposition of a relation, a kin, a role or a
     * neighbour's description («…, mi vecino», «…, la de la fonda», «…, el señor de la casa 4»), a relative clause of
     * where they live or work, an age.
     */
    private final Pattern personAnchorAfter;
    /** The same, without «…, el de …»/«…, la de …», which after a garment may speak of the garment. */
    private final Pattern personNounAfter;

    NoPersonContext(PrivacyVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.things = new ThingsNamedAfterPeople(vocabulary);
        List<String> personNouns = new ArrayList<>(vocabulary.roles);
        personNouns.addAll(vocabulary.relations);
        personNouns.addAll(vocabulary.kinship);
        personNouns.addAll(vocabulary.titles);
        String whoAfter = "(?:(?:el|la|mi|mis|su|sus|tu|nuestro|nuestra|un|una)[ \\t]+)?" + PrivacyVocabulary.alternation(personNouns.stream()
                        .distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s)).toList()) + "(?![\\p{L}])"
                + "|(?:que|quien)[ \\t]+(?:vive|vivia|trabaja|trabajaba|atiende|atendia|despacha|renta)(?![\\p{L}])"
                + "|de[ \\t]+\\d{1,2}[ \\t]+anos";
        this.personAnchorAfter = Pattern.compile("^[ \\t]*,[ \\t]*(?:(?:el|la)[ \\t]+(?:de|del)[ \\t]+|" + whoAfter + ")");
        this.personNounAfter = Pattern.compile("^[ \\t]*,[ \\t]*(?:" + whoAfter + ")");
        // «conocido como …», «se presentó como …»: a naming or an introduction, not a likening
        this.mannerExceptions = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.namingPhrases()) + ")[ \\t]*$");
        this.placeLabelLine = Pattern.compile("^[ \\t]*(?:[-*•·][ \\t]*)?" + PrivacyVocabulary.alternation(vocabulary.places)
                + "(?:[ \\t]+\\p{Ll}+){0,3}[ \\t]*:[ \\t]*$");
        // «Estampas del mundial: …, … y …; el papá de …»: a complement may qualify the label, a semicolon ends its list
        this.workLabelLine = Pattern.compile("^[ \\t]*(?:[-*•·][ \\t]*)?" + PrivacyVocabulary.alternation(vocabulary.workLabels)
                + "(?:[ \\t]+\\p{Ll}+){0,3}[ \\t]*:[^.!?;\\n]*$");
        String article = "(?:(?:el|la|los|las|al|del|a[ \\t]+la)[ \\t]+)?";
        this.likenedBefore = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.likenings)
                + "[ \\t]+" + article + "[\"“«]?$");
        this.authorityBefore = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.authorityQuotes)
                + "[ \\t]+" + article + "$");
        this.namingBefore = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.nicknameCues)
                + ")[ \\t]*:?[ \\t]*[\"“«]?" + article + "$");
        // after a dative clitic the phrase is done to a person: «le leía a …» reads to someone, «leía a …» reads an author
        this.figureBefore = Pattern.compile("(?<![\\p{L}])(?<!(?:^|[^\\p{L}])(?:le|les|me|te|nos)[ \\t])"
                + "(?<lead>" + PrivacyVocabulary.alternation(vocabulary.figureReferences)
                + "[ \\t]+" + article + ")(?:(?<trade>\\p{L}+)[ \\t]+)?[\"“«]?$");
        this.authoredWorkBefore = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.authoredWorks)
                + "(?:[ \\t]+(?:\\d+|[ivxlc]+|\\p{L}{1,4}\\.|n\\.?[ \\t]*[oº°]\\.?)){0,3}"
                + "(?:[ \\t]+(?:era|eran|es|son|fue|fueron))?[ \\t]+(?:de|del)[ \\t]+[\"“«]?(?<title>(?:el|la|los|las)[ \\t]+)?$");
        // «(sólo el nombre del hospital de la zona)», «, nombre de una escuela»: the aside says the name is a place's
        this.placeNamedAfter = Pattern.compile("^[ \\t]*[(,–—-][^)\\n]{0,40}?(?<![\\p{L}])nombre[ \\t]+(?:del|de[ \\t]+(?:la|el|un|una))[ \\t]+"
                + PrivacyVocabulary.alternation(vocabulary.places) + "(?![\\p{L}])");
        this.medium = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.media) + "(?![\\p{L}])");
        this.mediumAfter = Pattern.compile("^[ \\t]+" + PrivacyVocabulary.alternation(vocabulary.media) + "(?![\\p{L}])");
        this.inspiration = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.inspirations) + "(?![\\p{L}])");
        this.sound = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.sounds) + "(?![\\p{L}])");
        this.electedOfficeAfter = Pattern.compile("^[ \\t]*,[ \\t]*(?:(?:el|la)[ \\t]+)?"
                + PrivacyVocabulary.alternation(vocabulary.electedOffices) + "(?![\\p{L}])");
        // the place word with its article: «entre Don Beto y …» parts two people, «la tienda Doña …» names a shop
        // «la tienda Doña …», and a quoted name that opens with its trade: ««Mudanzas Don …»»
        this.placeAndTitleBefore = Pattern.compile("(?:(?<![\\p{L}])(?:el|la|los|las|del|al)[ \\t]+|[«“\"][ \\t]*)" + PrivacyVocabulary.alternation(vocabulary.places)
                + "\\.?[ \\t]+(" + PrivacyVocabulary.alternation(List.copyOf(vocabulary.titles)) + ")\\.?[ \\t]+$");
        this.goodsAndTitleBefore = Pattern.compile("(?<![\\p{L}])(\\p{L}{3,}s)[ \\t]+("
                + PrivacyVocabulary.alternation(List.copyOf(vocabulary.titles)) + ")\\.?[ \\t]+$");
        this.placeBeforeQuote = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.places) + "\\.?[ \\t]*$");
        this.garmentBefore = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.figureGarments)
                + "[ \\t]+(?:de|del)[ \\t]+[\"“«]?$");
        this.firmSuffixAfter = Pattern.compile("^[ \\t]*(?:&[ \\t]*|y[ \\t]+)?" + PrivacyVocabulary.alternation(vocabulary.firmSuffixes)
                + "(?![\\p{L}])");
    }

    /**
     * A name and then an ordinal in Roman numerals of two letters or more («… Pablo II», «… XVI», «Felipe VI»): how a
     * pope or a monarch is named, and a salón, a school or a street named after one; a private person's name ends in
     * a surname, an initial («… V.») or «Jr.».
     */
    private static final Pattern REGNAL_ORDINAL_AT_END = Pattern.compile("\\p{L}[ \\t]+([IVXL]{2,})$");

    /** Whether the run {@code [start, end)} of {@code text} names no person of the report, by its context. */
    boolean namesNoPerson(String text, String folded, int start, int end) {
        if (endsWithFirmSuffix(folded, start, end) || regnalName(text, start, end) || groupNamedBySurname(text, folded, start, end)) {
            return true;
        }
        // «la playera de …, la del América»: what follows the comma speaks of the garment; «…, mi comadre» of a person
        if (garmentBefore.matcher(folded.substring(Math.max(Lines.nearStart(text, start), start - ANTECEDENT_REACH), start)).find()
                && !personNounAfter.matcher(folded.substring(end, Math.min(folded.length(), end + 60))).find()) {
            return true;
        }
        // «…, la consejera presidenta»: an elected office in apposition says the public figure, before any role does
        if (electedOfficeAfter.matcher(folded.substring(end, Math.min(folded.length(), end + 60))).find()) {
            return true;
        }
        // «perteneció a …, el vecino de la casa 4»: who the name is in the report outweighs the phrase before it
        if (personAnchorAfter.matcher(folded.substring(end, Math.min(folded.length(), end + 60))).find()) {
            return false;
        }
        // «admiro a …, que …, y a la clavadista …»: the second of a pair shares the phrase that governs the first
        if (secondOfCoordinatedFigure(text, folded, start)) {
            return true;
        }
        int lineStart = Lines.nearStart(text, start);
        if (namesDescribedThing(text, folded, lineStart, start, end) || namedByRelative(text, folded, lineStart, start)
                || things.namesThing(text, folded, start, end)) {
            return true;
        }
        String before = folded.substring(Math.max(lineStart, start - ANTECEDENT_REACH), start);
        if (likenedBefore.matcher(before).find() && !fullName(folded, start, end)
                || authorityBefore.matcher(before).find() && ASIDE_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 3))).find()) {
            return true;
        }
        String line = folded.substring(lineStart, start);
        if (placeLabelLine.matcher(line).find() || workLabelLine.matcher(line).find()
                || likenedInManner(before, folded, likenedPairEnd(text, end)) || secondOfLikenedPair(text, folded, lineStart, start, end)) {
            return true;
        }
        if (seenInMedia(before, medium, MEDIUM_REACH, false) || heardOnMedium(folded, before, start, end)
                || seenInMedia(before, inspiration, MEDIUM_REACH, false, true) && !kinOrRoleBeforeHonoured(text, start)
                || seenInMedia(before, sound, SOUND_REACH, true) || businessAfterTitle(text, folded, start, end)
                || quotedBusiness(text, folded, start, end)) {
            return true;
        }
        if (knownByWork(text.substring(Math.max(lineStart, start - ANTECEDENT_REACH), start), folded, before, start, end)
                || namesElidedThing(folded, before, start, end)) {
            return true;
        }
        Matcher naming = namingBefore.matcher(before);
        // «me dicen …», «nos llaman …»: a cue in the first person names the writer, never the animal before it
        return naming.find() && !FIRST_PERSON_CUE.matcher(naming.group()).lookingAt()
                && animalAntecedent(before.substring(0, naming.start()));
    }

    /**
     * The conjunction that adds a second object with the preposition of the first, maybe its article and a noun in lower
     * case, right before the name: «y a », «y de », «y a la clavadista ». Matched on the text as written: a capital
     * there would be part of the name.
     */
    private static final Pattern CONJUNCT_BEFORE = Pattern.compile(
            "(?<![\\p{L}])[ye][ \\t]+(a|al|de|del)[ \\t]+(?:(?:el|la|los|las)[ \\t]+)?(?:(\\p{Ll}+)[ \\t]+)?$");
    /** An aside between commas after the first conjunct («…, que salió en la tele, y a …»), or the comma alone. */
    private static final Pattern ASIDE_AT_END = Pattern.compile("(?:,[^,.;:!?\\n]{1,80})?,?[ \\t]*$");
    /** The words a coordinated name's phrase may hold besides capitalized ones: particles, its preposition, its article. */
    private static final java.util.Set<String> CONJUNCT_PARTICLES = java.util.Set.of("a", "al", "de", "del", "el", "la", "los", "las");
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("mi", "mis", "su", "sus", "tu", "tus", "nuestro",
            "nuestra", "nuestros", "nuestras");

    /**
     * «De niño admiraba a …, que salió en la tele, y a la clavadista …», «leímos a … y a …»: a name added by «y» with the
     * preposition of an earlier name in the same sentence is an object of the same phrase, so what that phrase says of
     * the first (a figure admired, read, honoured…) it says of the second. A person's noun or a possessive on the second
     * («y a mi tía …», «y a la vecina …») makes it someone of the report, as does a first the phrase leaves a person.
     */
    private boolean secondOfCoordinatedFigure(String text, String folded, int start) {
        int lineStart = Lines.nearStart(text, start);
        String written = text.substring(Math.max(lineStart, start - ANTECEDENT_REACH), start);
        int offset = start - written.length();
        Matcher conj = CONJUNCT_BEFORE.matcher(written);
        if (!conj.find()) {
            return false;
        }
        String noun = conj.group(2);
        if (noun != null && (personNoun(Folding.foldLower(noun)) || POSSESSIVES.contains(noun))) {
            return false;
        }
        String head = written.substring(sentenceStart(written.substring(0, conj.start())), conj.start());
        int headOffset = offset + conj.start() - head.length();
        Matcher aside = ASIDE_AT_END.matcher(head);
        int headEnd = aside.find() ? aside.start() : head.length();
        // the first conjunct: the capitalized words closing what comes before, with the particles and the preposition
        // that open them («a Rodolfo Neri Vela», «de la Virgen de la Candelaria»), only blanks between them
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(head).region(0, headEnd);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int k = words.size() - 1;
        if (k < 0 || words.get(k)[1] != headEnd || !Character.isUpperCase(head.charAt(words.get(k)[0]))) {
            return false;
        }
        int first = k;
        while (first > 0 && head.substring(words.get(first - 1)[1], words.get(first)[0]).isBlank()) {
            String word = head.substring(words.get(first - 1)[0], words.get(first - 1)[1]);
            if (!Character.isUpperCase(word.charAt(0)) && !CONJUNCT_PARTICLES.contains(word)) {
                break;
            }
            first--;
        }
        boolean samePreposition = false;
        int runStart = -1;
        for (int i = first; i <= k; i++) {
            String word = head.substring(words.get(i)[0], words.get(i)[1]);
            if (Character.isUpperCase(word.charAt(0))) {
                runStart = words.get(i)[0];
                break;
            }
            samePreposition |= conj.group(1).startsWith("a") ? word.equals("a") || word.equals("al")
                    : word.equals("de") || word.equals("del");
        }
        return samePreposition && runStart >= 0
                && namesNoPerson(text, folded, headOffset + runStart, headOffset + headEnd);
    }

    /** How many lower-case words a thing's description may hold before the name it is given. */
    private static final int DESCRIPTION_WORDS = 8;
    /**
     * What gives a described thing its name, right before the name: a comma or a colon of apposition, a naming verb
     * («se llama», «se llaman»), a copula («es», «era», «fue»; «es a» for what a monument honours).
     */
    private static final Pattern THING_NAMED_BEFORE = Pattern.compile(
            "(?:[ \\t]*[:,]|[ \\t]+(?:se[ \\t]+llaman?|es|era|fue|son|eran)(?:[ \\t]+a)?)[ \\t]+$");
    /** Blanks, or a label's colon, between a thing's description and its naming verb: «Perro que se llevó el gafete: se llama …». */
    private static final Pattern LABEL_GAP = Pattern.compile("[ \\t]*:?[ \\t]*");
    /** The word right before a position, with the period of an abbreviation: «Don », «Sra. ». */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{L}+)\\.?[ \\t]+$");
    /** A capitalized name, «y» or «e» and maybe an article, right before a name: «Don Chucho y la », «Tin Tan y ». */
    private static final Pattern SECOND_OF_PAIR = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}\\p{L}*\\.?(?:[ \\t]+\\p{Lu}\\p{L}*){0,3}[ \\t]+[ye][ \\t]+(?:(?:el|la|los|las)[ \\t]+)?$");
    /** What may stand before a thing's noun in its phrase without being the noun: articles, possessives, «y». */
    private static final java.util.Set<String> BEFORE_THE_NOUN = java.util.Set.of("el", "la", "los", "las", "un", "una", "y", "e",
            "mi", "mis", "su", "sus", "tu", "tus", "nuestro", "nuestra", "nuestros", "nuestras", "donde");
    /** Prepositions that make a phrase a circumstance («en la escuela, …»), not what the name is given to. */
    private static final java.util.Set<String> CIRCUMSTANCE = java.util.Set.of("en", "desde", "hasta", "por", "para", "hacia",
            "a", "al", "de", "del", "con", "sin", "sobre", "tras", "entre");
    /** What closes an apposition after the name: a comma, the end of its sentence or line, a conjunction. */
    private static final Pattern APPOSITION_CLOSED_AFTER = Pattern.compile("^[ \\t]*(?:$|\\n|[,;.:)]|y[ \\t]|e[ \\t])");

    /**
     * «La calzada que baja hasta el canal, …, estaba cerrada», «La secundaria del pueblo se llama …», «la cerrada de
     * atrás era …», «la glorieta es a …», «Los muñecos de la kermés se llaman …»: a phrase headed by the noun of a place,
     * of a thing that people name or of an animal ({@code lugares}, {@code nombres_de_cosas}, {@code animales}:
     * «el loro de la fonda se llama …»), in lower-case words, then a comma or
     * a colon of apposition, a naming verb or a copula: the name given is the thing's, whoever it honours. A person's
     * noun anywhere in the phrase («la tienda de la señora, …») leaves it to the person; a phrase that opens with a
     * preposition is a circumstance («En la escuela, … nos recibió»), and after a comma the name must close its
     * apposition.
     */
    private boolean namesDescribedThing(String text, String folded, int lineStart, int start, int end) {
        // «se llaman Don …»: a title the name wears; «se llaman … y la …»: the second of a pair shares the first's naming
        start = withTitle(folded, lineStart, start);
        Matcher pair = SECOND_OF_PAIR.matcher(text).region(Math.max(lineStart, start - 60), start);
        pair.useTransparentBounds(true);
        if (pair.find()) {
            start = withTitle(folded, lineStart, pair.start());
        }
        Matcher sep = THING_NAMED_BEFORE.matcher(folded).region(Math.max(lineStart, start - 40), start);
        sep.useTransparentBounds(false).useAnchoringBounds(true);
        if (!sep.find()) {
            return false;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(Math.max(lineStart, sep.start() - ANTECEDENT_REACH), sep.start());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        // the phrase: the lower-case words right before the separator, joined by blanks only
        int first = words.size();
        while (first > 0 && words.size() - first < DESCRIPTION_WORDS) {
            int[] word = words.get(first - 1);
            boolean joined = first == words.size() ? word[1] == sep.start() || LABEL_GAP.matcher(text).region(word[1], sep.start()).matches()
                    : text.substring(word[1], words.get(first)[0]).isBlank();
            if (!joined || Character.isUpperCase(text.charAt(word[0])) && !opensSentence(text, lineStart, word[0])) {
                break;
            }
            first--;
        }
        String head = null;
        for (int k = first; k < words.size(); k++) {
            String f = folded.substring(words.get(k)[0], words.get(k)[1]);
            if (personNoun(f)) {
                return false;
            }
            if (head == null && !BEFORE_THE_NOUN.contains(f)) {
                if (CIRCUMSTANCE.contains(f)) {
                    return false;
                }
                head = f;
            }
        }
        // «Apodo en la ruta, el …»: a word that announces a person's nickname heads no thing
        if (head == null || vocabulary.nicknameCues.contains(head)
                || !(vocabulary.places.contains(head) || thingNoun(head) || animalNoun(head))) {
            return false;
        }
        boolean apposition = sep.group().strip().startsWith(",") || sep.group().strip().startsWith(":");
        return !apposition || APPOSITION_CLOSED_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 10))).find();
    }

    /** A relative clause that gives its antecedent a name, right before the name: «que se llama », «que se llaman como ». */
    private static final Pattern RELATIVE_NAMING_BEFORE = Pattern.compile(
            "(?<![\\p{L}])que[ \\t]+se[ \\t]+llam(?:a|an|aba|aban)(?:[ \\t]+(?:como|igual[ \\t]+que))?[ \\t]+$");
    /** How many words before its antecedent a person's noun still belongs to the antecedent's phrase («la vecina de la colonia»). */
    private static final int ANTECEDENT_PHRASE_WORDS = 5;
    /** Prepositions that open the antecedent's phrase as a circumstance («estudia en una escuela»): its phrase starts after them. */
    private static final java.util.Set<String> PHRASE_OPENERS = java.util.Set.of("en", "a", "al", "con", "por", "para", "desde",
            "hasta", "hacia", "sobre", "tras", "entre", "sin");

    /**
     * «Trabajo en un hospital que se llama como …», «vivo en una colonia que se llama …», «tenemos un perro que se llama
     * …»: the relative clause names its antecedent, and when that is the noun of a place, of a thing people name or of an
     * animal (right before «que», or with one adjective after it: «una escuela nueva que se llama …»), the name is the
     * thing's, whoever it honours. A person's noun in the antecedent's phrase («la vecina de la colonia que se llama …»,
     * «la presidenta de la mesa que …») or as the antecedent («una vecina que se llama …») names a person.
     */
    private boolean namedByRelative(String text, String folded, int lineStart, int start) {
        int from = Math.max(lineStart, start - ANTECEDENT_REACH);
        Matcher naming = RELATIVE_NAMING_BEFORE.matcher(folded).region(from, start);
        if (!naming.find()) {
            return false;
        }
        String clause = folded.substring(from, naming.start());
        int clauseStart = from + Math.max(sentenceStart(clause), lastClauseMark(clause));
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(clauseStart, naming.start());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int antecedent = -1;
        for (int k = words.size() - 1; k >= Math.max(0, words.size() - 2); k--) {
            int[] word = words.get(k);
            String f = folded.substring(word[0], word[1]);
            if (Character.isUpperCase(text.charAt(word[0])) && !opensSentence(text, lineStart, word[0]) || personNoun(f)) {
                return false;
            }
            if (vocabulary.places.contains(f) || thingNoun(f) || animalNoun(f)) {
                antecedent = k;
                break;
            }
        }
        if (antecedent < 0) {
            return false;
        }
        for (int k = antecedent - 1; k >= Math.max(0, antecedent - ANTECEDENT_PHRASE_WORDS); k--) {
            String f = folded.substring(words.get(k)[0], words.get(k)[1]);
            if (PHRASE_OPENERS.contains(f)) {
                break;
            }
            if (personNoun(f)) {
                return false;
            }
        }
        return true;
    }

    /** Where the last clause mark of {@code before} (a comma, a semicolon, a colon, a parenthesis) ends, or 0. */
    private static int lastClauseMark(String before) {
        int at = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), Math.max(before.lastIndexOf(':'), before.lastIndexOf('(')));
        return at + 1;
    }

    /** Where a name starts with the title right before it, if there is one: «Don …», «la Tía …». */
    private int withTitle(String folded, int lineStart, int start) {
        Matcher title = WORD_BEFORE.matcher(folded).region(Math.max(lineStart, start - 16), start);
        return title.find() && vocabulary.isTitle(title.group(1)) ? title.start() : start;
    }

    /** A noun of a thing people name ({@code nombres_de_cosas}), also in the plural («los títeres»). */
    private boolean thingNoun(String folded) {
        return vocabulary.namedThings.contains(folded)
                || folded.endsWith("s") && vocabulary.namedThings.contains(folded.substring(0, folded.length() - 1))
                || folded.endsWith("es") && vocabulary.namedThings.contains(folded.substring(0, folded.length() - 2));
    }

    /**
     * An animal ({@code animales}), also in the plural: «el loro de la fonda se llama …», «los gallos del patio se llaman
     * … y …» name the animals, as a naming verb after one does ({@link #animalAntecedent}).
     */
    private boolean animalNoun(String folded) {
        return vocabulary.animals.contains(folded)
                || folded.endsWith("s") && vocabulary.animals.contains(folded.substring(0, folded.length() - 1))
                || folded.endsWith("es") && vocabulary.animals.contains(folded.substring(0, folded.length() - 2));
    }

    /** Whether {@code pos} opens its line or sentence, where a capital says nothing. */
    private static boolean opensSentence(String text, int lineStart, int pos) {
        return SENTENCE_OR_LINE_END.matcher(text.substring(lineStart, pos)).find();
    }

    /**
     * «que maneja la mesa como …», «canta como …, ¡azúcar!»: a manner likened to someone's, the name ending the clause.
     * «conocido como …», «se presentó como …», «lo identifican como …» ({@code nombran_con_como}) name the person; a
     * comma before «como» lists examples of people.
     */
    private boolean likenedInManner(String before, String folded, int end) {
        Matcher m = MANNER_BEFORE.matcher(before);
        if (!m.find() || mannerExceptions.matcher(before).find()
                || vocabulary.namingBeforeComo.stream().anyMatch(stem -> m.group(1).startsWith(stem))
                || namingInClause(before.substring(0, m.end(1)))) {
            return false;
        }
        return CLAUSE_ENDS_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 40))).find();
    }

    /** A capitalized run, its particles between capitalized words: a name as written («Juana Inés de la Cruz»). */
    private static final String CAPITALIZED_RUN = "\\p{Lu}\\p{L}*(?:[ \\t]+(?:(?:de|del|la|las|los)[ \\t]+)*\\p{Lu}\\p{L}*){0,4}";
    /** «y …» right after a likened name, as written: the second of a pair likened together («como … y …»). */
    private static final Pattern SECOND_OF_PAIR_AFTER = Pattern.compile("^[ \\t]+[ye][ \\t]+" + CAPITALIZED_RUN + "(?![\\p{L}])");
    /** «como … y » right before a name, as written: the first of the pair in group 1. */
    private static final Pattern LIKENED_FIRST_BEFORE = Pattern.compile(
            "(?<![\\p{L}])como[ \\t]+(" + CAPITALIZED_RUN + ")[ \\t]+[ye][ \\t]+$");

    /**
     * Where the likening of a name ending at {@code end} ends: after the second of a pair likened together («quieren remar
     * como … y …, y yo …»), whose clause is the one that must close; else at the name.
     */
    private static int likenedPairEnd(String text, int end) {
        Matcher pair = SECOND_OF_PAIR_AFTER.matcher(text).region(end, Math.min(text.length(), end + 80));
        return pair.lookingAt() ? pair.end() : end;
    }

    /**
     * «sueñan con remar como … y …»: the second of a pair likened by one «como» is likened as the first is, when the
     * pair closes the clause ({@link #likenedInManner} read at the first). A person's noun on the second («… y mi tía
     * …») leaves no capitalized run right after «y», and so the name a person's.
     */
    private boolean secondOfLikenedPair(String text, String folded, int lineStart, int start, int end) {
        int from = Math.max(lineStart, start - ANTECEDENT_REACH);
        Matcher pair = LIKENED_FIRST_BEFORE.matcher(text).region(from, start);
        if (!pair.find()) {
            return false;
        }
        return likenedInManner(folded.substring(from, pair.start(1)), folded, end);
    }

    /**
     * Whether a verb that names someone is among the last words of the clause before «como»: «conocido en la unidad
     * como …», «lo tienen apuntado en la lista como …» name a person as much as «conocido como …». Farther than the
     * word right before «como», only stems long enough not to start common words («hac» starts «hacia»).
     */
    private boolean namingInClause(String beforeComo) {
        int clause = 0;
        int boundary = 0;
        Matcher c = CLAUSE_END.matcher(beforeComo);
        while (c.find()) {
            clause = c.end();
            boundary = c.start();
        }
        // «se presentó como Azarías y la escrutadora como …»: a coordinated clause that repeats an earlier naming
        // «como» with the verb left out names a person too (names38's hook; PersonNames#elidedNamings)
        Matcher named = NAMED_BEFORE_COORDINATION.matcher(beforeComo.substring(0, boundary));
        if (clause > 0 && named.find() && namingInClause(beforeComo.substring(0, named.start()))) {
            return true;
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(beforeComo.substring(clause));
        while (w.find()) {
            words.add(w.group());
        }
        for (int k = Math.max(0, words.size() - NAMING_REACH); k < words.size(); k++) {
            String word = words.get(k);
            // after a clitic that stands for the person («la llaman en el mercado como …») a short stem is a verb too
            boolean clitic = k > 0 && CLITICS.contains(words.get(k - 1));
            if (vocabulary.namingBeforeComo.stream().anyMatch(stem -> (stem.length() >= LONG_STEM || clitic) && word.startsWith(stem))) {
                return true;
            }
        }
        return false;
    }

    /** «como» and the one to three words it named, right before a coordination: «… se presentó como Azarías» + « y …». */
    private static final Pattern NAMED_BEFORE_COORDINATION = Pattern.compile("(?<![\\p{L}])como[ \\t]+\\p{L}+(?:[ \\t]+\\p{L}+){0,2}[ \\t]*$");

    /** The object pronouns a naming verb takes for the person it names: «lo conocen», «les dicen». */
    private static final java.util.Set<String> CLITICS = java.util.Set.of("lo", "la", "los", "las", "le", "les");

    /**
     * Whether the run has a known given name and another word after it: someone likened to a neighbour
     * («se parece a Jacinto Barrales») is likened to a person; the figures one is likened to are called otherwise
     * («el Chapulín Colorado», «la Catrina»), or are listed public figures.
     */
    private boolean fullName(String folded, int start, int end) {
        Matcher w = WORD.matcher(folded.substring(start, end));
        List<String> words = new ArrayList<>();
        while (w.find()) {
            words.add(w.group());
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (vocabulary.isGivenName(words.get(i)) && !vocabulary.isFunctionWord(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * «cartas como las de …», «perteneció, dicen, a …», «“Amor es…” de …», «ni … dibujó tal confusión», «… (sólo el
     * nombre del hospital)»: a figure named by their work, style or history, or a place's name the aside explains. A
     * relation, a title or a role between the phrase and the name («al estilo de mi tío Juan») breaks the phrase, so a
     * person of the report anchored so is kept.
     */
    private boolean knownByWork(String written, String folded, String before, int start, int end) {
        String after = folded.substring(end, Math.min(folded.length(), end + 80));
        // the second of a coordinated pair shares the first's phrase: «ciclo Tin Tan y …», «obras de Rivera y …»
        Matcher pair = FIRST_OF_PAIR.matcher(written);
        String first = pair.find() ? before.substring(0, pair.start()) : before;
        return figureReferenced(COMMA_ASIDE.matcher(before).replaceAll(" ")) || figureReferenced(first)
                || authoredWork(written, first) && !titled(folded, start)
                || WORK_BEFORE.matcher(written).find()
                || NOT_EVEN_BEFORE.matcher(before).find() && SUCH_AFTER.matcher(after).find()
                || placeNamedAfter.matcher(after).find();
    }

    /**
     * Whether {@code first} (the words before a name, or before the first of a pair) ends with a work and «de»: the name is
     * its author, or its title when an article with a capital opens it («el capítulo de La …», «la película de Los …»).
     * An article in lower case there («las canciones de la …») is how a neighbour is called, and the name a person's.
     */
    private boolean authoredWork(String written, String first) {
        Matcher m = authoredWorkBefore.matcher(first);
        if (!m.find()) {
            return false;
        }
        if (m.group("title") == null) {
            return true;
        }
        // {@code first} is a prefix of the words before the name, so its offsets are those of the text as written
        return Character.isUpperCase(written.charAt(m.start("title")));
    }

    /**
     * Whether {@code before} ends with a phrase of {@code referencias_a_figura}, maybe with the figure's trade in apposition
     * between its article and the name: «leía a la cronista …», «perteneció al aviador …», «no confundir con el boxeador
     * …» point at the figure as much as «leía a …». A noun of a person of the report there («leía a la vecina …», «no
     * confundir con el escrutador …»: a title, a role, a relation, a kin) or a name's word makes the name someone of the
     * report, as it does anywhere. A phrase that ends in «lo que» («comparado con lo que …») takes a verb of making in
     * that slot instead, the figure its subject after it: «comparado con lo que filmaba …».
     */
    private boolean figureReferenced(String before) {
        Matcher m = figureBefore.matcher(before);
        if (!m.find()) {
            return false;
        }
        String trade = m.group("trade");
        Matcher lastWord = LAST_WORD.matcher(m.group("lead").strip());
        boolean found = lastWord.find();
        if (found && lastWord.group(1).equals("que")) {
            // «comparado con lo que filmaba …»: the subject of a verb of making ({@code verbos_de_obra}) is the figure
            // whose work is the yardstick; any other verb («… lo que nos dijo …», «… lo que … contó») names whoever spoke
            return trade != null && vocabulary.makingVerbs.contains(trade);
        }
        if (trade == null) {
            return true;
        }
        // a trade is in apposition after an article or a preposition («a la cronista», «al aviador»): after a bare noun
        // of the list the word is the noun's complement («ciclo escolar …»), and the name someone of the report
        return found && APPOSITION_LEADS.contains(lastWord.group(1)) && !personNoun(trade) && !vocabulary.isGivenName(trade)
                && !vocabulary.isSurname(trade) && !vocabulary.isFunctionWord(trade) && !POSSESSIVES.contains(trade);
    }

    /** What a trade in apposition may follow: an article, or the preposition that ends a phrase («leía a», «obras de»). */
    private static final java.util.Set<String> APPOSITION_LEADS = java.util.Set.of("a", "al", "de", "del", "con", "el", "la", "los", "las");

    /**
     * An article and «de» standing for a noun said earlier in the sentence, then the name: «la de …», «el del …», and
     * for a place «la de enfrente …» ({@code locuciones_de_lugar}), maybe with a copula («la de enfrente es …»).
     */
    private static final Pattern ELIDED_HEAD_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:el|la|los|las)[ \\t]+(?:de|del)(?:[ \\t]+(\\p{L}+))?(?:[ \\t]+(?:es|era|fue))?[ \\t]+$");
    /** How many words back the noun an elided head stands for may be («la música puede ser la del himno … o la de …»). */
    private static final int ELIDED_REACH = 12;

    /**
     * «La música puede ser la del Himno Nacional o la de …»: the article stands for a work named earlier in the
     * sentence ({@code obras_de_autor}), so the name is its author's, as in «la música de …»; «la calle es Oriente 104
     * y la de enfrente …»: it stands for a place ({@code lugares}) and the name is that place's. The nearest noun
     * decides: a person's noun nearer («la vecina de la fonda, la de enfrente …», «la canción de mi tía, la de …»)
     * says a person, a title on the name («la de Doña …») too, and the name must close its clause.
     */
    private boolean namesElidedThing(String folded, String before, int start, int end) {
        Matcher head = ELIDED_HEAD_BEFORE.matcher(before);
        if (!head.find() || titled(folded, start)
                || !APPOSITION_CLOSED_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 10))).find()) {
            return false;
        }
        String adverb = head.group(1);
        if (adverb != null && !vocabulary.placeLocutions.contains(adverb)) {
            return false;
        }
        String sentence = before.substring(sentenceStart(before.substring(0, head.start())), head.start());
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            words.add(w.group());
        }
        for (int k = words.size() - 1; k >= Math.max(0, words.size() - ELIDED_REACH); k--) {
            String word = words.get(k);
            if (personNoun(word)) {
                return false;
            }
            if ((adverb == null ? vocabulary.authoredWorks.contains(word) : vocabulary.places.contains(word)) && !complement(words, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun at {@code k} is a complement of another noun or a circumstance («la vecina de la fonda», «en la
     * calle»): a preposition before it, maybe with its article. The elided head stands for the phrase's own noun.
     */
    private static boolean complement(List<String> words, int k) {
        int before = k - 1;
        if (before >= 0 && BEFORE_THE_NOUN.contains(words.get(before))) {
            before--;
        }
        return before >= 0 && CIRCUMSTANCE.contains(words.get(before));
    }

    /**
     * «en la tele de la fonda salía …», «en el radio decían que …»: a medium earlier in the sentence shows a public
     * figure. A person's noun between the medium and the name («en la radio avisó mi vecina …», «por la tele, la
     * presidenta …») says whom the sentence is about, and so does a medium too many words back. The same reading serves
     * what inspired or honours a figure («Inspirado en la carrera de …») and, with {@code noOwner}, a verb of sound,
     * after which «de» says whose device sounded («sonó el celular de …»).
     */
    private boolean seenInMedia(String before, Pattern source, int reach, boolean noOwner) {
        return seenInMedia(before, source, reach, noOwner, false);
    }

    /**
     * As {@link #seenInMedia(String, Pattern, int, boolean)}; with {@code titleStands}, a person's noun right before
     * the name does not break the reading: what bears a name or honours someone («lleva el nombre de Padre …», «en
     * homenaje al General …») names the figure with the title it is known by, so whether that noun is a kin or a role
     * of the report is asked of how it is written ({@link #kinOrRoleBeforeHonoured}).
     */
    private boolean seenInMedia(String before, Pattern source, int reach, boolean noOwner, boolean titleStands) {
        int sentence = sentenceStart(before);
        Matcher m = source.matcher(before);
        int last = -1;
        while (m.find()) {
            if (m.start() >= sentence) {
                last = m.end();
            }
        }
        if (last < 0) {
            return false;
        }
        Matcher w = WORD.matcher(before.substring(last));
        int titleEnd = titleStands ? before.substring(last).replaceAll("[.\\s]+$", "").length() : -1;
        int words = 0;
        while (w.find()) {
            String f = w.group();
            // «sonó el celular de …»: after a verb of sound, «de» makes the name the owner of what sounded
            boolean lastWord = w.end() == titleEnd;
            if (++words > reach || personNoun(f) && !lastWord || noOwner && (f.equals("de") || f.equals("del"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * «aprendí oyendo a … en la radio», «veíamos a … por la tele»: the object of a verb, the medium right after it, is a
     * figure heard or seen there. A title on the name («a don … en la radio») makes a neighbour of the report.
     */
    private boolean heardOnMedium(String folded, String before, int start, int end) {
        return PERSONAL_A_BEFORE.matcher(before).find() && !titled(folded, start)
                && mediumAfter.matcher(folded.substring(end, Math.min(folded.length(), end + 40))).find();
    }

    /**
     * «Válido en la tienda Doña …», «la farmacia Dr. …»: a capitalized title right after a place word opens a
     * business's name; so does one right after goods in the plural, capitalized inside a sentence («trabajo para
     * Colchones Don …»). In lower case («la tienda de don …») or with what someone did right after the name («la tienda
     * Don Beto repartía volantes»: a word in lower case that is no function word), a person.
     */
    private boolean businessAfterTitle(String text, String folded, int start, int end) {
        int from = Math.max(Lines.nearStart(text, start), start - 40);
        Matcher m = placeAndTitleBefore.matcher(folded.substring(from, start));
        int titleAt;
        if (m.find()) {
            titleAt = from + m.start(1);
        } else {
            Matcher goods = goodsAndTitleBefore.matcher(folded.substring(from, start));
            // capitalized, not all in capitals (where every word is), and no name
            if (!goods.find() || !Character.isUpperCase(text.charAt(from + goods.start(1)))
                    || !Character.isLowerCase(text.charAt(from + goods.start(1) + 1)) || !goodsWord(goods.group(1))
                    || SENTENCE_OR_LINE_END.matcher(text.substring(Lines.nearStart(text, start), from + goods.start(1))).find()) {
                return false;
            }
            titleAt = from + goods.start(2);
        }
        if (!Character.isUpperCase(text.charAt(titleAt))) {
            return false;
        }
        Matcher next = LOWER_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return !next.find() || vocabulary.isFunctionWord(Folding.foldLower(next.group(1)));
    }

    /** A run in mixed case whose last word is a Roman ordinal; in a text all in capitals, «… IV» may be initials. */
    private static boolean regnalName(String text, int start, int end) {
        String run = text.substring(start, end);
        Matcher m = REGNAL_ORDINAL_AT_END.matcher(run);
        return m.find() && RomanNumerals.parse(m.group(1)).isPresent() && !run.equals(run.toUpperCase(java.util.Locale.ROOT));
    }

    /** A word that names goods or a trade, not a person: no given name, surname, title, role or function word. */
    private boolean goodsWord(String folded) {
        return !vocabulary.isGivenName(folded) && !vocabulary.isSurname(folded) && !personNoun(folded) && !vocabulary.isFunctionWord(folded);
    }

    /**
     * «junto a la lechería «La Vaquita de Don …»», «en la refaccionaria "El Güero …"»: a name inside quotes that open
     * right after a place or a trade word is the business's name, whoever it was named after. The quotes must close
     * after the name in the same sentence; a nickname is quoted after other words («le dicen «el …»»).
     */
    private boolean quotedBusiness(String text, String folded, int start, int end) {
        int lineStart = Lines.nearStart(text, start);
        String inside = text.substring(lineStart, start);
        int open = Math.max(Math.max(inside.lastIndexOf('«'), inside.lastIndexOf('“')), straightQuoteOpen(inside));
        if (open < 0 || Math.max(inside.lastIndexOf('»'), inside.lastIndexOf('”')) > open) {
            return false;
        }
        Matcher close = QUOTE_OR_SENTENCE_END.matcher(text).region(end, Math.min(text.length(), end + 60));
        if (!close.find() || "»”\"".indexOf(close.group().charAt(0)) < 0) {
            return false;
        }
        return placeBeforeQuote.matcher(folded.substring(Math.max(lineStart, lineStart + open - 40), lineStart + open)).find();
    }

    /** Where the straight quote still open at the end of {@code inside} stands, or -1: an odd count of them opens one. */
    private static int straightQuoteOpen(String inside) {
        int count = 0;
        int last = -1;
        for (int i = inside.indexOf('"'); i >= 0; i = inside.indexOf('"', i + 1)) {
            count++;
            last = i;
        }
        return count % 2 == 1 ? last : -1;
    }

    /** A capitalized word with the period of an abbreviation, right before a position: «Hermanos », «Hnos. ». */
    private static final Pattern CAPITALIZED_WORD_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{L}+)\\.?[ \\t]+$");

    /**
     * «Aprendí con un alumno de los Hermanos Gómez», «compramos en Hnos. Ruiz Tapia»: a group's word ({@code
     * grupos_por_apellido}) written with a capital inside a sentence, opening the run or right before it, and a surname
     * or two after it make the name of a band, a firm or a school. In lower case («los hermanos Gómez») or opening the
     * sentence («Hermanos Gómez nos atendieron» could be either) the name stays a person's.
     */
    private boolean groupNamedBySurname(String text, String folded, int start, int end) {
        int lineStart = Lines.nearStart(text, start);
        Matcher first = WORD.matcher(folded).region(start, end);
        int groupAt;
        int restFrom;
        if (first.lookingAt() && vocabulary.groupWords.contains(first.group())) {
            groupAt = start;
            restFrom = first.end();
        } else {
            Matcher before = CAPITALIZED_WORD_BEFORE.matcher(text).region(Math.max(lineStart, start - 16), start);
            if (!before.find() || !vocabulary.groupWords.contains(Folding.foldLower(before.group(1)))) {
                return false;
            }
            groupAt = before.start(1);
            restFrom = start;
        }
        if (!Character.isUpperCase(text.charAt(groupAt)) || opensSentence(text, lineStart, groupAt)) {
            return false;
        }
        Matcher rest = WORD.matcher(text).region(restFrom, end);
        int surnames = 0;
        while (rest.find()) {
            String word = Folding.foldLower(rest.group());
            if (!Character.isUpperCase(rest.group().charAt(0)) || vocabulary.isGivenName(word)) {
                return false; // «Hermanos Juan y Pedro»: given names are people's
            }
            surnames++;
        }
        return surnames >= 1 && surnames <= 2;
    }

    /** «Mario Bros», «Ramírez Hnos.», «Pérez y Asociados»: the run's last word, or the one right after it, says a firm. */
    private boolean endsWithFirmSuffix(String folded, int start, int end) {
        String run = folded.substring(start, end);
        Matcher last = LAST_WORD.matcher(run);
        if (last.find() && last.start() > 0 && vocabulary.firmSuffixes.contains(last.group(1))) {
            return true;
        }
        return firmSuffixAfter.matcher(folded.substring(end, Math.min(folded.length(), end + 20))).find();
    }

    /**
     * Whether the nearest being named before the naming verb's clause, in the same sentence, is an animal: the verb's
     * clitic («le dicen») points back to it. A person's noun nearer (a relation, a role, a title) points to the person.
     */
    private boolean animalAntecedent(String beforeCue) {
        String inSentence = beforeCue.substring(sentenceStart(beforeCue));
        int clause = -1;
        Matcher c = CLAUSE_END.matcher(inSentence);
        while (c.find()) {
            clause = c.start();
        }
        // «a mi vecino le dicen …», «al güero le dicen …»: the naming clause says whom itself
        if (clause < 0 || EXPLICIT_OBJECT.matcher(inSentence.substring(clause)).find()) {
            return false;
        }
        Matcher w = WORD.matcher(inSentence.substring(0, clause));
        boolean animal = false;
        while (w.find()) {
            String f = Folding.foldLower(w.group());
            if (vocabulary.animals.contains(f)) {
                animal = true;
            } else if (personNoun(f)) {
                animal = false;
            }
        }
        return animal;
    }

    /** A capitalized word right before a name, after no possessive: «de Padre …», not «de su padre …» nor «de mi Tía …». */
    private static final Pattern CAPITALIZED_TITLE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:(mi|mis|su|sus|tu|tus|nuestro|nuestra|nuestros|nuestras)[ \\t]+)?(\\p{L}+)\\.?[ \\t]+$");

    /**
     * Whether the word right before the name is a person's noun that makes it someone of the report: a kin or a role in
     * lower case («lleva el nombre de su abuelo …», «en homenaje a la maestra …») or after a possessive («de mi Tía …»).
     * A figure is honoured with the title it is known by, capitalized as part of its name («Padre …», «General …»,
     * «Doctor …»), as a street or a school named after a neighbour with a title already is ({@link ThingsNamedAfterPeople}).
     */
    private boolean kinOrRoleBeforeHonoured(String text, int start) {
        Matcher m = CAPITALIZED_TITLE_BEFORE.matcher(text.substring(Math.max(Lines.nearStart(text, start), start - 40), start));
        String noun = m.find() ? Folding.foldLower(m.group(2)) : "";
        if (!personNoun(noun)) {
            return false;
        }
        return m.group(1) != null || !Character.isUpperCase(m.group(2).charAt(0));
    }

    /** Whether the run opens with a title: «la música de don …» is a neighbour's, not an artist's work. */
    private boolean titled(String folded, int start) {
        Matcher first = WORD.matcher(folded).region(start, folded.length());
        return first.lookingAt() && vocabulary.isTitle(first.group());
    }

    /** Where the last sentence of {@code before} starts: right after its last sentence end, or at 0. */
    private static int sentenceStart(String before) {
        int sentence = 0;
        Matcher end = SENTENCE_END.matcher(before);
        while (end.find()) {
            sentence = end.end();
        }
        return sentence;
    }

    /** A folded word that names a person by what they are: a title, a role, a relation or a kin. */
    private boolean personNoun(String folded) {
        return vocabulary.isTitle(folded) || vocabulary.roles.contains(folded) || vocabulary.relations.contains(folded)
                || vocabulary.kinship.contains(folded);
    }
}
