package mx.observa.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.text.Folding;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The findings of one report, read in order, as a reader does: each passage with its kind and topics, and what
 * the report said before it —
 * <ul>
 *   <li>a passage that goes on telling the incident before it ("Ya se fue el del celular", "llamaron a la
 *       patrulla y se llevaron al sujeto") is part of that incident: same kind, and its topics;</li>
 *   <li>a passage that says the mesa saw that incident and let it be ("la presidenta lo vio y siguió anotando")
 *       goes on telling it, about the officials too, whatever its own words read;</li>
 *   <li>a problem the report already told, recorded again in the acta, is not a new one;</li>
 *   <li>a passage that only tells how the problem before it was dealt with ("la giraron hacia la pared") is about
 *       that problem's topics ({@link HandledTopics});</li>
 *   <li>a handling that names the incident before it again only as what it handled ("la presidenta denunció el robo
 *       ante la policía") is «sin novedad», not a second incident ({@link RetoldProblems});</li>
 *   <li>an incident the nearest labelled passages decided, with no serious topic in its own words, takes the one all
 *       those passages share ({@link SeriousNeighbours}: "un muchacho se fue con la mochila de las actas");</li>
 *   <li>names are not topics: the places of the report ("Portales IV", "Escandón") and a project's name ("el
 *       proyecto de cámaras de vigilancia") are blanked before the topic and kind cues are read;</li>
 *   <li>a presentation ("observé la mesa de…") or a fact said to be unrelated to the mesa has no topics;</li>
 *   <li>in a report only about the internet vote, everything it judges is about the internet vote; in one mostly
 *       about it, opening and closing words ("cierro sesión", "cerró el periodo") open and close the online vote,
 *       not the mesa's count: alone they make no {@code escrutinio};</li>
 *   <li>a long run-on paragraph, as a transcribed voice note is, is read sentence by sentence;</li>
 *   <li>scan noise glued to the end of a paragraph is an illegible finding of its own, a capital I a scan
 *       read as an l ("lnstalación") is read as an I, and a zero read inside a word ("resp0nsable") as an o
 *       ({@link ScanDigits}): the text quoted stays what was written.</li>
 * </ul>
 * Not thread-safe per report: {@link ReportUnderstander} creates one per understood report.
 */
final class ReportFindings {

    /** A project's name: what follows "proyecto de" (one or two words) or the quotes after "proyecto". */
    private static final Pattern PROJECT_NAME = Pattern.compile(
            "(?<![\\p{L}])proyectos?\\s+(?:(?:de|del)\\s+(?:(?:la|el|los|las)\\s+)?(\\p{L}+(?:\\s+de\\s+\\p{L}+)?)|[\"“«]([^\"”»]{1,40})[\"”»])");
    /** The number that tells apart the parts of a place: "Portales IV", "Pensil 2", "Juventino Rosas II". */
    private static final Pattern PLACE_NUMBER = Pattern.compile("\\s+(?:[IVXL]{1,5}|\\d{1,2})\\s*$");
    /**
     * A capital I a scan read as an l: no Spanish word starts with l and n, m, r, s or t ("lnstalación",
     * "lncidentes"). Same length, so what is quoted stays what was written.
     */
    private static final Pattern OCR_CAPITAL_I = Pattern.compile("(?<![\\p{L}\\p{N}])l(?=[nmrst]\\p{L})");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");
    /** A run-on paragraph: this many sentences, most starting in lower case (dictated), or this many words. */
    private static final int RUN_ON_SENTENCES = 4;
    private static final int RUN_ON_WORDS = 150;

    private final TopicClassifier topics;
    private final HandledTopics handled;
    private final RetoldProblems retold;
    private final KindClassifier kinds;
    private final NearestPassages nearest;
    private final KindRules kindRules;
    private final FoldingSpanishAnalyzer analyzer;
    private final IllegibleText illegible;
    private final List<String> placeNames;
    /** A place's name without its number ("Portales" of "Portales IV"), blanked only where written as a name. */
    private final List<String> placeBases;
    private final boolean internetOnly;
    /** The topics the whole report is about, to which a topic's routine words yield (an internet-only report's remota). */
    private final Set<String> reportTopics;
    private final RulesReadings readings;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> told = new HashSet<>();

    /**
     * @param placeNames   the report's place names as written (UT, colonia, alcaldía), blanked before reading
     * @param internetOnly whether the report speaks only of the internet vote (no mesa)
     */
    ReportFindings(TopicClassifier topics, KindClassifier kinds, NearestPassages nearest, KindRules kindRules,
                   FoldingSpanishAnalyzer analyzer, IllegibleText illegible, List<String> placeNames, boolean internetOnly) {
        this(topics, kinds, nearest, kindRules, analyzer, illegible, placeNames, internetOnly, RulesReadings.none());
    }

    /** @param readings what the rules read in a passage, shared with another reading of the same report or not */
    ReportFindings(TopicClassifier topics, KindClassifier kinds, NearestPassages nearest, KindRules kindRules,
                   FoldingSpanishAnalyzer analyzer, IllegibleText illegible, List<String> placeNames, boolean internetOnly,
                   RulesReadings readings) {
        this.readings = readings;
        this.topics = topics;
        this.handled = topics.handled();
        this.retold = handled.retold();
        this.kinds = kinds;
        this.nearest = nearest;
        this.kindRules = kindRules;
        this.analyzer = analyzer;
        this.illegible = illegible;
        this.placeNames = placeNames;
        this.placeBases = placeNames.stream().map(n -> PLACE_NUMBER.matcher(n).replaceFirst(""))
                .filter(base -> !placeNames.contains(base)).distinct().toList();
        this.internetOnly = internetOnly;
        this.reportTopics = internetOnly ? Set.of("remota") : Set.of();
    }

    List<Finding> read(List<Segmenter.Segment> segments) {
        for (Segmenter.Segment segment : segments) {
            if (readings.illegible(ScanDigits.asLetters(segment.text()), illegible::isIllegible)) {
                findings.add(Finding.illegible(findings.size() + 1, segment.text()));
            } else if (segment.reading() != null) {
                read(segment.text(), segment.reading(), segment.context()).ifPresent(this::add);
            } else if (runOn(segment.text())) {
                readSentences(segment);
            } else {
                int noise = illegibleTail(segment.text());
                read(segment.text().substring(0, noise).strip(), segment.context()).ifPresent(this::add);
                if (noise < segment.text().length()) {
                    findings.add(Finding.illegible(findings.size() + 1, segment.text().substring(noise).strip()));
                }
            }
        }
        return mostlyInternetVote() ? findings.stream().map(this::withoutOnlineClosing).toList() : List.copyOf(findings);
    }

    /** Whether at least the configured share of the findings that judge something are about the internet vote. */
    private boolean mostlyInternetVote() {
        List<Finding> judged = findings.stream().filter(f -> !f.illegible() && judges(f.kind())).toList();
        long remote = judged.stream().filter(f -> f.evidence().containsKey("remota")).count();
        return !judged.isEmpty() && remote >= topics.internetVote().share() * judged.size();
    }

    /** The finding without {@code escrutinio} when every word that gave it is an opening or closing word. */
    private Finding withoutOnlineClosing(Finding f) {
        List<String> counting = f.evidence().get("escrutinio");
        if (counting == null || !counting.stream().allMatch(this::openingOrClosing)) {
            return f;
        }
        SortedMap<String, List<String>> evidence = new TreeMap<>(f.evidence());
        evidence.remove("escrutinio");
        return new Finding(f.number(), f.text(), evidence, f.kind(), f.kindEvidence(), f.illegible());
    }

    /** Every word of the evidence is an opening or closing word ("Cierro", not "mesa … cerró" nor "conteo"). */
    private boolean openingOrClosing(String evidence) {
        AnalyzedText words = AnalyzedText.of(analyzer, evidence);
        List<Phrase> openingClosing = topics.internetVote().openingClosing();
        int i = 0;
        while (i < words.size()) {
            int length = words.longestAt(openingClosing, i);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return words.size() > 0;
    }

    /**
     * Where the sentences that end the passage stop being language, or its length: a scan's noise the extraction
     * glued to the last line of a paragraph ("…el cartel de resultados. lncidentes'. rn3s4 r3c3pt0ra ,, t0d0").
     */
    private int illegibleTail(String written) {
        String text = ScanDigits.asLetters(written);
        Matcher m = SENTENCE.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            if (!m.group().isBlank()) {
                starts.add(m.start());
            }
        }
        for (int i = 1; i < starts.size(); i++) {
            if (readings.illegible(text.substring(starts.get(i)), illegible::isIllegible)
                    && !readings.illegible(text.substring(0, starts.get(i)), illegible::isIllegible)) {
                return starts.get(i);
            }
        }
        return text.length();
    }

    /** A dictated paragraph: each sentence is read on its own. */
    private void readSentences(Segmenter.Segment segment) {
        for (String sentence : sentences(segment.text())) {
            read(sentence, segment.context()).ifPresent(this::add);
        }
    }

    private void add(Finding f) {
        Finding numbered = new Finding(findings.size() + 1, f.text(), new TreeMap<>(f.evidence()), f.kind(), f.kindEvidence(), false);
        Finding previous = findings.isEmpty() ? null : findings.get(findings.size() - 1);
        Finding followed = followingUp(SeriousNeighbours.letBeAsBefore(numbered, previous, () -> !topics.seenByPronoun().isEmpty()
                && !topics.seenByPronoun().find(readings.analyzed(analyzer, blankNames(numbered.text()))).isEmpty()), previous);
        findings.add(handled.lend(followed, previous, () -> readings.analyzed(analyzer, blankNames(followed.text()))));
    }

    private Optional<Finding> read(String text, String context) {
        return read(text, text, context);
    }

    /**
     * @param reading what the finding says, when its quote does not say it alone (a checklist row's marked column)
     * @return the finding; or, when the passage read whole judges nothing and ends in a question after a fact of its
     *         own ("Un señor le tomó foto a la papeleta de su esposa, ¿eso se puede?": a doubt is no hearsay), what the
     *         fact before the question tells, when it judges something
     */
    private Optional<Finding> read(String text, String reading, String context) {
        Optional<Finding> read = readAsWritten(text, reading, context);
        int asked = read.isEmpty() ? KindClassifier.factBeforeItsQuestion(reading) : -1;
        return asked < 0 ? read
                : readAsWritten(text, reading.substring(0, asked).strip(), context).filter(f -> judges(f.kind()));
    }

    private Optional<Finding> readAsWritten(String text, String reading, String context) {
        String classified = OCR_CAPITAL_I.matcher(ScanDigits.asLetters(blankNames(context == null ? reading
                : context + ": " + reading))).replaceAll("I");
        classified = QuestionAnswer.withoutUntickedOptions(QuestionAnswer.leadersAsColon(classified));
        AnalyzedText analyzed = readings.analyzed(analyzer, classified);
        TopicClassifier.Result found = readings.topics(classified, analyzed, at -> topics.classify(at, reportTopics));
        // the heading's length as written: blanking names and reading scanned digits keep every character in place
        int heading = context == null ? 0 : Math.min(context.length(), classified.length());
        return kinds.classify(classified, analyzed, found.problems(), told, heading).map(ruled -> UnanimousNeighbours.review(nearest.settle(ruled, analyzed), nearest, analyzed, found.evidence().keySet())).map(settled -> {
            KindClassifier.Kind kind = settled.kind();
            SortedMap<String, List<String>> about = withoutTopics(analyzed, kind) ? new TreeMap<>()
                    : SeriousNeighbours.lend(settled, settled.topics(topics.about(found, kind)));
            if (internetOnly && judges(kind.kind())) {
                about.putIfAbsent("remota", List.of("informe del voto por internet"));
            }
            if (kind.kind() == FindingKind.INCIDENCIA) {
                kind.reading().signals().stream().filter(KindSignals.Signal::problem)
                        .forEach(s -> told.addAll(KindSignals.toldWords(analyzed, s.match())));
            }
            return Finding.of(0, text, topics.withKindTopics(about, kind), kind.kind(), kind.evidence());
        });
    }

    /** A presentation of the report or a fact said to be unrelated to the mesa: context with no topic. */
    private boolean withoutTopics(AnalyzedText analyzed, KindClassifier.Kind kind) {
        return kind.kind() == FindingKind.CONTEXTO
                && (any(analyzed, kindRules.presentation) || any(analyzed, kindRules.unrelated));
    }

    /**
     * A passage that judges nothing by itself and goes on telling the incident just before it ("ya se fue el del
     * celular", "nadie hizo nada") is part of that incident; one that only tells how the mesa, the police or the
     * neighbours recorded or handled it ("llamaron a la patrulla y se lo llevaron", "se anotó en la hoja de
     * incidentes") is «sin novedad» about the same topics: the mesa did what it should (the labelling criteria,
     * src/test/resources/evaluacion/README.md) — unless the handling failed ("la patrulla nunca llegó").
     */
    private Finding followingUp(Finding f, Finding previous) {
        if (previous == null || previous.illegible() || previous.kind() != FindingKind.INCIDENCIA) {
            return f;
        }
        Optional<Finding> letBe = letBe(f, previous);
        if (letBe.isPresent()) {
            return letBe.get();
        }
        Optional<Finding> handledOnly = handledRetold(f, previous);
        if (handledOnly.isPresent()) {
            return handledOnly.get();
        }
        // what only resembles other passages yields to what goes on telling the incident ("llamaron a la policía")
        // … and so does what the officials did about it ("la responsable le pidió que se fuera y siguió ahí")
        boolean officialsOnly = f.evidence().keySet().equals(Set.of("funcionariado"));
        boolean judgesNothing = f.kind() == FindingKind.CONTEXTO
                || f.kind() == FindingKind.CONFORME && NearestPassages.decided(f.kindEvidence())
                || f.kind() == FindingKind.INCIDENCIA && (f.evidence().isEmpty() || officialsOnly);
        if (!judgesNothing) {
            return f;
        }
        AnalyzedText analyzed = readings.analyzed(analyzer, blankNames(f.text()));
        List<Rule.Match> handled = find(analyzed, kindRules.handling);
        // handling denied ("nadie llamó a la policía", "no le pidió que se retirara") or undone after a turn ("le
        // avisé a la responsable, pero dijo que no era su asunto") is no handling
        NegationScope negation = NegationScope.of(analyzed, kindRules.negation);
        List<Rule.Match> failures = new ArrayList<>(find(analyzed, kindRules.failedHandling));
        failures.removeIf(x -> whatWasRecorded(analyzed, x));
        boolean failed = !failures.isEmpty() || handled.stream().anyMatch(negation::denies)
                || !handled.isEmpty() && turnAfter(analyzed, handled.get(0).to());
        // … and a passage whose own words the rules read as a problem tells the problem, not only its handling
        boolean tellsAProblem = f.kind() == FindingKind.INCIDENCIA && !f.kindEvidence().isEmpty()
                && !NearestPassages.decided(f.kindEvidence());
        boolean onlyHandled = !handled.isEmpty() && !failed && !tellsAProblem;
        List<Rule.Match> cues = onlyHandled ? handled : find(analyzed, kindRules.followUps);
        if (cues.isEmpty()) {
            // a request to leave that was not obeyed goes on telling the incident: "le pidió que se alejara y siguió
            // ahí", "le pidió retirarse y le contestó que la calle es libre" (the failure told after the request) —
            // and so does one never made ("los funcionarios no le pidieron que se retirara")
            List<Rule.Match> asked = find(analyzed, kindRules.leaveRequests);
            cues = failures.stream().filter(x -> asked.stream().anyMatch(a -> a.to() < x.from())).toList();
            if (cues.isEmpty()) {
                cues = asked.stream().filter(negation::denies).toList();
            }
        }
        if (cues.isEmpty()) {
            return f;
        }
        FindingKind kind = onlyHandled ? FindingKind.CONFORME : FindingKind.INCIDENCIA;
        String follows = (kind == FindingKind.CONFORME ? "atiende el hallazgo " : "sigue al hallazgo ") + previous.number();
        SortedMap<String, List<String>> evidence = new TreeMap<>(f.evidence());
        if (evidence.isEmpty() || officialsOnly) {
            // its topics are those of the incident it goes on telling, unless it names its own (besides the officials)
            addTopicsOf(previous, evidence, follows);
        }
        List<String> why = new ArrayList<>(List.of(follows));
        cues.forEach(c -> why.add(c.evidence()));
        return new Finding(f.number(), f.text(), evidence, kind, why, false);
    }

    /**
     * The passage after an incident that says the mesa saw or knew of it and let it be ("la presidenta lo vio y siguió
     * anotando", "la mesa dijo que la lona no era cosa suya"; config {@code inaccion_de_la_mesa}) goes on telling that
     * incident, whatever its own words read ("siguieron recibiendo" alone is the mesa working): it is an incident about
     * the officials' conduct and about the problem they let be (labelling conventions of
     * src/test/resources/evaluacion/README.md). Only a passage whose own words name no topic but the officials': one
     * that names its own problem ("no la movió y la fila se hizo larga") tells that.
     */
    private Optional<Finding> letBe(Finding f, Finding previous) {
        if (topics.inaction().isEmpty() || f.kind() == FindingKind.RECOMENDACION || f.kind() == FindingKind.BUENA_PRACTICA
                || !Set.of("funcionariado").containsAll(f.evidence().keySet())) {
            return Optional.empty();
        }
        List<Rule.Match> cues = topics.inaction().find(readings.analyzed(analyzer, blankNames(f.text())));
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        String follows = HandledTopics.FOLLOWS + previous.number();
        SortedMap<String, List<String>> evidence = new TreeMap<>(f.evidence());
        addTopicsOf(previous, evidence, follows);
        evidence.putIfAbsent("funcionariado", cues.stream().map(Rule.Match::evidence).toList());
        List<String> why = new ArrayList<>(List.of(follows));
        cues.forEach(c -> why.add(c.evidence()));
        return Optional.of(new Finding(f.number(), f.text(), evidence, FindingKind.INCIDENCIA, why, false));
    }

    /**
     * The passage after an incident that tells how it was handled and names it again only as what was handled ("la
     * presidenta denunció el robo ante la policía", "la patrulla se llevó a quien la jaloneaba"): «sin novedad», the
     * mesa did what it should, though the rules read the incident's word as a problem ({@link RetoldProblems}). Only
     * when the rules (not the nearest passages) decided it, when it shares a topic with the incident besides the
     * officials (the same problem), and when the handling neither failed, was denied nor turned ("pero nunca llegó").
     */
    private Optional<Finding> handledRetold(Finding f, Finding previous) {
        if (f.kind() != FindingKind.INCIDENCIA || f.kindEvidence().isEmpty() || NearestPassages.decided(f.kindEvidence())
                || f.evidence().keySet().stream().noneMatch(t -> !HandledTopics.HANDLERS.contains(t) && previous.evidence().containsKey(t))) {
            return Optional.empty();
        }
        AnalyzedText analyzed = readings.analyzed(analyzer, blankNames(f.text()));
        NegationScope negation = NegationScope.of(analyzed, kindRules.negation);
        List<Rule.Match> acts = new ArrayList<>(find(analyzed, kindRules.handling));
        acts.addAll(handled.acts(analyzed));
        acts.removeIf(negation::denies);
        if (acts.isEmpty() || !find(analyzed, kindRules.failedHandling).isEmpty()
                || turnAfter(analyzed, acts.stream().mapToInt(Rule.Match::from).min().orElseThrow())
                || !retold.onlyPointBack(analyzed, f.kindEvidence(), acts)) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>(List.of(HandledTopics.ATTENDS + previous.number()));
        acts.forEach(a -> why.add(a.evidence()));
        return Optional.of(new Finding(f.number(), f.text(), new TreeMap<>(f.evidence()), FindingKind.CONFORME, why, false));
    }

    /**
     * Whether a failure's word ("amenaza", "insultos") is what the mesa recorded, not how the handling went: the object of
     * a record verb, pointed at with an article, in a sentence that names where it was recorded ({@code registro},
     * {@code referencia}, {@code constancia} in tipos.yaml) — "le pide que se retire y anota la amenaza en la hoja de
     * incidentes" names the threat the passage before told. "Le pidió que se fuera y la amenazó" (no record) and "anotó
     * en el acta que el señor la amenazó" (the threat told after the record, by its own subject) are failures still.
     */
    private boolean whatWasRecorded(AnalyzedText at, Rule.Match failure) {
        int from = failure.from();
        if (from == 0 || at.get(from).before() != AnalyzedText.Break.NONE || kindRules.records.isEmpty()) {
            return false;
        }
        for (Phrase pointer : kindRules.pointers) {
            int p = from - pointer.length();
            if (p <= 0 || !pointer.matchesAt(at, p) || at.get(p).before() != AnalyzedText.Break.NONE) {
                continue;
            }
            boolean recorded = kindRules.recording.stream().anyMatch(r -> r.length() <= p && r.matchesAt(at, p - r.length()));
            if (recorded && recordPlaceAfter(at, failure.to())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of token {@code i} names, after it, where something was recorded ("en el acta"). */
    private boolean recordPlaceAfter(AnalyzedText at, int i) {
        for (int k = i + 1; k <= at.sentenceEnd(i) && k < at.size(); k++) {
            if (at.longestAt(kindRules.records, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds the topics of the incident a passage goes on telling (not those its kind gave) to the ones it names. */
    private static void addTopicsOf(Finding incident, SortedMap<String, List<String>> evidence, String follows) {
        incident.evidence().forEach((topic, words) -> {
            if (!topic.equals("recomendacion") && !topic.equals("buena_practica")) {
                evidence.putIfAbsent(topic, List.of(follows));
            }
        });
    }

    private boolean turnAfter(AnalyzedText analyzed, int from) {
        for (int i = from; i < analyzed.size(); i++) {
            if (analyzed.longestAt(kindRules.adversatives, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Rule.Match> find(AnalyzedText analyzed, List<Phrase> phrases) {
        return phrases.isEmpty() ? List.of() : new Rule.AnyPhrase(phrases).find(analyzed);
    }

    private static boolean judges(FindingKind kind) {
        return kind != FindingKind.CONTEXTO;
    }

    private static boolean any(AnalyzedText analyzed, List<Phrase> phrases) {
        return !phrases.isEmpty() && !new Rule.AnyPhrase(phrases).find(analyzed).isEmpty();
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                sentences.add(m.group().strip());
            }
        }
        return sentences;
    }

    private static boolean runOn(String text) {
        List<String> sentences = sentences(text);
        long lowerStarts = sentences.stream().filter(s -> Character.isLowerCase(s.charAt(0))).count();
        return sentences.size() >= RUN_ON_SENTENCES && (lowerStarts * 2 >= sentences.size() || Boilerplate.words(text) >= RUN_ON_WORDS);
    }

    /** The text with the report's place names and the projects' names blanked (same length). */
    private String blankNames(String text) {
        String folded = Folding.foldPreservingLength(text);
        char[] out = text.toCharArray();
        for (String name : placeNames) {
            blankWord(text, folded, out, name, false);
        }
        for (String base : placeBases) {
            blankWord(text, folded, out, base, true);
        }
        Matcher project = PROJECT_NAME.matcher(folded);
        while (project.find()) {
            int group = project.group(1) != null ? 1 : 2;
            blank(out, project.start(group), project.end(group));
        }
        return new String(out);
    }

    /** Blanks every whole-word occurrence of the name; with {@code capital}, only those written with a capital. */
    private static void blankWord(String text, String folded, char[] out, String name, boolean capital) {
        String n = Folding.foldPreservingLength(name);
        for (int i = folded.indexOf(n); n.length() >= 4 && i >= 0; i = folded.indexOf(n, i + 1)) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
            int end = i + n.length();
            boolean wordEnd = end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (wordStart && wordEnd && (!capital || Character.isUpperCase(text.charAt(i)))) {
                blank(out, i, end);
            }
        }
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = ' ';
        }
    }
}
