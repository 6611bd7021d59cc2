package mx.observa.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import mx.observa.model.FindingKind;

/**
 * One topic of the taxonomy: the cues that say a passage is about it, the cues that say so and are a problem in
 * themselves ("propaganda", "riña": an incident unless denied), or the finding kind that gives it (good practices
 * and recommendations are the topics of the findings of those kinds), and the topics whose problems its words then
 * only serve ({@code yieldsTo}: the flyers or the loudspeaker of one project are propaganda, not information), and
 * its mentions: cues that place a passage in the topic but never make an incident a serious one by themselves (the
 * calm of the day told, "todo tranquilo"; disorder named in passing, "ni un borracho"), and its routine: cues that
 * place a passage in the topic only when it says nothing of the topics they yield to ({@code routineYieldsTo}): "estaban
 * los tres" is the routine of the opening, but "los tres completos y muy atentos" judges the officials. The routine
 * yields only in findings of the kinds {@code routineYieldsIn} names: a recommendation or a good practice may keep what
 * it names along with the officials ("capacitar al personal para que explique cada proyecto"). Its words denied along
 * with a problem of a topic in {@code deniedYieldsTo} are that problem's denial: "no hubo volantes ni perifoneo; nadie
 * hizo campaña" says there was no propaganda, not how the consultation was made known.
 */
record Topic(String id, String label, Cues cues, Cues problems, Cues mentions, FindingKind fromKind, Set<String> yieldsTo,
             Cues routine, Set<String> routineYieldsTo, Set<FindingKind> routineYieldsIn, Set<String> deniedYieldsTo) {

    Topic(String id, String label, Cues cues, Cues problems, FindingKind fromKind) {
        this(id, label, cues, problems, Cues.NONE, fromKind, Set.of(), Cues.NONE, Set.of(), Set.of(), Set.of());
    }

    Topic(String id, String label, Cues cues, Cues problems, Cues mentions, FindingKind fromKind, Set<String> yieldsTo) {
        this(id, label, cues, problems, mentions, fromKind, yieldsTo, Cues.NONE, Set.of(), Set.of(), Set.of());
    }

    /** Every match of the topic's cues, problem cues and mentions, in text order. */
    List<Rule.Match> matches(AnalyzedText text) {
        List<Rule.Match> all = new ArrayList<>(cues.find(text));
        all.addAll(problems.find(text));
        all.addAll(mentions.find(text));
        all.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(b.to(), a.to()));
        return all;
    }

    /** The distinct evidence of the matches, in text order; empty if none. */
    static List<String> evidence(List<Rule.Match> matches) {
        Set<String> evidence = new LinkedHashSet<>();
        matches.forEach(m -> evidence.add(m.evidence()));
        return List.copyOf(evidence);
    }
}
