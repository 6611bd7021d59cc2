package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.observa.model.FindingKind;

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
 *   <li>a denied problem ("no hubo propaganda", "sin contratiempos") or a word of things going right is
 *       «sin novedad» (conforme);</li>
 *   <li>anything else is context.</li>
 * </ol>
 * A label before the answer ("Incidencias observadas:", "Seguridad:") never decides by its words alone.
 */
final class KindClassifier {

    /** The kind with the words that decided it. */
    record Kind(FindingKind kind, List<String> evidence) {
    }

    /** A problem or "going right" cue found in the passage, with whether it was denied and by which word. */
    private record Signal(Rule.Match match, boolean problem, String evidence) {
    }

    private final KindRules rules;

    KindClassifier(KindRules rules) {
        this.rules = rules;
    }

    /**
     * @param topicProblems matches of the topics' own problem cues ("propaganda", "riña")
     * @return the kind, or empty when the finding only asks for content and got none ("Recomendaciones: ninguna"),
     *         which is not a finding
     */
    Optional<Kind> classify(String text, AnalyzedText at, List<Rule.Match> topicProblems) {
        QuestionAnswer qa = QuestionAnswer.parse(text);
        int body = firstTokenFrom(at, qa.bodyStart());
        NegationScope negation = NegationScope.of(at, rules.negation);

        boolean leadRecommendation = qa.hasLead() && inLead(rules.recommendationHeadings.find(at), body);
        boolean leadPractice = qa.hasLead() && inLead(rules.goodPracticeHeadings.find(at), body);
        boolean label = qa.hasLead() && !qa.question();
        boolean asksContent = leadRecommendation || leadPractice || label && inLead(rules.contentRequests.find(at), body);
        if (qa.ticked() == null && (asksContent && isEmptyAnswer(at, body, rules.empty) || isEmptyAnswer(at, body, rules.nothing))) {
            return Optional.empty();
        }
        // a section label ("Incidencias observadas:") does not decide by its words; a clause before a colon does
        int told = label && !isSectionLabel(at, body) ? 0 : body;

        List<Signal> signals = signals(at, negation, topicProblems);
        List<Signal> bodySignals = signals.stream().filter(s -> s.match().from() >= told).toList();
        List<Signal> problems = bodySignals.stream().filter(Signal::problem).toList();
        List<Signal> fine = bodySignals.stream().filter(s -> !s.problem()).toList();
        int firstProblem = problems.isEmpty() ? Integer.MAX_VALUE : problems.get(0).match().from();

        if (leadRecommendation) {
            return kind(FindingKind.RECOMENDACION, leadWords(rules.recommendationHeadings.find(at), body));
        }
        if (leadPractice) {
            return kind(FindingKind.BUENA_PRACTICA, leadWords(rules.goodPracticeHeadings.find(at), body));
        }
        // a practice called worth repeating is one even when the problem it answered is told first ("no podían
        // subir; las funcionarias bajaron la urna… Considero que es una buena práctica")
        List<Rule.Match> practices = affirmed(rules.goodPractice.find(at), negation);
        List<Rule.Match> recommendations = affirmed(rules.recommendation.find(at), negation);
        if (!practices.isEmpty() && (recommendations.isEmpty() || practices.get(0).from() <= recommendations.get(0).from())) {
            return kind(FindingKind.BUENA_PRACTICA, words(practices));
        }
        if (!recommendations.isEmpty() && recommendations.get(0).from() < firstProblem) {
            return kind(FindingKind.RECOMENDACION, words(recommendations));
        }

        Optional<Kind> answered = answer(at, body, qa, signals);
        if (answered.isPresent()) {
            return answered;
        }
        if (!problems.isEmpty()) {
            return kind(FindingKind.INCIDENCIA, evidence(problems));
        }
        if (!fine.isEmpty()) {
            return kind(FindingKind.CONFORME, evidence(fine));
        }
        return kind(FindingKind.CONTEXTO, List.of());
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
        List<Signal> bodyProblems = inBody.stream().filter(Signal::problem).toList();
        List<Signal> bodyFine = inBody.stream().filter(s -> !s.problem()).toList();
        List<String> why = new ArrayList<>(evidence(inLead));
        if (answer != null) {
            // what the answer goes on to say decides; a bare yes or no answers the question as it is asked: a
            // questionnaire asks either about a problem or about how things should be
            if (!bodyProblems.isEmpty() && (answer.equals("si") || !asksProblem)) {
                why.addAll(evidence(bodyProblems));
                return kind(FindingKind.INCIDENCIA, why);
            }
            why.add("→ " + answer);
            if (!bodyFine.isEmpty() && bodyProblems.isEmpty() && answer.equals("si") && asksProblem) {
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

    private List<Signal> signals(AnalyzedText at, NegationScope negation, List<Rule.Match> topicProblems) {
        List<Rule.Match> problemMatches = new ArrayList<>(rules.problem.find(at));
        problemMatches.addAll(topicProblems);
        problemMatches.removeIf(m -> deniesItsObject(at, m));
        List<Rule.Match> fineMatches = new ArrayList<>(rules.positive.find(at));
        // the longer reading wins: "nadie pudo ver los votos" is about seeing the vote, not about being able to
        fineMatches.removeIf(g -> problemMatches.stream().anyMatch(p -> overlaps(p, g) && length(p) >= length(g)));
        problemMatches.removeIf(p -> fineMatches.stream().anyMatch(g -> overlaps(p, g) && length(g) > length(p)));
        List<Signal> signals = new ArrayList<>();
        for (Rule.Match m : problemMatches) {
            boolean denied = negation.denies(m);
            signals.add(new Signal(m, !denied, denied ? denied(at, negation, m) : m.evidence()));
        }
        for (Rule.Match m : fineMatches) {
            boolean denied = negation.denies(m);
            signals.add(new Signal(m, denied, denied ? denied(at, negation, m) : m.evidence()));
        }
        signals.sort((a, b) -> Integer.compare(a.match().from(), b.match().from()));
        return signals;
    }

    /**
     * "No encontré ningún problema", "no se presentó ningún incidente": a problem phrase that starts with its own
     * negator and is followed by "ningún", "nada" or "nadie" denies what comes after it, and says no problem.
     */
    private boolean deniesItsObject(AnalyzedText at, Rule.Match m) {
        if (m.to() + 1 >= at.size() || rules.negation.negators().stream().noneMatch(p -> p.matchesAt(at, m.from()))) {
            return false;
        }
        String next = at.get(m.to() + 1).surface();
        return next.startsWith("ningun") || next.equals("nada") || next.equals("nadie");
    }

    private static boolean overlaps(Rule.Match a, Rule.Match b) {
        return a.from() <= b.to() && b.from() <= a.to();
    }

    private static int length(Rule.Match m) {
        return m.to() - m.from();
    }

    private static String denied(AnalyzedText at, NegationScope negation, Rule.Match m) {
        int negator = negation.negatorOf(m);
        return at.span(negator, negator) + " … " + m.evidence();
    }

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
            } else if (at.get(i).term().chars().allMatch(Character::isDigit) || SECTION_CONNECTORS.contains(at.get(i).surface())) {
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
