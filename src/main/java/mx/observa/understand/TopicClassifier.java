package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import mx.observa.model.FindingKind;

/**
 * Assigns zero or more taxonomy topics to one finding, recording for each the observer's words that matched,
 * so an analyst can see why, and hands the kind classifier the matches that are problems in themselves. Topics
 * given by a finding's kind (recommendations, good practices) are added by {@link #withKindTopics}.
 */
final class TopicClassifier {

    /**
     * Topic id → evidence (sorted by id), the topics' problem matches ("propaganda", "riña"), and topic id → the
     * matches behind its evidence; {@code yieldedRoutine}: topic id → the routine matches that yielded to another topic
     * of the passage, which the finding's kind may still keep ({@link Topic#routineYieldsIn()}).
     */
    record Result(SortedMap<String, List<String>> evidence, List<Rule.Match> problems, Map<String, List<Rule.Match>> matches,
                  List<Rule.Match> mentions, List<Rule.Match> compliedHandling, Map<String, List<Rule.Match>> yieldedRoutine) {

        Result(SortedMap<String, List<String>> evidence, List<Rule.Match> problems, Map<String, List<Rule.Match>> matches) {
            this(evidence, problems, matches, List.of(), List.of(), Map.of());
        }
    }

    private final TopicRules rules;
    private final HandledTopics handled;

    TopicClassifier(TopicRules rules) {
        this.rules = rules;
        this.handled = new HandledTopics(rules);
    }

    /** What makes a report one about the internet vote, and the opening and closing words that there are no count. */
    TopicRules.InternetVote internetVote() {
        return rules.internetVote();
    }

    /** What says the mesa saw or knew of the problem before and let it be. */
    Cues inaction() {
        return rules.inaction();
    }

    /** Who the mesa saw or heard, named only by a pronoun ({@link SeriousNeighbours#letBeAsBefore}). */
    Cues seenByPronoun() {
        return rules.seenByPronoun();
    }

    /** What a passage that deals with the problem before it takes from that problem. */
    HandledTopics handled() {
        return handled;
    }

    Result classify(AnalyzedText text) {
        return classify(text, Set.of());
    }

    /**
     * @param reportTopics the topics the whole report is about, whatever the passage's own words (an internet-only
     *                     report is about the internet vote): the routine yields to them as to a topic of the passage
     *                     ("apareció la lista de proyectos" there is what the voting page showed, not how the projects
     *                     were made known)
     */
    Result classify(AnalyzedText text, Set<String> reportTopics) {
        SortedMap<String, List<String>> evidence = new TreeMap<>();
        // a row that answers "no aplica" says nothing about the aspect it names ("Caída del SEI: no aplica")
        if (!rules.notApplicable().isEmpty() && !new Rule.AnyPhrase(rules.notApplicable()).find(text).isEmpty()) {
            return new Result(evidence, List.of(), new TreeMap<>());
        }
        Map<String, List<Rule.Match>> all = new TreeMap<>();
        List<Rule.Match> problems = new ArrayList<>();
        List<Rule.Match> mentions = new ArrayList<>();
        // a project's name after "vote por" is what is promoted, not an aspect of the day ("vote por la seguridad")
        VotedFor votedFor = rules.votedFor();
        List<int[]> names = votedFor.names(text);
        for (Topic topic : rules.topics()) {
            if (topic.fromKind() != null) {
                continue;
            }
            List<Rule.Match> matches = votedFor.outside(topic.id(), topic.matches(text), names);
            if (!matches.isEmpty()) {
                evidence.put(topic.id(), Topic.evidence(matches));
                all.put(topic.id(), matches);
            }
            problems.addAll(votedFor.outside(topic.id(), topic.problems().find(text), names));
            mentions.addAll(votedFor.outside(topic.id(), topic.mentions().find(text), names));
        }
        Map<String, List<Rule.Match>> yielded = addRoutine(text, evidence, all, names, reportTopics);
        return new Result(evidence, problems, all, mentions, compliedHandling(text, all), yielded);
    }

    /**
     * A topic's routine words ({@code rutina} in the config) when the passage says nothing of the topics they yield to:
     * "estaban los tres funcionarios" tells the opening, "los tres completos y muy atentos" judges the officials and is
     * about them alone. Returns the routine matches that yielded, by topic id, for the kinds in which they do not.
     */
    private Map<String, List<Rule.Match>> addRoutine(AnalyzedText text, SortedMap<String, List<String>> evidence,
                                                     Map<String, List<Rule.Match>> all, List<int[]> names,
                                                     Set<String> reportTopics) {
        Map<String, List<Rule.Match>> foundBefore = Map.copyOf(all);
        Map<String, List<Rule.Match>> yielded = new TreeMap<>();
        for (Topic topic : rules.topics()) {
            if (topic.routine().isEmpty()) {
                continue;
            }
            List<Rule.Match> routine = rules.votedFor().outside(topic.id(), topic.routine().find(text), names);
            if (routine.isEmpty()) {
                continue;
            }
            // … judged by words of their own: "las tres funcionarias sí están completas" says the presence alone
            if (topic.routineYieldsTo().stream().anyMatch(y -> reportTopics.contains(y) || foundBefore.getOrDefault(y, List.of()).stream()
                    .anyMatch(m -> saysMoreThan(m, routine)))) {
                yielded.put(topic.id(), routine);
                continue;
            }
            add(topic.id(), routine, evidence, all);
        }
        return yielded;
    }

    private static void add(String id, List<Rule.Match> more, SortedMap<String, List<String>> evidence, Map<String, List<Rule.Match>> all) {
        List<Rule.Match> matches = new ArrayList<>(all.getOrDefault(id, List.of()));
        matches.addAll(more);
        matches.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(b.to(), a.to()));
        all.put(id, matches);
        evidence.put(id, Topic.evidence(matches));
    }

    /**
     * The result with the routine that yielded added back where the finding's kind is not one it yields in: "capacitar
     * al personal para que explique cada proyecto" is a recommendation about the officials and about how the projects
     * are made known.
     */
    private Result withRoutineKeptBy(Result found, FindingKind kind) {
        if (found.yieldedRoutine().isEmpty()) {
            return found;
        }
        SortedMap<String, List<String>> evidence = new TreeMap<>(found.evidence());
        Map<String, List<Rule.Match>> all = new TreeMap<>(found.matches());
        for (Topic topic : rules.topics()) {
            List<Rule.Match> routine = found.yieldedRoutine().get(topic.id());
            if (routine != null && !topic.routineYieldsIn().contains(kind)) {
                add(topic.id(), routine, evidence, all);
            }
        }
        return new Result(evidence, found.problems(), all, found.mentions(), found.compliedHandling(), Map.of());
    }

    /**
     * Whether a match has a word of its own outside every routine match (its first word, that of another group, or its
     * last word): in "los tres funcionarios llegaron a las 8:30" the officials' "llegaron a las" starts inside the
     * routine "tres funcionarios … llegaron" but tells their punctuality, which the routine does not.
     */
    private static boolean saysMoreThan(Rule.Match m, List<Rule.Match> routine) {
        List<Integer> words = new ArrayList<>(m.parts());
        words.add(m.anchor());
        words.add(m.to());
        return words.stream().anyMatch(w -> routine.stream().noneMatch(r -> r.from() <= w && w <= r.to()));
    }

    /**
     * The acts of the officials that handled a problem, when the passage also says the one who caused it did as asked
     * ("la presidenta le pidió que se retirara y se fue"); empty when no official's words were found or nobody complied.
     * Who leaves inside the officials' own words is an official ("el escrutador se retiró de su puesto", "uno de los
     * funcionarios se fue y no regresó"): an absence, not a handling that worked.
     */
    private List<Rule.Match> compliedHandling(AnalyzedText text, Map<String, List<Rule.Match>> found) {
        List<Rule.Match> officials = new ArrayList<>();
        HandledTopics.HANDLERS.forEach(id -> officials.addAll(found.getOrDefault(id, List.of())));
        if (officials.isEmpty()) {
            return List.of();
        }
        List<Rule.Match> complied = rules.complied().find(text);
        if (complied.isEmpty()) {
            return List.of();
        }
        List<Rule.Match> acts = rules.handling().find(text);
        boolean someoneElseComplied = complied.stream().anyMatch(c -> acts.stream().noneMatch(a -> KindSignals.overlaps(a, c))
                && officials.stream().noneMatch(o -> KindSignals.overlaps(o, c)));
        return someoneElseComplied ? acts : List.of();
    }

    /**
     * The topics the finding's kind is about. A topic all of whose words lie under a negation speaks of something
     * that did not happen. It stays in a «sin novedad» finding when its words decided the kind ("no hubo
     * propaganda") or say what the denied problem was about, and is no topic when they decided nothing ("la señora no tenía ninguna discapacidad"). In an
     * incident, a serious topic ({@link #SERIOUS}) denied in the part that went well is not the incident's ("no
     * hubo propaganda, pero la fila era larga" is no serious incident), unless a "pero sí" sets the problem against
     * it ("no hay propaganda, pero sí un señor anotando quién viene a votar"). Recommendations and good practices
     * keep every topic they name.
     */
    SortedMap<String, List<String>> about(Result classified, KindClassifier.Kind kind) {
        Result found = withRoutineKeptBy(classified, kind.kind());
        SortedMap<String, List<String>> kept = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : found.evidence().entrySet()) {
            List<Rule.Match> matches = found.matches().getOrDefault(e.getKey(), List.of());
            if (servesAnotherProblem(e.getKey(), found, kind) || onlyMentioned(e.getKey(), matches, found, kind)
                    || onlyHandled(e.getKey(), matches, found, kind)) {
                continue;
            }
            if (kind.negation() == null || kind.kind() == FindingKind.RECOMENDACION || kind.kind() == FindingKind.BUENA_PRACTICA
                    || matches.stream().anyMatch(m -> !kind.negation().denies(m))) {
                kept.put(e.getKey(), e.getValue());
                continue;
            }
            List<KindSignals.Signal> signals = kind.reading().signals();
            boolean decidedProblem = matches.stream().anyMatch(m -> signals.stream()
                    .anyMatch(s -> s.problem() && KindSignals.overlaps(s.match(), m)));
            // … or they are what the denied problem was about: "ningún problema con la validación de la credencial"
            boolean decided = matches.stream().anyMatch(m -> signals.stream().anyMatch(s -> KindSignals.overlaps(s.match(), m)
                    || !s.problem() && s.match().to() < m.from() && deniedTogether(kind.negation(), s.match(), m)));
            // … or a problem of the topic itself is what was denied: "no se registraron riñas" is seguridad without
            // news whatever words decided the kind
            boolean deniedProblem = matches.stream().anyMatch(found.problems()::contains);
            boolean keep = kind.kind() == FindingKind.INCIDENCIA
                    ? !SERIOUS.contains(e.getKey()) || decidedProblem || kind.reading().contrast()
                    : decided || deniedProblem;
            if (keep) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return kept;
    }

    /**
     * Whether the topic's words only serve a problem of a topic it yields to (config: {@code cede_ante}), found and
     * not denied in the same finding: "repartían trípticos del proyecto del parque" tells propaganda, not how the
     * consultation was made known. A recommendation or good practice may speak of both, and keeps both.
     */
    private boolean servesAnotherProblem(String id, Result found, KindClassifier.Kind kind) {
        Topic topic = rules.topics().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        if (topic == null) {
            return false;
        }
        if (deniedWithAnotherProblem(id, topic.deniedYieldsTo(), found, kind)) {
            return true;
        }
        if (kind.kind() == FindingKind.RECOMENDACION || kind.kind() == FindingKind.BUENA_PRACTICA) {
            return false;
        }
        Set<String> yieldsTo = topic.yieldsTo();
        return yieldsTo.stream().anyMatch(other -> found.matches().getOrDefault(other, List.of()).stream()
                .anyMatch(m -> found.problems().contains(m) && (kind.negation() == null || !kind.negation().denies(m))));
    }

    /**
     * Whether every word of the topic is denied along with a problem of a topic it yields to when denied (config:
     * {@code cede_negado_ante}): "no hubo volantes, lonas ni perifoneo; nadie hizo campaña" denies the propaganda those
     * channels would have carried and says nothing of how the consultation was made known, in whatever kind of finding
     * ("que no haya lonas de proyectos ni propaganda"). A channel that is missing while nothing of the other topic is
     * denied stays its own ("no hubo carteles de la consulta y nadie sabía"). Only where configured: "no hubo acarreo ni
     * filas largas" still tells the turnout.
     */
    private static boolean deniedWithAnotherProblem(String id, Set<String> yieldsTo, Result found, KindClassifier.Kind kind) {
        NegationScope negation = kind.negation();
        List<Rule.Match> own = found.matches().getOrDefault(id, List.of());
        if (negation == null || own.isEmpty() || !own.stream().allMatch(negation::denies)) {
            return false;
        }
        return yieldsTo.stream().anyMatch(other -> found.matches().getOrDefault(other, List.of()).stream()
                .anyMatch(m -> found.problems().contains(m) && negation.denies(m)));
    }

    /**
     * Whether an incident has a serious topic only by its mentions ({@code menciones} in the config): "todo tranquilo,
     * la única bronca es el calor" and "la mampara contra la pared, nadie pudo ver" say the aspect went well, and an
     * incident of something else is no serious incident because of them.
     */
    private static boolean onlyMentioned(String id, List<Rule.Match> matches, Result found, KindClassifier.Kind kind) {
        // … and what is not a mention is denied: "nadie se peleó ni hubo empujones; los gritos eran de la porra"
        return kind.kind() == FindingKind.INCIDENCIA && SERIOUS.contains(id) && matches.stream().anyMatch(found.mentions()::contains)
                && matches.stream().allMatch(m -> found.mentions().contains(m) || kind.negation() != null && kind.negation().denies(m));
    }

    /**
     * Whether the officials' words only tell how they handled a problem that then went away: "el escrutador le pidió
     * que esperara fuera de la fila y el muchacho obedeció" is about the problem handled (labelling criteria, «Cómo se
     * registró o atendió un problema»), not about the officials. A handling that was not done ("no le pidió que se
     * retirara") or that failed tells how they acted; recommendations and good practices keep what they name.
     */
    private static boolean onlyHandled(String id, List<Rule.Match> matches, Result found, KindClassifier.Kind kind) {
        if (!HandledTopics.HANDLERS.contains(id) || found.compliedHandling().isEmpty()
                || kind.kind() == FindingKind.RECOMENDACION || kind.kind() == FindingKind.BUENA_PRACTICA) {
            return false;
        }
        return matches.stream().allMatch(m -> (kind.negation() == null || !kind.negation().denies(m))
                && found.compliedHandling().stream().anyMatch(h -> KindSignals.overlaps(h, m)));
    }

    private static boolean deniedTogether(NegationScope negation, Rule.Match a, Rule.Match b) {
        int negator = negation.negatorOf(a);
        return negator >= 0 && negator == negation.negatorOf(b);
    }

    /** The topics whose incidents the commission lists one by one. */
    static final java.util.Set<String> SERIOUS = java.util.Set.of("seguridad", "proselitismo", "secreto_voto");

    /** The evidence plus the topic of the finding's kind, if a topic is given by that kind, with the kind's words. */
    SortedMap<String, List<String>> withKindTopics(SortedMap<String, List<String>> evidence, KindClassifier.Kind kind) {
        SortedMap<String, List<String>> all = new TreeMap<>(evidence);
        for (Topic topic : rules.topics()) {
            if (topic.fromKind() == kind.kind()) {
                all.put(topic.id(), kind.evidence().isEmpty() ? List.of(kind.kind().label()) : kind.evidence());
            }
        }
        return all;
    }
}
