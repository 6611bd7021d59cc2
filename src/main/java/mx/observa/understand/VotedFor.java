package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What someone is asked, pressed or paid to vote for ("pidiendo «vote por la seguridad»", "regalaba refrescos a quien
 * votara por la escalera"): the name of a project of the consultation, told right after the vote (config:
 * {@code lo_votado}). A topic's words inside that name say what the project is about, not how the day went at the
 * mesa: the project of security cameras promoted at the corner is propaganda, not an incident of security, and a
 * staircase voted for is no barrier to anyone. Only the persuading forms of the verb open a name (imperative and
 * subjunctive: "vote", "votaran", "opinaran"): "no pudo votar por la escalera" tells why someone could not vote, "subió
 * a votar por la rampa" which way.
 *
 * @param introducers the forms of voting for something after which a project is named
 * @param words       how many words after them the name may take, within one clause
 * @param topics      the topics whose words a project's name may carry
 */
record VotedFor(List<Phrase> introducers, int words, Set<String> topics) {

    static final VotedFor NONE = new VotedFor(List.of(), 0, Set.of());

    VotedFor {
        introducers = List.copyOf(introducers);
        topics = Set.copyOf(topics);
    }

    /** The token spans ({from, to}, inclusive) of the names voted for in the text, in text order. */
    List<int[]> names(AnalyzedText text) {
        if (introducers.isEmpty()) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        for (Rule.Match m : new Rule.AnyPhrase(introducers).find(text)) {
            int from = m.to() + 1;
            // the name follows the verb in the same clause: "votara por: …" or "votaron por, según dicen" names nothing
            if (from >= text.size() || text.get(from).before() != AnalyzedText.Break.NONE) {
                continue;
            }
            int to = from;
            while (to + 1 < text.size() && to + 1 - from < words && text.get(to + 1).before() == AnalyzedText.Break.NONE) {
                to++;
            }
            spans.add(new int[] {from, to});
        }
        return spans;
    }

    /** The matches of the topic that are not wholly inside a name voted for (all of them for a topic no name carries). */
    List<Rule.Match> outside(String topic, List<Rule.Match> matches, List<int[]> names) {
        if (names.isEmpty() || !topics.contains(topic) || matches.isEmpty()) {
            return matches;
        }
        return matches.stream().filter(m -> names.stream().noneMatch(n -> n[0] <= m.from() && m.to() <= n[1])).toList();
    }
}
