package mx.observa.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cues of a passage that say something went wrong or went as it should, read as Spanish says them:
 * <ul>
 *   <li>negation and its scope ({@link NegationScope}): a denied problem is something that did not happen, a denied
 *       "going right" is a problem; a concordant negative word agrees with the negation before it ("sin colocar
 *       ningún aviso" says there was no sign) unless another cue of its clause already carries that negation ("no
 *       faltó ninguna boleta");</li>
 *   <li>the longer reading wins where a problem and a "going right" overlap ("nadie pudo ver los votos");</li>
 *   <li>a problem named as a point of reference is not a new fact: after an exception ("fuera del robo de la
 *       urna, la jornada fue ordenada"), or recorded in the acta when the report already told it ("en la que se
 *       anotó también el robo");</li>
 *   <li>contrast: after "pero" the clause that follows decides ("la fila llegó a la esquina, pero avanzaba
 *       rápido" went well; "no hubo propaganda, pero uno de los funcionarios le dijo…" did not), and a problem
 *       said to be corrected is no longer one ("volvieron a contar y la cifra cuadró");</li>
 *   <li>praise inside quotes is someone else's words, not the observer's judgement ("para «revisar que
 *       estuvieran bien marcadas»").</li>
 * </ul>
 */
final class KindSignals {

    /** A problem or "going right" cue, with whether it counts as a problem and the words that show it. */
    record Signal(Rule.Match match, boolean problem, String evidence) {
    }

    /**
     * @param signals  the cues that count, in text order
     * @param contrast whether a "pero sí" sets a problem against what was denied before it ("no hay propaganda,
     *                 pero sí un señor anotando…"): the problem is of the kind of what was denied
     * @param resolved whether a cue that counts says a problem was ended there ("le pidió que se retirara y
     *                 obedeció"): words that decide, which passages merely alike do not overrule
     * @param aside    the words that set a problem of the passage aside as told of another time or as a point of
     *                 reference ("en la consulta de 2020", "fuera del"): what the passage tells is not this
     *                 jornada's problem, which passages merely alike do not overrule either
     */
    record Reading(List<Signal> signals, boolean contrast, boolean resolved, List<String> aside) {

        Reading(List<Signal> signals, boolean contrast) {
            this(signals, contrast, false, List.of());
        }
    }

    private static final int MIN_CONTRASTED_WORDS = 3;

    private final KindRules rules;
    private final ContestedRefusals contestedRefusals;

    KindSignals(KindRules rules) {
        this.rules = rules;
        this.contestedRefusals = new ContestedRefusals(rules);
    }

    /**
     * @param topicProblems matches of the topics' own problem cues ("propaganda", "riña")
     * @param told          the analyzed terms of the problems earlier findings of the report told
     */
    Reading read(AnalyzedText at, NegationScope negation, List<Rule.Match> topicProblems, Set<String> told) {
        List<Rule.Match> problemMatches = new ArrayList<>(rules.problem.find(at));
        problemMatches.addAll(topicProblems);
        List<String> aside = new ArrayList<>();
        problemMatches.removeIf(m -> deniesItsObject(at, m) || mentioned(at, m, told, aside));
        // what the writer says of their own writing judges the report, not the mesa: "perdón por los errores"
        List<Rule.Match> writing = rules.aboutTheWriting.find(at);
        problemMatches.removeIf(m -> aboutTheWriting(m, writing, aside));
        // a queue's short wait told with its measure is how the queue went: a reading of things going right
        List<Rule.Match> shortWaits = problemMatches.stream().filter(m -> aShortWait(at, m)).toList();
        problemMatches.removeAll(shortWaits);
        // … and so is a long queue told as the measure of a high turnout: "mucha gente; la fila daba vuelta"
        List<Rule.Match> turnoutQueues = problemMatches.stream().filter(m -> aQueueOfAHighTurnout(at, m)).toList();
        problemMatches.removeAll(turnoutQueues);
        // who the mesa helped, described by what they could not do, is no problem: "ayudaba a los que no sabían leer";
        // … and a thing set out for them is one that went as it should: "una silla para quien no podía estar de pie"
        List<Signal> setOut = new ArrayList<>();
        for (Iterator<Rule.Match> it = problemMatches.iterator(); it.hasNext(); ) {
            Rule.Match m = it.next();
            Whom whom = whom(at, negation, m.from(), m.to());
            if (whom != null) {
                it.remove();
                setOutFor(at, whom, m).ifPresent(setOut::add);
            }
        }
        // a lack of help told right after what a voter did is how they did it: "opinó él solo, sin ayuda"
        List<Rule.Match> unaided = rules.unaidedActs.of(at, negation);
        // (a problem cue that ends on the lack, whatever it starts on: "sin … ayuda", "silla de ruedas … sin ayuda")
        problemMatches.removeIf(m -> unaided.stream().anyMatch(u -> m.to() >= u.from() && m.to() <= u.to()));
        // a lack that names what was brought to end it tells the remedy: "llegaron las boletas que faltaban"
        List<Rule.Match> remedies = new ArrayList<>();
        for (Iterator<Rule.Match> it = problemMatches.iterator(); it.hasNext(); ) {
            Optional<Rule.Match> remedy = rules.remediedLacks.remedyOf(at, negation, it.next());
            if (remedy.isPresent()) {
                it.remove();
                remedies.add(remedy.get());
            }
        }
        // what was done so that someone could vote is help: a problem cue that reaches from before into that purpose
        // names it ("le llevó la mampara hasta la orilla para que marcara"); one said before it or inside it still counts
        if (!rules.votingPurposes.isEmpty()) {
            List<Rule.Match> purposes = new Rule.AnyPhrase(rules.votingPurposes).find(at).stream()
                    .filter(p -> !negation.denies(p)).toList();
            problemMatches.removeIf(m -> purposes.stream().anyMatch(p -> m.from() < p.from() && m.to() >= p.from() && m.to() <= p.to()));
        }
        // a problem named as what was absent did not happen: "ausencia de propaganda", "libre de propaganda"
        AbsentProblems.Absences absences = rules.absentProblems.of(at, problemMatches, negation);
        problemMatches.removeAll(absences.denied());
        List<Rule.Match> cues = List.copyOf(problemMatches);
        problemMatches.removeIf(m -> anAbsenceListed(at, negation, m, cues));
        problemMatches.removeIf(m -> aLackPastItsObject(at, m, cues));
        List<Rule.Match> fineMatches = new ArrayList<>(rules.positive.find(at));
        fineMatches.removeIf(m -> aboutTheWriting(m, writing, aside));
        fineMatches.addAll(shortWaits);
        fineMatches.addAll(turnoutQueues);
        fineMatches.addAll(absences.readings());
        // … and a "going right" the lack denies is the same act read twice: "llegó sin ayuda" is no help that failed
        fineMatches.removeIf(g -> negation.denies(g) && unaided.stream().anyMatch(u -> g.to() >= u.from() && g.to() <= u.to()));
        fineMatches.addAll(unaided);
        // a problem ended in the same sentence reads as things going right: the longer reading wins over the
        // request it contains ("le pidió que se retirara y obedeció"), a problem told inside it still counts
        List<Rule.Match> resolutions = new ArrayList<>(rules.resolved.find(at));
        resolutions.addAll(echoedRequests(at));
        resolutions.addAll(remedies);
        fineMatches.addAll(resolutions);
        // … and the mood of whoever was asked to leave, after it, is their reaction, not a new problem ("le pidió que
        // se retirara y se fue, refunfuñando")
        if (!rules.reactions.isEmpty() && !resolutions.isEmpty()) {
            List<Rule.Match> reactions = new Rule.AnyPhrase(rules.reactions).find(at);
            problemMatches.removeIf(p -> reactions.stream().anyMatch(r -> overlaps(r, p))
                    && resolutions.stream().anyMatch(g -> g.from() <= p.from()
                            && at.sentenceStart(g.from()) == at.sentenceStart(p.from())));
        }
        // … and a problem read across a whole resolution, from before it, is that resolution's story told from who ended
        // it: in "la responsable le pidió que se fuera y ya no regresó" the responsable asked, the one asked left
        problemMatches.removeIf(p -> resolutions.stream().anyMatch(g -> g.from() > p.from() && g.to() <= p.to()
                && !p.parts().contains(g.from())));
        List<Rule.Match> requests = rules.requests.find(at);
        fineMatches.addAll(requests);
        int[] quotes = quoteOffsets(at.text());
        fineMatches.removeIf(m -> quoted(quotes, at.get(m.from()).start()));
        // a problem inside a "going right" combination is its head: "¿Hubo faltantes de material?" asks about a lack
        // … except a problem ended or prevented, which tells the problem it ends: "quiso entrar con su hijo a la
        // mampara y no lo dejaron"
        fineMatches.removeIf(g -> !resolutions.contains(g) && problemMatches.stream().anyMatch(p -> inside(p, g)));
        // the longer reading wins: "nadie pudo ver los votos" is about seeing the vote, not about being able to
        fineMatches.removeIf(g -> problemMatches.stream().anyMatch(p -> overlaps(p, g) && length(p) >= length(g)));
        // … among readings of things going right too: "nadie puede ver" says the vote was kept secret, its "puede"
        // denied by "nadie" is no second thing that failed
        List<Rule.Match> longerFine = List.copyOf(fineMatches);
        fineMatches.removeIf(g -> longerFine.stream().anyMatch(o -> o != g && length(o) > length(g)
                && o.from() <= g.from() && g.to() <= o.to()));
        // … but a problem that reaches past the "going right" reading says more than it: "las tres personas
        // funcionarias llegaron | después de las 9:00"
        problemMatches.removeIf(p -> fineMatches.stream().anyMatch(g -> overlaps(p, g) && length(g) > length(p)
                && p.to() <= g.to()));
        List<Signal> signals = new ArrayList<>();
        List<Rule.Match> all = new ArrayList<>(problemMatches);
        all.addAll(fineMatches);
        // the mesa that said nothing about a problem denies its own response, not the problem: "entraron juntos a la
        // mampara y la mesa no les dijo nada"
        List<Rule.Match> silent = rules.mesaSilent.find(at);
        for (Rule.Match m : problemMatches) {
            int negator = negation.negatorOf(m);
            Optional<Rule.Match> silence = negator < 0 ? Optional.empty()
                    : silent.stream().filter(q -> negator >= q.from() - 1 && negator <= q.to() && overlaps(q, m)).findFirst();
            if (silence.isPresent()) {
                signals.add(new Signal(m, true, m.evidence() + " … " + silence.get().evidence()));
            } else if (!redundantConcord(m, all, negation)) {
                signals.add(signal(at, negation, m, true));
            }
        }
        Set<Integer> problemNegators = new HashSet<>();
        problemMatches.forEach(p -> problemNegators.add(negation.negatorOf(p)));
        for (Rule.Match m : fineMatches) {
            boolean saidRequest = requests.contains(m) && negation.negatorOf(m) < 0;
            if (!saidRequest && !redundantConcord(m, all, negation) && !deniedWithAProblem(m, problemNegators, negation)
                    && !deniedInASeries(at, m, problemMatches, negation)) {
                signals.add(signal(at, negation, m, false));
            }
        }
        signals.sort((a, b) -> Integer.compare(a.match().from(), b.match().from()));
        // calling the police or asking for support is how the mesa handled a problem, not the problem ("las funcionarias
        // pidieron apoyo al módulo de policía y los retiraron"); denied it is ("nadie pidió apoyo")
        if (!rules.handling.isEmpty()) {
            List<Rule.Match> handled = new Rule.AnyPhrase(rules.handling).find(at).stream().filter(h -> !negation.denies(h)).toList();
            signals.removeIf(s -> s.problem() && negation.negatorOf(s.match()) < 0
                    && handled.stream().anyMatch(h -> overlaps(h, s.match())));
        }
        // … nor a "going right" a relative clause denies of them: "ayudaba a los que no veían bien", "una lupa para los
        // que no veían bien"
        for (Iterator<Signal> it = signals.iterator(); it.hasNext(); ) {
            Signal s = it.next();
            int negator = negation.negatorOf(s.match());
            Whom whom = s.problem() && negator >= 0 && negator < s.match().from()
                    ? whom(at, negation, negator, s.match().to()) : null;
            if (whom != null) {
                it.remove();
                setOutFor(at, whom, s.match()).ifPresent(setOut::add);
            }
        }
        signals.addAll(setOut);
        signals.sort((a, b) -> Integer.compare(a.match().from(), b.match().from()));
        refusedByTheRules(at, negation, signals);
        conceded(at, signals);
        Reading reading = contrasted(at, signals);
        // … and so is the observer's verdict on what the passage told ("les dijeron que no les tocaba opinar aquí, y era
        // correcto"): a word that judges again (`contraste.reevaluan`), said and not denied
        List<int[]> verdicts = spans(at, rules.reassessments);
        boolean resolved = reading.signals().stream().anyMatch(s -> !s.problem() && (resolutions.contains(s.match())
                || negation.negatorOf(s.match()) < 0 && verdicts.stream().anyMatch(v -> s.match().from() <= v[1] && v[0] <= s.match().to())));
        return new Reading(reading.signals(), reading.contrast(), resolved, List.copyOf(new java.util.LinkedHashSet<>(aside)));
    }

    /**
     * A request told and then done with the same verb, in one sentence: "le pidió que se marchara y se marchó", "les
     * pedí que la voltearan y la voltearon", "le pide que se retire; se retira". Whatever the verb, echoing it says
     * the person asked did what was asked, so the problem ended there — no list of verbs of leaving can hold every
     * one ("que se apartara… se apartó", "que lo guardara… lo guardó"). Not what, done, is the problem itself
     * ({@code eco_peticion.excepto}: "le pidió que votara por el 3 y votó por el 3"); a denied echo is read as denied
     * ("…y no se marchó").
     */
    private List<Rule.Match> echoedRequests(AnalyzedText at) {
        if (rules.requestVerbs.isEmpty()) {
            return List.of();
        }
        List<Rule.Match> echoes = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            int verb = at.longestAt(rules.requestVerbs, i);
            if (verb == 0) {
                continue;
            }
            int end = at.sentenceEnd(i);
            int asked = askedVerb(at, i + verb, end);
            if (asked < 0 || at.longestAt(rules.unremedialRequests, asked) > 0) {
                continue;
            }
            String stem = subjunctiveStem(at.get(asked).surface());
            for (int k = asked + 1; stem != null && k <= Math.min(end, asked + ECHO_REACH); k++) {
                String done = at.get(k).surface();
                if (!done.equals(at.get(asked).surface()) && done.startsWith(stem)
                        && INDICATIVE_ENDINGS.contains(done.substring(stem.length()))) {
                    echoes.add(new Rule.Match(i, k, at.span(i, i + verb - 1) + " … " + at.span(k, k), i, List.of(i, k)));
                    break;
                }
            }
        }
        return echoes;
    }

    /** The verb asked for after a verb of asking and its "que", past its clitics ("que <em>se</em> marchara"), or -1. */
    private static int askedVerb(AnalyzedText at, int from, int end) {
        for (int j = from; j <= Math.min(end, from + REQUEST_TO_THAT); j++) {
            if (at.get(j).surface().equals("que")) {
                int k = j + 1;
                while (k <= end && CLITICS.contains(at.get(k).surface())) {
                    k++;
                }
                return k <= end ? k : -1;
            }
        }
        return -1;
    }

    /** The stem of a subjunctive ("marchara" → "march", "retire" → "retir"), or null when the word is none. */
    private static String subjunctiveStem(String word) {
        for (String ending : SUBJUNCTIVE_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return null;
    }

    /** Words between a verb of asking and its "que": "le pedí <em>a la responsable</em> que las quitaran". */
    private static final int REQUEST_TO_THAT = 6;
    /** Words from what was asked to its doing: "que apagara el megáfono y se alejara, y sí lo apagó". */
    private static final int ECHO_REACH = 12;
    private static final int MIN_STEM = 3;
    private static final Set<String> CLITICS = Set.of("se", "lo", "la", "los", "las", "le", "les", "me", "nos");
    /** Longest first: "marcharan" is "march" + "aran", not "marchar" + "an". */
    private static final List<String> SUBJUNCTIVE_ENDINGS = List.of("iesen", "ieran", "asen", "aran", "iese", "iera",
            "ase", "ara", "en", "e");
    /** The indicative told of what was done: preterite ("marchó", "salieron") or present ("se retira"). */
    private static final Set<String> INDICATIVE_ENDINGS = Set.of("o", "aron", "io", "ieron", "a", "an");

    /**
     * A person turned away for a reason the rules give — an expired credential, one of another colonia or UT —
     * is the mesa doing its job ("no lo dejaron opinar porque su credencial estaba vencida"): the refusal and the
     * person's reaction to it are no problem, and the reason is what went as it should. Other problems of the
     * passage still count.
     */
    private void refusedByTheRules(AnalyzedText at, NegationScope negation, List<Signal> signals) {
        if (rules.ineligibleReasons.isEmpty()) {
            return;
        }
        List<Rule.Match> reasons = new Rule.AnyPhrase(rules.ineligibleReasons).find(at).stream()
                .filter(m -> negation.negatorOf(m) < 0).toList();
        // a phrase of meeting the rule that a reason goes on from is that reason: "su credencial era de la colonia
        // <em>vecina</em>" is of another colonia
        if (reasons.isEmpty() || !rules.eligible.isEmpty() && new Rule.AnyPhrase(rules.eligible).find(at).stream()
                .anyMatch(e -> reasons.stream().noneMatch(r -> overlaps(r, e)))) {
            return;
        }
        List<Rule.Match> refusals = new Rule.AnyPhrase(rules.refusals).find(at);
        // the refusal's own "no" may deny a word of things going right after it: "no aparecía en la <em>lista</em>";
        // so may the reason's ("a los que no eran de la colonia les indicaron con buen trato su mesa")
        java.util.function.Predicate<Signal> ofARefusal = s -> refusals.stream().anyMatch(r -> overlaps(r, s.match())
                || insideOf(r, negation.negatorOf(s.match())))
                || reasons.stream().anyMatch(r -> r.to() < s.match().from() && insideOf(r, negation.negatorOf(s.match())));
        // the refusal may be no cue of its own ("traía la credencial vencida y no lo dejaron"): said, it is one
        boolean saidRefusal = refusals.stream().anyMatch(r -> negation.negatorOf(r) < 0);
        boolean refused = signals.stream().anyMatch(s -> s.problem() && ofARefusal.test(s))
                || signals.stream().anyMatch(s -> s.problem() && reasons.stream().anyMatch(r -> overlaps(r, s.match())))
                        && saidRefusal;
        // … unless the passage says the rule did not settle it: then the refusal, a cue or not, is the obstacle the
        // observer reports
        Rule.Match contest = refused || saidRefusal ? contestedRefusals.contest(at, negation, reasons, refusals, signals) : null;
        if (contest != null) {
            signals.add(new Signal(contest, true, contest.evidence()));
            signals.sort((a, b) -> Integer.compare(a.match().from(), b.match().from()));
            return;
        }
        if (!refused) {
            return;
        }
        signals.removeIf(s -> s.problem() && (ofARefusal.test(s)
                || reasons.stream().anyMatch(r -> overlaps(r, s.match()))));
        reasons.forEach(r -> signals.add(new Signal(r, false, r.evidence())));
        signals.sort((a, b) -> Integer.compare(a.match().from(), b.match().from()));
    }

    /**
     * Whether the match tells a queue's wait with a measure below the rules' bound ("Fila de 20 personas, espera de
     * 10 minutos", "tiempo de espera: 5 min"): how the queue went, which the guideline labels `conforme`; a long
     * one ("filas de hasta 45 minutos") and one told without a number ("fila larga") stay problems.
     */
    private boolean aShortWait(AnalyzedText at, Rule.Match m) {
        KindRules.ShortWait wait = rules.shortWait;
        if (wait.below() <= 0) {
            return false;
        }
        boolean queue = false;
        int longest = -1;
        for (int k = m.from(); k <= m.to() && k < at.size(); k++) {
            queue |= at.longestAt(wait.queueWords(), k) > 0;
            AnalyzedText.Token t = at.get(k);
            if (t.isNumber() && t.term().length() <= 4 && k + 1 < at.size() && at.longestAt(wait.units(), k + 1) > 0) {
                int value = Integer.parseInt(t.term());
                longest = Math.max(longest, value);
            }
        }
        return queue && longest >= 0 && longest < wait.below();
    }

    /**
     * Whether the match is a long queue without a measure of its wait ("la fila daba vuelta al camellón", "una fila
     * larga al mediodía") in a sentence that tells a high turnout ("muchísima gente", "afluencia normal"): the queue
     * measures how many came, which went as it should. Its cost, told apart ("varios se fueron"), is still a problem.
     */
    private boolean aQueueOfAHighTurnout(AnalyzedText at, Rule.Match m) {
        if (rules.highTurnout.isEmpty()) {
            return false;
        }
        boolean queue = false;
        for (int k = m.from(); k <= m.to() && k < at.size(); k++) {
            if (at.longestAt(rules.shortWait.units(), k) > 0 || at.longestAt(rules.shortWait.hours(), k) > 0) {
                return false;
            }
            queue |= at.longestAt(rules.shortWait.queueWords(), k) > 0;
        }
        int sentence = at.sentenceStart(m.from());
        return queue && new Rule.AnyPhrase(rules.highTurnout).find(at).stream()
                .anyMatch(t -> at.sentenceStart(t.from()) == sentence);
    }

    /** Words from a verb of helping to the relative pronoun of its object: "ayudaba <em>a los</em> que…". */
    private static final int OBJECT_TO_RELATIVE = 6;
    /** Words from the relative pronoun to the problem it describes: "que <em>no</em> sabían leer". */
    private static final int RELATIVE_TO_PROBLEM = 2;

    /**
     * Whom the relative clause the problem lies in describes, or null: the object of a verb of helping ("ayudaba a los
     * que no sabían leer", "atendió primero a quienes no podían estar de pie"):
     * what the passage tells is the help. A "que" right after the verb is what was said or done, not whom: "atendió
     * que no faltara nada" has no object before it; help denied ("no ayudaron a los que no sabían leer") tells the
     * problem. So does a relative clause that describes whom something was set out for ({@code para_quien}: "una
     * silla para quien no podía estar de pie"), whatever was set out.
     */
    private Whom whom(AnalyzedText at, NegationScope negation, int from, int to) {
        if (rules.helping.isEmpty() && rules.beneficiaryHeads.isEmpty()) {
            return null;
        }
        int relative = -1;
        for (int k = from; k >= Math.max(0, from - RELATIVE_TO_PROBLEM); k--) {
            if (k < from && at.get(k + 1).before() != AnalyzedText.Break.NONE) {
                return null;
            }
            // the relative pronouns are the negation's (`negacion.relativos`): one list for where a relative clause opens
            if (at.longestAt(rules.negation.newClause().relatives(), k) > 0 && (k < from || from < to)) {
                relative = k;
                break;
            }
        }
        if (relative < 0) {
            return null;
        }
        // a «que» right after «para» opens a purpose, not a relative clause: "para que no se mojaran las boletas"
        boolean purpose = at.get(relative).surface().equals("que");
        for (int v = relative - 1; v >= Math.max(0, relative - OBJECT_TO_RELATIVE); v--) {
            if (at.get(v + 1).before() != AnalyzedText.Break.NONE) {
                // a comma before the relative still lets a verb of helping reach it ("atendía a todos, que…")
                if (v < relative - 1) {
                    return null;
                }
                continue;
            }
            int verb = v < relative - 1 ? at.longestAt(rules.helping, v) : 0;
            if (verb > 0 && v + verb < relative && !negation.denied(v)) {
                return new Whom(v, false);
            }
            // … or whom something was set out for: "una silla para quien no podía estar de pie", "bajaba la urna para
            // que las personas que no podían subir votaran abajo"; set out for them and denied, it tells the problem
            // ("no había sillas para los que no podían estar de pie")
            int head = at.longestAt(rules.beneficiaryHeads, v);
            if (head > 0 && (v + head < relative || v + head == relative && !purpose) && !negation.denied(v)) {
                return new Whom(v, true);
            }
        }
        return null;
    }

    /**
     * Whom a relative clause describes, found by {@link #whom}: the object of the verb of helping at {@code head}, or,
     * when {@code setOut}, of the "para" at {@code head}.
     */
    private record Whom(int head, boolean setOut) {
    }

    /**
     * The reading of things going right that a thing set out for someone is ("una silla junto a la mampara para quien no
     * podía estar de pie"), from its "para" to the end of the cue it takes from the problems; none for the help a verb
     * tells (the verb is a cue of its own), nor for a "para" that opens its sentence, which addresses the reader ("Para
     * los que no saben: la consulta es…") and sets nothing out.
     */
    private static Optional<Signal> setOutFor(AnalyzedText at, Whom whom, Rule.Match cue) {
        if (!whom.setOut() || whom.head() <= at.sentenceStart(whom.head())) {
            return Optional.empty();
        }
        Rule.Match reading = new Rule.Match(whom.head(), cue.to(), at.span(whom.head(), cue.to()));
        return Optional.of(new Signal(reading, false, reading.evidence()));
    }

    /** Whether the cue lies in what the writer says of their writing; its words then set the passage aside. */
    private static boolean aboutTheWriting(Rule.Match cue, List<Rule.Match> writing, List<String> aside) {
        for (Rule.Match w : writing) {
            if (overlaps(w, cue)) {
                aside.add(w.evidence());
                return true;
            }
        }
        return false;
    }

    private static boolean insideOf(Rule.Match m, int token) {
        return token >= m.from() && token <= m.to();
    }

    private static Signal signal(AnalyzedText at, NegationScope negation, Rule.Match m, boolean problem) {
        int negator = negation.negatorOf(m);
        return negator < 0 ? new Signal(m, problem, m.evidence())
                : new Signal(m, !problem, at.span(negator, negator) + " … " + m.evidence());
    }

    /**
     * One negation, one verdict: a "going right" word denied by the same negator as a problem describes the problem
     * that did not happen ("no vi propaganda <em>pegada</em> ni repartida", "sin propaganda <em>a la vista</em>"),
     * it is not a second, failed thing.
     */
    private static boolean deniedWithAProblem(Rule.Match fine, Set<Integer> problemNegators, NegationScope negation) {
        int negator = negation.negatorOf(fine);
        return negator >= 0 && problemNegators.contains(negator);
    }

    /**
     * A lack said with a negative word ("ni un cartel", "ningún letrero") that is one item of a list of what was not
     * there, whose other items deny a problem ("ni un cartel de proyecto, ni gente pidiendo el voto"; "ni un volante,
     * ni un cartel, nadie pidiendo el voto"): the list tells the problem did not happen, it does not miss the item.
     * A lack told on its own ("no había ni un letrero que dijera dónde votar") still counts.
     */
    private boolean anAbsenceListed(AnalyzedText at, NegationScope negation, Rule.Match lack, List<Rule.Match> problems) {
        int head = lack.from();
        // only a concordant word heads an item ("ni un", "ningún"): "no pudo subir los escalones" is one denial of its own
        if (at.longestAt(rules.negation.negators(), head) == 0 || !negation.concordantAt(head)) {
            return false;
        }
        for (Rule.Match other : problems) {
            int negator = negation.negatorOf(other);
            if (other == lack || overlaps(other, lack) || negator < 0) {
                continue;
            }
            if (negator == head || negation.concordantAt(negator)
                    && onlyCommasBetween(at, Math.min(head, negator), Math.max(head, negator))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lack said with a negative word ("sin rampa", "ningún letrero") whose negative word already denies another
     * problem before the thing lacked, or whose thing lies past a colon: "el acta sin tachaduras: material completo"
     * lacks no material, its "sin" denies the erasures. The negative word reaches its own object, not the next clause.
     */
    private boolean aLackPastItsObject(AnalyzedText at, Rule.Match lack, List<Rule.Match> problems) {
        if (lack.from() == lack.to() || at.longestAt(rules.negation.negators(), lack.from()) == 0) {
            return false;
        }
        for (int i = lack.from() + 1; i <= lack.to(); i++) {
            AnalyzedText.Break b = at.get(i).before();
            if (b == AnalyzedText.Break.COLON || b == AnalyzedText.Break.SENTENCE) {
                return true;
            }
        }
        return problems.stream().anyMatch(p -> p != lack && p.from() > lack.from() && p.to() < lack.to());
    }

    /** Whether tokens {@code from}..{@code to} run on in one clause or a list of them, with no stop nor colon between. */
    private static boolean onlyCommasBetween(AnalyzedText at, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            AnalyzedText.Break b = at.get(i).before();
            if (b != AnalyzedText.Break.NONE && b != AnalyzedText.Break.COMMA) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list of what was not there, each item with its own negative word ("ni un cartel de proyecto, ni gente pidiendo
     * el voto", "ningún volante, ningún cartel, nadie pidiendo el voto"): a "going right" word an item denies describes
     * the absence the list tells when the same sentence denies a problem and tells none, not a second, failed thing.
     */
    private static boolean deniedInASeries(AnalyzedText at, Rule.Match fine, List<Rule.Match> problems, NegationScope negation) {
        int negator = negation.negatorOf(fine);
        if (negator < 0 || !negation.concordantAt(negator)) {
            return false;
        }
        int sentence = at.sentenceStart(fine.from());
        List<Rule.Match> inSentence = problems.stream().filter(p -> at.sentenceStart(p.from()) == sentence).toList();
        return !inSentence.isEmpty() && inSentence.stream().allMatch(negation::denies);
    }

    /**
     * A concordant negative word ("ningún", "nada") inside a negation that another cue of the clause already
     * carries: "no faltó ninguna boleta" is about "faltó", not about a lack of ballots — and "no se alcanzaba a ver
     * ninguna papeleta" is about seeing the ballots, the longer cue that holds the lack's words, not about a lack.
     */
    private static boolean redundantConcord(Rule.Match m, List<Rule.Match> all, NegationScope negation) {
        if (!negation.concordsWithNegation(m)) {
            return false;
        }
        int negator = negation.scopeOf(m.anchor());
        return all.stream().anyMatch(o -> o != m && (!overlaps(o, m) || holds(o, m)) && negation.scopeOf(o.anchor()) == negator);
    }

    /** Whether {@code o} is a longer cue that starts before {@code m} and reaches its end. */
    private static boolean holds(Rule.Match o, Rule.Match m) {
        return o.from() < m.from() && m.to() <= o.to();
    }

    /**
     * "No encontré ningún problema", "no se presentó ningún incidente": a problem phrase that starts with its own
     * negator and is followed by "ningún", "nada" or "nadie" denies what comes after it, and says no problem.
     */
    private boolean deniesItsObject(AnalyzedText at, Rule.Match m) {
        if (m.to() + 1 >= at.size() || at.longestAt(rules.negation.negators(), m.from()) == 0) {
            return false;
        }
        String next = at.get(m.to() + 1).surface();
        return next.startsWith("ningun") || next.equals("nada") || next.equals("nadie");
    }

    /**
     * A problem named, not told: after an exception, up to the end of its clause ("fuera del robo de la urna, …"),
     * or recorded in the acta when an earlier finding already told it ("se anotó también el robo").
     */
    private boolean mentioned(AnalyzedText at, Rule.Match m, Set<String> told, List<String> aside) {
        String exception = inClauseAfterWhich(at, rules.exceptions, m.anchor());
        if (exception != null) {
            aside.add(exception);
            return true;
        }
        return (told.contains(at.get(m.anchor()).term()) || toldObject(at, m, told)) && inClauseAfter(at, rules.recording, m.anchor())
                || recordedAsKnown(at, m);
    }

    /**
     * A problem the mesa recorded, pointed at as one already known — by a definite article or "como" — in a sentence
     * that names where it was recorded: "se anotó el faltante en el acta", "el retraso se anotó en el acta de
     * apertura", "lo anotaron en el acta como incidente". When the record opens the passage, whoever reads it knows
     * the problem from before (an earlier line, the table it sits in), so recording it tells how the mesa handled it,
     * not a new problem. A record after what the passage itself told points at that ("se contaron 97 boletas y 99
     * personas; la diferencia se anotó en el acta" tells the difference), and a problem the record introduces ("se
     * anotó en el acta un retraso de 40 minutos") is told by it.
     */
    private boolean recordedAsKnown(AnalyzedText at, Rule.Match m) {
        int from = m.from();
        if (from == 0 || rules.pointers.isEmpty() || rules.records.isEmpty() || at.get(from).before() != AnalyzedText.Break.NONE) {
            return false;
        }
        int pointer = rules.pointers.stream().filter(p -> p.length() <= from && p.matchesAt(at, from - p.length()))
                .mapToInt(p -> from - p.length()).min().orElse(-1);
        if (pointer < 0) {
            return false;
        }
        int record = inClauseFrom(at, rules.recording, from);
        // … or the problem is the subject of the record that follows it: "la diferencia se anotó en el acta"
        if (record < 0 && m.to() + 1 < at.size() && at.get(m.to() + 1).before() == AnalyzedText.Break.NONE
                && at.longestAt(rules.recording, m.to() + 1) > 0) {
            record = pointer;
        }
        if (record < 0 || !opensThePassage(at, record)) {
            return false;
        }
        for (int i = at.sentenceStart(from); i <= at.sentenceEnd(from); i++) {
            if (at.longestAt(rules.records, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The most words of an item's label before a record that opens its passage ("CUARTO.", "c)", "17:45 -"). */
    private static final int ITEM_LABEL_WORDS = 2;

    /**
     * Whether the clause of token {@code i} opens the passage: before it, at most an item's label and numbers, nothing
     * the passage tells.
     */
    private static boolean opensThePassage(AnalyzedText at, int i) {
        int clause = i;
        while (clause > 0 && at.get(clause).before() == AnalyzedText.Break.NONE) {
            clause--;
        }
        int words = 0;
        for (int k = 0; k < clause; k++) {
            if (!at.get(k).term().chars().allMatch(Character::isDigit)) {
                words++;
            }
        }
        return words <= ITEM_LABEL_WORDS;
    }

    /** A word at least this long, of an earlier incident, names what it was about ("urna", not "la"). */
    static final int TOLD_WORD = 4;
    private static final int OBJECT_REACH = 4;

    /** Whether what the problem is about, just after it in its clause ("el robo <em>de la urna</em>"), was told. */
    private static boolean toldObject(AnalyzedText at, Rule.Match m, Set<String> told) {
        return objectWords(at, m).stream().anyMatch(told::contains);
    }

    /**
     * What an incident told, for recognising it when the acta records it later: its problem word, and the words of
     * the problem and of what it was about ("arrebató <em>la urna</em>").
     */
    static Set<String> toldWords(AnalyzedText at, Rule.Match m) {
        Set<String> words = new HashSet<>(objectWords(at, m));
        words.add(at.get(m.anchor()).term());
        for (int i = m.from(); i <= m.to(); i++) {
            if (at.get(i).term().length() >= TOLD_WORD) {
                words.add(at.get(i).term());
            }
        }
        return words;
    }

    /** The longer words just after the match, in its clause. */
    private static List<String> objectWords(AnalyzedText at, Rule.Match m) {
        List<String> words = new ArrayList<>();
        for (int i = m.to() + 1; i < at.size() && i <= m.to() + OBJECT_REACH; i++) {
            if (at.get(i).before() != AnalyzedText.Break.NONE) {
                break;
            }
            if (at.get(i).term().length() >= TOLD_WORD) {
                words.add(at.get(i).term());
            }
        }
        return words;
    }

    /**
     * How far back a cue may stand in its clause: a clause that runs on without punctuation for longer (an OCR dump,
     * a hostile one-line file) must not make every match walk back to its start.
     */
    private static final int CLAUSE_REACH = 40;

    /** The words of the nearest of {@code cues} before token {@code i} in the same clause, or null. */
    private static String inClauseAfterWhich(AnalyzedText at, List<Phrase> cues, int i) {
        for (int j = i; j >= Math.max(0, i - CLAUSE_REACH); j--) {
            for (Phrase p : cues) {
                if (j + p.length() <= i && p.matchesAt(at, j)) {
                    return at.span(j, j + p.length() - 1);
                }
            }
            if (at.get(j).before() != AnalyzedText.Break.NONE) {
                return null;
            }
        }
        return null;
    }

    /** Whether one of {@code cues} occurs before token {@code i} in the same clause. */
    private static boolean inClauseAfter(AnalyzedText at, List<Phrase> cues, int i) {
        return inClauseFrom(at, cues, i) >= 0;
    }

    /** Where the nearest of {@code cues} before token {@code i} in the same clause starts, or -1. */
    private static int inClauseFrom(AnalyzedText at, List<Phrase> cues, int i) {
        for (int j = i; j >= Math.max(0, i - CLAUSE_REACH); j--) {
            for (Phrase p : cues) {
                if (j + p.length() <= i && p.matchesAt(at, j)) {
                    return j;
                }
            }
            if (at.get(j).before() != AnalyzedText.Break.NONE) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the text has quotation marks, in order (computed once per text: a match asks how many come before it). */
    private static int[] quoteOffsets(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> {
            char c = text.charAt(i);
            return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
        }).toArray();
    }

    /** Whether a match starting at {@code start} lies inside quotation marks: someone else's words. */
    private static boolean quoted(int[] quoteOffsets, int start) {
        int before = java.util.Arrays.binarySearch(quoteOffsets, start);
        return (before < 0 ? -before - 1 : before) % 2 == 1;
    }

    /**
     * Problems given up by what follows: in a sentence, "A, pero B" where B only says things went well and judges
     * A again ("llegó hasta la esquina, pero avanzaba rápido"; not a remedy: "estaba rota, pero se pudo sellar"
     * is still an incident), or B says that A, announced or feared, did not happen ("decían que iban a traer
     * gente, pero no vimos que eso pasara"); in the finding, a correction followed only by things going well ("hubo una
     * diferencia…; volvieron a contar y la cifra cuadró").
     */
    private void conceded(AnalyzedText at, List<Signal> signals) {
        Set<Signal> given = new HashSet<>();
        List<int[]> judgedAgain = spans(at, rules.reassessments);
        for (int a : starts(at, rules.adversatives)) {
            int end = at.sentenceEnd(a);
            List<Signal> after = signals.stream().filter(s -> s.match().from() > a && s.match().from() <= end).toList();
            boolean reassessed = after.stream().anyMatch(s -> judgedAgain.stream()
                    .anyMatch(j -> s.match().from() <= j[1] && j[0] <= s.match().to()));
            boolean denied = spans(at, rules.denials).stream().anyMatch(d -> d[0] > a && d[0] <= end);
            if ((reassessed || denied) && after.stream().noneMatch(Signal::problem)) {
                int start = at.sentenceStart(a);
                signals.stream().filter(s -> s.problem() && s.match().from() >= start && s.match().to() < a).forEach(given::add);
            }
        }
        concededInAClause(at, signals, given);
        for (int[] c : spans(at, rules.corrections)) {
            List<Signal> after = signals.stream().filter(s -> s.match().from() > c[1]).toList();
            if (!after.isEmpty() && after.stream().noneMatch(Signal::problem)) {
                signals.stream().filter(s -> s.problem() && s.match().from() <= c[1]).forEach(given::add);
            }
        }
        signals.removeAll(given);
    }

    /**
     * A concessive clause that opens its sentence ("Aun con la pata rota, la mampara quedó contra la pared y nadie
     * veía qué marcaban", "A pesar de la lluvia, todo fue ordenado"): the problem it concedes is given up when the
     * main clause after it tells things going well and no problem. A concession after the main clause ("todo bien,
     * aunque faltaron boletas") is not this: what comes last is what the observer adds.
     */
    private void concededInAClause(AnalyzedText at, List<Signal> signals, Set<Signal> given) {
        for (int[] c : spans(at, rules.concessives)) {
            int start = at.sentenceStart(c[0]);
            if (c[0] != start && !(c[0] == start + 1 && CONCESSION_OPENERS.contains(at.get(start).surface()))) {
                continue;
            }
            int end = at.sentenceEnd(c[0]);
            int clauseEnd = -1;
            for (int i = c[1] + 1; i <= end; i++) {
                if (at.get(i).before() != AnalyzedText.Break.NONE) {
                    clauseEnd = i - 1;
                    break;
                }
            }
            if (clauseEnd < 0) {
                continue;
            }
            int conceded = clauseEnd;
            List<Signal> main = signals.stream().filter(s -> s.match().from() > conceded && s.match().from() <= end).toList();
            if (!main.isEmpty() && main.stream().noneMatch(Signal::problem)) {
                signals.stream().filter(s -> s.problem() && s.match().from() > c[1] && s.match().to() <= conceded)
                        .forEach(given::add);
            }
        }
    }

    /** The one word a concessive clause may follow at the start of its sentence ("Y aunque…", "Pero a pesar de…"). */
    private static final Set<String> CONCESSION_OPENERS = Set.of("y", "e", "pero", "mas", "pues");

    /**
     * "No X, pero Y", with nothing in Y that reads as good or bad: "pero" sets Y against the denial before it, so
     * Y is the problem ("no hay propaganda pero sí hay un señor anotando quién viene a votar").
     */
    private Reading contrasted(AnalyzedText at, List<Signal> signals) {
        List<Signal> out = new ArrayList<>(signals);
        boolean contrast = false;
        // what the mesa or the police did about it is no problem set against the denial: "nadie salió lastimado, pero
        // la responsable pidió apoyo a una patrulla"
        List<Rule.Match> handling = rules.handling.isEmpty() ? List.of() : new Rule.AnyPhrase(rules.handling).find(at);
        for (int a : starts(at, rules.adversatives)) {
            int start = at.sentenceStart(a);
            int end = at.sentenceEnd(a);
            List<Signal> before = signals.stream().filter(s -> s.match().from() >= start && s.match().to() < a).toList();
            boolean afterSays = signals.stream().anyMatch(s -> s.match().from() > a && s.match().from() <= end)
                    || handling.stream().anyMatch(h -> h.from() > a && h.from() <= end);
            if (!before.isEmpty() && before.stream().noneMatch(Signal::problem) && !afterSays
                    && end - a >= MIN_CONTRASTED_WORDS) {
                boolean si = a + 1 < at.size() && at.get(a + 1).surface().equals("si");
                contrast |= si;
                out.add(new Signal(new Rule.Match(a, end, at.span(a, Math.min(end, a + 1)) + " …"), true,
                        at.span(a, Math.min(end, a + 1)) + " …"));
            }
        }
        out.sort((a, b) -> Integer.compare(a.match().from(), b.match().from()));
        return new Reading(out, contrast);
    }

    private static List<Integer> starts(AnalyzedText at, List<Phrase> cues) {
        List<Integer> starts = new ArrayList<>();
        for (int[] s : spans(at, cues)) {
            starts.add(s[0]);
        }
        return starts;
    }

    static List<int[]> spans(AnalyzedText at, List<Phrase> cues) {
        List<int[]> spans = new ArrayList<>();
        int[] first = at.hits(cues).first();
        for (int i = 0; i < at.size(); i++) {
            if (first[i] >= 0) {
                spans.add(new int[] {i, i + cues.get(first[i]).length() - 1});
            }
        }
        return spans;
    }

    /** Whether {@code p} lies between the first and the last phrase of the combination {@code g}. */
    private static boolean inside(Rule.Match p, Rule.Match g) {
        if (g.parts().isEmpty()) {
            return false;
        }
        int last = g.parts().stream().mapToInt(Integer::intValue).max().orElse(g.anchor());
        return p.from() > g.anchor() && p.to() < last && g.parts().stream().noneMatch(part -> part >= p.from() && part <= p.to());
    }

    static boolean overlaps(Rule.Match a, Rule.Match b) {
        return a.from() <= b.to() && b.from() <= a.to();
    }

    private static int length(Rule.Match m) {
        return m.to() - m.from();
    }
}
