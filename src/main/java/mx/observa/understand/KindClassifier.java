package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.observa.model.FindingKind;
import mx.observa.understand.KindSignals.Signal;

/**
 * Decides a finding's kind from the cues of {@link KindRules} and the problem cues of its topics, and keeps the
 * words that decided it. In order:
 * <ol>
 *   <li>a heading or question that asks for recommendations or good practices gives its kind to the answer;</li>
 *   <li>a good-practice cue ("es de reconocer", "vale la pena replicar"), else a recommendation cue ("sugiero",
 *       "sería bueno", "hace falta que") unless a problem is told before it ("faltaron boletas; sugiero…" is an
 *       incident);</li>
 *   <li>a yes/no answer to a question about a problem ("¿Hubo propaganda? No") or about something going right
 *       ("¿Se respetó la secrecía? Sí"); an answer that tells something to a question about a problem
 *       ("¿Ocurrió algún incidente? Un vehículo…") is an incident;</li>
 *   <li>a problem in the answer — a problem word not denied ("faltaron", "riña") or a word of things going right
 *       that is denied ("no estaba bien colocada") — is an incident;</li>
 *   <li>with no problem told, what a named person of the mesa kept doing so that voters could take part ("la
 *       escrutadora bajaba con la urna para que…") is a good practice;</li>
 *   <li>a denied problem ("no hubo propaganda", "sin contratiempos") or a word of things going right is
 *       «sin novedad» (conforme);</li>
 *   <li>anything else is context.</li>
 * </ol>
 * A label before the answer ("Incidencias observadas:", "Seguridad:") never decides by its words alone.
 */
final class KindClassifier {

    /**
     * The kind with the words that decided it, and how the passage was read (its cues and their negation), which
     * tells which topics the kind is about.
     */
    record Kind(FindingKind kind, List<String> evidence, KindSignals.Reading reading, NegationScope negation) {

        Kind(FindingKind kind, List<String> evidence) {
            this(kind, evidence, new KindSignals.Reading(List.of(), false), null);
        }
    }

    /** How the evidence of a question answered yes or no shows the answer ("→ no"). */
    static final String ANSWERED = "→ ";

    private final KindRules rules;
    private final KindSignals cues;

    KindClassifier(KindRules rules) {
        this.rules = rules;
        this.cues = new KindSignals(rules);
    }

    /**
     * @param topicProblems matches of the topics' own problem cues ("propaganda", "riña")
     * @return the kind, or empty when the finding only asks for content and got none ("Recomendaciones: ninguna"),
     *         which is not a finding
     */
    Optional<Kind> classify(String text, AnalyzedText at, List<Rule.Match> topicProblems) {
        return classify(text, at, topicProblems, Set.of());
    }

    /**
     * @param told the analyzed terms of the problems earlier findings of the same report told (a problem recorded
     *             again in the acta is not a new one)
     */
    Optional<Kind> classify(String text, AnalyzedText at, List<Rule.Match> topicProblems, Set<String> told) {
        return classify(text, at, topicProblems, told, 0);
    }

    /**
     * @param headingChars how many characters at the start of {@code text} are the heading it was written under (a
     *                     section's title, a table's header row), 0 for none: a heading names what follows, it never
     *                     tells a problem ("KM · TRAMO · INCIDENCIAS: KM 0 La mesa abrió puntual" tells no incident)
     */
    Optional<Kind> classify(String text, AnalyzedText at, List<Rule.Match> topicProblems, Set<String> told, int headingChars) {
        int heading = headingChars <= 0 ? 0 : firstTokenFrom(at, headingChars);
        QuestionAnswer qa = QuestionAnswer.parse(text);
        // a fact told before a question of the observer's own, with nothing after it, is no unanswered question: "Un
        // señor repartía volantes en la fila, ¿eso se vale?" tells the volantes, and the question may be part of the
        // fact ("preguntaba a cada vecino «¿ya votó?»"). Read whole, it is a finding when it judges something; a line
        // that only asks ("Coordinación: buenos días, ¿ya llegaste?") still says nothing.
        int asked = qa.question() && firstTokenFrom(at, qa.bodyStart()) >= at.size() ? factBeforeItsQuestion(text) : -1;
        if (asked > 0) {
            // … whose question proposes nothing: "¿qué más se puede pedir?" is no "que se…" wish
            return classify(text, at, topicProblems, told, qa.withoutLead(), firstTokenFrom(at, asked), heading)
                    .filter(k -> k.kind() != FindingKind.CONTEXTO);
        }
        return classify(text, at, topicProblems, told, qa, at.size(), heading);
    }

    /**
     * @param proposalsBefore the token where a question of the observer's own starts: no proposal is read in it
     * @param heading         the token where the text after its heading starts (0: no heading)
     */
    private Optional<Kind> classify(String text, AnalyzedText at, List<Rule.Match> topicProblems, Set<String> told,
                                    QuestionAnswer parsed, int proposalsBefore, int heading) {
        QuestionAnswer qa = parsed;
        if (qa.unanswered()) {
            return Optional.empty(); // "[ ] Sí [ ] No — Se brindó atención preferente…": nothing was answered
        }
        NegationScope negation = NegationScope.of(at, rules.negation);
        int body = firstTokenFrom(at, qa.bodyStart());
        // … but a heading that asks for proposals or practices stays one, whatever its words ("Propuestas de
        // incidencia", an advocacy group's «incidencia» being no incident)
        boolean asksForProposals = qa.hasLead() && (inLead(rules.recommendationHeadings.find(at), body)
                || inLead(rules.goodPracticeHeadings.find(at), body));
        // where the words before a colon that name a problem end, when they may be the title of what follows it
        int namedProblemEnd = -1;
        if (qa.hasLead() && !qa.question() && !asksForProposals && body > heading
                && (hasNegator(at, body) || tellsAProblem(at, body, qa, topicProblems))) {
            // a clause before a colon is not a label: "En el pueblo casi no hubo difusión: no vi carteles…",
            // "faltó 1 mampara: solo había una"
            namedProblemEnd = hasNegator(at, body) || titleWords(at, body) > MAX_TITLE_WORDS ? -1 : body;
            qa = qa.withoutLead();
            body = 0;
        }

        boolean leadRecommendation = qa.hasLead() && inLead(rules.recommendationHeadings.find(at), body);
        boolean leadPractice = qa.hasLead() && inLead(rules.goodPracticeHeadings.find(at), body);
        boolean label = qa.hasLead() && !qa.question();
        boolean asksContent = leadRecommendation || leadPractice || label && inLead(rules.contentRequests.find(at), body);
        if (qa.ticked() == null && (asksContent && isEmptyAnswer(at, body, rules.empty) || isEmptyAnswer(at, body, rules.nothing))) {
            return Optional.empty();
        }
        // a section label ("Incidencias observadas:") does not decide by its words; a clause before a colon does
        // without a colon, a table's row title joined to its cell ("Proselitismo tampoco hubo…") does not decide either
        // … nor does a numbered item's title, a sentence of its own ("Incidente 3 (09:52 h). El responsable les pide…")
        int titled = !qa.hasLead() ? Math.max(gluedTitle(at), numberedTitle(at)) : label && !isSectionLabel(at, body) ? 0 : body;
        // … nor does the heading the text was written under, whatever its words
        titled = qa.question() ? titled : Math.max(titled, heading);

        KindSignals.Reading reading = cues.read(at, negation, topicProblems, told);
        List<Signal> signals = reading.signals();
        int saidFrom = namedProblemEnd > 0 && endedOrDenied(signals, namedProblemEnd, reading, negation)
                ? Math.max(titled, namedProblemEnd) : titled;
        // a cue that starts in the heading and ends in the text is the heading's as much: "El traslado en camión: Buscar
        // un salón para que las personas mayores…" tells no van bringing people
        List<Signal> bodySignals = signals.stream().filter(s -> s.match().to() >= saidFrom && s.match().from() >= heading).toList();
        List<Signal> problems = bodySignals.stream().filter(Signal::problem).toList();
        List<Signal> fine = bodySignals.stream().filter(s -> !s.problem()).toList();
        // a problem supposed in a condition is none told: "Si se cambia la mesa de lugar, hay que poner un letrero"
        int firstProblem = problems.stream().mapToInt(s -> s.match().from()).filter(i -> !rules.conditions.supposes(at, i, heading))
                .min().orElse(Integer.MAX_VALUE);

        if (leadRecommendation) {
            return kind(FindingKind.RECOMENDACION, leadWords(rules.recommendationHeadings.find(at), body));
        }
        if (leadPractice) {
            return kind(FindingKind.BUENA_PRACTICA, leadWords(rules.goodPracticeHeadings.find(at), body));
        }
        // a practice called worth repeating is one even when the problem it answered is told first ("no podían
        // subir; las funcionarias bajaron la urna… Considero que es una buena práctica")
        // "la responsable le solicitó el retiro", "el escrutador destacó que…": what someone else did, not the
        // observer's own "solicito", "destaco" (folding drops the accent that tells them apart)
        List<Rule.Match> practices = affirmed(rules.goodPractice.find(at), negation).stream()
                .filter(m -> !saidBySomeoneElse(text, at, m)).toList();
        // a duty that asks to repeat what was done is the practice's own words, not a proposal: "eso hay que copiarlo",
        // "deberían hacerlo en todas las mesas" (the recommendation's "hay que" lies inside the practice's cue)
        // … and a sentence that opens with an infinitive proposes, whatever its verb ("Tapar las pintas…")
        List<Rule.Match> proposed = new ArrayList<>(rules.recommendation.find(at));
        proposed.addAll(rules.infinitiveProposals.find(at, heading));
        proposed.sort(java.util.Comparator.comparingInt(Rule.Match::from));
        List<Rule.Match> recommendations = affirmed(proposed, negation).stream()
                .filter(m -> m.from() < proposalsBefore && !ReportedThat.at(text, at, m.from()) && !saidBySomeoneElse(text, at, m))
                .filter(m -> practices.stream().noneMatch(p -> KindSignals.overlaps(p, m))).toList();
        if (!practices.isEmpty() && (recommendations.isEmpty() || practices.get(0).from() <= recommendations.get(0).from())) {
            return kind(FindingKind.BUENA_PRACTICA, words(practices));
        }
        // a problem cue that starts on the proposal's own verb is what the proposal asks about, not something seen
        // ("Señalar un espacio junto a la mampara…"): the proposal wins the tie
        // … and a problem named as the proposal's motive, in a phrase that opens its sentence with no past verb ("Con la
        // fila tan larga, sería bueno poner dos mamparas"), is the reason of what the sentence proposes, not one told
        int firstToldProblem = recommendations.isEmpty() ? firstProblem : problems.stream()
                .mapToInt(s -> s.match().from()).filter(i -> !rules.conditions.supposes(at, i, heading))
                .filter(i -> !motiveOf(text, at, i, recommendations.get(0), heading)).min().orElse(Integer.MAX_VALUE);
        if (!recommendations.isEmpty() && recommendations.get(0).from() <= firstToldProblem) {
            return kind(FindingKind.RECOMENDACION, words(recommendations));
        }
        // what someone said happened at another mesa, not seen here: "me dicen que en la mesa de al lado…"
        List<String> elsewhere = words(find(at, rules.hearsay));
        if (!elsewhere.isEmpty() && !find(at, rules.elsewhere).isEmpty()) {
            List<String> why = new ArrayList<>(elsewhere);
            why.addAll(words(find(at, rules.elsewhere)));
            return read(kind(FindingKind.CONTEXTO, why), reading, negation);
        }

        // what the observer says they did not see or cannot vouch for ("a algunos les dieron dinero; yo no lo
        // presencié", "dicen que se robaron una urna, ¿alguien sabe?") is context — unless, after a turn, they tell
        // a problem they did see ("no sé si era del comité, pero se quedó junto a la mampara")
        // A doubt about a detail is context when it is what the sentence says ("No sé si el mayordomo lo hizo por su
        // cuenta"), not after what the observer saw ("invitaba a firmar, sin que me conste qué se hacía después").
        List<Rule.Match> unvouched = find(at, rules.unwitnessed).stream()
                .filter(m -> !asksADetail(at, m) || m.from() - at.sentenceStart(m.from()) <= OPENING_WORDS).toList();
        if (!unvouched.isEmpty() && !problemAfterTurn(at, unvouched.get(0).to(), problems)) {
            return read(kind(FindingKind.CONTEXTO, words(unvouched)), reading, negation);
        }

        Optional<Kind> answered = answer(at, body, qa, signals);
        if (answered.isPresent()) {
            return read(answered, reading, negation);
        }
        // a problem the report says happened away from the mesa or had nothing to do with it ("asaltaron una tienda;
        // sin relación con la mesa") is context; its neighbours share the event's words, not where it happened
        List<Rule.Match> unrelated = problems.isEmpty() ? List.of()
                : find(at, rules.notHere).stream().filter(m -> !negation.denies(m)).toList();
        if (!unrelated.isEmpty()) {
            return read(kind(FindingKind.CONTEXTO, words(unrelated)), reading, negation);
        }
        if (!problems.isEmpty()) {
            return read(kind(FindingKind.INCIDENCIA, evidence(problems)), reading, negation);
        }
        // with no problem told, what a person of the mesa did so that voters could take part is their initiative, a
        // practice worth repeating, not only the aspect working ("la escrutadora bajaba con la urna para que las
        // personas mayores opinaran abajo"); a problem in the passage keeps it an incident (the act may be the
        // problem: "se llevó la urna para que…")
        List<Rule.Match> initiatives = affirmed(rules.officialsPractice.find(at), negation).stream()
                .filter(m -> m.to() >= saidFrom && m.from() >= heading && writtenWithoutAccents(m) && toldAsAHabit(at, m)).toList();
        if (!initiatives.isEmpty()) {
            return read(kind(FindingKind.BUENA_PRACTICA, words(initiatives)), reading, negation);
        }
        if (!fine.isEmpty()) {
            return read(kind(FindingKind.CONFORME, evidence(fine)), reading, negation);
        }
        // a problem told of another consulta or as a point of reference ("Según la responsable, en la consulta de
        // 2020 alguien grabó a la gente") is context in words: passages alike by the event do not make it this mesa's
        if (!reading.aside().isEmpty()) {
            return read(kind(FindingKind.CONTEXTO, reading.aside()), reading, negation);
        }
        // a count with no judgement ("Votaron 143 personas", "¿Cuántas personas acudieron? 57") is context: its
        // words, as evidence, keep the kind from being left to passages that only share a figure or a time
        return read(kind(FindingKind.CONTEXTO, words(rules.counts.find(at))), reading, negation);
    }

    /**
     * Whether the problem at token {@code i} lies in a phrase that opens its sentence with a motive ("Con la fila tan
     * larga,", "Ante la falta de sillas,"), tells nothing in the past, and is followed in the same sentence by the
     * proposal it motivates.
     */
    private boolean motiveOf(String text, AnalyzedText at, int i, Rule.Match proposal, int heading) {
        int start = heading <= i ? Math.max(at.sentenceStart(i), heading) : at.sentenceStart(i);
        return proposal.from() > i && proposal.from() <= at.sentenceEnd(i) && rules.motives.supposes(at, i, heading)
                && !ReportedThat.pastBetween(text, at, start, proposal.from() - 1);
    }

    /** The fewest words a fact told before a closing question needs ("Votó el papá por la hija, ¿es válido?"). */
    private static final int TOLD_BEFORE_QUESTION = 4;

    /**
     * Where the closing question of a passage starts when words of its own tell a fact before it and nothing answers
     * it ("Un señor repartía volantes en la fila, ¿eso se vale?"), or -1. Not a label's question ("Pregunta 3
     * (abierta): ¿Qué cambiaría?") nor a question alone ("¿Hubo propaganda?"), which are left unanswered.
     */
    static int factBeforeItsQuestion(String text) {
        String t = text.strip();
        int asked = t.lastIndexOf('¿');
        int closed = t.lastIndexOf('?');
        // what follows the question closes a quote at most: «preguntaba a cada vecino "¿ya votó?"»
        if (asked <= 0 || closed < asked || t.indexOf('?') < asked || t.substring(closed + 1).codePoints().anyMatch(Character::isLetterOrDigit)
                || t.substring(0, asked).strip().endsWith(":")) {
            return -1;
        }
        return Boilerplate.words(t.substring(0, asked)) >= TOLD_BEFORE_QUESTION ? text.indexOf(t) + asked : -1;
    }

    /**
     * Whether what follows a problem named before a colon tells only that it was ended or did not happen: the words
     * before the colon are then its title, not a problem of their own ("Incidencia atendida: la presidenta le pidió
     * que se retirara y se retiró", "Propaganda retirada: el puesto se fue a petición del secretario", "Conatos de
     * pleito: en todo el día no hubo ninguno"). A title whose text tells the problem ("Retraso: abrió a las 9:50") or
     * only things going right ("Retraso en la apertura: material completo") still tells it.
     */
    private static boolean endedOrDenied(List<Signal> signals, int from, KindSignals.Reading reading, NegationScope negation) {
        List<Signal> after = signals.stream().filter(s -> s.match().from() >= from).toList();
        return !after.isEmpty() && after.stream().noneMatch(Signal::problem)
                && (reading.resolved() || after.stream().anyMatch(s -> negation.negatorOf(s.match()) >= 0));
    }

    /**
     * The words before a colon, not counting numbers and hour units ("01/05/22 11:32 — Incidencia atendida" has two):
     * a title is a few words; a clause that tells the problem is longer ("Un señor con gorra del proyecto repartía
     * volantes: la presidenta le pidió que se retirara y se retiró" told the problem before it ended).
     */
    private static int titleWords(AnalyzedText at, int body) {
        int words = 0;
        for (int i = 0; i < body; i++) {
            if (!at.get(i).term().chars().allMatch(Character::isDigit) && !HOUR_UNITS.contains(at.get(i).surface())) {
                words++;
            }
        }
        return words;
    }

    /** The most words of a title before a colon ("Refuerzo contra la propaganda:", "Incidencia atendida:"). */
    private static final int MAX_TITLE_WORDS = 4;

    private static Optional<Kind> read(Optional<Kind> kind, KindSignals.Reading reading, NegationScope negation) {
        return kind.map(k -> new Kind(k.kind(), k.evidence(), reading, negation));
    }

    /**
     * Whether the words before the colon tell a problem themselves — not a form's label ("Incidencias:") and not
     * answered yes or no after it — so the colon only explains it: "poca difusión: la mitad de la gente no sabía".
     */
    private boolean tellsAProblem(AnalyzedText at, int body, QuestionAnswer qa, List<Rule.Match> topicProblems) {
        if (qa.ticked() != null || shortAnswer(at, body) != null || isSectionLabel(at, body)) {
            return false;
        }
        return rules.problem.find(at).stream().anyMatch(m -> m.to() < body)
                || topicProblems.stream().anyMatch(m -> m.to() < body);
    }

    private boolean hasNegator(AnalyzedText at, int body) {
        for (int i = 0; i < body; i++) {
            if (at.longestAt(rules.negation.negators(), i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Rule.Match> find(AnalyzedText at, List<Phrase> phrases) {
        return phrases.isEmpty() ? List.of() : new Rule.AnyPhrase(phrases).find(at);
    }

    /** Steps for a question (or a label) answered yes or no, or a question about a problem answered with facts. */
    private Optional<Kind> answer(AnalyzedText at, int body, QuestionAnswer qa, List<Signal> signals) {
        if (!qa.hasLead() && qa.ticked() == null) {
            return Optional.empty();
        }
        List<Signal> inLead = signals.stream().filter(s -> s.match().to() < body).toList();
        List<Signal> inBody = signals.stream().filter(s -> s.match().from() >= body).toList();
        // a question that names a problem asks about it ("¿Se permitió votar a personas sin credencial?")
        boolean asksProblem = inLead.stream().anyMatch(Signal::problem);
        String answer = qa.ticked() != null ? qa.ticked() : shortAnswer(at, body);
        // after a label, a negative word that goes on in its clause is the subject of what the sentence tells, not a
        // bare no: "Los funcionarios, bien pacientes: nadie se desesperó" says nobody lost patience
        if (answer != null && qa.ticked() == null && !qa.question() && opensItsClause(at, body, rules.negation)) {
            answer = null;
        }
        // … and after a label that says things went well, a «no» that goes on in its clause denies what follows it,
        // not the label: "Ambiente tranquilo: no hubo gritos ni empujones" is no "¿Tranquilo? No"
        if ("no".equals(answer) && qa.ticked() == null && !qa.question() && !asksProblem && !inLead.isEmpty()
                && body + 1 < at.size() && at.get(body + 1).before() == AnalyzedText.Break.NONE) {
            answer = null;
        }
        List<Signal> bodyProblems = inBody.stream().filter(Signal::problem).toList();
        List<Signal> bodyFine = inBody.stream().filter(s -> !s.problem()).toList();
        List<String> why = new ArrayList<>(evidence(inLead));
        if (answer != null) {
            // what the answer goes on to say decides; a bare yes or no answers the question as it is asked: a
            // questionnaire asks either about a problem or about how things should be
            // "No se observó propaganda. Sin embargo, una camioneta estuvo trayendo…": what comes after the turn
            if (!bodyProblems.isEmpty() && (answer.equals("si") || !asksProblem || afterAdversative(at, body, bodyProblems))) {
                why.addAll(evidence(bodyProblems));
                return kind(FindingKind.INCIDENCIA, why);
            }
            why.add(ANSWERED + answer);
            if (!bodyFine.isEmpty() && bodyProblems.isEmpty() && answer.equals("si") && asksProblem) {
                why.addAll(evidence(bodyFine));
                return kind(FindingKind.CONFORME, why);
            }
            // a «no» to a question whose words name neither a problem nor things going right, followed only by things
            // going right, says what the question feared did not happen: "¿Alguien alcanzó a ver la boleta de otro? No;
            // la mampara estaba bien puesta" (the answer's words decide what the question's did not)
            if (answer.equals("no") && qa.question() && inLead.isEmpty() && !bodyFine.isEmpty() && bodyProblems.isEmpty()
                    && !turnIn(at, body)) {
                why.addAll(evidence(bodyFine));
                return kind(FindingKind.CONFORME, why);
            }
            if (!qa.question() && inLead.isEmpty() && qa.hasLead() && qa.ticked() == null) {
                return Optional.empty(); // "Observaciones: no" says nothing the words of the answer do not
            }
            boolean happened = answer.equals("si");
            return kind(happened == asksProblem ? FindingKind.INCIDENCIA : FindingKind.CONFORME, why);
        }
        if (qa.question() && asksProblem && body < at.size()) {
            if (!bodyFine.isEmpty() && bodyProblems.isEmpty()) {
                return Optional.empty();
            }
            why.add("→ " + at.span(body, Math.min(at.size() - 1, body + 2)) + "…");
            return kind(FindingKind.INCIDENCIA, why);
        }
        return Optional.empty();
    }

    /**
     * Whether the match ends in, or is followed by, a question word: "no sé <em>si</em>…", "no me consta
     * <em>qué</em>…".
     */
    private boolean asksADetail(AnalyzedText at, Rule.Match m) {
        // "…alguien sabe si es cierto?" doubts the whole story, not a detail of it
        return rules.questionWords.contains(at.get(m.to()).surface()) || m.to() + 1 < at.size()
                && !at.get(m.to() + 1).surface().equals("si") && rules.questionWords.contains(at.get(m.to() + 1).surface());
    }

    /** Words that may come before a doubt that opens its sentence ("Yo no sé si…", "Pero ignoro si…"). */
    private static final int OPENING_WORDS = 2;

    /** How many words after the cue the verb of a purpose told first may come ("Para que…, la presidenta anotaba"). */
    private static final int HABIT_REACH = 4;

    /**
     * Whether the act is told as a habit, what the person kept doing ("la escrutadora <em>bajaba</em> con la urna para
     * que…"): a practice is what someone kept doing, a single act told in the preterite is the mesa doing its work
     * ("el secretario le acercó la urna para que opinara"). The verb is a word of the cue's span, or one of the few
     * after it, that is not one of the cue's own words and ends as {@code practica_de_la_mesa_habito} says.
     */
    private boolean toldAsAHabit(AnalyzedText at, Rule.Match m) {
        if (rules.habitEndings.isEmpty()) {
            return true;
        }
        java.util.Set<Integer> cueWords = new java.util.HashSet<>(m.parts());
        cueWords.add(m.anchor());
        int end = Math.min(at.sentenceEnd(m.from()), m.to() + HABIT_REACH);
        for (int i = m.from(); i <= end && i < at.size(); i++) {
            String word = at.get(i).surface();
            if (!cueWords.contains(i) && rules.habitEndings.stream().anyMatch(e -> word.length() > e.length() + 2 && word.endsWith(e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word a cue matched is written without an accent, as the cue lists it: folding joins «para qué»
     * (a question: "le preguntó para qué quería la boleta") with the purpose «para que», and «la secretaría» (an
     * office) with «la secretaria».
     */
    private static boolean writtenWithoutAccents(Rule.Match m) {
        String written = m.evidence().toLowerCase(java.util.Locale.ROOT);
        return mx.observa.text.Folding.foldPreservingLength(written).equals(written);
    }

    /** A cue of one word, the observer's first person, that is someone else's preterite: "solicitó", "destacó". */
    private static boolean saidBySomeoneElse(String text, AnalyzedText at, Rule.Match m) {
        return m.from() == m.to() && ReportedThat.preterite(text, at, m.from());
    }

    /** Whether a problem is told after a "pero"/"sin embargo" that comes after token {@code from}. */
    private boolean problemAfterTurn(AnalyzedText at, int from, List<Signal> problems) {
        for (int i = from + 1; i < at.size(); i++) {
            int turn = i;
            if (at.longestAt(rules.adversatives, i) > 0 && problems.stream().anyMatch(s -> s.match().from() > turn)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the answer turns with a "pero"/"sin embargo": what it tells after the turn is not a plain answer. */
    private boolean turnIn(AnalyzedText at, int body) {
        for (int i = body; i < at.size(); i++) {
            if (at.longestAt(rules.adversatives, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the problems comes after a "pero"/"sin embargo" of the answer. */
    private boolean afterAdversative(AnalyzedText at, int body, List<Signal> problems) {
        for (int i = body; i < at.size(); i++) {
            int turn = i;
            if (at.longestAt(rules.adversatives, i) > 0 && problems.stream().anyMatch(s -> s.match().from() > turn)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the answer opens with a negative word ({@code negacion.concordantes}: "nadie", "nada", "ninguno") that is
     * the subject of the verb right after it ("nadie <em>se</em> desesperó", "nadie <em>faltó</em>"): a proclitic
     * pronoun or a conjugated verb ({@code negacion.pronombres}, {@code negacion.terminaciones_verbo}). Not "ninguna a
     * la vista", "ninguno que reportar", "ninguno de violencia", which answer no.
     */
    private static boolean opensItsClause(AnalyzedText at, int body, KindRules.Negation negation) {
        if (body + 1 >= at.size() || negation.concordant().stream().noneMatch(p -> p.length() == 1 && p.matchesAt(at, body))
                || at.get(body + 1).before() != AnalyzedText.Break.NONE) {
            return false;
        }
        KindRules.NewClause clause = negation.newClause();
        AnalyzedText.Token next = at.get(body + 1);
        String written = at.text().substring(next.start(), next.end()).toLowerCase(java.util.Locale.ROOT);
        return clause.clitics().stream().anyMatch(p -> p.matchesAt(at, body + 1))
                || clause.verbEndings().stream().anyMatch(e -> written.endsWith(e) && written.length() >= e.length() + MIN_VERB_STEM);
    }

    /** The shortest stem of a conjugated verb its ending is read on ("faltó", not "ó"). */
    private static final int MIN_VERB_STEM = 3;

    /** "Sí", "No", "Ninguno"… at the start of the answer, or null. */
    private String shortAnswer(AnalyzedText at, int body) {
        if (body >= at.size()) {
            return null;
        }
        if (startsWith(at, body, rules.no)) {
            return "no";
        }
        if (startsWith(at, body, rules.yes)) {
            return "si";
        }
        return null;
    }

    /**
     * The length of a section title that opens the finding with no colon and is followed by a denial — a table's
     * row header joined to its cell by extraction ("Seguridad ningún incidente", "Proselitismo tampoco hubo…") —
     * or 0.
     */
    private int gluedTitle(AnalyzedText at) {
        for (int end = 1; end < at.size() && end <= MAX_GLUED_TITLE; end++) {
            int k = end;
            if (at.longestAt(rules.negation.negators(), k) > 0 && isSectionLabel(at, end)) {
                return end;
            }
        }
        return 0;
    }

    private static final int MAX_GLUED_TITLE = 3;

    /**
     * The length of a numbered item's title that is a sentence of its own at the start of the finding — section
     * words with the item's number and maybe its time ("Incidente 3 (09:52 h).", "Hallazgo 4.") — or 0: a log that
     * numbers every entry "Incidente" says nothing by that word about what each entry tells.
     */
    private int numberedTitle(AnalyzedText at) {
        int end = at.size() == 0 ? 0 : at.sentenceEnd(0) + 1;
        if (end >= at.size() || end > MAX_NUMBERED_TITLE) {
            return 0;
        }
        boolean numbered = false;
        int words = 0;
        for (int i = 0; i < end; i++) {
            if (at.get(i).term().chars().allMatch(Character::isDigit)) {
                numbered = true;
            } else if (!HOUR_UNITS.contains(at.get(i).surface())) {
                words++;
            }
        }
        return numbered && words > 0 && isSectionLabel(at, end) ? end : 0;
    }

    private static final int MAX_NUMBERED_TITLE = 7;
    private static final Set<String> HOUR_UNITS = Set.of("h", "hr", "hrs", "horas", "hora");

    /** Whether every word before the answer belongs to a section title (or is a number or a connector). */
    private boolean isSectionLabel(AnalyzedText at, int body) {
        int i = 0;
        while (i < body) {
            int longest = 0;
            for (Phrase p : rules.sectionWords) {
                if (p.length() > longest && i + p.length() <= body && p.matchesAt(at, i)) {
                    longest = p.length();
                }
            }
            if (longest > 0) {
                i += longest;
            } else if (at.get(i).term().chars().allMatch(Character::isDigit) || SECTION_CONNECTORS.contains(at.get(i).surface())
                    || HOUR_UNITS.contains(at.get(i).surface())) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SECTION_CONNECTORS = Set.of("de", "del", "la", "las", "el", "los",
            "y", "e", "a", "al", "en", "para", "por", "con", "sobre", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private static boolean isEmptyAnswer(AnalyzedText at, int body, List<Phrase> empty) {
        if (body >= at.size()) {
            return true;
        }
        for (Phrase p : empty) {
            if (p.matchesAt(at, body) && body + p.length() == at.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(AnalyzedText at, int i, List<Phrase> phrases) {
        return phrases.stream().anyMatch(p -> p.matchesAt(at, i));
    }

    private static int firstTokenFrom(AnalyzedText at, int offset) {
        int i = 0;
        while (i < at.size() && at.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    private static boolean inLead(List<Rule.Match> matches, int body) {
        return matches.stream().anyMatch(m -> m.to() < body);
    }

    private static List<String> leadWords(List<Rule.Match> matches, int body) {
        return words(matches.stream().filter(m -> m.to() < body).toList());
    }

    private static List<Rule.Match> affirmed(List<Rule.Match> matches, NegationScope negation) {
        return matches.stream().filter(m -> !negation.denies(m)).toList();
    }

    private static List<String> words(List<Rule.Match> matches) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        matches.forEach(m -> words.add(m.evidence()));
        return List.copyOf(words);
    }

    private static List<String> evidence(List<Signal> signals) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        signals.forEach(s -> words.add(s.evidence()));
        return List.copyOf(words);
    }

    private static Optional<Kind> kind(FindingKind kind, List<String> evidence) {
        return Optional.of(new Kind(kind, List.copyOf(evidence)));
    }
}
