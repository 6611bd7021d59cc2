package mx.observa.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Names of people in a report, in any case and with or without accents, found where people write them:
 * <ul>
 *   <li>after a label, at the start of a line, in the middle of it or glued to a heading ("Observadora: …",
 *       "Datos generalesObservadora: …"), or on the next line when the label stands alone; a label's value may be
 *       a list ("Integrantes: A, B y C");</li>
 *   <li>in mail headers and display names ("De: Ana Ruiz &lt;ana@…&gt;", "Cc: …", "… &lt;x@y&gt; escribió:");</li>
 *   <li>after a self-introduction ("me llamo", "mi nombre es", "soy", "Yo, …", "quien suscribe", "la suscrita"),
 *       a title ("Lic.", "Sra.", "C.", "don") or a role noun ("el funcionario …", "la presidenta de la mesa, …");</li>
 *   <li>in signatures: after a closing ("Atentamente", "Saludos,"), as a byline ("Por … (correo):") or as the
 *       report's last line;</li>
 *   <li>before an age or a role ("…, de 40 años", "…, observadora"), or at the start of a line before ":" or ",";</li>
 *   <li>anywhere, as capitalized (or upper-case) words starting with a known given name
 *       ({@code config/privacidad/nombres.txt}).</li>
 * </ul>
 * Places named after people (colonia Miguel Hidalgo, Escuela "Benito Juárez") are left alone ({@link PlaceGuard}),
 * and so are role phrases ("la consejera presidenta"). Strength tells the source: 4 the observer's label or a
 * self-introduction, 3 mail sender, 2 signature, 1 anywhere else.
 */
final class PersonNames {

    static final int LABEL = 4;
    static final int SENDER = 3;
    static final int SIGNATURE = 2;
    static final int OTHER = 1;

    private static final int MAX_WORDS = 6;
    /** Endings of Spanish verbs, adverbs and abstract nouns: an unknown upper-case word ending so is not a name. */
    private static final Pattern COMMON_ENDING = Pattern.compile(
            ".{2,}(?:cion|sion|mente|dad|tad|aron|eron|ieron|aba|aban|ando|iendo|ados|adas|idos|idas|amos|emos|imos|ar|er|ir)$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern AGE_OR_ROLE_AFTER = Pattern.compile(
            "^[ \\t]*(?:,[ \\t]*)?(?:de[ \\t]+\\d{1,3}[ \\t]+anos|\\(\\d{1,3}[ \\t]*anos\\)|(?:y[ \\t]+)?\\d{1,3}[ \\t]+anos)");
    /**
     * A user name made of a name and a surname ("rogelio.meza", "lupita_ortiz"), perhaps with a short tag
     * ("valeria_ochoa_mx"): not part of an address or a domain.
     */
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\d@._-])(\\p{L}{3,})[._](\\p{L}{2,})(?:[._]?\\d{1,4}|_[\\p{L}\\d]{1,5})?(?![\\p{L}\\d@_-]|[.-][\\p{L}\\d])");
    /** A surname written as its consonants, as in user names ("marisol_gtz", "jorge.hdz"); not a file's extension. */
    private static final Pattern ABBREVIATED_SURNAME = Pattern.compile(
            "(?!(?:pdf|txt|jpg|jpeg|png|gif|htm|xls|xlsx|ppt|pptx|rtf|csv|tsv|mp|gz|tgz|bz|xml|md|js|ts|cc)$)[b-df-hj-np-tv-z]{2,4}");
    /**
     * A closing goes on with a second feeling joined by «y» before its comma ("Con cariño y rabia, …", "Saludos y
     * fuerza, …"): one word, then the punctuation that ends the closing.
     */
    private static final String CLOSING_COMPLEMENT = "(?:[ \\t]+(?:y|e)[ \\t]+\\p{L}{3,}(?=[ \\t]*[,.:;!]))?";
    /** An age set apart after a name, in parentheses or after a comma: "(8 años)", ", de 71 años". */
    private static final Pattern SET_APART_AGE_AFTER = Pattern.compile(
            "^[ \\t]*(?:,[ \\t]*de[ \\t]+\\d{1,3}[ \\t]+anos|\\([ \\t]*\\d{1,3}[ \\t]*anos[ \\t]*\\))");
    /**
     * A signature's age that closes its line or sentence: "— Eulogia, 9 años", "Firmó: Tomasa, 81 años.". Set apart
     * so, the age says the word before is who signed, even where it opens the line.
     */
    private static final Pattern AGE_CLOSING_AFTER = Pattern.compile("^[ \\t]*,[ \\t]*\\d{1,3}[ \\t]+anos[ \\t]*(?:[.;)]|$)");
    private static final Pattern WROTE_AFTER = Pattern.compile("^[ \\t]*(?:<[^>\\n]*>[ \\t]*)?(?:escribio|wrote)\\b");

    private final PrivacyVocabulary vocabulary;
    private final PlaceGuard places;
    private final NoPersonContext noPerson;
    private final WrappedNames wrapped;
    private final Pattern copulaSubject;
    private final Pattern labels;
    private final Set<String> observerLabels;
    /** A table column of names has one of these headers: every label of a person. */
    private final Set<String> nameHeaders;
    /** The labels of a surname's field ({@code etiquetas_de_apellido}). */
    private final Set<String> surnameLabels;
    /** A surname field's label further on the line, which closes the value before it («NOMBRE(S): … APELLIDO PATERNO:»). */
    private final Pattern surnameFieldAfter;
    private final Pattern mailHeader;
    private final Pattern introduction;
    private final Pattern titleCue;
    private final Pattern roleCue;
    private final Pattern apposition;
    private final Pattern roleAfter;
    /** "… como secretaria", "… como el escrutador": the role someone held, said after their name. */
    private final Pattern roleByComoAfter;
    private final Pattern roleLine;
    private final Pattern closingLine;
    private final Pattern closingInLine;
    private final Pattern greeting;
    private final Pattern authoredBy;
    private final Pattern verbAfter;
    private final Pattern verbBefore;
    private final Pattern nicknameCue;
    private final Pattern nicknameAfterCue;
    private final Pattern namingParticiple;
    private final Pattern namingWithComplement;
    /** The particles inside a name ({@code particulas_de_nombre}). */
    private final Set<String> connectors;
    private final Pattern electedOfficeBefore;
    private final Pattern ownedDevice;
    private final Pattern lineupRole;
    private final Pattern ambiguousLineupRole;
    /** ", mi esposa", ", su compadre", ", hija de": a relation said right after a name ({@link #relatedAfter}). */
    private final Pattern relationAfter;
    /** What follows a name said by mistake: «… perdón, », «no, digo, », or a bare «no, » ({@code correcciones}). */
    private final Pattern correction;

    PersonNames(PrivacyVocabulary vocabulary, Gazetteer gazetteer) {
        this.vocabulary = vocabulary;
        this.connectors = vocabulary.nameParticles;
        this.places = new PlaceGuard(vocabulary, gazetteer);
        this.noPerson = new NoPersonContext(vocabulary);
        this.wrapped = new WrappedNames(vocabulary);
        List<String> all = new ArrayList<>(vocabulary.observerLabels);
        all.addAll(vocabulary.personLabels);
        all.sort(Comparator.comparingInt(String::length).reversed());
        // a separator after the label (an aside in parentheses may come first: "Nombre (apellidos, nombre):"), or none
        // where a lost space glued the value to it ("FirmaSILVIA RENTERÍA")
        // a label may be numbered: "Testigo 5:", "Entrevistada 2:", "Integrante no. 3:"
        this.labels = Pattern.compile("(" + PrivacyVocabulary.alternation(all) + ")(?:[ \\t]*\\([^)\\n]{1,40}\\)|/a)?"
                + "(?:[ \\t]+(?:(?:no|num|n[°º])\\.?[ \\t]*)?\\d{1,3}(?=[ \\t]*[:：\\t]))?"
                + "(?:[ \\t]*(?::|：|\\t)|(?=\\p{L}))");
        this.observerLabels = Set.copyOf(vocabulary.observerLabels);
        this.nameHeaders = Set.copyOf(all);
        this.surnameLabels = Set.copyOf(vocabulary.surnameLabels);
        this.surnameFieldAfter = Pattern.compile("[ \\t]+" + PrivacyVocabulary.alternation(vocabulary.surnameLabels) + "[ \\t]*:");
        this.mailHeader = Pattern.compile("(?m)^[ \\t>]*(" + PrivacyVocabulary.alternation(vocabulary.mailHeaders) + ")[ \\t]*:[ \\t]*(.*)$");
        this.introduction = Pattern.compile("(?<![\\p{L}])(" + PrivacyVocabulary.alternation(vocabulary.introductions)
                + ")(?![\\p{L}])[ \\t]*[,:]?[ \\t]*");
        this.titleCue = Pattern.compile("(?<![\\p{L}.])(" + PrivacyVocabulary.alternation(List.copyOf(vocabulary.titles))
                // a dotted title may end a line the name wrapped onto the next ("… a los CC. Lic.\\nEvangelina Rosete")
                + ")(\\.?)(?:[ \\t]+|(?<=\\.)[ \\t]*\\n[ \\t]*)");
        List<String> wordTitles = vocabulary.titles.stream().filter(t -> t.length() >= 3).toList();
        // the title may carry a short description before the comma («la señora de la silla de ruedas, …», «una señora
        // embarazada del edificio C, …»): up to five words or numbers (lower case in the text, but for a one-letter mark:
        // checked in appositions), no clause of its own («que», a verb's pronoun) and no second comma
        this.apposition = Pattern.compile("(?<![\\p{L}])(?:un|una|el|la|al|otro|otra)[ \\t]+(?:" + PrivacyVocabulary.alternation(wordTitles)
                + ")((?:[ \\t]+(?!(?:que|quien|se|me|le|les|nos|lo|los)(?![\\p{L}]))(?:\\p{Ll}+|\\d+)){0,5})[ \\t]*,[ \\t]*");
        this.roleCue = Pattern.compile("(?<![\\p{L}])(" + PrivacyVocabulary.alternation(vocabulary.roles) + ")(?![\\p{L}])");
        List<String> people = new ArrayList<>(vocabulary.roles);
        people.addAll(vocabulary.titles);
        // "los encargados son …", "el señor de sombrero era …": a role or a title as a noun, with its article, maybe plural
        // or the article alone before its complement, a person by what marks them: "la del mandil: …", "el de la gorra es …"
        this.copulaSubject = Pattern.compile("(?<![\\p{L}])(?:el|la|los|las)(?:[ \\t]+(" + PrivacyVocabulary.alternation(people)
                + ")(?:e?s)?(?![\\p{L}])|(?=[ \\t]+(?:de|del)[ \\t]))");
        // "…, observadora", "… (presidenta de la mesa)", "… – coordinador"
        this.roleAfter = Pattern.compile("^[ \\t]*[,(–—-][ \\t]*(?:(?:el|la|un|una)[ \\t]+)?" + PrivacyVocabulary.alternation(vocabulary.roles)
                + "(?![\\p{L}])");
        this.roleByComoAfter = Pattern.compile("^[ \\t]+como[ \\t]+(?:(?:el|la|un|una)[ \\t]+)?" + PrivacyVocabulary.alternation(vocabulary.roles)
                + "(?![\\p{L}])");
        this.roleLine = Pattern.compile("^[ \\t]*(?:(?:el|la)[ \\t]+)?" + PrivacyVocabulary.alternation(vocabulary.roles) + "(?![\\p{L}])");
        this.greeting = Pattern.compile("(?m)^[ \\t]*(" + PrivacyVocabulary.alternation(vocabulary.greetings) + ")(?![\\p{L}])[ \\t,]*");
        this.authoredBy = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.authorship) + ")[ \\t]+");
        String verbs = PrivacyVocabulary.alternation(vocabulary.personVerbs);
        this.verbAfter = Pattern.compile("^[ \\t]*,?[ \\t]*" + verbs + "(?![\\p{L}])");
        this.verbBefore = Pattern.compile("(?<![\\p{L}])" + verbs + "[ \\t]+(?:a[ \\t]+)?$");
        // «Apodo (opcional),el Colocho»: a form's label may carry an aside, and its cell ends with a comma or a tab
        // a form's label may say where the nickname is used before its separator: «Apodo en la calle (opcional),»
        this.nicknameCue = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.nicknameCues)
                + ")(?![\\p{L}])(?:[ \\t]+(?:en|de|del|entre)(?:[ \\t]+\\p{L}+){1,3}(?:[ \\t]*\\([^()\\n]{1,30}\\)[ \\t]*[:,\\t]?|[ \\t]*[:,\\t])"
                + "|(?:[ \\t]*\\([^()\\n]{1,30}\\))?[ \\t]*[:,\\t]?)[ \\t]*");
        // «lo conocen en la cuadra como », «a él le dicen en el mercado como »: a pronoun that is the person, a naming
        // verb, a short complement (where, by whom; no clause of its own: «que»), then «como»
        this.namingWithComplement = Pattern.compile("(?<![\\p{L}])(?:lo|la|los|las|le|les)[ \\t]+(?:"
                + PrivacyVocabulary.alternation(vocabulary.namingBeforeComo) + ")\\p{L}*(?:[ \\t]+(?!que(?![\\p{L}]))\\p{L}+){0,4}?[ \\t]+como[ \\t]+");
        // «…, conocido en las fiestas como …»: the participle agrees with what the apposition is said of, as the pronoun
        // stands for it above; a complement parts it from «como» (right after it, «conocido como» is a cue of its own)
        this.namingParticiple = Pattern.compile("(?<=,[ \\t]{0,3})(?:" + PrivacyVocabulary.alternation(vocabulary.namingBeforeComo)
                + ")\\p{L}*(?:ido|ida|ado|ada)s?(?:[ \\t]+(?!que(?![\\p{L}]))\\p{L}+){1,4}?[ \\t]+como[ \\t]+");
        this.nicknameAfterCue = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.nicknameAfterCues)
                + ")(?![\\p{L}])");
        this.closingLine = Pattern.compile("^[ \\t]*(" + PrivacyVocabulary.alternation(vocabulary.closings) + ")" + CLOSING_COMPLEMENT
                + "[ \\t]*[,.:;!]*[ \\t]*(.*)$");
        // "la alcaldesa de Azcapotzalco, ", "el diputado local ", "la consejera presidenta del IECM, ": an elected office,
        // perhaps what it governs, and a comma or nothing, right before a position (on folded text: capitals checked apart)
        this.electedOfficeBefore = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.electedOffices)
                + "((?:[ \\t]+(?:de|del)(?:[ \\t]+(?:la|el|los|las))?(?:[ \\t]+(?:de[ \\t]+)?[\\p{L}.]+){1,4})?)[ \\t]*,?[ \\t]*$");
        this.ownedDevice = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.ownedDevices) + "[ \\t]+de[ \\t]+(?=\\p{L})");
        this.lineupRole = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.lineupRoles) + "\\.");
        this.ambiguousLineupRole = Pattern.compile("(?<![\\p{L}])" + PrivacyVocabulary.alternation(vocabulary.ambiguousLineupRoles)
                + "\\.[ \\t]*(?=\\p{L})");
        List<String> kin = vocabulary.kinship.stream().filter(k -> !k.contains(" ")).sorted().toList();
        // ", la vecina del 104", ", el compadre de Rufino": with an article, a relation needs whose it is, as a kin
        // word does; ", la vecina" alone may open a new clause about someone else
        this.relationAfter = Pattern.compile("^[ \\t]*,[ \\t]*(?:" + POSSESSIVE + "[ \\t]+"
                + PrivacyVocabulary.alternation(vocabulary.relations.stream().sorted().toList())
                + "|(?:(?:el|la)[ \\t]+)?" + PrivacyVocabulary.alternation(kin) + "[ \\t]+(?:de|del)"
                + "|(?:el|la)[ \\t]+" + PrivacyVocabulary.alternation(vocabulary.relations.stream().sorted().toList())
                + "[ \\t]+(?:de|del))(?![\\p{L}])");
        this.closingInLine = Pattern.compile("(?<![\\p{L}])(?:" + PrivacyVocabulary.alternation(vocabulary.closings)
                + ")" + CLOSING_COMPLEMENT + "[ \\t]*[,.:;!]*[ \\t]+");
        // group 1: a correcting word was said; without one, only «no,» parts the word from the name meant
        this.correction = Pattern.compile("^(?:[ \\t]*(?:\\.{2,3}|…))?[ \\t]*,?[ \\t]*(?:no[ \\t]*[,.]{0,3}[ \\t]*)?(?:("
                + PrivacyVocabulary.alternation(vocabulary.corrections) + ")[ \\t]*[,:…]*[ \\t]*|(?<=,)[ \\t]*|(?<=[ \\t])(?=\\p{L}))"
                + "(?=\\p{L})");
    }

    /** The names in {@code text}, in order, overlapping finds merged (the strongest source kept). */
    List<Mention<String>> find(String text) {
        // a name the page wrapped («la señora\nClarisa») is read on one line, given with a space for the break
        String unwrapped = wrapped.unwrap(text);
        // a scan's "Cl3menc1a Roj0" is read as "Clemencia Rojo"; what is found is given as written
        String read = OcrDigits.asLetters(unwrapped);
        if (!read.equals(unwrapped)) {
            List<Mention<String>> found = new ArrayList<>();
            for (Mention<String> m : find(read, true)) {
                found.add(new Mention<>(unwrapped.substring(m.start(), m.end()), m.start(), m.end(), m.strength()));
            }
            return found;
        }
        return find(unwrapped, true);
    }

    /** One way of finding a name, by the method that applies it; the order is the order of the scan. */
    private record Trigger(String name, java.util.function.Consumer<Scan> step) {
    }

    /** Every trigger, in the order a scan applies them (earlier finds are seen by later ones). */
    private List<Trigger> triggers() {
        return List.of(
            new Trigger("labelled", this::labelled),
            new Trigger("labelLines", this::labelLines),
            new Trigger("mailHeaders", this::mailHeaders),
            new Trigger("displayNames", this::displayNames),
            new Trigger("introduced", this::introduced),
            new Trigger("greeted", this::greeted),
            new Trigger("titled", this::titled),
            new Trigger("appositions", this::appositions),
            new Trigger("roles", this::roles),
            new Trigger("elidedNamings", this::elidedNamings),
            new Trigger("lineups", this::lineups),
            new Trigger("namedByCopula", this::namedByCopula),
            new Trigger("describedPersons", this::describedPersons),
            new Trigger("signatures", this::signatures),
            new Trigger("tables", this::tables),
            new Trigger("maximalRuns", this::maximalRuns),
            new Trigger("givenNamesBesideSurnames", this::givenNamesBesideSurnames),
            new Trigger("loneGivenNames", this::loneGivenNames),
            new Trigger("handles", this::handles),
            new Trigger("atHandles", this::atHandles),
            new Trigger("chatSpeakers", this::chatSpeakers),
            new Trigger("nicknames", this::nicknames),
            new Trigger("commonNicknames", this::commonNicknames),
            new Trigger("lowerCaseTraitNicknames", this::lowerCaseTraitNicknames),
            new Trigger("nicknamesAfterRole", this::nicknamesAfterRole),
            new Trigger("nicknamesWithSurname", this::nicknamesWithSurname),
            new Trigger("quotedNicknames", this::quotedNicknames),
            new Trigger("nicknamesNamedAfter", this::nicknamesNamedAfter),
            new Trigger("nicknamesBeforeNames", this::nicknamesBeforeNames),
            new Trigger("listItems", this::listItems),
            new Trigger("hereIam", this::hereIam),
            new Trigger("selfNicknames", this::selfNicknames),
            new Trigger("vocatives", this::vocatives),
            new Trigger("ownedDevices", this::ownedDevices),
            new Trigger("lowerCaseQuotedNicknames", this::lowerCaseQuotedNicknames),
            new Trigger("lowerCaseGivenNames", this::lowerCaseGivenNames),
            new Trigger("namedByEpithet", this::namedByEpithet),
            new Trigger("cliticDoubledObjects", this::cliticDoubledObjects),
            new Trigger("coordinated", this::coordinated),
            new Trigger("listOpeners", this::listOpeners),
            new Trigger("nextListItems", this::nextListItems),
            new Trigger("lastListItems", this::lastListItems),
            new Trigger("selfCorrections", this::selfCorrections),
            new Trigger("families", this::families),
            new Trigger("nicknameAsides", this::nicknameAsides),
            new Trigger("nicknamesSetApartBefore", this::nicknamesSetApartBefore));
    }

    private List<Mention<String>> find(String text, boolean read) {
        Scan scan = new Scan(text);
        for (Trigger t : triggers()) {
            t.step().accept(scan);
        }
        return knownByRelation(scan, withoutPublicFigures(scan, scan.resolve()));
    }

    /**
     * What each trigger found in {@code text} before the finds are merged and before the context may say a find names no
     * person ({@link NoPersonContext}), the trigger's name as the mention's value: for measuring what each trigger costs
     * in decoys and brings in names. {@link #find} gives what is kept.
     */
    List<Mention<String>> foundByTrigger(String text) {
        Scan scan = new Scan(OcrDigits.asLetters(wrapped.unwrap(text)));
        List<Mention<String>> out = new ArrayList<>();
        for (Trigger t : triggers()) {
            int before = scan.found.size();
            t.step().accept(scan);
            for (Mention<String> m : scan.found.subList(before, scan.found.size())) {
                out.add(new Mention<>(t.name(), m.start(), m.end(), m.strength()));
            }
        }
        return out;
    }

    /** A plural article and a capitalized word: "las Quintero", "los Ocampo". */
    private static final Pattern PLURAL_ARTICLE_THEN_WORD = Pattern.compile("(?<![\\p{L}])(?:los|las|Los|Las)[ \\t]+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?![\\p{L}])");

    /**
     * "eran las Quintero, las de la tienda", "ahí andaban los Ocampo": a plural article before a surname left in the
     * singular names a family, as Spanish never puts a surname in the plural. A place named with a plural article has
     * a plural noun ("Los Reyes", "Las Águilas", "Los Olivos"), so a word ending in s stays readable, and so does one
     * followed by more of a place's name or in a place's context.
     */
    private void families(Scan s) {
        Matcher m = PLURAL_ARTICLE_THEN_WORD.matcher(s.text);
        while (m.find()) {
            String word = m.group(1);
            String f = Folding.foldLower(word);
            Matcher dwelling = DWELLING_AFTER.matcher(s.text).region(m.end(), Lines.nearEnd(s.text, m.end()));
            dwelling.useTransparentBounds(false).useAnchoringBounds(true);
            boolean dwells = dwelling.lookingAt();
            // "los Ríos de la casa 4": a surname that ends like a plural is a family where its dwelling follows
            if (f.endsWith("s") && !dwells || !vocabulary.isSurname(f) || vocabulary.isGivenName(f) || vocabulary.places.contains(f)
                    || vocabulary.isFunctionWord(f) || vocabulary.notNameWords.contains(f)) {
                continue;
            }
            int w = Words.firstAtOrAfter(s.words, m.start(1));
            if (w >= s.words.size() || w + 1 < s.words.size() && continues(s.text, s.words.get(w), s.words.get(w + 1))
                    && s.words.get(w + 1).capitalized() || places.inPlaceContext(s.text, s.words, w, w)
                    || places.isPlaceName(s.text.substring(m.start(), m.end()))) {
                continue;
            }
            int end = dwells ? dwelling.end() : m.end();
            s.found.add(new Mention<>(s.text.substring(m.start(), end), m.start(), end, OTHER));
        }
    }

    /** The dwelling that tells a family apart, right after its name: " de la casa 4", " del departamento 12". */
    private static final Pattern DWELLING_AFTER = Pattern.compile("[ \\t]+(?:de[ \\t]+la[ \\t]+casa|del[ \\t]+(?:departamento|depto\\.?"
            + "|n[uú]mero|lote|interior|cuarto))[ \\t]*(?:n[uú]m(?:ero|\\.)[ \\t]*|#[ \\t]*)?\\d{1,4}(?:-?[A-Za-z])?(?![\\w])");

    /**
     * A dignity right before a name: capitalized ("el Papa Francisco", "el Rey Felipe") or in lower case, as spelling
     * wants it, after its article ("el papa Francisco", "del rey Felipe").
     */
    private static final Pattern DIGNITY_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:(\\p{Lu}\\p{Ll}+)|(?<=(?<![\\p{L}])(?:el|del|al|El|Del|Al)[ \\t])(\\p{Ll}+)) {1,2}$");

    /**
     * "Como pidió el Papa Francisco": a name after the capitalized dignity of a figure known worldwide is that figure,
     * whom the commission reads ({@code cargos_publicos}); a possessive before it makes it a relative ("mi Papa Juan").
     * So is a figure the context says is no person of the report ({@link NoPersonContext}).
     */
    private List<Mention<String>> withoutPublicFigures(Scan s, List<Mention<String>> found) {
        List<Mention<String>> kept = new ArrayList<>(found.size());
        for (Mention<String> m : found) {
            int from = Math.max(Lines.nearStart(s.text, m.start()), m.start() - 20);
            Matcher d = DIGNITY_BEFORE.matcher(s.text).region(from, m.start());
            d.useTransparentBounds(true);
            boolean dignity = d.find() && vocabulary.publicOffices.contains(Folding.foldLower(d.group(1) != null ? d.group(1) : d.group(2)))
                    && !POSSESSIVE_BEFORE.matcher(s.folded).region(Lines.nearStart(s.text, d.start()), d.start()).find();
            if (!dignity && !namesNoPerson(s, m)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** A public figure in office, a saint, or words the context says name no person ({@link NoPersonContext}). */
    private boolean namesNoPerson(Scan s, Mention<String> m) {
        return heldByPublicFigure(s, m) || saint(s, m) || noPerson.namesNoPerson(s.text, s.folded, m.start(), m.end());
    }

    /**
     * "Que Santiago Apóstol nos cuide", "la fiesta de Miguel Arcángel": a given name with a saint's epithet
     * ({@code epitetos_de_santos}), capitalized, inside the mention or right after it, is a devotion, not a person.
     */
    private boolean saint(Scan s, Mention<String> m) {
        int w = Words.firstAtOrAfter(s.words, m.start());
        if (w >= s.words.size() || !vocabulary.isKnownName(s.words.get(w).folded())) {
            return false;
        }
        for (int k = w + 1; k < s.words.size() && k <= w + 3; k++) {
            Words.Word word = s.words.get(k);
            if (word.start() > m.end() + 2 || !s.text.substring(s.words.get(k - 1).end(), word.start()).isBlank()) {
                return false;
            }
            if (word.capitalized() && vocabulary.saintEpithets.contains(word.folded())) {
                return true;
            }
        }
        return false;
    }

    /** How far before a name an elected office and what it governs may begin. */
    private static final int ELECTED_OFFICE_REACH = 90;

    /**
     * "la alcaldesa de Azcapotzalco, Margarita Saldaña", "la consejera presidenta Lucía Montaño": a name right after an
     * elected office ({@code cargos_de_eleccion}) — with what it governs, written with capitals, and a comma or nothing
     * between — is the office holder's, a public figure in that role. The office may have been taken into the mention as a
     * title ("presidenta Lucía …" after "la consejera"): each position after the mention's leading offices is tried.
     */
    private boolean heldByPublicFigure(Scan s, Mention<String> m) {
        int lineStart = Lines.nearStart(s.text, m.start());
        int at = m.start();
        int w = Words.firstAtOrAfter(s.words, m.start());
        while (true) {
            if (electedOfficeRightBefore(s, lineStart, at)) {
                return true;
            }
            if (w + 1 >= s.words.size() || s.words.get(w + 1).start() >= m.end()) {
                return false;
            }
            String f = s.words.get(w).folded();
            if (!vocabulary.officeRoles.contains(f) && !vocabulary.isTitle(f)) {
                return false;
            }
            w++;
            at = s.words.get(w).start();
        }
    }

    private boolean electedOfficeRightBefore(Scan s, int lineStart, int at) {
        Matcher e = electedOfficeBefore.matcher(s.folded).region(Math.max(lineStart, at - ELECTED_OFFICE_REACH), at);
        if (!e.find()) {
            return false;
        }
        // what the office governs is a proper name: "de Azcapotzalco", "del IECM", not "de la colonia, Ana"
        for (String word : s.text.substring(e.start(1), e.end(1)).strip().split("[ \\t]+")) {
            if (!word.isEmpty() && !PlaceGuard.ARTICLE_OR_DE.contains(Folding.foldLower(word)) && !word.equals("del")
                    && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A possessive and a kinship or relationship word ("su yerno ", "mi compadre "), or "un tal ", right before a word. */
    private static final Pattern RELATION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:mi|mis|su|sus|tu|tus|nuestro|nuestra|nuestros|nuestras)[ \\t]+(\\p{L}+)|(?:un|una|el|la)[ \\t]+tal)[ \\t]+$");

    /**
     * "su yerno Efrén", "mi compadre Teófilo", "una tal Chabela": a person called by a given name alone is known by the
     * relation that comes with it, which says who it is as much as a surname would; the two go together. With a full
     * name ("mi hija Marisol Valle") the name says it all and the relation stays readable.
     */
    private List<Mention<String>> knownByRelation(Scan s, List<Mention<String>> found) {
        List<Mention<String>> out = new ArrayList<>(found.size());
        int floor = 0;
        for (Mention<String> m : found) {
            Mention<String> kept = m;
            int from = Math.min(m.start(), Math.max(floor, Math.max(Lines.nearStart(s.text, m.start()), m.start() - 40)));
            if (m.value().strip().matches("[\\p{L}'’.-]+")) {
                Matcher r = RELATION_BEFORE.matcher(s.folded).region(from, m.start());
                if (r.find() && (r.group(1) == null || vocabulary.relations.contains(r.group(1)))) {
                    kept = new Mention<>(s.text.substring(r.start(), m.end()), r.start(), m.end(), m.strength());
                }
            }
            boolean lone = m.value().strip().matches("[\\p{L}'’-]+");
            int role = kept == m ? roleRightBefore(s, from, m.start(), lone) : -1;
            if (role >= 0) {
                kept = new Mention<>(s.text.substring(role, m.end()), role, m.end(), m.strength());
            }
            Matcher quoted = NICKNAME_AFTER.matcher(s.text).region(kept.end(), Lines.nearEnd(s.text, kept.end()));
            quoted.useTransparentBounds(false).useAnchoringBounds(true);
            if (quoted.lookingAt() && !vocabulary.notNameWords.contains(Folding.foldLower(quoted.group(2)))) {
                // "Ma. de la Luz Quezada ("Lucha")": the nickname is known with the name, and names her alone elsewhere
                kept = new Mention<>(s.text.substring(kept.start(), quoted.end()), kept.start(), quoted.end(), kept.strength());
            }
            Matcher paren = PAREN_NICKNAME_AFTER.matcher(s.text).region(kept.end(), Lines.nearEnd(s.text, kept.end()));
            paren.useTransparentBounds(false).useAnchoringBounds(true);
            if (paren.lookingAt() && nicknameWord(paren.group(2)) && sameCase(kept.value(), paren.group(2))
                    && (paren.group(1) == null || paren.group(3) != null)) {
                // "EVANGELINA TORRES (CHAGUITA) — VOCAL": a word in parentheses after a name, neither a role nor a
                // relation nor a place, is how the person is called; with an article, only with what tells it apart
                // ("(el Tecolote del mercado)"): "(la Merced)", "(el Rosario)" after a name are as often where they live
                kept = new Mention<>(s.text.substring(kept.start(), paren.end()), kept.start(), paren.end(), kept.strength());
            }
            int alias = aliasBefore(s, m);
            if (alias >= 0 && alias < kept.start()) {
                // "MC Chilpayate (Brandon Ulises Tapia Corona)": the name in parentheses says who the words before it call
                kept = new Mention<>(s.text.substring(alias, kept.end()), alias, kept.end(), kept.strength());
            }
            Matcher epithet = EPITHET_AFTER.matcher(s.text).region(kept.end(), Lines.nearEnd(s.text, kept.end()));
            epithet.useTransparentBounds(false).useAnchoringBounds(true);
            if (epithet.lookingAt() && !vocabulary.isFunctionWord(Folding.foldLower(epithet.group(1)))) {
                // "Chucho el de las flores": the trade or the stall that tells the person apart goes with the name
                kept = new Mention<>(s.text.substring(kept.start(), epithet.end()), kept.start(), epithet.end(), kept.strength());
            }
            int epithetFrom = Math.min(kept.start(), Math.max(floor, Lines.nearStart(s.text, kept.start())));
            Matcher before = EPITHET_BEFORE.matcher(s.text).region(epithetFrom, kept.start());
            if (before.find() && !vocabulary.isFunctionWord(Folding.foldLower(before.group(1)))) {
                // "el de la papelería, Simón Arzate": the same set before the name, apart by a comma
                kept = new Mention<>(s.text.substring(before.start(), kept.end()), before.start(), kept.end(), kept.strength());
            }
            Matcher widow = WIDOW_OF.matcher(s.text).region(kept.end(), Lines.nearEnd(s.text, kept.end()));
            widow.useTransparentBounds(false).useAnchoringBounds(true);
            if (widow.lookingAt() && !vocabulary.places.contains(Folding.foldLower(widow.group(1)))
                    && !places.isPlaceName(widow.group(1))) {
                kept = new Mention<>(s.text.substring(kept.start(), widow.end()), kept.start(), widow.end(), kept.strength());
            }
            out.add(kept);
            floor = kept.end();
        }
        return out;
    }

    /**
     * "Consuelo Arizmendi viuda de Chimal", "Ana Ruiz vda. de Peña": a married woman's name goes on with her husband's
     * surname, which names her family as much as her own; a widower said so the same way («Ramiro Tello viudo de
     * Anaya») names his late wife's family alike.
     */
    private static final Pattern WIDOW_OF = Pattern.compile("[ \\t]+(?:viud[ao]|vd[ao]\\.?|VIUD[AO]|VD[AO]\\.?)[ \\t]+(?:de|DE)[ \\t]+(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]\\p{Lu}[\\p{L}'’-]+)?)");

    /** «el de la …», «la del …»: a person told apart by a trade, a stall or a thing ("el de las flores"). */
    private static final String EPITHET = "(?:el|la)[ \\t]+(?:del|de[ \\t]+(?:la|las|los|el))[ \\t]+(\\p{Ll}{3,})(?![\\p{L}])";
    /** The epithet right after a name: "Chucho el de las flores". */
    private static final Pattern EPITHET_AFTER = Pattern.compile("[ \\t]+" + EPITHET);
    /** The epithet right before a name, apart by a comma: "el de la papelería, Simón Arzate". */
    private static final Pattern EPITHET_BEFORE = Pattern.compile("(?<![\\p{L}])" + EPITHET + "[ \\t]*,[ \\t]*$");
    /** A capitalized word and an epithet: the epithet says the word is what a person is called ("Chucho el de las flores"). */
    private static final Pattern WORD_THEN_EPITHET = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,})(?=[ \\t]+" + EPITHET + ")");

    /**
     * "Chucho el de las flores", "Toño el del gas": a capitalized word followed by an epithet that tells a person
     * apart is that person's given name or nickname, whatever announces it or not. Not a place or a common word.
     */
    private void namedByEpithet(Scan s) {
        Matcher m = WORD_THEN_EPITHET.matcher(s.text);
        while (m.find()) {
            int w = Words.firstAtOrAfter(s.words, m.start(1));
            // «Ganó la de la izquierda», «Votó el de la gorra»: a verb in the past opening the sentence is no name
            if (w >= s.words.size() || s.words.get(w).start() != m.start(1) || !nicknameAfterArticle(s.words.get(w))
                    || endsWithAccentedVowel(s.words.get(w).text()) && !vocabulary.isKnownName(s.words.get(w).folded())
                    || vocabulary.publicFigures.contains(s.words.get(w).folded()) || vocabulary.officeRoles.contains(s.words.get(w).folded())
                    || vocabulary.roles.contains(s.words.get(w).folded()) || places.inPlaceContext(s.text, s.words, w, w)) {
                continue;
            }
            s.add(new Run(w, w, 1, 0, true, false), OTHER, false);
        }
    }

    /**
     * A dative pronoun doubled by «a» and its object: "pagarle a ", "avisándoles a ", "le pregunté a ". In Spanish the
     * pronoun «le» doubles an indirect object that is nearly always a person.
     */
    private static final Pattern CLITIC_DOUBLED = Pattern.compile(
            "(?<![\\p{L}])(?:\\p{L}{2,}(?:ar|er|ir|ando|iendo)les?|les?[ \\t]+\\p{L}{2,})[ \\t]+a[ \\t]+$");
    /** A vowel, consonants and a vowel: a word said as a word, not an acronym spelt letter by letter (IECM, CDMX). */
    private static final Pattern PRONOUNCEABLE = Pattern.compile(".*[aeiou][^aeiou]+[aeiou].*");

    /**
     * "acordarme de pagarle a MONCHO", "le pregunté a Chencho": the object that a dative pronoun doubles is a person,
     * whatever the case it is written in — a nickname in capitals in a text that is not in capitals, or a capitalized
     * word that is no place, office, common word or acronym.
     */
    private void cliticDoubledObjects(Scan s) {
        for (int k = 0; k < s.words.size(); k++) {
            Words.Word w = s.words.get(k);
            String f = w.folded();
            if (!w.capitalized() || f.length() < 3 || w.dotted() || !PRONOUNCEABLE.matcher(f).matches()
                    || !CLITIC_DOUBLED.matcher(s.folded).region(Lines.nearStart(s.text, w.start()), w.start()).find()) {
                continue;
            }
            if (w.upper() && Lines.lineAt(s.text, w.start()).chars().noneMatch(Character::isLowerCase)) {
                continue; // a text in capitals: the capitals say nothing
            }
            if (vocabulary.isTitle(f) || vocabulary.notNameWords.contains(f) || vocabulary.isFunctionWord(f)
                    || vocabulary.places.contains(f) || vocabulary.officeRoles.contains(f) || vocabulary.roles.contains(f)
                    || vocabulary.publicOffices.contains(f) || vocabulary.publicFigures.contains(f) || vocabulary.namedThings.contains(f)
                    || places.isPlaceName(w.text()) || places.inPlaceContext(s.text, s.words, k, k)) {
                continue;
            }
            int to = k;
            while (to + 1 < s.words.size() && to - k < 3 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                    && s.words.get(to + 1).capitalized() && s.words.get(to + 1).upper() == w.upper()
                    && nameWord(s.words.get(to + 1), false) && !places.isPlaceName(s.words.get(to + 1).text())) {
                to++;
            }
            s.add(new Run(k, to, to - k + 1, 0, true, w.upper()), OTHER, true);
        }
    }

    /**
     * A nickname's own article and what tells it apart, inside the quotes or the parentheses that set it after a name:
     * «la Chata de los tamales», «el Güero del taller». Set apart so, all of it is what
     * the person is called, complement and all: hidden without it, the page read «[dato personal] de los tamales».
     * Groups: 1 the article, 2 the nickname's word, 3 the complement.
     */
    private static final String SET_NICKNAME = "(?:(el|la|El|La|EL|LA)[ \\t]+)?(\\p{Lu}[\\p{L}'’]{2,})"
            + "([ \\t]+(?:del|de(?:[ \\t]+(?:la|las|los|el))?|DEL|DE(?:[ \\t]+(?:LA|LAS|LOS|EL))?)[ \\t]+[\\p{L}'’-]{2,})?";
    /** A capitalized word in parentheses right after a name: " (CHAGUITA)", " (Chabela)", " (el Chato de la esquina)". */
    private static final Pattern PAREN_NICKNAME_AFTER = Pattern.compile("[ \\t]+\\(" + SET_NICKNAME + "\\)");
    /** Up to three capitalized words and an opening parenthesis, ending right before a position: "MC Chilpayate (". */
    private static final Pattern ALIAS_BEFORE = Pattern.compile(
            "(?<![\\p{L}.])((?:\\p{Lu}[\\p{L}'’-]*\\.?[ \\t]+){0,2}\\p{Lu}[\\p{L}'’-]+)[ \\t]*\\($");

    /**
     * A word that may be how someone is called: not a role, a relation, a title, a place, an institution's acronym
     * nor a word that is never a name ("(responsable)", "(sobrino)", "(IECM)", "(Tlalpan)").
     */
    private boolean nicknameWord(String word) {
        String f = Folding.foldLower(word);
        return !vocabulary.isFunctionWord(f) && !vocabulary.notNameWords.contains(f) && !vocabulary.isTitle(f)
                && !vocabulary.relations.contains(f) && !vocabulary.kinship.contains(f) && !vocabulary.places.contains(f)
                && !nameHeaders.contains(f) && !places.isPlaceName(word) && !COMMON_ENDING.matcher(f).matches();
    }

    /** Both in capitals or neither: a name in capitals may have its nickname in capitals, a name written so has it so. */
    private static boolean sameCase(String name, String word) {
        boolean upperName = name.equals(name.toUpperCase(java.util.Locale.ROOT));
        boolean upperWord = word.equals(word.toUpperCase(java.util.Locale.ROOT));
        return upperName == upperWord || !upperWord;
    }

    /**
     * Where the alias of a person whose full name follows it in parentheses begins ("Letra y voz: MC Chilpayate
     * (Brandon Ulises Tapia Corona)"): capitalized words right before the parenthesis, the last one a possible nickname,
     * none opening a place or an office; -1 when there is none. The name in parentheses has two words at least.
     */
    private int aliasBefore(Scan s, Mention<String> m) {
        if (!m.value().strip().contains(" ") || m.end() >= s.text.length() || s.text.charAt(m.end()) != ')') {
            return -1;
        }
        int lineStart = Lines.nearStart(s.text, m.start());
        Matcher a = ALIAS_BEFORE.matcher(s.text).region(lineStart, m.start());
        if (!a.find()) {
            return -1;
        }
        String[] words = a.group(1).split("[ \\t]+");
        if (!nicknameWord(words[words.length - 1].replaceAll("[.]$", "")) || places.isPlaceName(a.group(1))
                || places.startsWithPlaceWord(a.group(1))) {
            return -1;
        }
        for (String w : words) {
            String f = Folding.foldLower(w.replaceAll("[.]$", ""));
            if (vocabulary.isFunctionWord(f) || vocabulary.places.contains(f)) {
                return -1;
            }
        }
        return a.start(1);
    }

    /** A nickname in quotes, maybe in parentheses, right after a name: ' ("Lucha")', ' «Pepe»', ' («la Chata del mercado»)'. */
    private static final Pattern NICKNAME_AFTER = Pattern.compile("[ \\t]+\\(?[\"“«]" + SET_NICKNAME + "[\"”»]\\)?");

    /**
     * A role noun, maybe abbreviated with a period, and one or two spaces, right before a position: "la operadora ",
     * "Coordinadora ", "agente ", "hna. ".
     */
    private static final Pattern ROLE_RIGHT_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{L}+)(\\.?) {1,2}$");
    /** Longest abbreviation of a role taken with its period ("hna.", "secr."): a longer word before a period ends a sentence. */
    private static final int MAX_ROLE_ABBREVIATION = 5;
    /** The possessive before a relation noun: "mi comadre", "su chalán". */
    private static final String POSSESSIVE = "(?:mi|mis|su|sus|tu|tus|nuestro|nuestra)";
    /** A possessive right before a role noun: the role says whose it is ("su secretario …"), a relation, not a title. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:su|sus|mi|mis|tu|tus|nuestro|nuestra|nuestros|nuestras)[ \\t]+$");

    /**
     * Where an office or a task written right before a person's name begins, when it goes with the name. Written
     * right before the name, with no comma between, the office is how the text calls that person — a title, with an
     * article or without ("Convoca: Coordinadora Evelia Santibáñez", "lo trajo el capacitador Jonás Arreola", "la
     * hermana Clementina Arizmendi"): at one mesa the escrutador or the capacitador is one known person, so the office
     * beside the name points at them as much as the name. Set apart by a comma ("el escrutador, Isauro Beltrán,") the
     * office is told about the person and stays readable; after a possessive ("su secretario Jacinto Ruiz") it is a
     * relation, readable beside a full name and taken with a given name alone. -1 otherwise.
     */
    private int roleRightBefore(Scan s, int from, int start, boolean lone) {
        Matcher r = ROLE_RIGHT_BEFORE.matcher(s.folded).region(from, start);
        if (!r.find() || !vocabulary.officeRoles.contains(r.group(1))
                || !r.group(2).isEmpty() && r.group(1).length() > MAX_ROLE_ABBREVIATION) {
            return -1;
        }
        boolean possessive = POSSESSIVE_BEFORE.matcher(s.folded).region(Lines.nearStart(s.text, r.start()), r.start()).find();
        return lone || !possessive ? r.start() : -1;
    }

    /**
     * A short exclamation or reply and the one it is said to, ending the sentence: "Anotado, Sandy.", "¡vámonos,
     * Chacal!", "Gracias, Eréndira." — the head of one or two words opens the sentence (after a speaker's label too).
     */
    private static final Pattern VOCATIVE = Pattern.compile(
            "(?:^|(?<=[.!?:;\"“«(])[ \\t]*|(?<=\\n))[ \\t]*[¡¿\"“«]?(\\p{L}+(?:[ \\t]+\\p{Ll}+)?)[ \\t]*,[ \\t]*(\\p{Lu}\\p{Ll}+)(?=[ \\t]*(?:[.!?…]|[\"”»]))");

    /**
     * "Anotado, Sandy.", "¡vámonos, Chacal!": the person spoken to, called by name after a short head, is a person
     * whatever the name; a place in that spot ("Atlántida, Coyoacán.") or a word of another kind is left alone.
     */
    private void vocatives(Scan s) {
        Matcher m = VOCATIVE.matcher(s.text);
        while (m.find()) {
            int head = Words.firstAtOrAfter(s.words, m.start(1));
            int w = Words.firstAtOrAfter(s.words, m.start(2));
            if (w >= s.words.size() || s.words.get(w).start() != m.start(2) || s.words.get(w).end() != m.end(2)
                    || places.isPlaceName(s.text.substring(m.start(1), m.end(1))) || !calledWord(s.words.get(w))
                    || vocabulary.isTitle(s.words.get(head).folded()) || vocabulary.roles.contains(s.words.get(head).folded())
                    || places.isLonePlace(s.text, s.words, w) || places.isWordOfPlaceName(s.words.get(w).folded())) {
                continue;
            }
            s.found.add(new Mention<>(m.group(2), m.start(2), m.end(2), OTHER));
        }
    }

    /**
     * A word one may be called by ({@link #nicknameAfterArticle}) that may end its sentence with a period ("Anotado,
     * Sandy."), where an abbreviation has few vowels ("Mtra.", "Dtto.").
     */
    private boolean calledWord(Words.Word w) {
        if (!w.dotted()) {
            return nicknameAfterArticle(w);
        }
        String f = w.folded();
        return f.chars().filter(ch -> "aeiouy".indexOf(ch) >= 0).count() >= 2 && w.capitalized() && !w.upper() && !vocabulary.isTitle(f)
                && !vocabulary.notNameWords.contains(f) && !vocabulary.isFunctionWord(f) && !vocabulary.places.contains(f)
                && !vocabulary.namedThings.contains(f) && !COMMON_ENDING.matcher(f).matches() && !places.isPlaceName(w.text());
    }

    /**
     * "iPhone de Oziel", "Galaxy de Marisol Tapia": a device named after its owner, as a meeting's list of participants
     * or a chat shows it; the capitalized words after «de» are the owner's name, known or not (no place: "la laptop de
     * Coyoacán").
     */
    private void ownedDevices(Scan s) {
        Matcher m = ownedDevice.matcher(s.folded);
        while (m.find()) {
            int w = Words.firstAtOrAfter(s.words, m.end());
            if (w >= s.words.size() || s.words.get(w).start() != m.end() || !calledWord(s.words.get(w))) {
                continue;
            }
            int to = w;
            while (to + 1 < s.words.size() && to - w < 2 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                    && s.words.get(to + 1).capitalized() && !s.words.get(to + 1).upper() && nameWord(s.words.get(to + 1), false)) {
                to++;
            }
            s.add(new Run(w, to, to - w + 1, 0, false, false), OTHER, true, true);
        }
    }

    /** «soy el Tornado», «soy la Güera»: the first person's copula, then an article and a capital. */
    private static final Pattern I_AM_THE = Pattern.compile("(?<![\\p{L}])soy[ \\t]+(?:el|la)[ \\t]+(?=\\p{Lu}\\p{Ll})");

    /**
     * «en la mensajería soy el Tornado», «en el barrio soy la Güera»: whoever writes says what she is called — an
     * article and a capitalized word after «soy» (only the first person: «era» is also said of a thing) is her
     * nickname, as a trade would be written in lower case; one that is a role, a title, a place or a common word
     * («soy la Presidenta», «soy el Secretario») is not.
     */
    private void selfNicknames(Scan s) {
        Matcher m = I_AM_THE.matcher(s.text);
        while (m.find()) {
            int w = Words.firstAtOrAfter(s.words, m.end());
            if (w >= s.words.size() || s.words.get(w).start() != m.end()) {
                continue;
            }
            Words.Word first = s.words.get(w);
            String f = first.folded();
            if (!nicknameAfterArticle(first) || vocabulary.roles.contains(f) || vocabulary.kinship.contains(f)
                    || vocabulary.relations.contains(f)) {
                continue;
            }
            int to = w;
            while (to + 1 < s.words.size() && to - w < 1 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                    && nicknameAfterArticle(s.words.get(to + 1))) {
                to++;
            }
            if (places.inPlaceContext(s.text, s.words, w, to)) {
                continue;
            }
            int start = s.words.get(w - 1).start();
            int end = s.words.get(to).end();
            s.found.add(new Mention<>(s.text.substring(start, end), start, end, OTHER));
        }
    }

    /** "chayo aquí, ya en la mesa", "Lupita por acá:": who writes a message says so at its start. */
    private static final Pattern HERE_I_AM = Pattern.compile("(?m)^[ \\t]*(\\p{L}{3,})[ \\t]*,?[ \\t]+(?:por[ \\t]+)?(?:aqui|aca|reportando)(?![\\p{L}])");

    private void hereIam(Scan s) {
        Matcher m = HERE_I_AM.matcher(s.folded);
        while (m.find()) {
            String f = m.group(1);
            int w = Words.firstAtOrAfter(s.words, m.start(1));
            if (w < s.words.size() && vocabulary.isGivenName(f) && !vocabulary.isFunctionWord(f) && !vocabulary.notNameWords.contains(f)) {
                s.add(new Run(w, w, 1, 1, true, false), LABEL, true);
            }
        }
    }

    /**
     * A possessive and a relation right before a word: "mi vecina ", "su compa ". With an article the relation is a plain
     * noun ("la vecina marisol rentó": a capitalized name would say more).
     */
    private static final Pattern RELATION_RIGHT_BEFORE = Pattern.compile(
            "(?<![\\p{L}])" + POSSESSIVE + "[ \\t]+(\\p{Ll}+)[ \\t]+$");

    /** What may follow a name in lower case that closes its clause, or an aside in parentheses. */
    private static final Pattern LOWER_NAME_THEN = Pattern.compile(
            // an emoji closes a chat's clause as a period would ("su novio el brayan 😂")
            "^(?:[ \\t]*(?:[,.;:!?()\\p{So}\\p{Cs}]|$)|[ \\t]+(?:y|e|que|quien|pero|me|te|le|les|nos|se|lo|los|la|con|tambien|dijo|vive)(?![\\p{L}]))");

    /**
     * "la atendieron adelina y bertoldo sosa", "era filemon arcos, vive…" in a report written all in lower case, and
     * "…», preguntó santiago (…)" after a person's verb in any report: a known given name that is no common word,
     * with the surnames that follow it in its clause, names a person written without capitals.
     */
    private void lowerCaseGivenNames(Scan s) {
        boolean lowerCaseText = KnownPersonalData.writtenInLowerCase(s.text);
        for (int k = 0; k < s.words.size(); k++) {
            Words.Word w = s.words.get(k);
            if (w.capitalized() || !vocabulary.isLowerCaseGivenName(w.folded())) {
                continue;
            }
            String before = Folding.foldPreservingLength(s.text.substring(Math.max(Lines.nearStart(s.text, w.start()), w.start() - 40), w.start()));
            Matcher relation = RELATION_RIGHT_BEFORE.matcher(before);
            // "con mi vecina chabela", "era su compa rigo de la tienda": a possessive relation says who the given name is
            boolean afterVerb = verbBefore.matcher(before).find() || relation.find() && vocabulary.relations.contains(relation.group(1));
            if (!lowerCaseText && !afterVerb) {
                continue;
            }
            if (lowerCasePlaceBefore(s, k)) {
                continue;
            }
            // only known surnames go with it: "se quedó dorotea sola", "chayo aquí" are a name and a word
            Run run = lowerCaseKnownName(s, k);
            if (run == null && COPULA_BEFORE.matcher(before).find()) {
                // "el que vendía tamales era anacleto pinzón, vive…": who someone was is said by the whole name, its
                // surname a word or missing from the lists, closing the clause
                run = lowerCaseNameInClause(s, k, false);
            }
            if (run == null) {
                String after = Folding.foldPreservingLength(Lines.nearAfter(s.text, w.end()));
                run = afterVerb || LOWER_NAME_THEN.matcher(after).find() ? new Run(k, k, 1, 1, true, false) : null;
            }
            if (run != null && s.add(run, OTHER, true)) {
                k = run.to;
            }
        }
    }

    /** "… era ", "… es ", "… fue ": what says who someone is, right before the name. */
    private static final Pattern COPULA_BEFORE = Pattern.compile("(?<![\\p{L}])(?:era|es|fue)[ \\t]+$");

    private static final Set<String> SAINT = Set.of("san", "santa", "santo", "sto", "sta", "virgen", "senor", "nuestra");

    /**
     * "capilla de san judas tadeo", "colonia ampliacion adelina": a name in lower case after a saint's title (one word
     * may stand between), or
     * within a few words of a place word with only names, connectors and saints' titles between, names the place.
     */
    private boolean lowerCasePlaceBefore(Scan s, int k) {
        for (int j = k - 1; j >= 0 && k - j <= 5; j--) {
            Words.Word w = s.words.get(j);
            String f = w.folded();
            if (!continues(s.text, w, s.words.get(j + 1))) {
                return false;
            }
            // "san judas tadeo": a saint's title up to two words before
            if (SAINT.contains(f) && k - j <= 2 || vocabulary.places.contains(f)) {
                return true;
            }
            if (!SAINT.contains(f) && !connectors.contains(f) && !vocabulary.isKnownName(f) && k - j > 1) {
                return false;
            }
        }
        return false;
    }

    /** A name in lower case around a nickname in quotes: «gonzalo "el guero" ibarra». */
    private static final Pattern LOWER_CASE_NICKNAMED = Pattern.compile(
            "(?<![\\p{L}])(\\p{Ll}{3,})[ \\t]+[\"“«][^\"”»\\n]{2,25}[\"”»][ \\t]+(\\p{Ll}{3,})(?![\\p{L}])");

    private void lowerCaseQuotedNicknames(Scan s) {
        Matcher m = LOWER_CASE_NICKNAMED.matcher(s.text);
        while (m.find()) {
            String given = Folding.foldLower(m.group(1));
            String surname = Folding.foldLower(m.group(2));
            if (vocabulary.isGivenName(given) && lowerCaseNameWord(surname) && lowerCaseNameWord(given)) {
                s.found.add(new Mention<>(m.group(), m.start(), m.end(), OTHER));
            }
        }
    }

    /**
     * Between two coordinated names: a comma, "y", or what says both name the same person ("la Tuza, o sea Eufrosina
     * Gallardo"); an aside in parentheses ("(coordinadora)") may follow the first.
     */
    private static final Pattern COORDINATION = Pattern.compile(
            "^(?:[ \\t]*\\([^()\\n]{1,30}\\))?(?:[ \\t]*,?[ \\t]*(?:o[ \\t]+sea|es[ \\t]+decir)[ \\t]*,?[ \\t]+|[ \\t]*,[ \\t]*"
                    // the preposition that marks a person repeated in the coordination: "con Ana Ruiz y con Leti Parra"
                    + "|[ \\t]+(?:y|e)[ \\t]+(?:(?:con|a)[ \\t]+)?)");
    /** A comma or «y» between two items of a list: what follows a lone word set between two names. */
    private static final Pattern LIST_AND = Pattern.compile("^(?:[ \\t]*,[ \\t]*|[ \\t]*,?[ \\t]+(?:y|e)[ \\t]+)");

    /**
     * "Equipo de Serafina Olguera (coordinadora) y Teódulo Bañuelos", "Fabiola y Nancy Uribe": what is coordinated
     * with a person's name is a person too — after it, a run of two or more capitalized name-like words (not a
     * place), before it, a known given name on its own.
     */
    private void coordinated(Scan s) {
        for (Mention<String> m : List.copyOf(s.found)) {
            Matcher and = COORDINATION.matcher(s.text).region(m.end(), Lines.nearEnd(s.text, m.end()));
            and.useTransparentBounds(false).useAnchoringBounds(true);
            if (and.lookingAt()) {
                int w = Words.firstAtOrAfter(s.words, and.end());
                if (w < s.words.size() && s.words.get(w).start() == and.end()) {
                    Run run = run(s, w, false);
                    if (run != null && run.from == w && run.significant >= 2 && !run.upperOnly
                            && !s.words.get(run.from).initial()) {
                        s.add(run, OTHER, true);
                    } else if (betweenNames(s, w) || lastOfPair(s, w, and.group(), m)) {
                        s.add(new Run(w, w, 1, 0, true, false), OTHER, false);
                    } else if (and.group().matches("[ \\t]+(?:y|e)[ \\t]+") && nicknameWithArticleAt(s, w)) {
                        // «Eusebia Carranza y el Chícharo»: a nickname with its article joined to a person is a person too
                        addNicknameWithArticle(s, w);
                    }
                }
            }
            int before = Words.firstAtOrAfter(s.words, m.start()) - 1;
            personalObjectBefore(s, before, m.start());
            pairedWithRelative(s, before, m);
            if (before >= 1 && (s.words.get(before).folded().equals("y") || s.words.get(before).folded().equals("e"))) {
                Words.Word given = s.words.get(before - 1);
                if (given.capitalized() && !given.upper() && (vocabulary.isGivenName(given.folded()) || firstOfPair(s, before - 1, m))
                        && s.text.substring(given.end(), m.start()).matches("[ \\t]+(?:y|e)[ \\t]+")
                        && !(before >= 2 && spaceBetween(s, before - 2, before - 1) && s.words.get(before - 2).capitalized())) {
                    // read alone: the cell before ("Ampliación Emiliano Zapata") is no place context for it
                    if (!places.isPlaceName(given.text())) {
                        s.add(new Run(before - 1, before - 1, 1, 1, true, false), OTHER, false);
                    }
                }
            }
        }
    }

    /** What stands before an item of a lineup: the line's start or a separator. */
    private static final Pattern LINEUP_ITEM_BEFORE = Pattern.compile("(?:^|[:/.,;|–—-])[ \\t]*$");

    /**
     * "Mesa 4: PRES. Anatolio Reséndiz. SRIA. Cleotilde Paz. ESC. Rodrigo.", "Pres. … / Srio. … / Esc. Brenda Arce": on
     * the line that lists the mesa's roles abbreviated, «Esc.» is who counts the votes and not a school
     * ({@code cargos_de_mesa_ambiguos}); the capitalized words after it are a person.
     */
    private void lineups(Scan s) {
        // an item of the lineup opens the line or follows a separator; «en la Esc. …» is the school
        Matcher m = ambiguousLineupRole.matcher(s.folded);
        while (m.find()) {
            Matcher other = lineupRole.matcher(s.folded).region(Lines.nearStart(s.text, m.start()), Lines.nearEnd(s.text, m.start()));
            int w = Words.firstAtOrAfter(s.words, m.end());
            if (!other.find() || !LINEUP_ITEM_BEFORE.matcher(s.text).region(Lines.nearStart(s.text, m.start()), m.start()).find()
                    || w >= s.words.size() || s.words.get(w).start() != m.end() || !s.words.get(w).capitalized()) {
                continue;
            }
            Run run = run(s, w, false);
            if (run == null && personWord(s.words.get(w))) {
                run = new Run(w, w, 1, 0, true, false);
            }
            if (run != null && run.from == w) {
                s.add(run, OTHER, false);
            }
        }
    }

    /**
     * "lo subieron Efigenio y su primo Lisandro Cavazos", "vinieron Yoshua y mi esposa Carmen Ibarra": one capitalized
     * word coordinated with a person named after a possessive and a relation is a person too, as when «y» joins it to
     * the name itself ({@link #firstOfPair}): both are people the relation is said of. {@code before} is the word right
     * before the found name {@code m}.
     */
    private void pairedWithRelative(Scan s, int before, Mention<String> m) {
        if (before < 4 || !vocabulary.relations.contains(s.words.get(before).folded())
                || !POSSESSIVES.contains(s.words.get(before - 1).folded())) {
            return;
        }
        int and = before - 2;
        if (!s.words.get(and).folded().equals("y") && !s.words.get(and).folded().equals("e")
                || !s.text.substring(s.words.get(and - 1).end(), s.words.get(before).end()).matches("[ \\t]+[ye][ \\t]+\\p{L}+[ \\t]+\\p{L}+")) {
            return;
        }
        Words.Word given = s.words.get(and - 1);
        if (given.capitalized() && !given.upper() && (vocabulary.isGivenName(given.folded()) || firstOfPair(s, and - 1, m))
                && !places.isPlaceName(given.text())) {
            s.add(new Run(and - 1, and - 1, 1, vocabulary.isKnownName(given.folded()) ? 1 : 0, true, false), OTHER, false);
        }
    }

    /**
     * "Beneficiarios: Crescenciana, Rafael y Zoila Cadena Ruíz": the lone capitalized word that opens a list whose next
     * items were found as names, the last of them a full name, is a person too — the first of the list, as
     * {@link #betweenNames} reads one in its middle. After a label's colon or a lower-case word of the clause, never
     * a word that opens a line or a sentence.
     */
    private void listOpeners(Scan s) {
        for (Mention<String> m : List.copyOf(s.found)) {
            int first = Words.firstAtOrAfter(s.words, m.start());
            if (first < 2 || first >= s.words.size() || s.words.get(first).start() != m.start()
                    || !s.text.substring(s.words.get(first - 1).end(), m.start()).matches("[ \\t]*,[ \\t]*")) {
                continue;
            }
            Matcher and = LIST_AND.matcher(s.text).region(m.end(), Lines.nearEnd(s.text, m.end()));
            and.useTransparentBounds(false).useAnchoringBounds(true);
            if (!and.lookingAt() || !listGoesOnToFullName(s, and.end())) {
                continue;
            }
            Words.Word word = s.words.get(first - 1);
            Words.Word previous = s.words.get(first - 2);
            String gap = s.text.substring(previous.end(), word.start());
            boolean afterLabel = LABEL_COLON_BEFORE.matcher(s.text).region(Lines.nearStart(s.text, word.start()), word.start()).find();
            boolean opensList = afterLabel || gap.matches("[ \\t]+") && !previous.capitalized() && !previous.upper();
            if (opensList && word.capitalized() && !word.upper() && personWord(word) && !vocabulary.isFunctionWord(word.folded())
                    && !places.isPlaceName(word.text())) {
                s.add(new Run(first - 1, first - 1, 1, vocabulary.isKnownName(word.folded()) ? 1 : 0, true, false), OTHER, false);
            }
        }
    }

    /** A list's separator after an item, an aside in parentheses («(secretario)») perhaps before it. */
    private static final Pattern NEXT_ITEM_AFTER = Pattern.compile("^(?:[ \\t]*\\([^()\\n]{1,30}\\))?[ \\t]*[,;][ \\t]*");
    /** What closes a list's item: the next separator, «y», an aside in parentheses, the sentence's or the line's end. */
    private static final Pattern ITEM_ENDS = Pattern.compile("^(?:[ \\t]*\\([^()\\n]{1,30}\\))?(?:[ \\t]*[,;.:…)]|[ \\t]+(?:y|e)[ \\t]+|[ \\t]*$)");
    /**
     * What says the name before is an item of a list: the line's start, a separator (after an item's aside too: «…
     * (presidenta), »), a label's colon, or a plural verb that lists the people it is said of («los de la mesa son …»).
     */
    private static final Pattern NAME_AS_ITEM_BEFORE = Pattern.compile(
            "(?:^|[,;:]|(?<![\\p{L}])(?:son|eran|fueron|quedaron|estaban|estuvieron))[ \\t]*$");

    /**
     * "Brigada: Leocadia Fuentes (chofer), Gumaro Treviño (cargador), Xiuhnel", "en la cocina estaban Jovita
     * Landeros, Ameyal y …": a lone capitalized word that is the next item of a list whose item before it is a found
     * full name is a person too, called by a given name the lists lack — what a list is a list of does not change
     * from one item to the next. The word closes its item (separator, «y», aside, end); no place, figure, role or
     * function word; and the name before must itself stand as a list's item, not as the subject of a clause that a
     * comma then goes on from («Firmó Ana Ruiz, Tlalpan…»).
     */
    private void nextListItems(Scan s) {
        for (Mention<String> m : List.copyOf(s.found)) {
            if (!m.value().strip().contains(" ")) {
                continue;
            }
            Matcher sep = NEXT_ITEM_AFTER.matcher(s.text).region(m.end(), Lines.nearEnd(s.text, m.end()));
            sep.useTransparentBounds(false).useAnchoringBounds(true);
            if (!sep.lookingAt() || !NAME_AS_ITEM_BEFORE.matcher(s.folded).region(Lines.nearStart(s.text, m.start()), m.start()).find()) {
                continue;
            }
            int w = Words.firstAtOrAfter(s.words, sep.end());
            if (w >= s.words.size() || s.words.get(w).start() != sep.end()) {
                continue;
            }
            Words.Word word = closingSentence(s, w);
            Matcher end = ITEM_ENDS.matcher(s.text).region(word.end(), Lines.nearEnd(s.text, word.end()));
            end.useTransparentBounds(false).useAnchoringBounds(true);
            if (end.lookingAt() && personWord(word) && !vocabulary.isFunctionWord(word.folded()) && !places.isPlaceName(word.text())
                    && s.found.stream().noneMatch(f -> f.start() <= word.start() && f.end() > word.start())) {
                s.add(new Run(w, w, 1, vocabulary.isKnownName(word.folded()) ? 1 : 0, true, false), OTHER, true);
            }
        }
    }

    /** «y» or «e» before a list's last item. */
    private static final Pattern LAST_ITEM_AFTER = Pattern.compile("^[ \\t]+(?:y|e)[ \\t]+");
    /** An object pronoun and its verb after a list of people that is the subject: «… y Chela me acompañaron». */
    private static final Pattern PRONOUN_AND_VERB_AFTER = Pattern.compile("^[ \\t]+(?:me|te|se|nos|les|le|lo|la|los|las)[ \\t]+\\p{Ll}");
    /** A comma between two items of a list, with the spaces around it. */
    private static final Pattern ITEM_COMMA_BEFORE = Pattern.compile(",[ \\t]*$");

    /**
     * "Mis amigas Karlita, la Flaca Tapia y Estrellita me acompañaron": the capitalized word after «y» that closes a list
     * whose two items before it are found names (apart by a comma) is a person too, though the lists lack it or it is
     * also a word — what a list is a list of does not change at its last item. The word closes its item, or the list is
     * the subject an object pronoun and its verb follow («… me acompañaron»); «… y Contraloría avisó» may start a new
     * clause about something else. No place, figure, role or function word.
     */
    private void lastListItems(Scan s) {
        for (Mention<String> m : List.copyOf(s.found)) {
            Matcher and = LAST_ITEM_AFTER.matcher(s.text).region(m.end(), Lines.nearEnd(s.text, m.end()));
            and.useTransparentBounds(false).useAnchoringBounds(true);
            Matcher comma = ITEM_COMMA_BEFORE.matcher(s.text).region(Lines.nearStart(s.text, m.start()), m.start());
            if (!and.lookingAt() || !comma.find()) {
                continue;
            }
            int commaAt = comma.start();
            boolean itemBefore = s.found.stream().anyMatch(f -> f != m && f.end() <= commaAt
                    && s.text.substring(f.end(), commaAt).isBlank());
            int w = Words.firstAtOrAfter(s.words, and.end());
            if (!itemBefore || w >= s.words.size() || s.words.get(w).start() != and.end()) {
                continue;
            }
            Words.Word word = s.words.get(w);
            Matcher end = ITEM_ENDS.matcher(s.text).region(word.end(), Lines.nearEnd(s.text, word.end()));
            end.useTransparentBounds(false).useAnchoringBounds(true);
            Matcher pronoun = PRONOUN_AND_VERB_AFTER.matcher(s.text).region(word.end(), Lines.nearEnd(s.text, word.end()));
            pronoun.useTransparentBounds(false).useAnchoringBounds(true);
            if (word.upper() || !personWord(word) || vocabulary.isFunctionWord(word.folded()) || places.isPlaceName(word.text())
                    || !end.lookingAt() && !pronoun.lookingAt()
                    || s.found.stream().anyMatch(f -> f.start() <= word.start() && f.end() > word.start())) {
                continue;
            }
            s.add(new Run(w, w, 1, vocabulary.isKnownName(word.folded()) ? 1 : 0, true, false), OTHER, true);
        }
    }

    /**
     * "Zotiquio… perdón, Evodio Santillán", "Xiuhnel no, perdón, Abundio Reyes", "Ameyal no, Tomasa Gallegos": a writer who
     * corrects a name just said puts a person's name in place of a person's name, so the capitalized word corrected is
     * a person though the lists lack it. The name meant must follow in the same sentence (a found name, or a run of
     * two name words that then is one too); with a bare «no,» and no correcting word, right after it.
     */
    private void selfCorrections(Scan s) {
        for (int w = 0; w < s.words.size(); w++) {
            Words.Word word = trailedOff(s, s.words.get(w));
            if (!word.capitalized() || word.upper() || !personWord(word) || vocabulary.isFunctionWord(word.folded())
                    || places.isPlaceName(word.text())) {
                continue;
            }
            Matcher c = correction.matcher(s.folded).region(word.end(), Lines.nearEnd(s.text, word.end()));
            c.useTransparentBounds(true).useAnchoringBounds(true);
            if (!c.lookingAt() || c.end() == word.end()) {
                continue;
            }
            boolean said = c.group(1) != null;
            if (!said && !s.folded.substring(word.end(), c.end()).contains("no")) {
                continue;
            }
            int next = Words.firstAtOrAfter(s.words, c.end());
            Run meant = next < s.words.size() && s.words.get(next).start() == c.end() ? run(s, next, false) : null;
            boolean runMeant = meant != null && meant.from == next && meant.significant >= 2 && meant.known >= 1 && !meant.upperOnly;
            int limit = said ? sentenceEnd(s.text, c.end()) : c.end();
            int at = c.end();
            boolean foundMeant = s.found.stream().anyMatch(f -> f.start() >= at && f.start() <= limit
                    && (said || f.value().strip().contains(" ")));
            if (!runMeant && !foundMeant) {
                continue;
            }
            if (runMeant) {
                s.add(meant, OTHER, true);
            }
            s.add(new Run(w, w, 1, vocabulary.isKnownName(word.folded()) ? 1 : 0, true, false), OTHER, true);
        }
    }

    /** A word whose period is the first of an ellipsis («Zotiquio…» written «Zotiquio...»): a word, not an abbreviation. */
    private static Words.Word trailedOff(Scan s, Words.Word word) {
        if (!word.dotted() || !s.text.startsWith("..", word.end())) {
            return word;
        }
        return new Words.Word(word.start(), word.end(), word.text(), word.folded(), word.capitalized(), word.upper(), false);
    }

    /** Where the sentence that goes on at {@code from} ends: its period, question or exclamation, or the line's end. */
    private static int sentenceEnd(String text, int from) {
        int end = Lines.nearEnd(text, from);
        for (int i = from; i < end; i++) {
            char ch = text.charAt(i);
            if ((ch == '.' || ch == '?' || ch == '!') && (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return end;
    }

    /** A label's colon right before a list's first item: «Beneficiarios del adeudo 3: ». */
    private static final Pattern LABEL_COLON_BEFORE = Pattern.compile("\\p{L}[^:\\n]{0,40}:[ \\t]*$");

    /** Whether a found name starts at {@code at} and the list it opens ends, a comma or «y» further, in a full name. */
    private boolean listGoesOnToFullName(Scan s, int at) {
        for (int k = 0; k < 4; k++) {
            int from = at;
            Mention<String> next = s.found.stream().filter(f -> f.start() == from).findFirst().orElse(null);
            if (next == null) {
                return false;
            }
            if (next.value().strip().contains(" ")) {
                return true;
            }
            Matcher and = LIST_AND.matcher(s.text).region(next.end(), Lines.nearEnd(s.text, next.end()));
            and.useTransparentBounds(false).useAnchoringBounds(true);
            if (!and.lookingAt()) {
                return false;
            }
            at = and.end();
        }
        return false;
    }

    /** What ends the clause right after a lone word: the pair «… y Wistano» ends there. */
    private static final Pattern PAIR_ENDS_AFTER = Pattern.compile("^[ \\t]*(?:[,.;:!?)…]|$)");

    /**
     * "cargaron la urna Ramiro Villegas y Tiburcio, los del taller": one capitalized word
     * after «y» and a found name, the clause ending with it, is the second of the pair though the lists lack it — no
     * place, public figure, role or word never a name.
     */
    private boolean lastOfPair(Scan s, int w, String between, Mention<String> pairedWith) {
        Words.Word word = closingSentence(s, w);
        if (!between.matches("[ \\t]+(?:y|e)[ \\t]+") || !personWord(word)) {
            return false;
        }
        if (word != s.words.get(w) && noPerson.namesNoPerson(s.text, s.folded, pairedWith.start(), pairedWith.end())) {
            // «la avenida se llama Francisco del Paso y Troncoso.»: the pair of what names no person names none either
            return false;
        }
        Matcher end = PAIR_ENDS_AFTER.matcher(s.text).region(s.words.get(w).end(), Lines.nearEnd(s.text, s.words.get(w).end()));
        end.useTransparentBounds(false).useAnchoringBounds(true);
        return end.lookingAt();
    }

    /** After a sentence's period: the line's end, or a blank and the next sentence's capital, quote or dash. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("^\\.[ \\t]*(?:$|[ \\t]\\p{Lu}|[ \\t][«“\"¿¡—–-])");

    /**
     * Word {@code w} as a word of the sentence when its period ends the sentence («… Hermila Guzmán y Anaíd.»): a
     * period after a word of four letters or more in lower case after its capital, then the line's end or the next
     * sentence, is the sentence's and not an abbreviation's («Lic.», «Col.», «J.» are shorter or listed as titles and
     * places, which {@link #personWord} still refuses).
     */
    private Words.Word closingSentence(Scan s, int w) {
        Words.Word word = s.words.get(w);
        if (!word.dotted() || word.upper() || word.text().length() < 4
                || !NEXT_SENTENCE.matcher(Lines.nearAfter(s.text, word.end())).find()) {
            return word;
        }
        return new Words.Word(word.start(), word.end(), word.text(), word.folded(), word.capitalized(), word.upper(), false);
    }

    /**
     * "se quedaron a contar Yaretzi y Hermelinda Casasola": one capitalized word before «y» and a found full name is the
     * first of the pair though the lists lack it, where a lower-case word of the same clause stands before it, or a comma
     * after one (a capitalized word that opens a line or a sentence may be any word).
     */
    private boolean firstOfPair(Scan s, int w, Mention<String> pairedWith) {
        if (w < 1 || !pairedWith.value().strip().contains(" ") || !personWord(s.words.get(w))) {
            return false;
        }
        Words.Word previous = s.words.get(w - 1);
        // «en la fila, Fausta y el Gordo Villalpando»: a comma may part the clause's word from the pair it lists, and
        // so may the colon of a label in lower case that says who the pair are («las de la fila: Fausta y …»)
        return !previous.capitalized() && !previous.upper()
                && s.text.substring(previous.end(), s.words.get(w).start()).matches("[ \\t]+|[ \\t]*[,:][ \\t]*");
    }

    /**
     * A capitalized word that may be a name the lists lack: no place, public figure, role, relation, kin or office. It is
     * asked where a person stands (beside a found name, in a list of them, after whose relative): there a word ending
     * like an infinitive is no verb ({@link #nicknameAfterArticle(Words.Word, boolean)}).
     */
    private boolean personWord(Words.Word word) {
        String f = word.folded();
        return nicknameAfterArticle(word, true) && !vocabulary.publicFigures.contains(f) && !vocabulary.officeRoles.contains(f)
                && !vocabulary.roles.contains(f) && !vocabulary.relations.contains(f) && !vocabulary.publicOffices.contains(f)
                && !vocabulary.kinship.contains(f);
    }

    /** The prepositions that mark a person as object or company, repeated before each of two coordinated people. */
    private static final Set<String> PERSONAL_PREPOSITIONS = Set.of("a", "con");

    /**
     * "Saluda a Kenneth y a Kimberly", "fui con Yoshua y con Ana": the preposition that marks a person, repeated before
     * each of two coordinated words, makes the one before a found name a person too, though the lists lack it — one
     * capitalized word that is no place, public figure, role or function word.
     */
    private void personalObjectBefore(Scan s, int before, int mentionStart) {
        if (before < 3 || !PERSONAL_PREPOSITIONS.contains(s.words.get(before).folded())
                || !s.words.get(before).folded().equals(s.words.get(before - 3).folded())) {
            return;
        }
        String and = s.words.get(before - 1).folded();
        Words.Word word = s.words.get(before - 2);
        if (!and.equals("y") && !and.equals("e") || !s.text.substring(s.words.get(before - 3).end(), mentionStart)
                .matches("[ \\t]+\\p{L}+[ \\t]+[ye][ \\t]+\\p{L}+[ \\t]+") || word.upper() || !nicknameAfterArticle(word)) {
            return;
        }
        String f = word.folded();
        if (vocabulary.publicFigures.contains(f) || vocabulary.officeRoles.contains(f) || vocabulary.roles.contains(f)
                || vocabulary.relations.contains(f) || vocabulary.isFunctionWord(f) || places.isPlaceName(word.text())) {
            return;
        }
        s.add(new Run(before - 2, before - 2, 1, vocabulary.isKnownName(f) ? 1 : 0, true, false), OTHER, true);
    }

    /**
     * "Simón Arzate, Yunuen y Lupita Zárate": a lone capitalized word set in a list between two names, after a comma
     * and before a comma or «y» that a found name follows, is a person called by a given name the lists lack.
     */
    private boolean betweenNames(Scan s, int w) {
        Words.Word word = s.words.get(w);
        if (!personWord(word)) {
            return false;
        }
        Matcher and = LIST_AND.matcher(s.text).region(word.end(), Lines.nearEnd(s.text, word.end()));
        and.useTransparentBounds(false).useAnchoringBounds(true);
        if (!and.lookingAt()) {
            return false;
        }
        int next = and.end();
        return s.found.stream().anyMatch(m -> m.start() == next && m.value().strip().contains(" "));
    }

    /**
     * "Presentado por: Anastasio Villegas Ruvalcaba … avillegas@…", "soy tobias landeta … tlandeta arroba …": a name
     * the report's own e-mail address spells. A part of the address's local part (or the part after an initial) that
     * is a known name, or whose initial stands right before it in the text, marks a run of two to four name words
     * around its occurrence — capitalized, or in lower case where the report writes names so. A part no list knows
     * marks the capitalized run it opens when the run has three words, or two on the address's own line («Tlanextli
     * Okonkwo Sarrazin · tlanextli.k@…»): how a person writes her given name in her own mailbox.
     */
    List<Mention<String>> echoesOfAddresses(String text, List<String> addresses) {
        List<String[]> keys = new ArrayList<>(); // {part, initial or ""}
        for (String address : addresses) {
            String local = Folding.foldLower(address).split("@|\\[at\\]|\\(at\\)|\\barroba\\b|\\bat\\b", 2)[0];
            for (String part : local.split("[^a-z]+|\\bpunto\\b|\\bdot\\b")) {
                if (part.length() >= 4 && lowerCaseNameWord(part) && !places.isPlaceName(part)) {
                    keys.add(new String[] {part, ""});
                    if (part.length() >= 6 && !vocabulary.isKnownName(part)) {
                        keys.add(new String[] {part.substring(1), part.substring(0, 1)});
                    }
                }
            }
        }
        Scan s = new Scan(text);
        pairsOfAddresses(s, addresses);
        if (keys.isEmpty()) {
            return s.resolve();
        }
        for (int k = 0; k < s.words.size(); k++) {
            Words.Word word = s.words.get(k);
            for (String[] key : keys) {
                if (word.folded().equals(key[0])) {
                    echo(s, k, key[1], onAnAddressLine(text, word.start(), addresses));
                }
            }
        }
        return s.resolve();
    }

    /**
     * "anselma.r@…" beside "Anselma Ruvalcaba", "leo.ruelas@…" beside "leovigildo ruelas": two parts of an address's
     * local part written as two neighbouring words of the text, one in full (four letters or more) and the other
     * as its start — the person the address belongs to, though neither word is in the lists.
     */
    private void pairsOfAddresses(Scan s, List<String> addresses) {
        for (String address : addresses) {
            String local = Folding.foldLower(address).split("@|\\[at\\]|\\(at\\)|\\barroba\\b|\\bat\\b", 2)[0];
            List<String> parts = new ArrayList<>();
            for (String part : local.split("[^a-z]+|\\bpunto\\b|\\bdot\\b")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            for (int i = 0; i + 1 < parts.size(); i++) {
                String a = parts.get(i);
                String b = parts.get(i + 1);
                for (int k = 0; k + 1 < s.words.size(); k++) {
                    Words.Word left = s.words.get(k);
                    Words.Word right = s.words.get(k + 1);
                    boolean pair = left.folded().equals(a) && a.length() >= 4 && right.folded().startsWith(b)
                            || right.folded().equals(b) && b.length() >= 4 && left.folded().startsWith(a);
                    if (pair && spaceBetween(s, k, k + 1) && left.capitalized() == right.capitalized()
                            && spelledNameWord(left.folded()) && spelledNameWord(right.folded())
                            && !places.isPlaceName(left.text()) && !places.isPlaceName(right.text())) {
                        s.add(new Run(k, k + 1, 2, 0, vocabulary.isGivenName(left.folded()), false), OTHER, true);
                    }
                }
            }
        }
    }

    private void echo(Scan s, int k, String initial, boolean addressLine) {
        boolean capital = s.words.get(k).capitalized();
        int from = k;
        while (from > 0 && k - from < 2 && spaceBetween(s, from - 1, from) && echoNeighbour(s.words.get(from - 1), capital, true, initial)) {
            from--;
        }
        int to = k;
        while (to + 1 < s.words.size() && to - from < 3 && spaceBetween(s, to, to + 1)
                && echoNeighbour(s.words.get(to + 1), capital, false, initial)) {
            to++;
        }
        boolean initialSeen = initial.isEmpty();
        int known = 0;
        for (int j = from; j <= to; j++) {
            initialSeen |= j < k && s.words.get(j).folded().startsWith(initial);
            known += vocabulary.isKnownName(s.words.get(j).folded()) ? 1 : 0;
        }
        // no word the lists know: the address's part opening a name of three words (a given name and two surnames,
        // «Tlanextli Okonkwo Sarrazin») or of two written on the address's own line (a contact line) is how she
        // writes her own given name
        boolean ownName = initial.isEmpty() && from == k && capital && (to - from >= 2 || to > from && addressLine);
        if (to > from && initialSeen && (known >= 1 || !initial.isEmpty() || ownName)) {
            s.add(new Run(from, to, to - from + 1, known, vocabulary.isGivenName(s.words.get(from).folded()), false), OTHER, true);
        }
    }

    /** Whether the line holding {@code at} also holds one of {@code addresses}. */
    private static boolean onAnAddressLine(String text, int at, List<String> addresses) {
        String line = text.substring(Lines.nearStart(text, at), Lines.nearEnd(text, at));
        return addresses.stream().anyMatch(line::contains);
    }

    /** One or two spaces between two words (a tab parts a label from its value, a table's cells). */
    private static boolean spaceBetween(Scan s, int a, int b) {
        return s.text.substring(s.words.get(a).end(), s.words.get(b).start()).matches(" {1,2}");
    }

    /** A word beside an echoed part that belongs to the same name: same case, a name word (left: a given name). */
    private boolean echoNeighbour(Words.Word w, boolean capital, boolean left, String initial) {
        if (capital) {
            return w.capitalized() && !w.upper() && nameWord(w, false) && !nameHeaders.contains(w.folded());
        }
        String f = w.folded();
        return !w.capitalized() && lowerCaseNameWord(f)
                && (!left || vocabulary.isGivenName(f) || !initial.isEmpty() && f.startsWith(initial));
    }

    // ---- cues

    private void labelled(Scan s) {
        Matcher m = labels.matcher(s.folded);
        while (m.find()) {
            int start = m.start();
            boolean boundary = start == 0 || !Character.isLetter(s.text.charAt(start - 1))
                    || Character.isLowerCase(s.text.charAt(start - 1)) && Character.isUpperCase(s.text.charAt(start));
            // no separator at all: the value glued to the label ("FirmaSILVIA RENTERÍA"); a tab or a colon is one
            boolean glued = m.end() < s.text.length() && Character.isLetter(s.text.charAt(m.end()))
                    && Character.isLetter(s.text.charAt(m.end() - 1));
            if (!boundary || glued && !(Character.isLowerCase(s.text.charAt(m.end() - 1)) && Character.isUpperCase(s.text.charAt(m.end())))) {
                continue;
            }
            if (headerRow(s.text, m.end())) {
                continue; // "#\tNombre\tCelular\tCorreo" over rows of cells: column names, read by tables()
            }
            if (COPULA_BEFORE_LABEL.matcher(s.folded.substring(Lines.nearStart(s.text, start), start)).find()) {
                continue; // "… porque son nombres: …": the label's word is what the sentence says they are, not a field
            }
            String label = s.folded.substring(m.start(1), m.end(1)).replaceAll("[ \\t]+", " ");
            int strength = observerLabels.contains(label) ? LABEL : OTHER;
            int valueStart = m.end();
            int valueEnd = Lines.nearEnd(s.text, valueStart);
            if (s.text.substring(valueStart, valueEnd).isBlank() && valueEnd < s.text.length()) {
                valueStart = valueEnd + 1; // the value on the next line ("Nombre de la persona observadora:\nAna …")
                valueEnd = Lines.nearEnd(s.text, valueStart);
            }
            while (valueStart < valueEnd && (s.text.charAt(valueStart) == ' ' || s.text.charAt(valueStart) == '\t')) {
                valueStart++;
            }
            valueEnd = valueStart + cutAtNextField(s.text.substring(valueStart, valueEnd));
            Matcher surnameField = surnameFieldAfter.matcher(s.folded).region(valueStart, valueEnd);
            if (surnameField.find()) {
                valueEnd = surnameField.start();
            }
            nameList(s, valueStart, valueEnd, strength, true, surnameLabels.contains(label));
        }
    }

    /** A copula right before a label's word: the word is said of what follows («son nombres:»), no field's label. */
    private static final Pattern COPULA_BEFORE_LABEL = Pattern.compile("(?<![\\p{L}])(?:es|son|era|eran|fue|fueron|seran|sean)[ \\t]+$");

    /**
     * The label ends in a tab, another tab follows on its line, and the next line with text is cut in cells too: the
     * header of a table, whose next cell is the next column's name, not a value.
     */
    private static boolean headerRow(String text, int labelEnd) {
        if (labelEnd == 0 || text.charAt(labelEnd - 1) != '\t') {
            return false;
        }
        int lineEnd = Lines.nearEnd(text, labelEnd);
        if (text.substring(labelEnd, lineEnd).indexOf('\t') < 0) {
            return false;
        }
        int next = lineEnd + 1;
        while (next < text.length() && Lines.nearEnd(text, next) < text.length() && text.substring(next, Lines.nearEnd(text, next)).isBlank()) {
            next = Lines.nearEnd(text, next) + 1;
        }
        return next < text.length() && text.substring(next, Lines.nearEnd(text, next)).strip().indexOf('\t') >= 0;
    }

    /** Where a value ends on a line that holds several fields ("Nombre: Ana Ruiz Alcaldía: Tlalpan"). */
    private static final Pattern NEXT_FIELD = Pattern.compile("(?iu)[ \\t]{2,}|\\t| [|·–—] |[ \\t]+(?:organizaci[oó]n|alcald[ií]a|distrito"
            + "|unidad territorial|ut|fecha|colonia|mro|mesa|tel[eé]fono|tel|cel|celular|correo|e-?mail|acreditaci[oó]n|cargo"
            + "|firma|edad|sexo|domicilio|direcci[oó]n|secci[oó]n|curp|clave|hora|folio|nombre|rol|puesto)"
            // the next field's label may carry one word that qualifies it: «Nombre artístico:», «Teléfono fijo:»
            + "(?:[ \\t]+[a-záéíóúüñ]{3,})?\\.?[ \\t]*:");

    private static int cutAtNextField(String value) {
        Matcher m = NEXT_FIELD.matcher(value);
        return m.find() ? m.start() : value.length();
    }

    private void nameList(Scan s, int start, int end, int strength, boolean labelled) {
        nameList(s, start, end, strength, labelled, false);
    }

    /**
     * A value that may hold several names: "A, B y C", "A; B", "Pérez López, Juan". A surname field's value
     * ({@code surnames}) is a surname even as one upper-case word the lists lack («APELLIDO MATERNO: POOT»).
     */
    private void nameList(Scan s, int start, int end, int strength, boolean labelled, boolean surnames) {
        int itemStart = start;
        boolean named = false;
        List<int[]> calledByArticle = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            boolean separator = i == end || s.text.charAt(i) == ',' || s.text.charAt(i) == ';' || s.text.charAt(i) == '/'
                    || (i + 3 <= end && (s.folded.startsWith(" y ", i) || s.folded.startsWith(" e ", i)));
            if (separator) {
                if (i > itemStart) {
                    int w = Words.firstAtOrAfter(s.words, itemStart);
                    Run run = within(s, run(s, skipTitlesAndQuotes(s, w), labelled), end);
                    int[] nickname = labelled && (run == null || run.from != w) ? lowerCaseNicknameItem(s, w, i) : null;
                    if (nickname != null) {
                        calledByArticle.add(nickname);
                    } else if (run != null && s.words.get(run.to).end() <= end
                            && (acceptedAfterCue(run, labelled || strength == SIGNATURE) || surnames && run.significant == 1)) {
                        named |= s.add(run, strength, !labelled || strength != LABEL);
                    } else if (run == null && phrase(s, w, i)) {
                        // "Acompañante: Teodulfo Marroquín, alumno de la Escuela de Artes y Oficios": a description, not
                        // another name, follows; what comes after it belongs to the description
                        return;
                    }
                }
                itemStart = i == end || s.text.charAt(i) != ' ' ? i + 1 : i + 3;
            }
        }
        if (named) {
            for (int[] item : calledByArticle) {
                s.found.add(new Mention<>(s.text.substring(item[0], item[1]), item[0], item[1], OTHER));
            }
        }
    }

    private static final Set<String> ARTICLES = Set.of("el", "la");

    /**
     * An item of a list of people written in lower case that is an article and one to three words up to the item's
     * end ("funcionarios: hector quiroga, la tutis y el chino mendez"): how the list calls someone, a nickname. Taken
     * only where another item of the same list is a name; a role ("la secretaria"), a title, a place word or a word
     * shaped like a verb or an abstract noun is none. {@code [start, end)} or null.
     */
    private int[] lowerCaseNicknameItem(Scan s, int w, int itemEnd) {
        if (w + 1 >= s.words.size() || !ARTICLES.contains(s.words.get(w).text()) || s.words.get(w + 1).start() >= itemEnd) {
            return null;
        }
        int to = w;
        for (int k = w + 1; k < s.words.size() && s.words.get(k).start() < itemEnd; k++) {
            Words.Word word = s.words.get(k);
            if (k - w > 3 || word.capitalized() || !continues(s.text, s.words.get(k - 1), word) || !lowerCaseNameWord(word.folded())
                    || vocabulary.relations.contains(word.folded()) || vocabulary.kinship.contains(word.folded())) {
                return null;
            }
            to = k;
        }
        int end = s.words.get(to).end();
        return to > w && s.text.substring(end, itemEnd).isBlank() ? new int[] {s.words.get(w).start(), end} : null;
    }

    /** Two words or more from word {@code w} up to {@code end}, the first in lower case: a phrase, not a name. */
    private static boolean phrase(Scan s, int w, int end) {
        return w + 1 < s.words.size() && s.words.get(w + 1).end() <= end && !s.words.get(w).capitalized();
    }

    /**
     * A run cut at the end of a value: "Primer apellido: Garza" over "Segundo apellido: …" is one surname, not a name
     * wrapped onto the next line.
     */
    private static Run within(Scan s, Run run, int end) {
        if (run == null || s.words.get(run.to).end() <= end) {
            return run;
        }
        int to = run.to;
        while (to >= run.from && s.words.get(to).end() > end) {
            to--;
        }
        return to < run.from ? run : new Run(run.from, to, Math.min(run.significant, to - run.from + 1), Math.min(run.known, to - run.from + 1),
                run.givenFirst, run.upperOnly);
    }

    /**
     * A label alone on its line, and its value on the next one: a definition list (HTML {@code dt}/{@code dd}, which
     * Tika writes one per line) or a form printed with the label over the value ("Contacto de emergencia" over
     * "Bernardino Corona · 55 …").
     */
    private void labelLines(Scan s) {
        int pos = 0;
        while (pos < s.text.length()) {
            int end = Lines.nearEnd(s.text, pos);
            String line = s.folded.substring(pos, end).strip().replaceAll("[ \\t]+", " ");
            if (!line.isEmpty() && line.length() <= 40 && nameHeaders.contains(line) && end < s.text.length()) {
                int next = end + 1;
                int nextEnd = Lines.nearEnd(s.text, next);
                if (!s.text.substring(next, nextEnd).isBlank()) {
                    int valueStart = next;
                    while (valueStart < nextEnd && Character.isWhitespace(s.text.charAt(valueStart))) {
                        valueStart++;
                    }
                    int strength = observerLabels.contains(line) ? LABEL : OTHER;
                    nameList(s, valueStart, valueStart + cutAtNextField(s.text.substring(valueStart, nextEnd)), strength, true);
                }
            }
            pos = end + 1;
        }
    }

    private void mailHeaders(Scan s) {
        Matcher m = mailHeader.matcher(s.folded);
        while (m.find()) {
            String header = m.group(1);
            int strength = header.equals("de") || header.equals("from") || header.startsWith("enviado") ? SENDER : OTHER;
            int start = m.start(2);
            int end = m.end(2);
            String value = Pattern.compile("<[^>\\n]*>").matcher(s.text.substring(start, end))
                    .replaceAll(m2 -> " ".repeat(m2.group().length()));
            // commas inside quotes ("Pérez, Juan") belong to the name
            StringBuilder masked = new StringBuilder(value);
            boolean quoted = false;
            for (int i = 0; i < masked.length(); i++) {
                char c = masked.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                    masked.setCharAt(i, ' ');
                } else if (quoted && c == ',') {
                    masked.setCharAt(i, ' ');
                }
            }
            int itemStart = 0;
            for (int i = 0; i <= masked.length(); i++) {
                if (i == masked.length() || masked.charAt(i) == ',' || masked.charAt(i) == ';') {
                    // every run of the item: "Tostado, Genoveva" in quotes is one name written surname first
                    int w = Words.firstAtOrAfter(s.words, start + itemStart);
                    boolean office = false; // "De: Coordinación Tlalpan": what follows an office's word is no person
                    while (w < s.words.size() && s.words.get(w).end() <= start + i) {
                        Run run = run(s, skipTitlesAndQuotes(s, w), false);
                        if (run != null && s.words.get(run.to).end() <= start + i && acceptedAfterCue(run, true)) {
                            s.add(run, strength, office);
                        }
                        office |= run == null;
                        w = run == null ? w + 1 : run.to + 1;
                    }
                    itemStart = i + 1;
                }
            }
        }
    }

    /** "Ana Ruiz &lt;ana@x.mx&gt;", "Ana Ruiz (ana@x.mx)", and the quoted-reply line "… escribió:". */
    private void displayNames(Scan s) {
        Matcher m = EMAIL.matcher(s.text);
        while (m.find()) {
            int open = m.start() - 1;
            while (open >= 0 && (s.text.charAt(open) == ' ' || s.text.charAt(open) == '\t')) {
                open--;
            }
            if (open >= 0 && "<([".indexOf(s.text.charAt(open)) >= 0) {
                Run run = runEndingBefore(s, open);
                if (run != null && acceptedAfterCue(run, false)) {
                    s.add(run, OTHER, true);
                }
            }
        }
    }

    private void introduced(Scan s) {
        Matcher m = introduction.matcher(s.folded);
        while (m.find()) {
            String cue = m.group(1);
            boolean weak = cue.equals("soy") || cue.equals("yo") && !m.group().contains(",");
            int w = skipTitlesAndQuotes(s, Words.firstAtOrAfter(s.words, m.end()));
            if (w >= s.words.size() || s.words.get(w).start() > Lines.nearEnd(s.text, m.end())) {
                continue;
            }
            Run run = run(s, w, !weak);
            if (run == null && weak) {
                run = lowerCaseAfterWeakCue(s, w);
            }
            if (run == null) {
                // "soy leovigildo ruelas y…", "les habla reveriana fuentes de la mesa…": a given name missing from the lists
                run = lowerCaseNameInClause(s, w, true);
            }
            if (run == null) {
                continue;
            }
            // "—Muchas gracias. Imagen: …": a period after a whole word ends its sentence; the next opens with a capital anyway
            boolean sentenceEnded = cue.length() > 4 && s.text.substring(m.end(1), s.words.get(run.from).start()).matches("(?s).*[.!?].*");
            boolean ok = weak ? run.significant >= 2 && (run.known >= 1 || !run.upperOnly) || run.givenFirst || loneWordClosingClause(s, run)
                    : acceptedAfterCue(run, !sentenceEnded);
            if (ok) {
                s.add(run, LABEL, true);
            }
        }
    }

    private static final Pattern ENDS_NAME = Pattern.compile("^[ \\t]*(?:[,.;:(]|$)");

    /**
     * "Soy Axayácatl, nomás eso quería decir": after "soy" one capitalized word the lists lack, closing its clause, is
     * how the speaker is called — unless it is a word of another kind (a role, a relation, a place, an agent noun, a
     * word with a common ending).
     */
    private boolean loneWordClosingClause(Scan s, Run run) {
        // (a known given name is taken by the runs themselves: what is left here is a word the lists lack)
        if (run.from != run.to || run.upperOnly) {
            return false;
        }
        Words.Word word = s.words.get(run.from);
        String f = word.folded();
        return nicknameAfterArticle(word) && !AGENT_NOUN.matcher(f).matches() && !DEMONYM.matcher(f).matches() && !vocabulary.roles.contains(f)
                && !vocabulary.relations.contains(f) && !vocabulary.officeRoles.contains(f) && !vocabulary.publicFigures.contains(f)
                && ENDS_NAME.matcher(Lines.nearAfter(s.text, word.end())).find();
    }

    /**
     * "soy roberto tovar, observador": a message written all in lower case names its writer in lower case too.
     * After the weak cues ("soy", "yo") that is taken only for a known given name and one to three more words that
     * end the clause, none of them a common word by its ending unless it is a known surname ("tovar").
     */
    private Run lowerCaseAfterWeakCue(Scan s, int w) {
        if (w >= s.words.size() || s.words.get(w).capitalized() || !vocabulary.isGivenName(s.words.get(w).folded())) {
            return null;
        }
        Run known = lowerCaseKnownName(s, w);
        if (known != null) {
            return known;
        }
        Run run = run(s, w, true);
        if (run == null || run.significant < 2 || run.significant > 4) {
            return null;
        }
        for (int k = run.from; k <= run.to; k++) {
            Words.Word word = s.words.get(k);
            if (!vocabulary.isKnownName(word.folded()) && !connectors.contains(word.folded())
                    && COMMON_ENDING.matcher(word.folded()).matches()) {
                return null;
            }
        }
        String after = Lines.nearAfter(s.text, s.words.get(run.to).end());
        return ENDS_NAME.matcher(after).find() || roleAfter.matcher(Folding.foldPreservingLength(after)).find() ? run : null;
    }

    /**
     * "soy leticia ramirez ochoa obsevadora…", "se llama isidro pacheco y…": a name written in lower case after a cue,
     * read only as far as its words are known names — a known given name first and at least one known surname after
     * it — so whatever follows (a misspelt role, the rest of the sentence) is not taken in.
     */
    private Run lowerCaseKnownName(Scan s, int w) {
        if (w >= s.words.size() || s.words.get(w).capitalized() || !vocabulary.isGivenName(s.words.get(w).folded())) {
            return null;
        }
        int to = w;
        int significant = 1;
        int surnames = 0;
        int j = w + 1;
        while (j < s.words.size() && significant < MAX_WORDS && continues(s.text, s.words.get(j - 1), s.words.get(j))) {
            int k = j;
            while (k < s.words.size() - 1 && connectors.contains(s.words.get(k).folded())
                    && continues(s.text, s.words.get(k), s.words.get(k + 1))) {
                k++;
            }
            Words.Word word = s.words.get(k);
            if (word.capitalized() || !vocabulary.isKnownName(word.folded()) || vocabulary.isFunctionWord(word.folded())) {
                break;
            }
            surnames += vocabulary.isSurname(word.folded()) ? 1 : 0;
            to = k;
            significant++;
            j = k + 1;
        }
        return surnames == 0 ? null : new Run(w, to, significant, significant, true, false);
    }

    /** An item of a numbered or bulleted list: "1. ", "2) ", "- ", "• ". */
    private static final Pattern ITEM = Pattern.compile("(?m)^[ \\t]*(?:\\d{1,2}[.)]|[-•*·–])[ \\t]+");

    /**
     * A list of people ("1. Ana Ruiz — tel. …", "2. …"): where at least two items of a list of three or more open
     * with a name found by other rules, the other items that open with two to four name-like words (no place, no
     * common word) name people too, though their given names are missing from the lists.
     */
    private void listItems(Scan s) {
        List<Integer> firstWords = new ArrayList<>();
        int previousLineEnd = -2;
        Matcher m = ITEM.matcher(s.text);
        while (true) {
            boolean more = m.find();
            boolean sameList = more && m.start() == previousLineEnd + 1;
            if (!sameList && firstWords.size() >= 3) {
                namesOfList(s, firstWords);
            }
            if (!more) {
                return;
            }
            if (!sameList) {
                firstWords = new ArrayList<>();
            }
            int w = Words.firstAtOrAfter(s.words, m.end());
            firstWords.add(w < s.words.size() && s.words.get(w).start() == m.end() ? w : -1);
            previousLineEnd = Lines.nearEnd(s.text, m.end());
        }
    }

    private void namesOfList(Scan s, List<Integer> firstWords) {
        int named = 0;
        for (int w : firstWords) {
            if (w >= 0 && s.found.stream().anyMatch(f -> f.start() == s.words.get(w).start())) {
                named++;
            }
        }
        if (named < 2 || named == firstWords.size()) {
            return;
        }
        for (int w : firstWords) {
            Run run = w < 0 ? null : run(s, w, false);
            if (run != null && run.from == w && run.significant >= 2 && run.significant <= 4 && !run.upperOnly && noCommonWord(s, run)
                    && s.found.stream().noneMatch(f -> f.start() == s.words.get(w).start())) {
                s.add(run, OTHER, true);
            }
        }
    }

    /**
     * A chat export's line ("[1/5/22 08:05] chencho: …", "01/05/2022, 8:05 p. m. - Chencho: …"): date (day first with slashes, dots or hyphens, or year first), time, the speaker (perhaps
     * with her flat), and perhaps the speaker's user name in parentheses ("01.05.2022 08:31 Chivis (@chivis_malacara): …").
     */
    private static final Pattern CHAT_SPEAKER = Pattern.compile("(?m)^[ \\t]*\\[?(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2})"
            + ",?[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:[ \\t]*[ap]\\.?[ \\t]?m\\.?)?\\]?[ \\t]*(?:-[ \\t]*)?([^:\\n\\[\\]\\d+()]{2,40}?)"
            // a neighbours' chat may sign with the flat after the name ("Chente F-204:", "Lety 3B:")
            + "(?:[ \\t]+\\p{Lu}{0,2}[-–]?\\d{1,4}\\p{Lu}?)?[ \\t]*(?:\\(([^)\\n]{1,40})\\))?:");

    /**
     * Who speaks in a chat export is a person, however the app shows her: a nickname in lower case ("chencho"), a
     * given name missing from the lists. One to three name-like words (no role, label, place or common word), not a
     * place; the app's own lines ("Los mensajes…") have no colon there.
     */
    private void chatSpeakers(Scan s) {
        Matcher m = CHAT_SPEAKER.matcher(s.text);
        while (m.find()) {
            int from = Words.firstAtOrAfter(s.words, m.start(1));
            int to = Words.lastEndingBefore(s.words, m.end(1));
            if (from <= to && savedWithWhatTheyAre(s, from, to) && !places.isPlaceName(m.group(1).strip())) {
                s.add(new Run(from, to, to - from + 1, 1, vocabulary.isGivenName(s.words.get(from).folded()), false), OTHER, true);
                continue;
            }
            if (from > to || to - from > 2) {
                continue;
            }
            boolean names = true;
            for (int k = from; k <= to && names; k++) {
                Words.Word w = s.words.get(k);
                // after the first word, a surname's initial («Letty T.») or the article of a nickname the contact
                // goes by («Churros El Güero»): the app shows the contact as the phone's owner saved it
                boolean inner = k > from && (w.initial() || k < to && w.capitalized() && CONTACT_ARTICLES.contains(w.folded()));
                // «Jefa Mari», «Tía Chuy», «Profe Memo»: a contact saved with how the owner calls her, a role, a kin or
                // a title before the name — all of it is how that person shows up, so all of it goes
                boolean calledBy = k == from && k < to && w.capitalized() && !w.upper() && (vocabulary.roles.contains(w.folded())
                        || vocabulary.kinship.contains(w.folded()) || vocabulary.isTitle(w.folded()));
                names = inner || calledBy || lowerCaseNameWord(w.folded()) && !vocabulary.roles.contains(w.folded())
                        && (!w.capitalized() || nameWord(w, false));
            }
            if (names && !places.isPlaceName(m.group(1).strip())) {
                s.add(new Run(from, to, to - from + 1, 0, vocabulary.isGivenName(s.words.get(from).folded()), false), OTHER, true);
                if (m.group(2) != null && userName(m.group(2).strip())) {
                    // the speaker's user name beside the name: it names her as well
                    String handle = m.group(2).strip();
                    int at = m.start(2) + m.group(2).indexOf(handle);
                    s.found.add(new Mention<>(handle, at, at + handle.length(), OTHER));
                }
            }
        }
    }

    /**
     * "Lupita Comadre:", "Toño Vecino:", "Ing. Obras Mari:", "Tamales Don Eleuterio:": a chat's speaker saved by the
     * phone's owner with what the person is to her — a kin, a role, a trade, a title — before or after the name. The
     * speaker is a person, and all of it is how she shows up: two to four capitalized words, one of them a given name
     * the lists know or a word after a title. {@link #chatSpeakers} reads the speakers that are only name words.
     */
    private boolean savedWithWhatTheyAre(Scan s, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        boolean person = false;
        for (int k = from; k <= to; k++) {
            Words.Word w = s.words.get(k);
            if (!w.capitalized() || w.upper() && w.text().length() > 1) {
                return false;
            }
            String f = w.folded();
            if (vocabulary.publicFigures.contains(f)) {
                // «Farmacias Dr. Simi»: a figure's name in the contact is a shop's or a brand's, not the person's
                return false;
            }
            person |= vocabulary.isGivenName(f) && !vocabulary.wordLikeNames.contains(f) && !places.isPlaceName(w.text())
                    || k > from && vocabulary.isTitle(s.words.get(k - 1).folded()) && !vocabulary.isFunctionWord(f);
        }
        return person;
    }

    /** The article of a nickname inside a chat contact's name, capitalized as the contact is saved. */
    private static final Set<String> CONTACT_ARTICLES = Set.of("el", "la");

    /** A user name's shape: "@chivis_malacara", "lupita.ortiz", "Chivis"; not a flat ("3B") or a task ("vigilancia"). */
    private static final Pattern USER_NAME = Pattern.compile("@[\\p{L}\\d_.]{2,}|[\\p{L}\\d]+(?:[._][\\p{L}\\d]+)+");

    /** What a chat shows in parentheses beside a speaker is her user name when it is shaped like one or is a name. */
    private boolean userName(String aside) {
        if (USER_NAME.matcher(aside).matches()) {
            return true;
        }
        String f = Folding.foldLower(aside);
        return aside.chars().allMatch(Character::isLetter) && vocabulary.isKnownName(f) && lowerCaseNameWord(f);
    }

    /**
     * "rogelio.meza dijo:", "@lupita_ortiz": a user name that is a given name and a known surname names that person
     * wherever it is written (a comment's author, a chat handle, the local part of an address spelt apart).
     */
    private void handles(Scan s) {
        Matcher m = HANDLE.matcher(s.folded);
        while (m.find()) {
            String given = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String surname = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (vocabulary.isGivenName(given) && (vocabulary.isSurname(surname) || ABBREVIATED_SURNAME.matcher(surname).matches())) {
                s.found.add(new Mention<>(s.text.substring(m.start(), m.end()), m.start(), m.end(), OTHER));
            }
        }
        Matcher g = GIVEN_NAME_AND_INITIALS.matcher(s.text);
        while (g.find()) {
            if (vocabulary.isGivenName(Folding.foldLower(g.group(1)))) {
                s.found.add(new Mention<>(s.text.substring(g.start(), g.end()), g.start(), g.end(), OTHER));
            }
        }
    }

    /**
     * "Usuario:TeofiloA", "MaruG82": a user name made of a given name and the initials of the surnames glued to it in
     * capitals — the capital after lower-case letters is what no word has.
     */
    private static final Pattern GIVEN_NAME_AND_INITIALS = Pattern.compile(
            "(?<![\\p{L}\\d@._-])(\\p{Lu}\\p{Ll}{2,})\\p{Lu}{1,2}\\d{0,4}(?![\\p{L}\\d@_-]|[.-][\\p{L}\\d])");

    private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\p{L}\\d._%+-])@([\\p{L}\\d_]+(?:\\.[\\p{L}\\d_]+)*)");

    /**
     * "@chelo.tepepan: yo también fui", "saludos a @rogelio_m": a user name after "@" names a person when a part of it
     * is a known given name or short form, or when it opens a line as the author of a comment ("@…:").
     */
    private void atHandles(Scan s) {
        if (s.text.indexOf('@') < 0) {
            return;
        }
        Matcher m = AT_HANDLE.matcher(s.folded);
        while (m.find()) {
            boolean person = false;
            for (String part : m.group(1).toLowerCase(java.util.Locale.ROOT).split("[._\\d]+")) {
                person |= part.length() >= 3 && vocabulary.isGivenName(part);
            }
            boolean author = m.start() == firstLetterOrAt(s.text, Lines.nearStart(s.text, m.start()))
                    && Lines.nearAfter(s.text, m.end()).startsWith(":");
            if (person || author) {
                s.found.add(new Mention<>(s.text.substring(m.start(), m.end()), m.start(), m.end(), OTHER));
            }
        }
    }

    private static int firstLetterOrAt(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && text.charAt(i) != '@' && !Character.isLetter(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /**
     * "un señor apodado "el Tuerto"", "un muchacho que todos llaman Pollo", "alias el Güero": the nickname after a
     * phrase that announces one, in quotes (all of it, up to four words) or as one to three capitalized words with
     * their article. A nickname names the person as surely as a name does where everybody knows it.
     */
    private void nicknames(Scan s) {
        nicknamesAfter(s, nicknameCue.matcher(s.folded), false);
        nicknamesAfter(s, namingWithComplement.matcher(s.folded), true);
        Matcher participle = namingParticiple.matcher(s.folded);
        List<int[]> afterPersons = new ArrayList<>();
        while (participle.find()) {
            if (personBeforeComma(s, participle.start())) {
                afterPersons.add(new int[] {participle.start(), participle.end()});
            }
        }
        for (int[] cue : afterPersons) {
            nicknamesAfter(s, namingParticiple.matcher(s.folded).region(cue[0], s.folded.length()).useTransparentBounds(true), true, cue[1]);
        }
    }

    /**
     * Whether the apposition that a comma at or before {@code pos} opens is said of a person: the word before the
     * comma is a found name's last word, a capitalized word that may be a surname (no place, office or common word),
     * or a word for a person (a role, a title, a relation, kin). «el edificio, conocido en la colonia como el Centro»
     * is said of a building.
     */
    private boolean personBeforeComma(Scan s, int pos) {
        int comma = s.text.lastIndexOf(',', pos);
        int w = Words.lastEndingBefore(s.words, comma + 1);
        if (comma < 0 || w < 0 || !s.text.substring(s.words.get(w).end(), comma).isBlank()) {
            return false;
        }
        Words.Word word = s.words.get(w);
        String f = word.folded();
        return s.found.stream().anyMatch(m -> m.end() == word.end()) || personWord(word) && !places.isPlaceName(word.text())
                || vocabulary.roles.contains(f) || vocabulary.isTitle(f) || vocabulary.relations.contains(f) || vocabulary.kinship.contains(f);
    }

    /**
     * The nicknames after each cue {@code m} finds; {@code articleFirst}: the nickname must open with its article (a
     * cue read loosely, «lo conocen en la cuadra como …», names a person only by how nicknames are written).
     */
    private void nicknamesAfter(Scan s, Matcher m, boolean articleFirst) {
        nicknamesAfter(s, m, articleFirst, -1);
    }

    /** The cue «alias»: what follows it is only ever what a person is called. */
    private static final Pattern ALIAS = Pattern.compile("alias(?![\\p{L}])");

    /** As above; {@code onlyEndingAt} ≥ 0: only the cue that ends there. */
    private void nicknamesAfter(Scan s, Matcher m, boolean articleFirst, int onlyEndingAt) {
        while (m.find()) {
            if (onlyEndingAt >= 0 && m.end() != onlyEndingAt) {
                continue;
            }
            int pos = m.end();
            int lineEnd = Lines.nearEnd(s.text, pos);
            if (pos >= lineEnd && !articleFirst) {
                // «Pregunta: Apodo (opcional)» then «Respuesta: el Fierrero»: a questionnaire's row, the cue the value of
                // one field and the nickname the value of the next
                pos = answerAfter(s.text, m.start(), pos);
                lineEnd = Lines.nearEnd(s.text, pos);
            }
            if (pos >= lineEnd) {
                continue;
            }
            int w = Words.firstAtOrAfter(s.words, pos);
            if (w >= s.words.size() || s.words.get(w).start() >= lineEnd) {
                continue;
            }
            String gap = s.text.substring(pos, s.words.get(w).start());
            boolean quoted = gap.matches("[\"“«'‘]");
            if (!quoted && !gap.isEmpty() || articleFirst && !quoted && !NICKNAME_OPENING.contains(s.words.get(w).folded())) {
                continue;
            }
            int start = s.words.get(w).start();
            if (PlaceGuard.ARTICLE_OR_DE.contains(s.words.get(w).folded()) && w + 1 < s.words.size()
                    && continues(s.text, s.words.get(w), s.words.get(w + 1))) {
                w++; // "el Güero", "la Güera": the article is part of the nickname
                if (articleFirst && !quoted && tradeBeforeNickname(s, w)) {
                    w++; // "como el payaso Chimuelín", "como la maga Zafira": a stage name after the trade it plays
                }
            }
            int to = w;
            while (to + 1 < s.words.size() && to - w < 2 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                    && (quoted || s.words.get(to + 1).capitalized() && !s.words.get(to + 1).upper())) {
                to++;
            }
            Words.Word first = s.words.get(w);
            String after = s.text.substring(s.words.get(to).end(), Math.min(lineEnd, s.words.get(to).end() + 2));
            boolean closed = quoted ? after.matches("^[\"”»'’].*") : true;
            // announced as a nickname: a place word or what surrounds it makes it a place, not a catalogue's name alone
            // ("el Tejocote" is a pueblo's name too) — except after «alias», said only of what a person is called: «…,
            // alias el Estadio» is a man, the place word his nickname
            boolean alias = ALIAS.matcher(s.folded).region(m.start(), m.end()).lookingAt();
            if (!closed || !quoted && (!first.capitalized() || vocabulary.isFunctionWord(first.folded()))
                    || places.isPlaceAfterTitle(s.text, s.words, w, to) || !alias && places.startsWithPlaceWord(s.text, s.words, w, to)) {
                continue;
            }
            int end = quoted ? s.words.get(to).end() : originOfNickname(s, to, lineEnd);
            s.found.add(new Mention<>(s.text.substring(start, end), start, end, OTHER));
        }
    }

    /**
     * Whether the word at {@code w}, right after a nickname's article, is a lower-case noun of a trade or a show («el
     * payaso», «la maga») that a capitalized word follows: the stage name is that word, the trade said with it.
     */
    private boolean tradeBeforeNickname(Scan s, int w) {
        if (w + 1 >= s.words.size()) {
            return false;
        }
        Words.Word trade = s.words.get(w);
        Words.Word next = s.words.get(w + 1);
        return !trade.capitalized() && !trade.upper() && trade.folded().length() >= 3 && !vocabulary.isFunctionWord(trade.folded())
                && continues(s.text, trade, next) && next.capitalized() && !next.upper();
    }

    /** A field's label and its separator opening a line: «Pregunta: », «Respuesta: », «Valor\t». */
    private static final Pattern FIELD_OPENING = Pattern.compile("^[ \\t]*\\p{L}[\\p{L} ]{0,30}?[ \\t]*(?::|\\t)[ \\t]*");

    /**
     * Where the answer to a cue that is a whole field's value begins: the cue ends its line and its line is a field
     * («Pregunta: Apodo (opcional)»); the next line with text is another field («Respuesta: el Fierrero»), whose value
     * answers it. {@code end} (no answer) otherwise.
     */
    private static int answerAfter(String text, int cueStart, int end) {
        int lineStart = Lines.nearStart(text, cueStart);
        Matcher field = FIELD_OPENING.matcher(text).region(lineStart, cueStart);
        if (!field.matches()) {
            return end;
        }
        int next = Lines.nearEnd(text, end) + 1;
        while (next < text.length() && text.substring(next, Lines.nearEnd(text, next)).isBlank()) {
            next = Lines.nearEnd(text, next) + 1;
        }
        if (next >= text.length()) {
            return end;
        }
        Matcher answer = FIELD_OPENING.matcher(text).region(next, Lines.nearEnd(text, next));
        return answer.lookingAt() && answer.end() < Lines.nearEnd(text, next) ? answer.end() : end;
    }

    /** «de la Moctezuma», «de Tepito», «del Mercado»: where a nickname's bearer is from, said right after it. */
    private static final Pattern NICKNAME_ORIGIN = Pattern.compile("^[ \\t]+(?:de|del)(?:[ \\t]+(?:la|las|los|el))?[ \\t]+(?=\\p{Lu})");

    /**
     * Where an announced nickname ends: after its last word, or after the place it says its bearer is from («alias el
     * Búho de la Moctezuma», «le dicen el Gallo de Tepito»): the place is part of what everybody calls that person by,
     * and tells who it is as surely.
     */
    private static int originOfNickname(Scan s, int to, int lineEnd) {
        int end = s.words.get(to).end();
        Matcher origin = NICKNAME_ORIGIN.matcher(s.text).region(end, lineEnd);
        if (!origin.lookingAt()) {
            return end;
        }
        int w = Words.firstAtOrAfter(s.words, origin.end());
        return w < s.words.size() && s.words.get(w).start() == origin.end() && s.words.get(w).capitalized() ? s.words.get(w).end() : end;
    }

    private static final Set<String> NICKNAME_ARTICLES = Set.of("el", "la", "al", "del");
    /** The articles a nickname opens with, also of a pair or a family («los Ocotlán», «las Chabelas»). */
    private static final Set<String> NICKNAME_OPENING = Set.of("el", "la", "los", "las");

    /**
     * "ahí anda el Güero Cantoral", "al Güero le gritaron", "la Chiquis": a nickname by a trait
     * ({@code apodos_comunes}) with its article and a capital names a person though nothing announces it; a name or
     * surname right after it goes with it. Not where the words stand for a place ("calle El Chino 12") or a listed figure.
     */
    private void commonNicknames(Scan s) {
        for (int k = 1; k < s.words.size(); k++) {
            Words.Word w = s.words.get(k);
            Words.Word article = s.words.get(k - 1);
            if (!w.capitalized() || w.upper() || !NICKNAME_ARTICLES.contains(article.folded()) || !continues(s.text, article, w)
                    || !vocabulary.commonNicknames.contains(w.folded()) && !articleOfTheName(s, k - 1)) {
                continue;
            }
            int to = k;
            while (to + 1 < s.words.size() && to - k < 2 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                    && s.words.get(to + 1).capitalized() && !s.words.get(to + 1).upper() && nameWord(s.words.get(to + 1), false)
                    && !places.isPlaceName(s.words.get(to + 1).text())) {
                to++;
            }
            // nor where nickname and surname make a listed figure's name ("el dibujo era de El Chapulín Colorado")
            if (places.inPlaceContext(s.text, s.words, k - 1, to) || places.isPlaceName(s.text.substring(w.start(), s.words.get(to).end()))) {
                continue;
            }
            int start = article.folded().length() == 2 ? article.start() : w.start();
            int end = s.words.get(to).end();
            s.found.add(new Mention<>(s.text.substring(start, end), start, end, OTHER));
        }
    }

    /**
     * "a la güera Olvera", "el flaco jimenez", "al chino Rivera": a nickname by a trait ({@code apodos_comunes}) written
     * in lower case, with its article, is a plain adjective until a known surname follows it; then the two name one
     * person, as neighbours call them. The surname may be in lower case too (a message typed without capitals) unless it
     * is also a word.
     */
    private void lowerCaseTraitNicknames(Scan s) {
        for (int k = 1; k + 1 < s.words.size(); k++) {
            Words.Word article = s.words.get(k - 1);
            Words.Word w = s.words.get(k);
            if (!NICKNAME_ARTICLES.contains(article.text()) || w.capitalized()
                    || !vocabulary.commonNicknames.contains(w.folded()) || !continues(s.text, article, w)) {
                continue;
            }
            int to = k;
            while (to + 1 < s.words.size() && to - k < 2 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                    && surnameWord(s.words.get(to + 1))) {
                to++;
            }
            if (to == k || places.inPlaceContext(s.text, s.words, k - 1, to)) {
                continue;
            }
            boolean own = article.text().equals("el") || article.text().equals("la"); // "al", "del": only the name
            int start = own ? article.start() : w.start();
            int end = s.words.get(to).end();
            s.found.add(new Mention<>(s.text.substring(start, end), start, end, OTHER));
        }
    }

    /** A known surname, capitalized (not in a text in capitals) or in lower case when it is no common word or place. */
    private boolean surnameWord(Words.Word w) {
        String f = w.folded();
        if (w.upper() || !vocabulary.isSurname(f) || vocabulary.places.contains(f) || places.isPlaceName(w.text())) {
            return false;
        }
        return w.capitalized() || !vocabulary.notNameWords.contains(f) && !vocabulary.wordLikeNames.contains(f)
                && !vocabulary.isFunctionWord(f);
    }

    private static final Set<String> POSSESSIVES = Set.of("mi", "mis", "su", "sus", "tu", "tus", "nuestro", "nuestra");

    /**
     * "secre la Yadi", "mi pana el Gocho Urdaneta": right after an office or a task ({@code cargos_con_nombre},
     * {@code funciones}) or a possessive relation, an article and a capitalized word that is no common word, title or
     * place is how that person is called — a short given name or a nickname with its article, and the names after it.
     */
    private void nicknamesAfterRole(Scan s) {
        for (int k = 1; k + 1 < s.words.size(); k++) {
            Words.Word role = s.words.get(k - 1);
            Words.Word article = s.words.get(k);
            Words.Word w = s.words.get(k + 1);
            if (!(article.text().equals("el") || article.text().equals("la")) || !continues(s.text, article, w) || !nicknameAfterArticle(w)) {
                continue;
            }
            boolean apposition = APPOSITION_COMMA.matcher(s.text.substring(role.end(), article.start())).matches();
            boolean enumerated = !apposition && continues(s.text, role, article) && enumeratedByCopula(s, k - 1);
            if (!enumerated && (!apposition && !continues(s.text, role, article) || !roleOrRelation(s, k - 1))) {
                continue;
            }
            int to = k + 1;
            while (to + 1 < s.words.size() && to - k < 3 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                    && s.words.get(to + 1).capitalized() && !s.words.get(to + 1).upper() && nameWord(s.words.get(to + 1), false)
                    && !places.isPlaceName(s.words.get(to + 1).text())) {
                to++;
            }
            // set apart by commas, the nickname closes its apposition: "su esposo, el Ajolote, nos llevó"
            if (apposition && !APPOSITION_END.matcher(Lines.nearAfter(s.text, s.words.get(to).end())).find()
                    || places.inPlaceContext(s.text, s.words, k, to) || places.isPlace(s.text, s.words, k + 1, to)) {
                continue;
            }
            int end = s.words.get(to).end();
            s.found.add(new Mention<>(s.text.substring(article.start(), end), article.start(), end, OTHER));
        }
    }

    /** A comma between a relation and the nickname set apart after it: "mi chalán, el Tacho, …". */
    private static final Pattern APPOSITION_COMMA = Pattern.compile("[ \\t]*,[ \\t]{1,2}");
    private static final Set<String> ENUMERATING_PRONOUNS = Set.of("uno", "una", "otro", "otra");
    private static final Set<String> COPULAS = Set.of("es", "era", "fue");

    /**
     * "uno es el Rigoletto, el otro …": the people of a group counted one by one, each said to be someone with the
     * copula; the article and the capitalized word after it are how that one is called.
     */
    private boolean enumeratedByCopula(Scan s, int copula) {
        return copula > 0 && COPULAS.contains(s.words.get(copula).folded())
                && ENUMERATING_PRONOUNS.contains(s.words.get(copula - 1).folded())
                && continues(s.text, s.words.get(copula - 1), s.words.get(copula));
    }

    /** An office or task word, or a relation after a possessive ("mi pana"), at word {@code r}. */
    private boolean roleOrRelation(Scan s, int r) {
        String f = s.words.get(r).folded();
        if (vocabulary.officeRoles.contains(f) || vocabulary.roles.contains(f)) {
            return true;
        }
        return vocabulary.relations.contains(f) && r > 0 && POSSESSIVES.contains(s.words.get(r - 1).folded())
                && continues(s.text, s.words.get(r - 1), s.words.get(r));
    }

    /** A capitalized word (not in a text in capitals) that may be what a person is called: no common word, title or place. */
    private boolean nicknameAfterArticle(Words.Word w) {
        return nicknameAfterArticle(w, false);
    }

    /**
     * @param infinitiveEnding whether a word that ends like an infinitive (-ar, -er, -ir) may still be the name: beside a
     *                         person a capitalized word is no verb, and names end so (Ildemar, Baltazar, Ester, Yahir)
     */
    private boolean nicknameAfterArticle(Words.Word w, boolean infinitiveEnding) {
        String f = w.folded();
        boolean commonEnding = COMMON_ENDING.matcher(f).matches() && !(infinitiveEnding && INFINITIVE_ENDING.matcher(f).matches());
        return w.capitalized() && !w.upper() && !w.dotted() && f.length() >= 3 && !vocabulary.isTitle(f)
                && !vocabulary.notNameWords.contains(f) && !vocabulary.isFunctionWord(f) && !vocabulary.places.contains(f)
                && !vocabulary.namedThings.contains(f) && !commonEnding && !places.isPlaceName(w.text());
    }

    private static final Pattern INFINITIVE_ENDING = Pattern.compile(".{2,}(?:ar|er|ir)$");

    private static final Pattern ANNOUNCED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:un|una|el|la)[ \\t]+tal[ \\t]+$");


    /**
     * An article that belongs to a nickname, before a capitalized word that is no name, place or title: left
     * uncontracted after the «a» that marks a person as object ("se llevaron a el Tuercas": Spanish contracts «a el»
     * unless the article is part of a name), or after «un tal» ("un tal el Chamuco Ocaranza").
     */
    private boolean articleOfTheName(Scan s, int a) {
        Words.Word article = s.words.get(a);
        Words.Word word = s.words.get(a + 1);
        if (article.capitalized() || vocabulary.isKnownName(word.folded()) || vocabulary.isTitle(word.folded())
                || vocabulary.notNameWords.contains(word.folded()) || vocabulary.places.contains(word.folded())
                || places.isPlaceName(word.text()) || word.text().length() < 3) {
            return false;
        }
        String before = Folding.foldPreservingLength(s.text.substring(Lines.nearStart(s.text, article.start()), article.start()));
        if (ANNOUNCED_BEFORE.matcher(before).find()) {
            return true;
        }
        // "junto a el Bosque …", "rumbo a el Segundo Dinamo": the «a» of a locution of place leads to a place
        boolean placeLocution = a > 1 && vocabulary.placeLocutions.contains(s.words.get(a - 2).folded())
                && continues(s.text, s.words.get(a - 2), s.words.get(a - 1));
        return article.folded().equals("el") && a > 0 && s.words.get(a - 1).folded().equals("a")
                && !s.words.get(a - 1).capitalized() && continues(s.text, s.words.get(a - 1), article) && !placeLocution;
    }

    /**
     * "el escrutador el Tejón Arriaga", "ahí estaba la Chilindrina Pérez": an article in lower case, a capitalized word
     * that is no name, place, title or common word, and a known surname — a nickname and the family it belongs to, as
     * neighbours call a person. Not where a place word or a street number makes the words a place.
     */
    private void nicknamesWithSurname(Scan s) {
        for (int k = 1; k + 1 < s.words.size(); k++) {
            Words.Word article = s.words.get(k - 1);
            Words.Word w = s.words.get(k);
            Words.Word surname = s.words.get(k + 1);
            String f = w.folded();
            if (!(article.text().equals("el") || article.text().equals("la")) || !continues(s.text, article, w)
                    || !w.capitalized() || w.upper() || w.dotted() || f.length() < 3 || vocabulary.isKnownName(f)
                    || vocabulary.commonNicknames.contains(f) || vocabulary.places.contains(f) || vocabulary.isTitle(f)
                    || vocabulary.notNameWords.contains(f) || vocabulary.isFunctionWord(f) || vocabulary.namedThings.contains(f)
                    || COMMON_ENDING.matcher(f).matches()
                    || !continues(s.text, w, surname) || !surname.capitalized() || surname.upper() || !vocabulary.isSurname(surname.folded())) {
                continue;
            }
            int before = k - 2;
            if (before >= 0 && s.words.get(before).capitalized() && continues(s.text, s.words.get(before), article)) {
                continue; // "Calle el Tejón Arriaga": part of a longer proper name
            }
            int to = k + 1;
            if (to + 1 < s.words.size() && continues(s.text, surname, s.words.get(to + 1)) && s.words.get(to + 1).capitalized()
                    && !s.words.get(to + 1).upper() && vocabulary.isSurname(s.words.get(to + 1).folded())) {
                to++;
            }
            String words = s.text.substring(w.start(), s.words.get(to).end());
            if (places.isPlaceName(words) || places.isPlaceName(w.text()) || places.isPlace(s.text, s.words, k, to)
                    || places.inPlaceContext(s.text, s.words, k - 1, to)) {
                continue;
            }
            int end = s.words.get(to).end();
            s.found.add(new Mention<>(s.text.substring(article.start(), end), article.start(), end, OTHER));
        }
    }

    /** «"el Pollo"», «"la Chata Ruiz"», «"el Cronista de la Moctezuma"» (the nickname with where its bearer is from). */
    private static final Pattern QUOTED_NICKNAME = Pattern.compile("[\"“«]((?:el|la)[ \\t]\\p{Lu}[\\p{L}'’-]+(?:[ \\t]\\p{Lu}[\\p{L}'’-]+)?"
            + "(?:[ \\t](?:de|del)(?:[ \\t](?:la|las|los|el))?[ \\t]\\p{Lu}[\\p{L}'’-]+)?)[\"”»]");

    /**
     * «su hijo "el Pollo"», «mi vecina, "la Chata"»: a nickname in quotes, a lower-case article and a capital, right
     * after a word for a person (a role or a relation): who is meant is that person. A business is written «la tienda
     * "El Pollo"», with its article in capitals.
     */
    private void quotedNicknames(Scan s) {
        Matcher m = QUOTED_NICKNAME.matcher(s.text);
        while (m.find()) {
            int from = Math.max(Lines.nearStart(s.text, m.start()), m.start() - 30);
            String before = s.folded.substring(from, m.start());
            Matcher role = roleCue.matcher(before);
            boolean afterPerson = false;
            while (role.find()) {
                afterPerson = before.substring(role.end()).matches("[ \\t,]*");
            }
            String named = m.group(1).substring(3);
            // «el Cronista de la Moctezuma»: the nickname is what comes before where its bearer is from
            String core = named.split("[ \\t]+(?:de|del)[ \\t]+", 2)[0];
            if ((afterPerson || !afterNamedThing(s, m.start())) && !places.startsWithPlaceWord(named) && !places.isPlaceName(named)
                    && !places.isPlaceName(core) && !vocabulary.notNameWords.contains(Folding.foldLower(named))
                    && !vocabulary.notNameWords.contains(Folding.foldLower(core))) {
                s.found.add(new Mention<>(m.group(1), m.start(1), m.end(1), OTHER));
            }
        }
    }

    /**
     * Whether what stands right before {@code quote} (an article or "de" skipped) gives the quoted words to a thing
     * rather than a person: a place or a thing that takes a name ("la fonda", "el proyecto", "Escuela"), or a word
     * with a capital inside a sentence (the quote is part of a longer proper name: «Colectivo "la Raza"»).
     */
    private boolean afterNamedThing(Scan s, int quote) {
        int w = Words.lastEndingBefore(s.words, quote);
        while (w >= 0 && PlaceGuard.ARTICLE_OR_DE.contains(s.words.get(w).folded())) {
            w--;
        }
        if (w < 0 || s.words.get(w).start() < Lines.nearStart(s.text, quote)) {
            return false;
        }
        Words.Word word = s.words.get(w);
        return vocabulary.places.contains(word.folded()) || vocabulary.namedThings.contains(word.folded())
                || word.capitalized() && capitalizedInSentence(s, word.start()) && !vocabulary.isKnownName(word.folded());
    }

    private static final Pattern QUOTED_THEN_NAME = Pattern.compile(
            "[\"“«]((?:(?:el|la|El|La|EL|LA)[ \\t]+)?\\p{L}[\\p{L}'’-]*(?:[ \\t]\\p{L}[\\p{L}'’-]*)?)[\"”»][ \\t]+(?=\\p{Lu})");

    /**
     * «"el Tejón" Ramírez», «"LA CHATA" OROZCO», «"Pepe" Ugalde»: a nickname in quotes — an article and a capital, or a
     * given name's short form — right before a surname is how that person is known: both go together. Not after a
     * place or a thing that takes a name, nor where the words after it make a place.
     */
    private void nicknamesBeforeNames(Scan s) {
        Matcher m = QUOTED_THEN_NAME.matcher(s.text);
        while (m.find()) {
            String nick = m.group(1);
            String folded = Folding.foldLower(nick);
            boolean article = folded.startsWith("el ") || folded.startsWith("la ");
            String core = article ? nick.substring(2).strip() : nick;
            if (!Character.isUpperCase(core.charAt(0)) || vocabulary.notNameWords.contains(Folding.foldLower(core))
                    || places.isPlaceName(core) || places.startsWithPlaceWord(core)) {
                continue;
            }
            int w = Words.firstAtOrAfter(s.words, m.end());
            if (w >= s.words.size() || s.words.get(w).start() != m.end()) {
                continue;
            }
            // a word in quotes that is no given name's short form is a nickname only before a surname the lists
            // know («"Chivo" Gallardo»); before an unknown word it may be a shop or a song («"Chivo" Express»)
            if (!article && !vocabulary.isGivenName(Folding.foldLower(core)) && !vocabulary.isSurname(s.words.get(w).folded())) {
                continue;
            }
            Run run = run(s, w, false);
            if (run == null || run.from != w || run.significant > 3) {
                continue;
            }
            Words.Word head = s.words.get(w);
            boolean surnameLike = vocabulary.isKnownName(head.folded())
                    || !head.upper() && !commonEnding(head) && !endsWithAccentedVowel(head.text());
            int first = Words.firstAtOrAfter(s.words, m.start(1));
            if (!surnameLike || afterNamedThing(s, m.start()) || places.inPlaceContext(s.text, s.words, first, run.to)
                    || places.isPlaceName(s.text.substring(head.start(), s.words.get(run.to).end()))) {
                continue;
            }
            int end = s.words.get(run.to).end();
            int start = givenNameBeforeQuote(s, m.start());
            s.found.add(new Mention<>(s.text.substring(start, end), start, end, OTHER));
        }
    }

    /**
     * «Aldair "el Tanque" Roque»: a capitalized word right before a nickname that a surname follows is the given name
     * the nickname sits inside, listed or not. Not a verb or a word that opens a sentence («Llegó», «Entonces»), a
     * title, a place, nor an upper-case heading word. Returns where the name starts: that word, or the quote itself.
     */
    private int givenNameBeforeQuote(Scan s, int quote) {
        int w = Words.lastEndingBefore(s.words, quote);
        if (w < 0 || !s.text.substring(s.words.get(w).end(), quote).matches("[ \\t]+")) {
            return quote;
        }
        Words.Word given = s.words.get(w);
        boolean listed = vocabulary.isGivenName(given.folded());
        boolean nameShaped = given.capitalized() && !given.upper() && given.text().length() > 2 && !commonEnding(given)
                && !endsWithAccentedVowel(given.text()) && !vocabulary.isFunctionWord(given.folded())
                && !vocabulary.isTitle(given.folded()) && !vocabulary.notNameWords.contains(given.folded())
                && !vocabulary.places.contains(given.folded()) && !vocabulary.namedThings.contains(given.folded())
                && !places.isPlaceName(given.text());
        return listed || nameShaped ? given.start() : quote;
    }

    /**
     * "el Zanate (así le dicen a …)", "la Chaparra, como le decimos,": an article and a capitalized word that what
     * follows calls a nickname.
     */
    private void nicknamesNamedAfter(Scan s) {
        Matcher m = nicknameAfterCue.matcher(s.folded);
        while (m.find()) {
            int last = Words.lastEndingBefore(s.words, m.start());
            if (last < 1 || !s.text.substring(s.words.get(last).end(), m.start()).matches("[ \\t]*[(,–—-]?[ \\t]*")) {
                continue;
            }
            int first = last;
            while (first - 1 >= 0 && last - first < 2 && s.words.get(first - 1).capitalized() && !s.words.get(first - 1).upper()
                    && continues(s.text, s.words.get(first - 1), s.words.get(first))) {
                first--;
            }
            Words.Word article = first > 0 ? s.words.get(first - 1) : null;
            Words.Word head = s.words.get(first);
            if (article == null || !NICKNAME_ARTICLES.contains(article.folded()) || !continues(s.text, article, head)
                    || !head.capitalized() || vocabulary.isFunctionWord(head.folded()) || vocabulary.notNameWords.contains(head.folded())
                    || places.inPlaceContext(s.text, s.words, first, last) || places.startsWithPlaceWord(s.text, s.words, first, last)) {
                continue;
            }
            int start = article.folded().length() == 2 ? article.start() : head.start();
            int end = s.words.get(last).end();
            s.found.add(new Mention<>(s.text.substring(start, end), start, end, OTHER));
        }
    }

    /**
     * "el señor pacheco", "doña rosa", "la sra. lucia mendez": after a title a name in lower case is taken when its
     * words are known names — a given name and surnames, or one known name alone.
     */
    private Run lowerCaseAfterTitle(Scan s, int w) {
        Run known = lowerCaseKnownName(s, w);
        if (known == null && w < s.words.size() && vocabulary.isGivenName(s.words.get(w).folded())) {
            // "la senora aurelia tlatenchi y el secretario…": a surname missing from the lists, where the clause ends
            known = lowerCaseNameInClause(s, w, false);
        }
        if (known != null || w >= s.words.size()) {
            return known;
        }
        Words.Word word = s.words.get(w);
        String f = word.folded();
        boolean name = !word.capitalized() && f.length() >= 3 && vocabulary.isKnownName(f) && !vocabulary.isFunctionWord(f)
                && !vocabulary.notNameWords.contains(f) && !vocabulary.isTitle(f) && !vocabulary.places.contains(f);
        return name ? new Run(w, w, 1, 1, vocabulary.isGivenName(f), false) : null;
    }

    /** "Hola Genoveva:", "Estimada Lic. Ruiz," — the person written to. */
    private void greeted(Scan s) {
        Matcher m = greeting.matcher(s.folded);
        while (m.find()) {
            int w = skipTitlesAndQuotes(s, Words.firstAtOrAfter(s.words, m.end()));
            if (w < s.words.size() && s.words.get(w).start() <= Lines.nearEnd(s.text, m.end())) {
                Run run = run(s, w, false);
                if (run != null && acceptedAfterCue(run, true)) {
                    s.add(run, OTHER, true);
                }
            }
        }
    }

    private void titled(Scan s) {
        Matcher m = titleCue.matcher(s.folded);
        while (m.find()) {
            String title = m.group(1);
            boolean dotted = !m.group(2).isEmpty();
            boolean abbreviation = title.length() <= 5 && !vocabularyWordTitle(title);
            if (abbreviation && !dotted && title.length() <= 2) {
                continue; // "C" or "Dr" without a period is too often something else
            }
            if (!abbreviation && m.group().indexOf('\n') >= 0) {
                continue; // a whole word and a period end a sentence ("… con su comadre.\nREPARTO"); only "Lic." wraps
            }
            int w = Words.firstAtOrAfter(s.words, m.end());
            if (w >= s.words.size() || s.words.get(w).start() != m.end() && !quoteBetween(s, m.end(), s.words.get(w).start())) {
                continue;
            }
            Run run = run(s, skipTitlesAndQuotes(s, w), false);
            if (run == null) {
                run = lowerCaseAfterTitle(s, skipTitlesAndQuotes(s, w));
            }
            boolean enumeration = title.length() == 1 && m.start() == firstLetter(s.text, Lines.nearStart(s.text, m.start()))
                    && run != null && run.known == 0;
            if (run != null && !s.words.get(run.from).initial() && !enumeration) { // "C. Material": item C of a list
                s.add(run, OTHER, true, true);
            }
        }
    }

    private static final Pattern APPOSITION_END = Pattern.compile("^[ \\t]*[,;:)]");
    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\p{Lu}\\p{L}");

    /**
     * "una señora, Eduviges, vendía atole", "habló con un señor, Tranquilino, que…": a title written as a noun, with an
     * article, and a name set apart by commas after it.
     */
    private void appositions(Scan s) {
        Matcher m = apposition.matcher(s.folded);
        while (m.find()) {
            // the folded text has no capitals: the description is in lower case in the text too, but for one letter
            // («del edificio C»); a capitalized word there is a name or a place, not a description of the person
            if (CAPITALIZED_WORD.matcher(s.text.substring(m.start(1), m.end(1))).find()) {
                continue;
            }
            int w = Words.firstAtOrAfter(s.words, m.end());
            if (w >= s.words.size() || s.words.get(w).start() != m.end()) {
                continue;
            }
            Run run = run(s, w, false);
            if (run == null) {
                run = lowerCaseNameInClause(s, w, false);
            }
            if (run != null && run.significant <= 4 && !run.upperOnly && !s.words.get(run.from).initial()
                    && APPOSITION_END.matcher(Lines.nearAfter(s.text, s.words.get(run.to).end())).find()) {
                s.add(run, OTHER, true, true);
            }
        }
    }

    private static boolean vocabularyWordTitle(String title) {
        return title.equals("don") || title.equals("dona") || title.equals("joven");
    }

    /** A coordination that repeats «como» with the verb left out: ", y la escrutadora como ", ", su esposa como ". */
    private static final Pattern ELIDED_COMO = Pattern.compile("(?:,|[ \\t](?:y|e))[ \\t]+(?:[\\p{L}.]+[ \\t]+){1,3}?como[ \\t]+");
    /** Where a clause ends: the coordination that leaves the verb out stays inside it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?\\n]");

    /**
     * "el secretario se presentó como Azarías y la escrutadora como Nohemí Arriola": after a phrase that announces a
     * name with «como» ({@code anuncios}: «se presentó como», «se identificó como»), a coordinated subject and «como»
     * repeat the announcement with the verb left out, so the capitalized name after the second «como» is announced too.
     * Only in the same clause, and only a run the lists read as a name or of two words or more.
     */
    private void elidedNamings(Scan s) {
        Matcher m = roleCue.matcher(s.folded);
        while (m.find()) {
            if (!m.group(1).toLowerCase(java.util.Locale.ROOT).endsWith(" como")) {
                continue;
            }
            Matcher end = CLAUSE_END.matcher(s.text).region(m.end(), s.text.length());
            int clauseEnd = end.find() ? end.start() : s.text.length();
            Matcher e = ELIDED_COMO.matcher(s.folded).region(m.end(), clauseEnd);
            while (e.find()) {
                int w = Words.firstAtOrAfter(s.words, e.end());
                if (w >= s.words.size() || s.words.get(w).start() != e.end() || !s.words.get(w).capitalized()) {
                    continue;
                }
                Run run = run(s, w, false);
                if (run != null && !run.upperOnly && (run.significant >= 2 || run.known >= 1)) {
                    s.add(run, OTHER, true, true);
                }
            }
        }
    }

    private void roles(Scan s) {
        Matcher m = roleCue.matcher(s.folded);
        while (m.find()) {
            int pos = m.end();
            // a relational adjective: "el representante comunal …", "la secretaria general …"
            Matcher adjective = RELATIONAL_ADJECTIVE.matcher(s.text).region(pos, Math.min(s.text.length(), pos + 20));
            if (adjective.lookingAt()) {
                pos = adjective.end();
            }
            // a complement in lower case or an acronym: "de la mesa", "del IECM", "de casilla"
            for (int k = 0; k < 2; k++) {
                Matcher c = COMPLEMENT.matcher(s.folded).region(pos, Math.min(s.folded.length(), pos + 40));
                if (c.lookingAt() && isComplementWord(s.text.substring(c.start(1), c.end(1)))) {
                    pos = c.end();
                } else {
                    break;
                }
            }
            if (pos > m.end() && s.text.charAt(pos - 1) == '.' && Words.lastEndingBefore(s.words, pos) >= 0
                    && s.words.get(Words.lastEndingBefore(s.words, pos)).text().length() > 5) {
                continue; // "…, secretario de la cooperativa. Membrete de la Casa…": the period after a whole word ends the sentence
            }
            Matcher sep = ROLE_SEPARATOR.matcher(s.text).region(pos, Math.min(s.text.length(), pos + 8));
            if (sep.lookingAt()) {
                if (s.text.startsWith(".", pos) && m.group(1).length() > 5) {
                    continue; // "…, observadora. Pintaron la pared": a period after a whole word ends its sentence
                }
                pos = sep.end();
            }
            int w = Words.firstAtOrAfter(s.words, pos);
            if (w >= s.words.size() || !s.text.substring(pos, s.words.get(w).start()).matches("[ \\t\"'«“]*")) {
                continue;
            }
            Run run = run(s, skipTitlesAndQuotes(s, w), false);
            if (run == null) {
                run = lowerCaseKnownName(s, skipTitlesAndQuotes(s, w));
            }
            if (run == null) {
                run = lowerCaseNameEndingClause(s, skipTitlesAndQuotes(s, w));
            }
            if (run == null) {
                run = lowerCaseNameInClause(s, skipTitlesAndQuotes(s, w), false);
            }
            if (run == null && m.group(1).contains("apellid")) {
                run = announcedSurname(s, w);
            }
            if (run != null && run.known == 0 && capitalizedInSentence(s, m.start())) {
                continue; // "Inicio | Vecinos Unidos Portales": a capital inside a sentence makes the role word part of a group's name
            }
            // "resp. J. L. Ocaña": initials before a surname; a lone initial after a role is no name
            boolean initials = run != null && s.words.get(run.from).initial();
            if (initials && (!s.words.get(run.to).capitalized() || s.words.get(run.to).initial() || s.words.get(run.to).upper()
                    || s.words.get(run.to).text().length() < 3)) {
                continue;
            }
            if (run != null && (run.significant >= 2 || run.known >= 1 || !run.upperOnly)) {
                s.add(run, OTHER, true, true);
                restOfList(s, run);
            }
        }
    }

    /**
     * An adjective that tells which kind of office a role is, in lower case right after it: "comunal", "vecinal",
     * "general", "auxiliar", "titular" (the relational adjectives in «-al» and «-ar»), "suplente".
     */
    private static final Pattern RELATIONAL_ADJECTIVE = Pattern.compile("[ \\t]+(?:\\p{Ll}{2,}(?:al|ar)|suplente)(?![\\p{L}])");

    /** What a copula may stand between a subject and the name it gives: "es", "era", "fue", "son", "eran", "fueron". */
    private static final Pattern COPULA = Pattern.compile("[ \\t]+(?:es|era|fue|son|eran|fueron)[ \\t]+");
    /** The article of a nickname after a copula, in lower case as inside a sentence. */
    private static final Set<String> ARTICLES_AFTER_COPULA = Set.of("el", "la");
    /** After a person described by an article and a complement ("la del mandil"): a copula, or a colon before the name. */
    private static final Pattern DESCRIPTION_SEPARATOR = Pattern.compile("[ \\t]*:[ \\t]*|[ \\t]+(?:es|era|fue|son|eran|fueron)[ \\t]+");
    /**
     * A relative clause after the subject and its complements (with what is left of them: «de mi edificio»), up to
     * the copula that ends it: «que no salió en la lista», «que cuidaba la urna». At most a dozen words with nothing
     * but blanks between them (a punctuation mark says the clause went on to something else); read on the folded
     * text, so the name's capital is checked after the copula, as for any subject.
     */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?:[ \\t]+\\p{Ll}+){0,4}?[ \\t]+que(?:[ \\t]+\\p{Ll}+){1,8}?(?=[ \\t]+(?:es|era|fue|son|eran|fueron)[ \\t]+)");
    /**
     * One word in lower case between a person's noun and the copula: an adjective that tells them apart («la señora
     * embarazada era …»). Not a negation, a pronoun or a particle («el señor no era …», «la señora se fue …»).
     */
    private static final Pattern ADJECTIVE_BEFORE_COPULA = Pattern.compile("[ \\t]+(?!(?:que|quien|no|ni|nunca|se|me|te|le|les|lo|los|la|las"
            + "|nos|y|e|o|u|de|del|con|en|a|al|su|sus|mi|mis|tambien|también|ya)(?![\\p{L}]))\\p{Ll}{3,}(?=[ \\t]+(?:es|era|fue|son|eran|fueron)[ \\t]+)");
    /** A complement after the subject: "de sombrero", "de la tienda", "con la gorra". */
    private static final Pattern SUBJECT_COMPLEMENT = Pattern.compile("[ \\t]+(?:de|del|con)[ \\t]+(?:(?:la|las|los|el|un|una)[ \\t]+)?\\p{Ll}+");

    /**
     * "El señor de sombrero era Gelasio, el de la tlapalería", "los encargados son Yoshua y Osmar Tepox", "la señora de
     * la fonda: Eutimia …": a role or a title used as a noun, with its article and maybe a complement in lower case, and
     * a copula (or, after a complement, a colon) give the name that follows, known to the lists or not, when it closes its clause or opens a list of names.
     */
    private void namedByCopula(Scan s) {
        Matcher m = copulaSubject.matcher(s.folded);
        while (m.find()) {
            int pos = m.end();
            for (int k = 0; k < 2; k++) {
                Matcher c = SUBJECT_COMPLEMENT.matcher(s.folded).region(pos, Math.min(s.folded.length(), pos + 40));
                if (c.lookingAt()) {
                    pos = c.end();
                } else {
                    break;
                }
            }
            boolean described = m.group(1) == null;
            if (described && pos == m.end()) {
                continue; // an article alone names nobody
            }
            // «la chica de mi edificio que no salió en la lista es …»: a person's noun told apart by a relative clause;
            // the copula that ends it gives the name as one after a complement does
            if (!described) {
                Matcher relative = RELATIVE_CLAUSE.matcher(s.folded).region(pos, Math.min(s.folded.length(), pos + 80));
                if (relative.lookingAt()) {
                    pos = relative.end();
                } else if (pos == m.end()) {
                    // «la señora embarazada era …», «el muchacho alto fue …»: one word in lower case that tells the person
                    // apart, right before the copula, as a complement does
                    Matcher adjective = ADJECTIVE_BEFORE_COPULA.matcher(s.text).region(pos, Math.min(s.text.length(), pos + 40));
                    if (adjective.lookingAt()) {
                        pos = adjective.end();
                    }
                }
            }
            // «la del mandil: …», «el señor de los tamales: …»: a person described by a complement, then a colon
            boolean complemented = pos > m.end();
            Matcher copula = (described || complemented ? DESCRIPTION_SEPARATOR : COPULA).matcher(s.folded)
                    .region(pos, Math.min(s.folded.length(), pos + 10));
            if (!copula.lookingAt()) {
                continue;
            }
            int w = Words.firstAtOrAfter(s.words, copula.end());
            // «el de la bocina era el Chapo Rosendo», «la encargada es la Güera»: an article before the capital is a
            // nickname's, which is how such a person is known
            boolean nickname = w + 1 < s.words.size() && s.words.get(w).start() == copula.end()
                    && ARTICLES_AFTER_COPULA.contains(s.words.get(w).text()) && s.words.get(w + 1).capitalized()
                    && s.text.substring(s.words.get(w).end(), s.words.get(w + 1).start()).matches("[ \\t]+");
            if (nickname) {
                w++;
            } else if (w >= s.words.size() || s.words.get(w).start() != copula.end() || !s.words.get(w).capitalized()) {
                continue;
            }
            Run run = run(s, w, false);
            if (run == null) {
                continue;
            }
            // a thing may be left out after «el de …» («el [puesto] de la esquina era el Oxxo»): after a bare article,
            // the nickname goes with a name the lists know («el Chapo Rosendo»); after a person's noun, any word that
            // names no place, figure, role or title
            if (nickname && (run.upperOnly || !personWord(s.words.get(w)) || described && run.known == 0)) {
                continue;
            }
            String after = Folding.foldPreservingLength(Lines.nearAfter(s.text, s.words.get(run.to).end()));
            // «el señor que dirigía a los microbuseros: TEODULO BARRAGAN»: in a sentence written in lower case, capitals
            // single the name out, when they hold two words or more and one the lists know
            boolean shouted = run.upperOnly && run.significant >= 2 && run.known >= 1
                    && LOWER_CASE_LETTER.matcher(s.text.substring(Lines.nearStart(s.text, m.start()), s.words.get(w).start())).find();
            if (run.upperOnly && !shouted || run.significant > 4 || !noCommonWord(s, run)
                    || !NAME_THEN.matcher(after).find() && !ENDS_NAME.matcher(after).find()) {
                continue;
            }
            if (s.add(run, OTHER, true)) {
                restOfList(s, run);
            }
        }
    }

    /** How many lower-case words may describe a person between their noun and the colon or comma before the name. */
    private static final int DESCRIPTION_WORDS = 8;
    /** The articles before a noun of someone who does something that make it one person of the text («el ciclista»). */
    private static final Set<String> ARTICLES_OF_AGENT = Set.of("el", "la", "un", "una");
    /** Only blanks between two words: they belong to one phrase. */
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    /** The bar that ends a table's cell: «| Vecina que la cubrió: … |». */
    private static final Pattern CELL_END = Pattern.compile("^[ \\t]*\\|");
    /** A colon or a comma, on the same line, between a description and the name it gives. */
    private static final Pattern DESCRIPTION_THEN_NAME = Pattern.compile("[ \\t]*[:,][ \\t]*");
    /** What stands before a person's noun used as a noun: an article, a contraction or a possessive. */
    private static final Set<String> DETERMINERS = Set.of("el", "la", "los", "las", "un", "una", "al", "del",
            "mi", "mis", "su", "sus", "tu", "tus", "nuestro", "nuestra", "nuestros", "nuestras");
    /**
     * «La escrutadora que contó dos veces: Filomena …», «la vecina que vive junto a la tortillería, Ofelia …», «el
     * señor del puesto de jugos de la entrada, Gumaro …», «Secretario con chaleco rojo: Hilario …», «la que trajo el
     * sello, NOMBRE APELLIDO»: a person's noun (a role, a relation, a kin or a title; or «el que», «la que») heading a
     * phrase that tells which one in lower-case words — an adjective, a complement, a relative clause — then a colon
     * or a comma: the capitalized words right after are that person's name when they close their clause, whatever the
     * lists know of them. The phrase is one stretch of lower-case words with nothing but blanks between them (a
     * capital or a punctuation inside says the colon belongs to something else: «la señora de Iztacalco, …»); after a
     * comma the noun needs its article or a possessive, and says more than the noun alone unless a possessive makes it
     * someone's («nuestro sacristán, …»), while a colon also takes a noun that opens its line or sentence, as a label
     * does. A noun of a thing («la avenida que cruza frente a la escuela, …») describes no person.
     */
    private void describedPersons(Scan s) {
        for (int w = 1; w < s.words.size(); w++) {
            Words.Word name = s.words.get(w);
            Words.Word last = s.words.get(w - 1);
            boolean nickname = nicknameWithArticleAt(s, w);
            if (!name.capitalized() && !nickname || !DESCRIPTION_THEN_NAME.matcher(s.text.substring(last.end(), name.start())).matches()) {
                continue;
            }
            boolean colon = s.text.substring(last.end(), name.start()).indexOf(':') >= 0;
            int head = describedHead(s, w - 1, colon);
            if (head < 0) {
                continue;
            }
            if (nickname) {
                // «El que cuidaba la puerta: el Zancudo», «Ayudante: el Pinole»: the slot the description opens holds the
                // name a person goes by, its article with it
                addNicknameWithArticle(s, w);
                continue;
            }
            Run run = run(s, w, false);
            // in the slot the description opens, a surname that ends like an infinitive is no verb («…: Renata Aguilar»)
            if (run == null || run.from != w || run.significant > 4 || !noCommonWord(s, run, run.significant >= 2 && !run.upperOnly)) {
                continue;
            }
            boolean shouted = run.upperOnly && run.significant >= 2 && run.known >= 1;
            if (run.upperOnly ? !shouted : !nicknameAfterArticle(name)) {
                continue;
            }
            String after = Folding.foldPreservingLength(Lines.nearAfter(s.text, s.words.get(run.to).end()));
            if (!APPOSITION_CLOSED.matcher(after).find() && !NAME_THEN.matcher(after).find() && !CELL_END.matcher(after).find()) {
                continue;
            }
            s.add(run, OTHER, true);
        }
    }

    /**
     * An article at word {@code a} and one capitalized word after it that may be what a person is called (no place,
     * title, role or common word): «el Zancudo», «la Chata».
     */
    private boolean nicknameWithArticleAt(Scan s, int a) {
        if (a + 1 >= s.words.size() || !NICKNAME_SLOT_ARTICLES.contains(s.words.get(a).text())) {
            return false;
        }
        // the period of «… y el Chícharo.» ends the sentence: no abbreviation
        Words.Word w = closingSentence(s, a + 1);
        return continues(s.text, s.words.get(a), w) && personWord(w) && !places.isPlace(s.text, s.words, a + 1, a + 1);
    }

    /** The articles a nickname is written with where a person's name is expected. */
    private static final Set<String> NICKNAME_SLOT_ARTICLES = Set.of("el", "la", "El", "La");

    /**
     * Adds the nickname with its article at word {@code a} ({@link #nicknameWithArticleAt}) and the capitalized name
     * words that follow it («el Pelón Gutiérrez»), when its clause closes right after: a comma, the sentence's end, a
     * cell's end or a word that goes on with the clause.
     */
    private boolean addNicknameWithArticle(Scan s, int a) {
        int to = a + 1;
        while (to + 1 < s.words.size() && to - a < 3 && continues(s.text, s.words.get(to), s.words.get(to + 1))
                && s.words.get(to + 1).capitalized() && !s.words.get(to + 1).upper() && nameWord(s.words.get(to + 1), false)
                && !places.isPlaceName(s.words.get(to + 1).text())) {
            to++;
        }
        String after = Folding.foldPreservingLength(Lines.nearAfter(s.text, s.words.get(to).end()));
        if (!APPOSITION_CLOSED.matcher(after).find() && !NAME_THEN.matcher(after).find() && !CELL_END.matcher(after).find()
                || places.inPlaceContext(s.text, s.words, a, to) || places.isPlace(s.text, s.words, a + 1, to)) {
            return false;
        }
        int start = s.words.get(a).start();
        int end = s.words.get(to).end();
        s.found.add(new Mention<>(s.text.substring(start, end), start, end, OTHER));
        return true;
    }

    /**
     * The word that heads the description ending at word {@code end}, or -1: walking back over lower-case words joined
     * by blanks, the nearest person's noun (or the «que» of «el que», the «de» of «la de») with what must stand before it.
     */
    private int describedHead(Scan s, int end, boolean colon) {
        for (int k = end; k >= 0 && end - k <= DESCRIPTION_WORDS; k--) {
            Words.Word w = s.words.get(k);
            if (k < end && !BLANKS.matcher(s.text.substring(w.end(), s.words.get(k + 1).start())).matches()) {
                return -1;
            }
            String f = w.folded();
            // «el que vende elotes», «la de las flores»: an article used as a pronoun, said of one person by what follows
            boolean relative = (f.equals("que") || f.equals("de")) && k > 0
                    && (s.words.get(k - 1).folded().equals("el") || s.words.get(k - 1).folded().equals("la"))
                    && BLANKS.matcher(s.text.substring(s.words.get(k - 1).end(), w.start())).matches();
            boolean noun = vocabulary.roles.contains(f) || vocabulary.relations.contains(f) || vocabulary.kinship.contains(f)
                    || vocabulary.isTitle(f);
            // «el ciclista que tiró la urna: …»: a noun of someone who does something, by its ending, when a relative
            // clause says what that one did — a person's noun no list of offices or trades needs to know
            boolean agent = !noun && k < end && s.words.get(k + 1).folded().equals("que") && vocabulary.isAgentNoun(f)
                    && k > 0 && ARTICLES_OF_AGENT.contains(s.words.get(k - 1).folded());
            if (agent) {
                return k;
            }
            if (noun || relative) {
                Words.Word det = k > 0 && BLANKS.matcher(s.text.substring(s.words.get(k - 1).end(), w.start())).matches()
                        ? s.words.get(k - 1) : null;
                boolean determined = det != null && DETERMINERS.contains(det.folded());
                boolean opensSentence = SENTENCE_START_BEFORE.matcher(s.text.substring(Lines.nearStart(s.text, w.start()), w.start())).find();
                boolean said = k < end || det != null && POSSESSIVES.contains(det.folded());
                if (relative ? said : (determined || colon && opensSentence) && (said || colon && opensSentence)) {
                    return k;
                }
                return -1;
            }
            if (w.capitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Right after a name, an article and one capitalized word set apart in parentheses or in quotes after a comma,
     * maybe with where its bearer is from: «Herminio Zárate (el Tlacuache)», «la señora Rufina Pozos, «la Comadrona»»,
     * «Abundio Lozoya, «el Cronista de la Moctezuma»»; also quoted inside the parentheses and of two capitalized words
     * («Ulises Ontañón ("el Relámpago Azul")»), as a nickname may be an adjective's phrase.
     */
    private static final Pattern NICKNAME_ASIDE_AFTER = Pattern.compile(
            "[ \\t]*(?:\\([ \\t]*[«“\"]?[ \\t]*|,[ \\t]*[«“\"][ \\t]*)((?:el|la|El|La)[ \\t]+\\p{Lu}\\p{Ll}{2,}"
                    + "(?:[ \\t]+\\p{Lu}\\p{Ll}{2,})?"
                    // where its bearer is from: «(el Cronista de la Moctezuma)»
                    + "(?:[ \\t]+(?:de|del)(?:[ \\t]+(?:la|las|los|el))?[ \\t]+\\p{Lu}\\p{Ll}+)?)[ \\t]*[»”\"]?[ \\t]*[)»”\"]");

    /**
     * «Herminio Zárate (el Tlacuache)», «Rufina Pozos, «la Comadrona»»: an article and a capitalized word set apart
     * right after a found name is the second name that person goes by; a place's word or a role («(la Presidenta)»)
     * is not.
     */
    private void nicknameAsides(Scan s) {
        for (Mention<String> m : List.copyOf(s.found)) {
            Matcher a = NICKNAME_ASIDE_AFTER.matcher(s.text).region(m.end(), Math.min(s.text.length(), m.end() + 60));
            if (!a.lookingAt()) {
                continue;
            }
            int w = Words.firstAtOrAfter(s.words, a.start(1)) + 1;
            if (w >= s.words.size()) {
                continue;
            }
            Words.Word word = s.words.get(w);
            String f = word.folded();
            if (vocabulary.roles.contains(f) || vocabulary.places.contains(f) || vocabulary.isTitle(f) || places.isPlaceName(word.text())
                    || vocabulary.notNameWords.contains(f) && !vocabulary.kinship.contains(f)) {
                continue;
            }
            s.found.add(new Mention<>(s.text.substring(a.start(1), a.end(1)), a.start(1), a.end(1), OTHER));
        }
    }

    /**
     * Right before a name, an article and one capitalized word set apart by a comma, a dash or a parenthesis: «el
     * Chanate —Ulises Cervantes Ibarra—», «según los vecinos: el Pinto, Efraín Lozano.». The mirror of
     * {@link #NICKNAME_ASIDE_AFTER}: a nickname said first and the name given as its apposition.
     */
    private static final Pattern NICKNAME_SET_APART_BEFORE = Pattern.compile(
            "(?<![\\p{L}])((?:el|la|El|La)[ \\t]+(\\p{Lu}\\p{Ll}{2,}))[ \\t]*(?:,|\\(|[—–]|[ \\t]-)[ \\t]*$");
    /** Before the article, a preposition that makes «el Centro, …» a place or a thing, not who someone is. */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:en|de|desde|hasta|hacia|por|para|sobre|entre|a|frente|junto|cerca|dentro|fuera)[ \\t]+$");

    /**
     * «el Chanate —Ulises Cervantes Ibarra—», «el Pinto, Efraín Lozano»: an article and a capitalized word set apart
     * right before a found name of two words or more is the nickname of the person the name then says, as
     * {@link #nicknameAsides} reads it after the name. Not a role, a title, a relation, a place's word, nor a word after
     * a preposition of place («en el Centro, Juan Ortiz …»); not before a figure's name the context says is no person.
     */
    private void nicknamesSetApartBefore(Scan s) {
        for (Mention<String> m : List.copyOf(s.found)) {
            if (m.value().strip().split("[ \\t]+").length < 2 || namesNoPerson(s, m)) {
                continue;
            }
            int from = Math.max(Lines.nearStart(s.text, m.start()), m.start() - 40);
            Matcher a = NICKNAME_SET_APART_BEFORE.matcher(s.text).region(from, m.start());
            a.useTransparentBounds(true);
            if (!a.find()) {
                continue;
            }
            String f = Folding.foldLower(a.group(2));
            if (vocabulary.roles.contains(f) || vocabulary.places.contains(f) || vocabulary.isTitle(f) || vocabulary.relations.contains(f)
                    || vocabulary.kinship.contains(f) || vocabulary.notNameWords.contains(f) || vocabulary.isFunctionWord(f)
                    || places.isPlaceName(a.group(2)) || vocabulary.namedThings.contains(f)
                    || PLACE_PREPOSITION_BEFORE.matcher(s.folded).region(Lines.nearStart(s.text, a.start()), a.start()).find()) {
                continue;
            }
            // after a comma the name is the nickname's apposition only if it closes there too: «El Universal, Efraín
            // Lozano escribió …» names a paper and then the subject of a clause of its own
            if (a.group().strip().endsWith(",") && !APPOSITION_CLOSES.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) {
                continue;
            }
            s.found.add(new Mention<>(a.group(1), a.start(1), a.end(1), OTHER));
        }
    }

    /** What may follow a name set apart as an apposition: its closing punctuation or the end of the line. */
    private static final Pattern APPOSITION_CLOSES = Pattern.compile("[ \\t]*(?:[,.;:!?)—–]|[ \\t]-|\\n|$)");

    /** Two letters in lower case in a row: a stretch of text not written in capitals. */
    private static final Pattern LOWER_CASE_LETTER = Pattern.compile("\\p{Ll}{2}");

    /** A word written with a capital (not all in capitals) where a sentence does not start. */
    private static boolean capitalizedInSentence(Scan s, int pos) {
        if (!Character.isUpperCase(s.text.charAt(pos)) || pos + 1 < s.text.length() && Character.isUpperCase(s.text.charAt(pos + 1))) {
            return false;
        }
        String before = s.text.substring(Lines.nearStart(s.text, pos), pos).strip();
        return !before.isEmpty() && !SENTENCE_END_BEFORE.matcher(before).find();
    }

    /** What may follow a name that ends its clause: the clause's end, or an object pronoun and its verb ("… me dijo"). */
    private static final Pattern NAME_THEN = Pattern.compile(
            "^(?:[ \\t]*(?:[,.;:!?)]|$)|[ \\t]+(?:y|e|que|quien|pero|me|te|le|les|nos|se|lo|los)(?![\\p{L}]))");

    /**
     * "la vecina consuelo arizmendi me dijo", "fui con mi primo ezequiel santoyo y…", "una señora, rosa maria tenorio,
     * se desmayó": after a role, a relation or a title used as a noun, a name in lower case of two or three words,
     * one of them a known given name or surname (the other may be missing from the lists), none a function or a
     * common word, closing its clause.
     */
    private Run lowerCaseNameInClause(Scan s, int w, boolean introduced) {
        if (w >= s.words.size() || s.words.get(w).capitalized()) {
            return null;
        }
        int to = w;
        int known = 0;
        for (int k = w; k < s.words.size() && k - w < 3; k++) {
            Words.Word word = s.words.get(k);
            // a verb in the past ("rentó", "llegó") ends the name even where a name could stand
            if (k > w && !continues(s.text, s.words.get(k - 1), word) || word.capitalized() || !lowerCaseNameWord(word.folded())
                    || endsWithAccentedVowel(word.text()) && !vocabulary.isKnownName(word.folded())) {
                break;
            }
            known += vocabulary.isKnownName(word.folded()) ? 1 : 0;
            to = k;
        }
        if (to == w || known == 0 || !vocabulary.isKnownName(s.words.get(w).folded()) && !vocabulary.isSurname(s.words.get(to).folded())) {
            return null;
        }
        String after = Folding.foldPreservingLength(Lines.nearAfter(s.text, s.words.get(to).end()));
        boolean closes = NAME_THEN.matcher(after).find() || introduced && belongsTo(after);
        return closes ? new Run(w, to, to - w + 1, known, vocabulary.isGivenName(s.words.get(w).folded()), false) : null;
    }

    private static final Pattern OF_WHAT = Pattern.compile("^[ \\t]+(?:de|del)[ \\t]+(?:(?:la|el|los|las)[ \\t]+)?(\\p{Ll}+)");

    /** "… de la mesa", "… del comité": what a person who introduces herself belongs to, never more of her name. */
    private boolean belongsTo(String after) {
        Matcher m = OF_WHAT.matcher(after);
        return m.find() && !lowerCaseNameWord(m.group(1)) && !vocabulary.isFunctionWord(m.group(1));
    }

    /**
     * "un muchacho de apellido treviño, que…", "una señora apellidada quijano": what "de apellido" announces is a
     * surname, known or not, in any case — one name-like word that closes its clause.
     */
    private Run announcedSurname(Scan s, int w) {
        if (w >= s.words.size() || !lowerCaseNameWord(s.words.get(w).folded()) || places.isPlaceName(s.words.get(w).text())) {
            return null;
        }
        String after = Folding.foldPreservingLength(Lines.nearAfter(s.text, s.words.get(w).end()));
        return NAME_THEN.matcher(after).find() ? new Run(w, w, 1, 1, false, false) : null;
    }

    /** Demonyms and adjectives of belonging, capitalized or not after "soy": "Mexicana", "oaxaqueño", "chilango". */
    private static final Pattern DEMONYM = Pattern.compile(".{3,}(?:ano|ana|anos|anas|ense|enses|eno|ena|ico|ica|ngo|nga|es|esa)$");

    /** Agent nouns, however misspelt ("obsevadora", "votadores", "activista"): what a person does, not who. */
    private static final Pattern AGENT_NOUN = Pattern.compile(".{3,}(?:dor|dora|dores|doras|ista|istas)$");

    /**
     * A lower-case word that may be part of a name: not a function word, a title, a role, a place word, a label, a
     * verb form or an agent noun.
     */
    private boolean lowerCaseNameWord(String f) {
        return spelledNameWord(f) && (vocabulary.isKnownName(f) || !COMMON_ENDING.matcher(f).matches());
    }

    /** The same, where an address spells the word: then an ending like a verb's ("Ruvalcaba") says nothing. */
    private boolean spelledNameWord(String f) {
        return f.length() >= 3 && !vocabulary.isFunctionWord(f) && !vocabulary.notNameWords.contains(f) && !vocabulary.isTitle(f)
                && !vocabulary.places.contains(f) && !nameHeaders.contains(f) && (vocabulary.isKnownName(f) || !AGENT_NOUN.matcher(f).matches());
    }

    /**
     * "el de la mesa se llama leonel y…", "la capacitadora se llama marisol, los dos…": one known name in lower case
     * right after a role or an announcing phrase, where the clause ends with it — what follows is punctuation, the
     * line's end, a conjunction or an object pronoun and its verb ("mi hija araceli me ayudó"), never more of the sentence.
     */
    private Run lowerCaseNameEndingClause(Scan s, int w) {
        Run one = lowerCaseAfterTitle(s, w);
        if (one == null || one.significant != 1 || !vocabulary.isGivenName(s.words.get(w).folded())) {
            return null;
        }
        return NAME_THEN.matcher(Folding.foldPreservingLength(Lines.nearAfter(s.text, s.words.get(w).end()))).find() ? one : null;
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \\t]*(?:,|;)[ \\t]*|[ \\t]+");

    /**
     * The names that follow a name in a list ("los funcionarios Ana Ruiz, Luis Mora y Eva Sol", "estuvieron presentes
     * …, … y …"): each item a run of two or more name-like words, apart by a comma, a semicolon, "y" or "e".
     */
    private void restOfList(Scan s, Run first) {
        Run previous = first;
        for (int items = 0; items < 20; items++) {
            int w = previous.to + 1;
            if (w >= s.words.size()) {
                return;
            }
            String between = s.text.substring(s.words.get(previous.to).end(), s.words.get(w).start());
            boolean comma = between.contains(",") || between.contains(";");
            if (!LIST_SEPARATOR.matcher(between).matches()) {
                return;
            }
            String f = s.words.get(w).folded();
            if ((f.equals("y") || f.equals("e")) && w + 1 < s.words.size()
                    && s.text.substring(s.words.get(w).end(), s.words.get(w + 1).start()).matches("[ \\t]+")) {
                w++;
            } else if (!comma) {
                return;
            }
            Run next = run(s, skipTitlesAndQuotes(s, w), false);
            if (next == null || next.from != skipTitlesAndQuotes(s, w) || next.significant < 2 || next.upperOnly && next.known == 0) {
                return;
            }
            s.add(next, OTHER, true, true);
            previous = next;
        }
    }

    private static final Pattern COMPLEMENT = Pattern.compile("[ \\t]+(?:de|del)[ \\t]+(?:(?:la|las|los|el)[ \\t]+)?([\\p{L}.]+)");
    /**
     * Between a role and its holder: a comma or a colon, the period of an abbreviated role ("resp. J. L. Ocaña",
     * "secr. Filiberta Anzures"), or a copula ("la resp es Marylin Oropeza", "la responsable fue rosalba").
     */
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("\\.?[ \\t]*[,:]?[ \\t]*(?:(?:es|era|fue)[ \\t]+)?");

    private static boolean isComplementWord(String word) {
        return Character.isLowerCase(word.charAt(0)) || word.length() <= 5 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** After a closing line, the first line with a name (within three); a name after the closing on its line; the last line. */
    private void signatures(Scan s) {
        int pos = 0;
        while (pos < s.text.length()) {
            int end = Lines.nearEnd(s.text, pos);
            Matcher m = closingLine.matcher(s.folded.substring(pos, end));
            if (m.matches() && Boilerplate.words(s.folded.substring(pos, end)) <= 8) {
                if (!m.group(2).isBlank()) {
                    signatureAt(s, pos + m.start(2));
                } else {
                    int next = end + 1;
                    for (int k = 0; k < 3 && next < s.text.length(); k++) {
                        int nextEnd = Lines.nearEnd(s.text, next);
                        if (!s.text.substring(next, nextEnd).isBlank() && signatureAt(s, next)) {
                            break;
                        }
                        next = nextEnd + 1;
                    }
                }
            }
            pos = end + 1;
        }
        closingsInLine(s);
        lastLine(s);
        bylines(s);
        signatureBlocks(s);
    }

    /**
     * A closing in the middle of a line with the writer's name ending that line: "…gracias. Atte. Fidel Carranza",
     * and in a message written all in lower case, "saludos!! att. nacho" (a known given name or short form).
     */
    private void closingsInLine(Scan s) {
        Matcher m = closingInLine.matcher(s.folded);
        while (m.find()) {
            int w = skipTitlesAndQuotes(s, Words.firstAtOrAfter(s.words, m.end()));
            if (w >= s.words.size() || s.words.get(w).start() != m.end() && !quoteBetween(s, m.end(), s.words.get(w).start())) {
                continue;
            }
            Run run = run(s, w, true);
            if (run == null || run.significant > 4 || !Lines.nearAfter(s.text, s.words.get(run.to).end()).matches("[ \\t.,;:!)]*")) {
                continue;
            }
            boolean lowerCase = !s.words.get(run.from).capitalized();
            if (lowerCase ? run.givenFirst : acceptedAfterCue(run, true)) {
                s.add(run, SIGNATURE, true);
            }
        }
    }

    private static final Pattern SIGNATURE_RULE = Pattern.compile("^[ \\t]*(?:_{3,}|-{3,}|\\.{5,}|firma[ \\t]*:?)[ \\t]*$");

    /**
     * A signature block of a form or a letter: a line that is only a name, under a rule or "Firma" or over a line
     * that starts with a role ("Ana López Ruiz\nObservadora electoral", "____\nLic. Juan Pérez\nPresidente de la MRO").
     */
    private void signatureBlocks(Scan s) {
        int pos = 0;
        String previous = "";
        while (pos < s.text.length()) {
            int end = Lines.nearEnd(s.text, pos);
            String line = s.text.substring(pos, end);
            if (!line.isBlank()) {
                int next = end + 1;
                while (next < s.text.length() && s.text.substring(next, Lines.nearEnd(s.text, next)).isBlank()) {
                    next = Lines.nearEnd(s.text, next) + 1;
                }
                String nextLine = next < s.text.length() ? s.folded.substring(next, Lines.nearEnd(s.text, next)) : "";
                boolean framed = SIGNATURE_RULE.matcher(Folding.foldPreservingLength(previous)).matches()
                        || roleLine.matcher(nextLine).find();
                if (framed && line.strip().matches("[\\p{L} .'’-]{3,80}")) {
                    int w = skipTitlesAndQuotes(s, Words.firstAtOrAfter(s.words, pos));
                    Run run = run(s, w, false);
                    if (run != null && run.significant >= 2 && run.significant <= 5 && s.words.get(run.from).start() < end
                            && Lines.nearAfter(s.text, s.words.get(run.to).end()).isBlank()) {
                        s.add(run, SIGNATURE, true);
                    }
                }
                previous = line;
            }
            pos = end + 1;
        }
    }

    private static final Pattern CELL = Pattern.compile("[^\\t|]+");

    /**
     * A table whose header has a column of names ("Nombre", "Integrante", "Funcionario"…), as Tika writes an HTML,
     * Word or LibreOffice table (cells separated by tabs, one row per line) or as people type one ("… | … | …"):
     * the cells of that column in the rows below are names.
     */
    private void tables(Scan s) {
        int pos = 0;
        while (pos < s.text.length()) {
            int end = Lines.nearEnd(s.text, pos);
            List<int[]> header = cells(s.text, pos, end);
            // an export delivered as text: "Marca temporal,Nombre completo,Teléfono,…" over its rows
            char delimiter = header.isEmpty() ? csvHeaderDelimiter(s.text, pos, end) : 0;
            if (delimiter != 0) {
                header = csvCells(s.text, pos, end, delimiter);
            }
            List<Integer> nameColumns = new ArrayList<>();
            // a header names two columns at least: "\tNombre" alone is a definition list's term (HTML dt/dd, one per
            // line), whose values below are of every kind, read by labelLines()
            long named = header.stream().filter(c -> c[1] > c[0]).count();
            for (int k = 0; named >= 2 && k < header.size(); k++) {
                String cell = s.folded.substring(header.get(k)[0], header.get(k)[1]).replaceAll("[:.*]+$", "").replaceAll("[ \\t]+", " ").strip();
                if (nameHeader(cell)) {
                    nameColumns.add(k);
                }
            }
            int row = end + 1;
            while (!nameColumns.isEmpty() && row < s.text.length()) {
                int rowEnd = Lines.nearEnd(s.text, row);
                List<int[]> cells = delimiter == 0 ? cells(s.text, row, rowEnd) : csvCells(s.text, row, rowEnd, delimiter);
                if (!s.text.substring(row, rowEnd).isBlank() && cells.size() < 2) {
                    break;
                }
                if (delimiter != 0 && cells.size() != header.size()) {
                    row = rowEnd + 1; // a quoted cell broken over lines: its columns are not the header's
                    continue;
                }
                if (labelRow(s, cells, nameColumns)) {
                    break; // "Nombre(s) | Leocadia" over "Primer apellido | Fuentevilla": a form of label and value, not a table
                }
                // a row with one cell more than the header, the first empty: the header lost its leading tab (it opens
                // the text, which is stripped), so the row's cells stand one place to the right of their column names
                // (a row cut short by a broken cell counts too: its first cell is empty where the header's is not)
                boolean rowOpensEmpty = !cells.isEmpty() && cells.get(0)[1] == cells.get(0)[0];
                boolean headerOpensEmpty = header.get(0)[1] == header.get(0)[0];
                int shift = rowOpensEmpty && (cells.size() == header.size() + 1 || !headerOpensEmpty) ? 1 : 0;
                for (int k : nameColumns) {
                    if (k + shift < cells.size()) {
                        nameCell(s, cells.get(k + shift)[0], cells.get(k + shift)[1]);
                    }
                }
                for (int k = shift; k < cells.size(); k++) {
                    if (!nameColumns.contains(k - shift)) {
                        personCell(s, cells.get(k)[0], cells.get(k)[1]);
                    }
                }
                row = rowEnd + 1;
            }
            pos = nameColumns.isEmpty() ? end + 1 : row;
        }
    }

    /**
     * A cell under a name header: one name, unless the cell lists several. Whether it is a place is read in the cell
     * alone: the next cell (a phone, a mesa number) is not a street number after it.
     */
    private void nameCell(Scan s, int start, int end) {
        String cell = s.folded.substring(start, end);
        if (cell.matches(".*(?:[,;/]| y | e ).*")) {
            nameList(s, start, end, OTHER, true);
            return;
        }
        int w = Words.firstAtOrAfter(s.words, start);
        if (w >= s.words.size() || s.words.get(w).start() >= end) {
            return;
        }
        Run run = surnamesThatArePlaceWords(s, run(s, skipTitlesAndQuotes(s, w), true), end);
        if (run != null && s.words.get(run.to).end() <= end && acceptedAfterCue(run, true)
                && !places.isPlaceName(s.text.substring(s.words.get(run.from).start(), s.words.get(run.to).end()))) {
            s.add(run, OTHER, false);
        }
    }

    /**
     * In a cell of names, a surname that is also a place word ("Florentino Calzada", "Jovita Villa", "Anselmo Plaza")
     * is part of the name: a place word opens a place's name, it does not close one.
     */
    private Run surnamesThatArePlaceWords(Scan s, Run run, int end) {
        if (run == null) {
            return null;
        }
        int to = run.to;
        int added = 0;
        while (to + 1 < s.words.size() && s.words.get(to + 1).end() <= end && continues(s.text, s.words.get(to), s.words.get(to + 1))) {
            Words.Word next = s.words.get(to + 1);
            if (!next.capitalized() || next.upper() != s.words.get(to).upper() || !vocabulary.places.contains(next.folded())
                    || vocabulary.isFunctionWord(next.folded()) || vocabulary.notNameWords.contains(next.folded())) {
                break;
            }
            to++;
            added++;
        }
        return added == 0 ? run : new Run(run.from, to, run.significant + added, run.known, run.givenFirst, run.upperOnly);
    }

    /**
     * In a table of people (it has a column of names), a cell of another column ("escrutinio", "suplente") that holds
     * nothing but a person's name: a known given name and more name words, in any case ("tomás \"tommy\" ayala"), or
     * initials and a surname ("J. Albarrán").
     */
    private void personCell(Scan s, int start, int end) {
        int w = Words.firstAtOrAfter(s.words, start);
        if (w >= s.words.size() || s.words.get(w).start() >= end) {
            return;
        }
        int first = skipTitlesAndQuotes(s, w);
        Run run = run(s, first, true);
        if (run == null || run.from != first || s.words.get(run.to).end() + (s.words.get(run.to).dotted() ? 1 : 0) < end
                || s.words.get(run.to).end() > end || run.significant < 2 || run.upperOnly && run.known == 0) {
            return;
        }
        Words.Word head = s.words.get(run.from);
        Words.Word last = s.words.get(run.to);
        boolean named = vocabulary.isGivenName(head.folded()) && run.known >= 1
                || head.initial() && last.capitalized() && !last.initial() && last.text().length() >= 3;
        if (named && !places.isPlaceName(s.text.substring(head.start(), last.end()))) {
            s.add(run, OTHER, true);
        }
    }

    /**
     * A column header that says the column holds people: a label of a person, or a bilingual or combined header one of
     * whose parts is one ("Nombre / Name", "Integrante (nombre completo)", "Nombre y apellidos").
     */
    private boolean nameHeader(String cell) {
        if (nameHeaders.contains(cell)) {
            return true;
        }
        for (String part : cell.split("[ \\t]*(?:/|\\(|\\)|\\||·|;|,)[ \\t]*")) {
            String p = part.replaceAll("[:.*]+$", "").strip();
            if (!p.isEmpty() && (nameHeaders.contains(p) || NAME_HEADER_PHRASE.matcher(p).matches())) {
                return true;
            }
        }
        return NAME_HEADER_PHRASE.matcher(cell).matches();
    }

    /** "nombre completo", "nombre y apellidos", "nombre(s)", "full name", "name": the words of a header of names. */
    private static final Pattern NAME_HEADER_PHRASE = Pattern.compile(
            "(?:nombres?|nombre\\(s\\)|apellidos?|nombre y apellidos?|nombre completo|full name|names?|first name|last name|persona|personas)");

    private boolean labelRow(Scan s, List<int[]> cells, List<Integer> nameColumns) {
        for (int k : nameColumns) {
            if (k < cells.size() && nameHeaders.contains(s.folded.substring(cells.get(k)[0], cells.get(k)[1])
                    .replaceAll("[:.*]+$", "").replaceAll("[ \\t]+", " ").strip())) {
                return true;
            }
        }
        return false;
    }

    /** A header of a CSV export has this many columns at least: fewer, and a sentence with commas could pass for one. */
    private static final int MIN_CSV_COLUMNS = 4;
    /** A column's name is short: a longer cell is a sentence. */
    private static final int MAX_CSV_HEADER_WORDS = 8;

    /**
     * The separator of a line that heads a CSV export ("Marca temporal,Nombre completo,Teléfono,Comentarios"), or 0
     * when the line is no such header: four columns at least, each short and without digits.
     */
    private static char csvHeaderDelimiter(String text, int start, int end) {
        String line = text.substring(start, end);
        char delimiter = mx.observa.text.CsvDelimiter.of(line);
        if (delimiter == '\t') {
            return 0;
        }
        List<int[]> cells = csvCells(text, start, end, delimiter);
        if (cells.size() < MIN_CSV_COLUMNS) {
            return 0;
        }
        for (int[] c : cells) {
            String cell = text.substring(c[0], c[1]);
            if (cell.isBlank() || cell.chars().anyMatch(Character::isDigit) || cell.strip().split("\\s+").length > MAX_CSV_HEADER_WORDS) {
                return 0;
            }
        }
        return delimiter;
    }

    /** The cells of a CSV line, quotes respected, as [start, end) inside their quotes and without surrounding spaces. */
    private static List<int[]> csvCells(String text, int start, int end, char delimiter) {
        List<int[]> cells = new ArrayList<>();
        boolean quoted = false;
        int from = start;
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : delimiter;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && (!quoted || i == end)) {
                int a = from;
                int b = i;
                while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '"' || text.charAt(a) == '\uFEFF')) {
                    a++;
                }
                while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '"')) {
                    b--;
                }
                cells.add(new int[] {a, b});
                from = i + 1;
            }
        }
        return cells;
    }

    /** The cells of a line split at tabs or "|", as [start, end) without surrounding spaces; empty cells kept. */
    private static List<int[]> cells(String text, int start, int end) {
        List<int[]> cells = new ArrayList<>();
        String line = text.substring(start, end);
        if (line.indexOf('\t') < 0 && line.indexOf('|') < 0) {
            return cells;
        }
        int from = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t' || line.charAt(i) == '|') {
                int a = from;
                int b = i;
                while (a < b && Character.isWhitespace(line.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                    b--;
                }
                cells.add(new int[] {start + a, start + b});
                from = i + 1;
            }
        }
        return cells;
    }

    private boolean signatureAt(Scan s, int lineStart) {
        int w = Words.firstAtOrAfter(s.words, lineStart);
        if (w >= s.words.size() || s.words.get(w).start() > Lines.nearEnd(s.text, lineStart)) {
            return false;
        }
        Run run = run(s, skipTitlesAndQuotes(s, w), false);
        boolean alone = run != null && Lines.nearAfter(s.text, s.words.get(run.to).end()).matches("[ \\t.,;:!]*");
        if (run != null && (run.significant >= 2 || run.known >= 1 || alone && !run.upperOnly)) {
            s.add(run, SIGNATURE, true);
            return true;
        }
        return false;
    }

    private void lastLine(Scan s) {
        int end = s.text.length();
        while (end > 0 && Character.isWhitespace(s.text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return;
        }
        int start = Lines.nearStart(s.text, end);
        String line = s.text.substring(start, end).strip();
        boolean setApart = start <= 1 || s.text.substring(Lines.nearStart(s.text, start - 1), start - 1).isBlank();
        if (!line.matches("[\\p{L} .'’-]+")) {
            return;
        }
        String[] words = line.split("\\s+");
        // a message signed with a given name or its short form under the last paragraph ("…120 opiniones.\nPaty")
        boolean signedWithGivenName = words.length <= 3 && Character.isUpperCase(line.charAt(0))
                && vocabulary.isGivenName(Folding.foldLower(words[0]).replace(".", ""));
        if (setApart && words.length <= 6 || signedWithGivenName) {
            signatureAt(s, start);
        }
    }

    private static final Pattern BYLINE = Pattern.compile("(?m)^[ \\t]*(?:por|by)[ \\t]+");
    private static final Pattern AFTER_BYLINE = Pattern.compile("^[ \\t]*(?:\\(|:|,|—|–|-|\\||·|•|$)");

    private void bylines(Scan s) {
        Matcher a = authoredBy.matcher(s.folded);
        while (a.find()) {
            int w = skipTitlesAndQuotes(s, Words.firstAtOrAfter(s.words, a.end()));
            boolean sameLine = w < s.words.size() && s.words.get(w).start() <= Lines.nearEnd(s.text, a.end());
            Run run = sameLine ? run(s, w, false) : null;
            if (run == null && sameLine) {
                // "lo escribe filomena perez olmedo", "capturado por yolanda beltrán": who wrote it, in lower case
                run = lowerCaseKnownName(s, w);
            }
            if (run != null && acceptedAfterCue(run, true)) {
                s.add(run, SIGNATURE, true);
            }
        }
        Matcher m = BYLINE.matcher(s.folded);
        while (m.find()) {
            Run run = run(s, skipTitlesAndQuotes(s, Words.firstAtOrAfter(s.words, m.end())), false);
            if (run != null && s.words.get(run.from).start() <= Lines.nearEnd(s.text, m.end())
                    && AFTER_BYLINE.matcher(Lines.nearAfter(s.text, s.words.get(run.to).end())).find()
                    && acceptedAfterCue(run, false)) {
                s.add(run, SIGNATURE, true);
            }
        }
        titleLineAuthor(s);
    }

    /** The dash that parts a title from what follows it on the same line. */
    private static final Pattern TITLE_DASH = Pattern.compile("[ \\t]+[—–-][ \\t]+");
    /** What may close an author's name on the title line: a comma before a place, an aside, the line's end. */
    private static final Pattern AFTER_TITLE_AUTHOR = Pattern.compile("^[ \\t]*(?:,|\\(|$)");

    /**
     * «Informe de observación — Levan Beridze Ocampo, Garcimarrero Norte»: on a report's first line, after the dash
     * that parts the title from it, a run of two name-like words or more closed by a comma, an aside or the line's end
     * is who wrote it, as a byline is; one of its words must be a given name or surname the lists know. A place
     * («— Benito Juárez, mesa 3») is left alone as everywhere ({@link Scan#add}).
     */
    private void titleLineAuthor(Scan s) {
        int start = 0;
        while (start < s.text.length() && Character.isWhitespace(s.text.charAt(start))) {
            start++;
        }
        int end = Lines.nearEnd(s.text, start);
        Matcher dash = TITLE_DASH.matcher(s.text).region(start, end);
        if (start >= end || !Character.isUpperCase(s.text.charAt(start)) || !dash.find() || dash.start() == start) {
            return;
        }
        Run run = run(s, skipTitlesAndQuotes(s, Words.firstAtOrAfter(s.words, dash.end())), false);
        if (run != null && s.words.get(run.from).start() == dash.end() && s.words.get(run.to).end() <= end
                && run.significant >= 2 && run.known >= 1
                && AFTER_TITLE_AUTHOR.matcher(s.text.substring(s.words.get(run.to).end(), end)).find()) {
            s.add(run, SIGNATURE, true);
        }
    }

    /**
     * Every maximal run of name-like words: a name when it starts with a known given name, or when what follows
     * says it is a person ("…, de 40 años", "…, observadora", "… escribió:"), or at the start of a line before ":"
     * or "," with a known given name or surname in it.
     */
    /** "… Próculo Vera le ofreció despensa", "… nos pidió": an object pronoun and a verb in the past after a person. */
    private static final Pattern CLITIC_VERB_AFTER = Pattern.compile(
            "^[ \\t]+(?:le|les|me|nos|te)[ \\t]+\\p{L}{2,}(?:o|aron|ieron|ia|ian|aba|aban)(?![\\p{L}])");
    /**
     * "Unai Barragán", "Aitor Kessler Barragán": a given name of the larger foreign list
     * ({@code pila-con-apellido.txt}) right before a surname the lists know — perhaps with one unknown capitalized word
     * between — is a person, as Mexicans are named with their surnames; alone, or before a surname the lists lack
     * («Marcel Marceau», «Nikola Tesla»), it stays a word, since many such names are also foreign figures'.
     */
    private void givenNamesBesideSurnames(Scan s) {
        for (int k = 0; k + 1 < s.words.size(); k++) {
            Words.Word w = s.words.get(k);
            String f = w.folded();
            if (!w.capitalized() || w.upper() || !vocabulary.givenNamesBesideSurnames.contains(f) || vocabulary.isKnownName(f)
                    || vocabulary.publicFigures.contains(f) || places.isPlaceName(w.text())) {
                continue;
            }
            int last = -1;
            for (int j = k + 1; j <= k + 2 && j < s.words.size(); j++) {
                Words.Word next = s.words.get(j);
                if (!next.capitalized() || next.upper() || !continues(s.text, s.words.get(j - 1), next)
                        || vocabulary.isFunctionWord(next.folded()) || vocabulary.publicFigures.contains(next.folded())) {
                    break;
                }
                if (vocabulary.isSurname(next.folded())) {
                    last = j;
                }
            }
            if (last > k) {
                s.add(new Run(k, last, last - k + 1, 1, true, false), OTHER, true);
            }
        }
    }

    /** "… Heraclio Sustaita y su grupo repartieran": a person's own people ("y su familia", "con sus hijos"). */
    private static final Pattern COMPANY_AFTER = Pattern.compile("^[ \\t]+(?:y|con)[ \\t]+sus?[ \\t]+(?:grupo|gente|familia|equipo|esposa|esposo"
            + "|hijos?|hijas?|hermanos?|hermanas?|mama|papa|madre|padre|primos?|primas?|amigos?|amigas?|cuates?|compas?|companeros?|companeras?)(?![\\p{L}])");

    private void maximalRuns(Scan s) {
        int i = 0;
        while (i < s.words.size()) {
            Run run = run(s, i, false);
            if (run == null) {
                i++;
                continue;
            }
            Run trimmed = trimSentenceStart(s, run);
            String after = Folding.foldPreservingLength(Lines.nearAfter(s.text, s.words.get(trimmed.to).end()));
            String before = Folding.foldPreservingLength(s.text.substring(Math.max(Lines.nearStart(s.text, s.words.get(trimmed.from).start()),
                    s.words.get(trimmed.from).start() - 40), s.words.get(trimmed.from).start()));
            boolean personVerb = trimmed.significant >= 2 && trimmed.significant <= 4 && !trimmed.upperOnly && noCommonWord(s, trimmed)
                    && (verbAfter.matcher(after).find() || verbBefore.matcher(before).find() || CLITIC_VERB_AFTER.matcher(after).find()
                        || COMPANY_AFTER.matcher(after).find());
            boolean personAfter = AGE_OR_ROLE_AFTER.matcher(after).find() || roleAfter.matcher(after).find()
                    || WROTE_AFTER.matcher(after).find() || personVerb
                    || trimmed.significant >= 2 && !trimmed.upperOnly && noCommonWord(s, trimmed) && roleByComoAfter.matcher(after).find();
            boolean twoSurnames = twoSurnamesAfterAName(s, trimmed);
            boolean lineHead = s.words.get(trimmed.from).start() == firstLetter(s.text, Lines.nearStart(s.text, s.words.get(trimmed.from).start()))
                    && after.matches("^[ \\t]*[:,].*") && trimmed.significant >= 2 && trimmed.significant <= 4
                    && (trimmed.known >= 1 || after.matches("^[ \\t]*:[ \\t]*\\S.*") && !trimmed.upperOnly && noCommonWord(s, trimmed));
            if (trimmed.nicknamed && trimmed.significant >= 3 && !vocabulary.isKnownName(s.words.get(trimmed.from).folded())
                    && SENTENCE_START_BEFORE.matcher(s.text.substring(Lines.nearStart(s.text, s.words.get(trimmed.from).start()),
                            s.words.get(trimmed.from).start())).find()) {
                // "Llegó Anacarsis "el Tejón" Ugalde": the word that opens the sentence has its capital anyway
                Run rest = run(s, trimmed.from + 1, false);
                trimmed = rest != null && rest.nicknamed ? rest : trimmed;
            }
            boolean apposed = apposedToNoun(s, trimmed, before, after);
            boolean related = relatedAfter(s, trimmed, before, after);
            // "la pequeña Maia (8 años)": an age set apart right after one capitalized word that is no common word
            // (a capital that opens the sentence says nothing: "Experiencia (10 años) como …")
            boolean aged = trimmed.significant == 1 && !trimmed.upperOnly && nicknameAfterArticle(s.words.get(trimmed.from))
                    && (SET_APART_AGE_AFTER.matcher(after).find() && capitalizedInSentence(s, s.words.get(trimmed.from).start())
                        || AGE_CLOSING_AFTER.matcher(after).find());
            if (personAfter && acceptedAfterCue(trimmed, false) || aged || lineHead || twoSurnames || apposed || related
                    || trimmed.nicknamed && (!trimmed.upperOnly || trimmed.known >= 1)) {
                // a place is nobody's relative: with a relation after it, a name the catalogue also gives a place keeps
                if (s.add(trimmed, OTHER, !related)) {
                    restOfList(s, trimmed);
                }
            }
            surnameFirstAtLineHead(s, trimmed);
            // given names inside the run start a name of their own ("Después Ana López …")
            for (int k = run.from; k <= run.to; k++) {
                Words.Word w = s.words.get(k);
                if (vocabulary.isGivenName(w.folded()) && !connectors.contains(w.folded())) {
                    Run named = run(s, k, false);
                    if (named != null && named.significant >= 2 && secondWordIsName(s, named)) {
                        if (s.add(named, OTHER, true)) {
                            restOfList(s, named); // "(Carmelo Rojano, Idalia Pastrana y Ruperto Anaya)"
                        }
                    }
                    break;
                }
            }
            i = run.to + 1;
        }
    }

    private static final Pattern NOUN_AND_COMMA_BEFORE = Pattern.compile("(?<![\\p{L}])\\p{Ll}{3,}[ \\t]*,[ \\t]*$");
    private static final Pattern COMMA_AFTER = Pattern.compile("^[ \\t]*[,;]");
    /** What closes an apposition: a comma, or the end of its sentence ("…el joven que hablaba náhuatl, Cuauhtli Meza."). */
    private static final Pattern APPOSITION_CLOSED = Pattern.compile("^[ \\t]*(?:[,;.]|$)");

    /**
     * "mi vecino de enfrente, Baldomero Quiroz, me avisó": a name set between commas after a noun in lower case says who
     * that person is (an apposition). Taken when its last word is a known surname (the given name may be missing from the
     * lists, a short form like «Maxi»); a list of places is written with capitals before each comma.
     */
    private boolean apposedToNoun(Scan s, Run run, String before, String after) {
        if (apposedToRelative(s, run, before, after) || apposedToDescribedPerson(s, run, before, after)) {
            return true;
        }
        if (run.significant < 2 || run.significant > 3 || run.upperOnly || !noCommonWord(s, run)
                || !vocabulary.isSurname(s.words.get(run.to).folded()) || vocabulary.isSurname(s.words.get(run.from).folded())
                && !vocabulary.isGivenName(s.words.get(run.from).folded())) {
            return false;
        }
        return NOUN_AND_COMMA_BEFORE.matcher(before).find() && APPOSITION_CLOSED.matcher(after).find();
    }

    /**
     * An article, a person's noun or a bare «de», a complement in lower case, and a comma: "la señora de los dulces, ",
     * "una muchacha, ", "y la de las flores, " (the one who sells them).
     */
    private static final Pattern DESCRIBED_PERSON_AND_COMMA_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:el|la|un|una)[ \\t]+(\\p{Ll}+)((?:[ \\t]+\\p{Ll}+){0,4})[ \\t]*,[ \\t]*$");

    /**
     * "la señora de los dulces, Hortencia Zubiría, que vive…", "…y la de las flores, Eudocia.": a name set apart by a
     * comma right after a phrase that describes a person is that person's name, whatever the complement says: any
     * capitalized word that may be a name after a person's noun, a known given name after «el de …», «la de …» with no
     * noun. A capital inside the phrase ("la señora de Tlalpan, …") or no person's noun at its head ("la casa de la
     * esquina, …") is not taken.
     */
    private boolean apposedToDescribedPerson(Scan s, Run run, String before, String after) {
        Words.Word first = s.words.get(run.from);
        if (run.significant > 3 || run.upperOnly || !nicknameAfterArticle(first) || !noCommonWord(s, run)
                || !APPOSITION_CLOSED.matcher(after).find()) {
            return false;
        }
        int from = Math.max(Lines.nearStart(s.text, first.start()), first.start() - 60);
        Matcher m = DESCRIBED_PERSON_AND_COMMA_BEFORE.matcher(s.text.substring(from, first.start()));
        if (!m.find()) {
            return false;
        }
        String head = Folding.foldLower(m.group(1));
        String complement = Folding.foldLower(m.group(2)).strip();
        if (head.equals("de") || head.equals("del")) {
            // «la de …» may leave out a thing as well as a person («la [mesa] de la escuela, …»): a known given name only
            return !complement.isEmpty() && vocabulary.isGivenName(first.folded());
        }
        boolean personNoun = vocabulary.roles.contains(head) || vocabulary.relations.contains(head) || vocabulary.kinship.contains(head)
                || vocabulary.isTitle(head);
        return personNoun && (complement.isEmpty() || complement.startsWith("de ") || complement.startsWith("del ")
                || complement.startsWith("que "));
    }

    /** A possessive, a relation, perhaps one adjective, and a comma: "mi hermano mexicano, ", "su comadre, ". */
    private static final Pattern RELATIVE_AND_COMMA_BEFORE = Pattern.compile(
            "(?<![\\p{L}])" + POSSESSIVE + "[ \\t]+(\\p{Ll}+)(?:[ \\t]+\\p{Ll}{3,})?[ \\t]*,[ \\t]*$");

    /**
     * "mi hermano mexicano, Dorian, me acompañó": a name set between commas after a possessive relation is that
     * relative's, known or not — the relation says it is a person as much as a surname would.
     */
    private boolean apposedToRelative(Scan s, Run run, String before, String after) {
        if (run.significant > 3 || run.upperOnly || !nicknameAfterArticle(s.words.get(run.from)) || !noCommonWord(s, run)) {
            return false;
        }
        Matcher r = RELATIVE_AND_COMMA_BEFORE.matcher(before);
        return r.find() && vocabulary.relations.contains(r.group(1)) && COMMA_AFTER.matcher(after).find();
    }

    /**
     * "Copio a Aminata, mi esposa, …", "con Nereida Olvera, mi ayudante.", "el Tlacuachín, hijo de …": a relation said
     * right after a comma — a possessive and a relative, or a kin word and whose — says the words before it are a
     * person's name, known to the lists or not, as a relation before a name does ({@link #apposedToRelative}): a place
     * or a thing is nobody's «esposa» or «hijo». A lone unknown word that opens the sentence may be any word («Oye, mi
     * hermano, …»), so it is not taken.
     */
    private boolean relatedAfter(Scan s, Run run, String before, String after) {
        Words.Word first = s.words.get(run.from);
        if (run.significant > 3 || run.upperOnly || !noCommonWord(s, run) || !relationAfter.matcher(after).find()) {
            return false;
        }
        Words.Word previous = run.from > 0 ? s.words.get(run.from - 1) : null;
        if (previous != null && previous.capitalized() && continues(s.text, previous, first) && !SENTENCE_START_BEFORE.matcher(
                s.text.substring(Lines.nearStart(s.text, previous.start()), previous.start())).find()) {
            return false; // the end of a longer proper name («por Santa Cruz, …»), not a verb opening the sentence
        }
        if (run.significant == 1) {
            return personWord(first) && (vocabulary.isKnownName(first.folded()) || !SENTENCE_START_BEFORE.matcher(before).find());
        }
        // two or three words: a colonia named after someone («Minerva») may be a given name here, so only the words
        // that never name a person (a place's word, a title, a role) refuse
        for (int k = run.from; k <= run.to; k++) {
            String f = s.words.get(k).folded();
            if (connectors.contains(f)) {
                continue;
            }
            if (vocabulary.places.contains(f) || vocabulary.isTitle(f) || vocabulary.roles.contains(f) || vocabulary.notNameWords.contains(f)
                    || vocabulary.publicFigures.contains(f) || vocabulary.isFunctionWord(f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Wendolyne Carrillo Fuentes no encontró su casilla", "Nos atendió ETELVINO HERRERA CAMPOS": three capitalized
     * (or upper-case) words whose last two are known surnames are a given name (missing from the lists) and the two
     * surnames Mexicans carry, wherever they stand — unless the first is a word of another kind.
     */
    private boolean twoSurnamesAfterAName(Scan s, Run run) {
        if (run.significant != 3 || run.to - run.from != 2) {
            return false;
        }
        Words.Word first = s.words.get(run.from);
        String f = first.folded();
        if (run.from > 0 && s.words.get(run.from - 1).capitalized() && continues(s.text, s.words.get(run.from - 1), first)) {
            return false; // "Unidad Habitacional Carrillo Fuentes": the end of a longer proper name
        }
        return vocabulary.isSurname(s.words.get(run.from + 1).folded()) && vocabulary.isSurname(s.words.get(run.to).folded())
                && !vocabulary.isFunctionWord(f) && !vocabulary.notNameWords.contains(f) && !vocabulary.isTitle(f)
                && !vocabulary.places.contains(f) && !COMMON_ENDING.matcher(f).matches() && !AGENT_NOUN.matcher(f).matches()
                && noCommonWord(s, run);
    }

    private static final Pattern SENTENCE_START_BEFORE = Pattern.compile("(?:^|[.!?¿¡:;\"«“(•*·\\-–—])[ \\t]*$");
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("[.!?¿¡;:\"«“(•*·\\-–—][ \\t]*$");
    private static final Pattern COMMA_OR_COLON_AFTER = Pattern.compile("^[ \\t]*[,:]");

    /**
     * A given name or its short form written alone where a person stands: "copia a Renata", "con Lucía", "Gise, te
     * paso…", "Nati: propongo…", "…, Toñita, nos contó", "Saludos cordiales, Tránsito.". Opening a sentence a capital
     * says nothing, so there a comma, a colon or a person's verb must follow; after "de", an article or a saint's
     * title (Virgen de Guadalupe, Los Reyes, San Martín), beside another capitalized word, or where a place is named,
     * it is not taken. A word the lists lack is taken after whose relative someone is («el novio de Yulieth»). Longer
     * names are the job of the runs above.
     */
    private void loneGivenNames(Scan s) {
        for (int k = 0; k < s.words.size(); k++) {
            Words.Word w = s.words.get(k);
            String f = w.folded();
            // «novio de Yulieth»: whose relative someone is names a person, though the lists lack the given name
            boolean relativeOf = kinOf(s, k) && personWord(w);
            if (!w.capitalized() || !w.text().substring(1).equals(w.text().substring(1).toLowerCase(java.util.Locale.ROOT))
                    || f.length() < 3 || !vocabulary.isGivenName(f) && !relativeOf || vocabulary.notNameWords.contains(f)
                    || vocabulary.isFunctionWord(f) || vocabulary.places.contains(f) || vocabulary.isTitle(f)) {
                continue;
            }
            boolean joinedBefore = k > 0 && s.words.get(k - 1).capitalized() && continues(s.text, s.words.get(k - 1), w);
            boolean joinedAfter = k + 1 < s.words.size() && s.words.get(k + 1).capitalized() && continues(s.text, w, s.words.get(k + 1));
            if (joinedBefore || joinedAfter) {
                continue;
            }
            if (places.isLonePlace(s.text, s.words, k) || k > 0 && PlaceGuard.ARTICLE_OR_DE.contains(s.words.get(k - 1).folded())
                    && !kinOf(s, k)) {
                continue;
            }
            int lineStart = Lines.nearStart(s.text, w.start());
            String before = s.folded.substring(Math.max(lineStart, w.start() - 30), w.start());
            String after = s.folded.substring(w.end(), Math.min(Lines.nearEnd(s.text, w.end()), w.end() + 60));
            boolean sentenceStart = before.isBlank() && lineStart >= w.start() - 30 || SENTENCE_END_BEFORE.matcher(before).find();
            if (sentenceStart && !COMMA_OR_COLON_AFTER.matcher(after).find() && !verbAfter.matcher(after).find()) {
                continue;
            }
            s.add(new Run(k, k, 1, 1, true, false), OTHER, false);
        }
    }

    /** "sobrino de Chencho", "la hija de Lalo": whose relative someone is names a person, not a place. */
    private boolean kinOf(Scan s, int k) {
        return k >= 2 && s.words.get(k - 1).folded().equals("de") && vocabulary.relations.contains(s.words.get(k - 2).folded())
                && continues(s.text, s.words.get(k - 2), s.words.get(k - 1)) && continues(s.text, s.words.get(k - 1), s.words.get(k));
    }

    private static final Pattern COMMA_THEN = Pattern.compile("^,[ \\t]*");
    private static final Pattern COLON_AFTER = Pattern.compile("^[.]?[ \\t]*:");

    /** What opens an entry of a list mid-line: a label's colon or the semicolon after the previous entry. */
    private static final Pattern ENTRY_SEPARATOR_BEFORE = Pattern.compile("[:;][ \\t]*$");
    /** What closes an entry written surname first: the next entry, an aside, the sentence or the line. */
    private static final Pattern ENTRY_END_AFTER = Pattern.compile("^[ \\t]*(?:[:;,(.]|$)");

    /**
     * Surname first at the start of a line, as in minutes and lists: "López Ruiz, Juan:", "Bravo, L.:" — surnames,
     * a comma, a known given name or initials, a colon. An index's or a card's entries write people the same way
     * ("Mendiola, Tránsito, secretaria", "Autores: Quintero, Marisela; Galván Rocha, Eliseo."): at a line's start or
     * after a colon or a semicolon, one or two surnames (no place) and known given names only, closing the entry.
     */
    private void surnameFirstAtLineHead(Scan s, Run surnames) {
        Words.Word first = s.words.get(surnames.from);
        boolean lineHead = first.start() == firstLetter(s.text, Lines.nearStart(s.text, first.start()));
        boolean entryHead = lineHead || ENTRY_SEPARATOR_BEFORE.matcher(s.text.substring(Lines.nearStart(s.text, first.start()), first.start())).find();
        if (!entryHead || surnames.significant > 3 || surnames.upperOnly || surnames.to + 1 >= s.words.size()) {
            return;
        }
        Matcher comma = COMMA_THEN.matcher(s.text.substring(s.words.get(surnames.to).end(), s.words.get(surnames.to + 1).start()));
        if (!comma.matches()) {
            return;
        }
        int g = surnames.to + 1;
        int end = g;
        boolean initials = s.words.get(g).initial();
        if (initials) {
            while (end + 1 < s.words.size() && s.words.get(end + 1).initial() && continues(s.text, s.words.get(end), s.words.get(end + 1))) {
                end++;
            }
        } else {
            Run given = run(s, g, false);
            if (given == null || !given.givenFirst || given.significant > 2) {
                return;
            }
            end = given.to;
        }
        String after = Lines.nearAfter(s.text, s.words.get(end).end());
        if (lineHead && COLON_AFTER.matcher(after).find() || !initials && invertedEntry(s, surnames, g, end, after)) {
            s.add(new Run(surnames.from, end, surnames.significant + end - g + 1, surnames.known, false, false), OTHER, true);
        }
    }

    private boolean invertedEntry(Scan s, Run surnames, int given, int end, String after) {
        if (surnames.significant > 2 || !ENTRY_END_AFTER.matcher(after).find() || !givenNamesOnly(s, given, end)) {
            return false;
        }
        for (int k = surnames.from; k <= surnames.to; k++) {
            Words.Word w = s.words.get(k);
            if (vocabulary.isGivenName(w.folded()) || vocabulary.places.contains(w.folded()) || places.isPlaceName(w.text())
                    || commonEnding(w)) {
                return false;
            }
        }
        return !places.isPlaceName(s.text.substring(s.words.get(surnames.from).start(), s.words.get(surnames.to).end()));
    }

    private static boolean noCommonWord(Scan s, Run run) {
        return noCommonWord(s, run, false);
    }

    /** @param infinitiveAfterFirst whether a word after the run's first may end like an infinitive (Aguilar, Escobar) */
    private static boolean noCommonWord(Scan s, Run run, boolean infinitiveAfterFirst) {
        for (int k = run.from; k <= run.to; k++) {
            Words.Word w = s.words.get(k);
            if (commonEnding(w) && !(infinitiveAfterFirst && k > run.from && INFINITIVE_ENDING.matcher(w.folded()).matches())) {
                return false;
            }
        }
        return true;
    }

    private static int firstLetter(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && !Character.isLetter(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** A sentence's first word is capitalized anyway: dropped when a known given name follows it. */
    private Run trimSentenceStart(Scan s, Run run) {
        Words.Word first = s.words.get(run.from);
        if (run.significant < 2 || vocabulary.isKnownName(first.folded())) {
            return run;
        }
        String before = s.text.substring(Lines.nearStart(s.text, first.start()), first.start()).strip();
        boolean sentenceStart = before.isEmpty() || before.matches(".*[.!?:;¿¡\"«-]$");
        int next = run.from + 1;
        while (next <= run.to && connectors.contains(s.words.get(next).folded())) {
            next++;
        }
        if (sentenceStart && next <= run.to && vocabulary.isGivenName(s.words.get(next).folded())) {
            Run rest = run(s, next, false);
            return rest == null ? run : rest;
        }
        return run;
    }

    private boolean secondWordIsName(Scan s, Run run) {
        int k = run.from + 1;
        while (k <= run.to && connectors.contains(s.words.get(k).folded())) {
            k++;
        }
        if (k > run.to) {
            return false;
        }
        Words.Word second = s.words.get(k);
        return vocabulary.isKnownName(second.folded()) || !second.upper() || !commonEnding(second);
    }

    // ---- runs of name-like words

    /**
     * @param known      how many words are known given names or surnames
     * @param givenFirst the first word is a known given name
     * @param upperOnly  all words are in upper case (a line in capitals tells nothing by its case)
     * @param nicknamed  a nickname in quotes stands inside it ("Ovidio "el Chamuco" Rentería"): people are named so
     */
    private record Run(int from, int to, int significant, int known, boolean givenFirst, boolean upperOnly, boolean nicknamed) {
        Run(int from, int to, int significant, int known, boolean givenFirst, boolean upperOnly) {
            this(from, to, significant, known, givenFirst, upperOnly, false);
        }
    }

    /** The longest run of name-like words starting at word {@code i} (connectors inside), or null. */
    private Run run(Scan s, int i, boolean lowerCaseAllowed) {
        if (i < 0 || i >= s.words.size() || gluedIntoNotName(s, i)) {
            return null;
        }
        int from = -1;
        int to = -1;
        int significant = 0;
        int known = 0;
        boolean upperOnly = true;
        // a label's value: a name written in lower case, or an upper-case surname with a common ending (ECHAVARRÍA)
        boolean lowerRun = lowerCaseAllowed && !s.words.get(i).capitalized() && vocabulary.isGivenName(s.words.get(i).folded());
        boolean value = lowerCaseAllowed;
        int j = i;
        boolean bridged = false;
        boolean nicknamed = false;
        while (j < s.words.size() && significant < MAX_WORDS) {
            Words.Word w = s.words.get(j);
            if (j > i && !bridged && !continues(s.text, s.words.get(j - 1), w)) {
                int after = from >= 0 ? afterQuotedNickname(s, j) : -1;
                if (after < 0 || !nameWord(s.words.get(after), lowerRun, value)) {
                    break;
                }
                j = after; // José "Pepe" Ramírez: the nickname stays inside the name
                bridged = true;
                nicknamed = true;
                continue;
            }
            bridged = false;
            if (from >= 0 && surnameFieldAfter.matcher(s.folded).region(s.words.get(j - 1).end(), Math.min(s.folded.length(), w.end() + 20)).lookingAt()) {
                break; // «OFELIA MARISOL APELLIDO PATERNO: …»: the next field's label is no part of the name
            }
            if (from >= 0 && connectors.contains(w.folded()) && (!w.capitalized() || w.upper())) {
                int k = j + 1;
                while (k < s.words.size() && connectors.contains(s.words.get(k).folded()) && continues(s.text, s.words.get(k - 1), s.words.get(k))) {
                    k++;
                }
                if (k < s.words.size() && continues(s.text, s.words.get(k - 1), s.words.get(k)) && nameWord(s.words.get(k), lowerRun, value)) {
                    j = k;
                    continue;
                }
                break;
            }
            if (!nameWord(w, lowerRun, value) && !(from < 0 && calendarGivenName(s, j))) {
                if (from >= 0 && placeWordAsSurname(s, from, j)) {
                    to = j;
                    significant++;
                    upperOnly = false;
                    j++;
                    continue; // a second surname may follow ("Efrén Calzada Robles")
                }
                break;
            }
            if (from < 0) {
                from = j;
            }
            to = j;
            significant++;
            if (vocabulary.isKnownName(w.folded())) {
                known++;
            }
            upperOnly &= w.upper();
            j++;
        }
        if (from < 0 || allInitials(s, from, to)) {
            return null;
        }
        if (upperOnly && significant >= 3) {
            int cut = upperCaseNameEnd(s, from, to);
            if (cut < to) {
                to = cut;
                significant = 0;
                known = 0;
                for (int k = from; k <= to; k++) {
                    if (!connectors.contains(s.words.get(k).folded())) {
                        significant++;
                        known += vocabulary.isKnownName(s.words.get(k).folded()) ? 1 : 0;
                    }
                }
            }
        }
        if (to + 1 < s.words.size() && (significant == 1 || givenNamesOnly(s, from, to) && surnameLike(s.words.get(to + 1)))
                && wrappedName(s, s.words.get(to), s.words.get(to + 1))) {
            // given names alone wait for their surname: "Martha Lilia\nCedeño llevó …"
            // a line wrapped inside a name ("Maura\nLizárraga, repartió …"): the surname is on the next line
            to++;
            significant++;
            upperOnly &= s.words.get(to).upper();
        }
        return new Run(from, to, significant, known, vocabulary.isGivenName(s.words.get(from).folded()), upperOnly,
                nicknamed && significant >= 2);
    }

    /**
     * "Lupita Calzada, Efrén …", "Anselmo Plaza llegó": a word that announces a place (calzada, plaza, villa) right after a
     * known given name, with no capitalized word after it to be the place's name, is a surname — a place word names a
     * place only with the name that follows it.
     */
    private boolean placeWordAsSurname(Scan s, int from, int j) {
        Words.Word w = s.words.get(j);
        if (!w.capitalized() || w.upper() || w.dotted() || j != from + 1 || !vocabulary.isGivenName(s.words.get(from).folded())
                || !vocabulary.places.contains(w.folded())) {
            return false;
        }
        if (j + 1 < s.words.size() && continues(s.text, w, s.words.get(j + 1))
                && (s.words.get(j + 1).capitalized() || connectors.contains(s.words.get(j + 1).folded()))) {
            // "María Plaza de la Constitución", "Rosa Villa Coapa": the place's name goes on — unless what follows is a
            // second surname the lists know and the two make no place the catalogue names ("Efrén Calzada Robles")
            Words.Word next = s.words.get(j + 1);
            return next.capitalized() && !next.upper() && vocabulary.isSurname(next.folded()) && !vocabulary.places.contains(next.folded())
                    && !places.isPlaceName(w.text() + " " + next.text());
        }
        return true;
    }

    /**
     * "SR. CASIMIRO VILLALOBOS PIDE FIRMA A VECINOS", "SRA. OCAMPO RECOGE ACTAS": in capitals the case does not end a name,
     * so a run goes on into the sentence. After its last known surname a Mexican name has one more surname at most:
     * two words or more after it, none a known name, are the sentence (a verb and its object), not the name.
     */
    private int upperCaseNameEnd(Scan s, int from, int to) {
        int lastSurname = -1;
        for (int k = from; k <= to; k++) {
            if (vocabulary.isSurname(s.words.get(k).folded())) {
                lastSurname = k;
            }
        }
        if (lastSurname < 0) {
            return to;
        }
        int unknown = 0;
        for (int k = lastSurname + 1; k <= to; k++) {
            String f = s.words.get(k).folded();
            if (vocabulary.isKnownName(f)) {
                return to;
            }
            unknown += connectors.contains(f) ? 0 : 1;
        }
        return unknown >= 2 ? lastSurname : to;
    }

    /** "WhatsApp", "YouTube": a brand written in camel case is split into two capitalized words, which are no name. */
    private boolean gluedIntoNotName(Scan s, int i) {
        return i + 1 < s.words.size() && s.words.get(i).end() == s.words.get(i + 1).start()
                && vocabulary.notNameWords.contains(s.words.get(i).folded() + s.words.get(i + 1).folded());
    }

    private static final Pattern OPENING_QUOTE = Pattern.compile("[ \\t]+[\"“«(][ \\t]?");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[ \\t]?[\"”»)][ \\t]+");

    /**
     * A nickname in quotes or parentheses inside a name ("José «Pepe» Ramírez", "Juan (el Güero) López"): when word
     * {@code j} opens it, the index of the word after it closes (up to three words inside), or -1.
     */
    private int afterQuotedNickname(Scan s, int j) {
        if (!OPENING_QUOTE.matcher(s.text.substring(s.words.get(j - 1).end(), s.words.get(j).start())).matches()) {
            return -1;
        }
        for (int k = j; k < j + 3 && k + 1 < s.words.size(); k++) {
            String between = s.text.substring(s.words.get(k).end(), s.words.get(k + 1).start());
            if (CLOSING_QUOTE.matcher(between).matches()) {
                // not a place in quotes: Mercado "Lázaro Cárdenas" Iztacalco
                boolean place = places.isPlaceName(s.text.substring(s.words.get(j).start(), s.words.get(k).end()));
                return s.words.get(k + 1).capitalized() && !place ? k + 1 : -1;
            }
            if (!between.matches("[ \\t]{1,2}")) {
                return -1;
            }
        }
        return -1;
    }

    /** The run of name-like words that ends right before {@code pos} (a display name before "&lt;address&gt;"). */
    private Run runEndingBefore(Scan s, int pos) {
        int last = Words.lastEndingBefore(s.words, pos);
        if (last < 0 || !s.text.substring(s.words.get(last).end(), pos).matches("[ \\t\"'»”]*")) {
            return null;
        }
        int first = last;
        while (first - 1 >= 0 && continues(s.text, s.words.get(first - 1), s.words.get(first))
                && (nameWord(s.words.get(first - 1), false) || connectors.contains(s.words.get(first - 1).folded()))
                && last - first < MAX_WORDS) {
            first--;
        }
        while (first <= last && connectors.contains(s.words.get(first).folded())) {
            first++;
        }
        Run run = run(s, first, false);
        return run == null || run.to != last ? null : run;
    }

    /** A known surname, or a word that is neither a given name nor shaped like a verb, an adverb or an abstract noun. */
    private boolean surnameLike(Words.Word w) {
        return vocabulary.isSurname(w.folded()) || !vocabulary.isGivenName(w.folded()) && !COMMON_ENDING.matcher(w.folded()).matches();
    }

    /** Every word of the run is a given name ("Martha Lilia"): a name not yet finished by its surname. */
    private boolean givenNamesOnly(Scan s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!connectors.contains(s.words.get(k).folded()) && !vocabulary.isGivenName(s.words.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    private boolean wrappedName(Scan s, Words.Word last, Words.Word next) {
        String between = s.text.substring(last.end(), next.start());
        if (!between.matches("[ \\t]*\\n[ \\t]*") || !next.capitalized() || next.upper() || !nameWord(next, false)
                || places.isPlaceName(next.text())) {
            return false;
        }
        String rest = Lines.nearAfter(s.text, next.end());
        return rest.isEmpty() || rest.matches("^[,;:.)]?[ \\t]*(?:\\p{Ll}.*)?$");
    }

    private boolean allInitials(Scan s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!s.words.get(k).initial() && s.words.get(k).text().length() > 1) {
                return false;
            }
        }
        return true;
    }

    private boolean nameWord(Words.Word w, boolean lowerRun) {
        return nameWord(w, lowerRun, false);
    }

    /**
     * @param lowerRun a name written in lower case (a label's value starting with a known given name)
     * @param value    a label's value: an upper-case word with a common ending may still be a surname (ECHAVARRÍA)
     */
    private boolean nameWord(Words.Word w, boolean lowerRun, boolean value) {
        String f = w.folded();
        if (!w.capitalized()) {
            return lowerRun && f.length() >= 2 && !vocabulary.isFunctionWord(f) && !vocabulary.notNameWords.contains(f);
        }
        if (w.text().length() == 1) {
            return w.initial();
        }
        boolean knownName = vocabulary.isKnownName(f) || w.dotted() && vocabulary.isGivenName(f);
        // a role noun that is also a given name's short form, written with a capital and not in a text in capitals, is
        // the name: "un tal Chava Medrano" (Salvador), not "la chava"
        boolean capitalizedGivenName = !w.upper() && vocabulary.rolesThatAreGivenNames.contains(f);
        if (vocabulary.notNameWords.contains(f) && !capitalizedGivenName || vocabulary.isFunctionWord(f) && !knownName) {
            return false;
        }
        if (vocabulary.isTitle(f) && !knownName) {
            return false;
        }
        if (vocabulary.places.contains(f) && !knownName) {
            return false;
        }
        return !w.upper() || knownName || value || !commonEnding(w) && !endsWithAccentedVowel(w.text());
    }

    /**
     * "Abril Sotomayor", "Domingo Ledesma": a given name that is also a month's or a weekday's name opens a name when
     * the next word, on the same line, is a known given name or surname that is no calendar word itself. A date goes
     * on with a number or «de» («Abril de 2022», «Domingo 1»), a calendar's heading with another month («Abril Mayo»).
     */
    private boolean calendarGivenName(Scan s, int j) {
        Words.Word w = s.words.get(j);
        if (!w.capitalized() || w.text().length() < 3 || !vocabulary.isGivenName(w.folded())
                || !vocabulary.notNameWords.contains(w.folded()) || j + 1 >= s.words.size()) {
            return false;
        }
        Words.Word next = s.words.get(j + 1);
        String f = next.folded();
        if (!next.capitalized() || next.upper() != w.upper() || !continues(s.text, w, next) || vocabulary.notNameWords.contains(f)
                || vocabulary.isFunctionWord(f) || vocabulary.isTitle(f)) {
            return false;
        }
        return vocabulary.isKnownName(f) || listedPair(s, j, next);
    }

    /** What stands before an item of a list on its line: a label's colon, a comma, a semicolon, a parenthesis, «y». */
    private static final Pattern ITEM_BEFORE = Pattern.compile("(?:[:,;(]|(?<![\\p{L}])[ye])[ \\t]*$");
    /** What closes an item of a list: a comma, a semicolon, an aside, the sentence, a quote, the line, «y». */
    private static final Pattern ITEM_AFTER = Pattern.compile("^[ \\t]*(?:[,;(.)\"”»]|$|(?:y|e)[ \\t])");

    /**
     * "Funcionarios: Abril Cuautle (presidenta), …", "…, Benigno Cervera y Abril Tecuatl": a calendar given name and a
     * capitalized word the lists lack make one item of a list — after a colon, a comma, «y» or a possessive relation
     * («su sobrina …»), and closed by the next
     * separator, an aside or the sentence's end. A date is never written so: it goes on with «de» or a number, and a
     * calendar's heading lists months.
     */
    private boolean listedPair(Scan s, int j, Words.Word next) {
        Words.Word w = s.words.get(j);
        if (next.dotted() && next.text().length() == 1 || vocabulary.places.contains(next.folded()) || places.isPlaceName(next.text())
                || commonEnding(next)) {
            return false;
        }
        String line = s.text.substring(Lines.nearStart(s.text, w.start()), w.start());
        // or after a possessive relation («y su sobrina Abril Tecuatl.»): the relation says a person follows, as a list does
        Matcher relation = RELATION_BEFORE.matcher(Folding.foldLower(line));
        boolean related = relation.find() && relation.group(1) != null && vocabulary.relations.contains(relation.group(1));
        return (ITEM_BEFORE.matcher(line).find() || related) && ITEM_AFTER.matcher(Lines.nearAfter(s.text, next.end())).find();
    }

    /** A surname with a written accent on its last syllable («SALMERÓN», «GALERÓN»). */
    private static final Pattern ACCENTED_ON_ENDING = Pattern.compile("(?i)[AEI]R[ÓÒ]N$");

    /**
     * An ending of a verb, an adverb or an abstract noun. A verb's «-aron»/«-eron» never carries an accent, so a word
     * written «-RÓN» («SALMERÓN») is a surname's ending, not a verb's.
     */
    private static boolean commonEnding(Words.Word w) {
        return COMMON_ENDING.matcher(w.folded()).matches() && !ACCENTED_ON_ENDING.matcher(w.text()).find();
    }

    private static boolean endsWithAccentedVowel(String word) {
        return "ÁÉÍÓÚáéíóú".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /**
     * Two words of one name: on one line, apart by spaces (or a period after an abbreviation: "Ma. Elena"), or two
     * capitalized words glued ("JuanPérez"). A tab parts a table's cells: "Ochoa\tMercado Emiliano Zapata" is a name and
     * the place in the next cell.
     */
    private static boolean continues(String text, Words.Word previous, Words.Word next) {
        String between = text.substring(previous.end(), next.start());
        if (between.isEmpty()) {
            // "JuanPérez" in a file name: two capitalized words glued
            return previous.capitalized() && !previous.upper() && next.capitalized() && !next.upper();
        }
        if (between.chars().allMatch(c -> c == ' ')) {
            return between.length() <= 2;
        }
        // "Ma. Luisa", "Fco. Ruiz", "Mtra. Ana": an abbreviation has few vowels; "… Núñez Peña. Cambio" ends a sentence
        return previous.dotted() && previous.text().length() <= 4 && between.matches("\\.[ \\t]?")
                && (previous.text().length() <= 2 || previous.folded().replaceAll("[^aeiou]", "").length() <= 1);
    }

    private boolean acceptedAfterCue(Run run, boolean strongCue) {
        if (run.significant >= 2) {
            return true;
        }
        return run.known >= 1 || strongCue && !run.upperOnly;
    }

    private int skipTitlesAndQuotes(Scan s, int w) {
        while (w < s.words.size() && vocabulary.isTitle(s.words.get(w).folded())
                && (s.words.get(w).dotted() || s.words.get(w).text().length() > 3) && w + 1 < s.words.size()
                && s.words.get(w + 1).start() <= Lines.nearEnd(s.text, s.words.get(w).end())) {
            w++;
        }
        return w;
    }

    private static boolean quoteBetween(Scan s, int from, int to) {
        return s.text.substring(from, to).matches("[ \\t\"'«“]*");
    }

    // ---- collected finds

    private final class Scan {
        final String text;
        final String folded;
        final List<Words.Word> words;
        final List<Mention<String>> found = new ArrayList<>();

        Scan(String text) {
            this.text = text;
            this.folded = Folding.foldPreservingLength(text);
            this.words = Words.of(text);
        }

        boolean add(Run run, int strength, boolean guarded) {
            return add(run, strength, guarded, false);
        }

        /** @param addressed after a title or role: only a place context or a public figure's name makes it a place */
        /** @return whether it was taken (not a place) */
        boolean add(Run run, int strength, boolean guarded, boolean addressed) {
            if (guarded && (addressed ? places.isPlaceAfterTitle(text, words, run.from, run.to)
                    : places.isPlace(text, words, run.from, run.to))) {
                return false;
            }
            int start = words.get(run.from).start();
            int end = words.get(run.to).end();
            if (words.get(run.to).dotted() && words.get(run.to).text().length() == 1) {
                end++;
            }
            found.add(new Mention<>(text.substring(start, end), start, end, strength));
            return true;
        }

        /** In text order; overlapping finds become one, with the strongest source. */
        List<Mention<String>> resolve() {
            found.sort(Comparator.comparingInt((Mention<String> m) -> m.start()).thenComparingInt(m -> -m.end()));
            List<Mention<String>> merged = new ArrayList<>();
            for (Mention<String> m : found) {
                Mention<String> last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && m.start() < last.end()) {
                    int end = Math.max(last.end(), m.end());
                    merged.set(merged.size() - 1, new Mention<>(text.substring(last.start(), end), last.start(), end,
                            Math.max(last.strength(), m.strength())));
                } else {
                    merged.add(m);
                }
            }
            return merged;
        }
    }
}
