package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.observa.model.FindingKind;

/**
 * The kind the rules read yields to the one every nearest labelled passage shares: when all {@link NearestPassages#K}
 * passages most alike to a finding are of one kind and the rules read another, the rules' words were a look-alike —
 * «poco» in "esperó un poco y la atendieron", a problem's word in the remedy that ended it — and the labelled passages
 * written like it say what it is. Never toward an incident: a false incident is the costliest error, and turning the
 * rules' «sin novedad» into one is the model's call ({@link NearestPassages}). Nor an incident the rules read in a
 * serious topic: the consolidated report lists those one by one, and a serious incident lost because passages alike
 * in their words were fine is a loss no vote should risk — unless its own last word says fine or denies the problem and
 * the seven are «sin novedad» ({@link SeriousLookAlikes}).
 *
 * <p>Measured on the labelled sets, each read by a classifier that did not learn from it (round 37, before this rule):
 * of the passages whose rules' kind all seven neighbours contradicted this way, the neighbours were right 141 times and
 * the rules 24 on the sets the rule was not written from (ciega 1 to 31), 23 and 3 on the others; with six of seven,
 * 83 and 59, but 5 and 15: too little to overrule words. Kept outside {@link NearestPassages}, whose byte code keys the
 * learnt models.
 */
final class UnanimousNeighbours {

    /** How the evidence of a kind the nearest passages decided starts: {@link NearestPassages#decided} reads it. */
    private static final String LIKE = "parecido a: ";
    /** The neighbours quoted as evidence. */
    private static final int EXAMPLES = 2;
    /** The longest quote of a neighbour. */
    private static final int QUOTE = 90;

    private UnanimousNeighbours() {
    }

    /**
     * @param settled the kind the rules (and maybe the model) gave the finding
     * @param topics  the topics the rules' words found in it
     * @return the same, or the kind all its nearest labelled passages share with them as its evidence
     */
    static NearestPassages.Settled review(NearestPassages.Settled settled, NearestPassages nearest, AnalyzedText text,
                                          Set<String> topics) {
        KindClassifier.Kind ruled = settled.kind();
        if (settled.vote() != null || text.terms().size() < NearestPassages.MIN_TERMS) {
            return settled; // the neighbours already had their say, or the line is too short to be alike by its sense
        }
        boolean serious = ruled.kind() == FindingKind.INCIDENCIA && topics.stream().anyMatch(TopicClassifier.SERIOUS::contains);
        if (serious && !SeriousLookAlikes.saysFineToo(ruled)) {
            return settled;
        }
        Optional<NearestPassages.Vote> vote = nearest.vote(text.text());
        if (vote.isEmpty() || !overrules(ruled.kind(), vote.get()) || serious && !SeriousLookAlikes.mayOverrule(vote.get().kind())) {
            return settled;
        }
        List<String> why = new ArrayList<>();
        vote.get().like().stream().limit(EXAMPLES)
                .forEach(p -> why.add((why.isEmpty() ? LIKE + "«" : "«") + abbreviate(p.text()) + "»"));
        why.add("los " + NearestPassages.K + " pasajes más parecidos son «" + vote.get().kind().label() + "»");
        return new NearestPassages.Settled(new KindClassifier.Kind(vote.get().kind(), why, ruled.reading(), ruled.negation()), null);
    }

    /** Whether all the nearest passages share one kind, other than the rules' and other than an incident. */
    static boolean overrules(FindingKind ruled, NearestPassages.Vote vote) {
        return vote.kind() != ruled && vote.kind() != FindingKind.INCIDENCIA
                && vote.near().size() == NearestPassages.K && vote.like().size() == NearestPassages.K;
    }

    private static String abbreviate(String s) {
        return s.length() <= QUOTE ? s : s.substring(0, QUOTE - 1).strip() + "…";
    }
}
