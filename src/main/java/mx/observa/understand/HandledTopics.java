package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The topics a passage takes from the problem told just before it when all it tells is how that problem was dealt
 * with: "la responsable le pidió que se retirara y se fue", "a las 10:30 la giraron hacia la pared", "lo anotó en la
 * hoja de incidentes". Such a passage names the person or the thing with a pronoun, so its own words carry no topic;
 * the labelling criteria give it the topic of the problem it handles (src/test/resources/evaluacion/README.md,
 * «Cómo se registró o atendió un problema»). The words that say so are {@code atiende_lo_anterior} (the act) and
 * {@code atencion_cumplida} (the one who caused it did as asked) in {@code config/taxonomia.yaml}.
 *
 * <p>Only a passage whose own words name no topic but the officials' is lent anything, or, outside an incident, one
 * whose other topic only names who handled the problem ({@code quien_atiende}: "la presidenta le habló a la patrulla y
 * se fue" is about the propaganda it ended, not a security matter), which then loses that topic. What is lent: every topic of
 * the incident before (its kind's topics aside), or, when the passage before was
 * itself a handling, the topics it had lent ("… y el señor ya no regresó"). A passage read as an incident is not
 * given a serious topic here: whether a failed handling is a serious incident of its own is the kind rules' call
 * ({@link ReportFindings}), and a false serious incident is the costliest error.
 */
final class HandledTopics {

    /** How the evidence of a topic lent to a handling starts (the same words {@link ReportFindings} writes). */
    static final String ATTENDS = "atiende el hallazgo ";
    static final String FOLLOWS = "sigue al hallazgo ";
    /** Topics a finding's kind gives, never lent. */
    private static final Set<String> KIND_TOPICS = Set.of("buena_practica", "recomendacion");

    /**
     * The only topic a handling may have of its own: who dealt with it. A passage with words of another topic tells
     * something of its own ("un vecino con discapacidad visual pidió la plantilla braille", "no hubo peleas") and is
     * about that.
     */
    static final Set<String> HANDLERS = Set.of("funcionariado");

    private final Cues handling;
    private final Cues complied;
    private final TopicRules rules;
    private final RetoldProblems retold;

    HandledTopics(TopicRules rules) {
        this.handling = rules.handling();
        this.complied = rules.complied();
        this.rules = rules;
        this.retold = new RetoldProblems(rules.pointersBack());
    }

    /** Whether a handling's problem words only point back at the problem it handles ({@code problema_ya_contado}). */
    RetoldProblems retold() {
        return retold;
    }

    /**
     * The finding with the topics of the problem before it it deals with, or the finding as it was.
     *
     * @param analyzed the finding's text as its cues read it (names blanked), analysed only when it may be needed
     */
    Finding lend(Finding f, Finding previous, Supplier<AnalyzedText> analyzed) {
        if (handling.isEmpty() && complied.isEmpty() || previous == null || previous.illegible() || f.illegible()
                || f.kind() == FindingKind.RECOMENDACION || f.kind() == FindingKind.BUENA_PRACTICA) {
            return f;
        }
        Set<String> own = new TreeSet<>(f.evidence().keySet());
        own.removeAll(HANDLERS);
        // a topic only its handler's words gave ("la presidenta le habló a la patrulla y se fue") may be who handled it,
        // but never in an incident: a failed handling by the police is theirs ("la patrulla nunca llegó")
        if (!own.isEmpty() && (f.kind() == FindingKind.INCIDENCIA || !rules.handlerWords().keySet().containsAll(own))) {
            return f;
        }
        List<String> lendable = lendable(previous);
        lendable.removeIf(t -> f.evidence().containsKey(t) || f.kind() == FindingKind.INCIDENCIA && TopicClassifier.SERIOUS.contains(t));
        if (lendable.isEmpty() || handling.find(analyzed.get()).isEmpty() && complied.find(analyzed.get()).isEmpty()
                || !own.isEmpty() && (own.stream().anyMatch(t -> lendable(previous).contains(t)) || !onlyHandlers(own, analyzed.get())
                        // … and the police only stand for who ended a person's act (propaganda, a watched vote): after an
                        // absent official or a missing name they are still the security the passage tells
                        || lendable.stream().noneMatch(TopicClassifier.SERIOUS::contains))) {
            return f;
        }
        SortedMap<String, List<String>> evidence = new TreeMap<>(f.evidence());
        own.forEach(evidence::remove);
        String why = (f.kind() == FindingKind.INCIDENCIA ? FOLLOWS : ATTENDS) + previous.number();
        lendable.forEach(t -> evidence.put(t, List.of(why)));
        return new Finding(f.number(), f.text(), evidence, f.kind(), f.kindEvidence(), false);
    }

    /** Where the passage tells that the problem before was handled ({@code atiende_lo_anterior}). */
    List<Rule.Match> acts(AnalyzedText text) {
        return handling.isEmpty() ? List.of() : handling.find(text);
    }

    /**
     * Whether every word that gave these topics names who handled the problem ({@code quien_atiende}): "la presidenta
     * pidió a la policía que lo moviera" (the police only), not "la policía separó a los que se peleaban" (a fight).
     */
    private boolean onlyHandlers(Set<String> topics, AnalyzedText text) {
        for (String id : topics) {
            List<Rule.Match> handlers = new Rule.AnyPhrase(rules.handlerWords().get(id)).find(text);
            List<Rule.Match> matches = rules.topics().stream().filter(t -> t.id().equals(id)).findFirst()
                    .map(t -> t.matches(text)).orElse(List.of());
            if (matches.isEmpty() || !matches.stream().allMatch(m -> handlers.stream().anyMatch(h -> h.from() <= m.from() && m.to() <= h.to()))) {
                return false;
            }
        }
        return true;
    }

    /** The topics of the problem a passage before tells: all of an incident's, only the lent ones of a handling. */
    private static List<String> lendable(Finding previous) {
        List<String> topics = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : previous.evidence().entrySet()) {
            boolean lent = e.getValue().stream().anyMatch(w -> w.startsWith(ATTENDS) || w.startsWith(FOLLOWS));
            if (!KIND_TOPICS.contains(e.getKey()) && (previous.kind() == FindingKind.INCIDENCIA || lent)) {
                topics.add(e.getKey());
            }
        }
        return topics;
    }
}
