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
 * the seven are «sin novedad» ({@link SeriousLookAlikes}). Six of seven are enough for two kinds the rules' words do
 * not weigh against: a recommendation ({@link #PROPOSALS}, over any kind the rules read, a serious incident included:
 * it is alike to others by its form, not by its matter) and «sin novedad» where the rules found no word at all
 * ({@link #FINE_UNWORDED}).
 *
 * <p>Measured on the labelled sets, each read by a classifier that did not learn from it (round 37, before this rule):
 * of the passages whose rules' kind all seven neighbours contradicted this way, the neighbours were right 141 times and
 * the rules 24 on the sets the rule was not written from (ciega 1 to 31), 23 and 3 on the others; with six of seven,
 * 83 and 59, but 5 and 15: too little to overrule words. The vote is searched once per text ({@link NearestPassages#vote}).
 */
final class UnanimousNeighbours {

    /** How the evidence of a kind the nearest passages decided starts: {@link NearestPassages#decided} reads it. */
    private static final String LIKE = "parecido a: ";
    /** The neighbours quoted as evidence. */
    private static final int EXAMPLES = 2;
    /** The longest quote of a neighbour. */
    private static final int QUOTE = 90;
    /**
     * How many of the nearest passages must be recommendations to make one of a finding the rules read as another
     * kind. A recommendation is alike to others by its form — «que se…», «sugiero», a proposal in the infinitive —
     * which the rules' problem and all-was-well words do not see ("que vigilen mejor a quien acarrea gente" holds a
     * problem's word); «sin novedad» and an incident are alike by their matter and differ in polarity, which passages
     * alike in words do not tell apart, so those need all seven. Measured (round 38, each set read by the classifier
     * that left it out): six of seven recommendations against the rules' kind were right 19 times and wrong 4 on the
     * check sets (ciega 1 to 32; 11 and 0 over the rules' incidents, 5 of them serious), 1 and 0 on the studied sets.
     */
    static final int PROPOSALS = 6;
    /**
     * How many of the nearest passages must be «sin novedad» to make one of a finding the rules found no word for
     * (context by default): the rules read nothing either way, so the neighbours outweigh nothing. Measured (round 38):
     * right 13 times and wrong 3 on the check sets, none on the studied sets; over context the rules read in words
     * (hearsay, another mesa, a count) six of seven stay too few.
     */
    static final int FINE_UNWORDED = 6;

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
        boolean seriousIncident = ruled.kind() == FindingKind.INCIDENCIA
                && topics.stream().anyMatch(TopicClassifier.SERIOUS::contains);
        Optional<NearestPassages.Vote> vote = nearest.vote(text.text());
        Optional<FindingKind> toward = vote.flatMap(v -> toward(ruled, v, seriousIncident));
        if (toward.isEmpty()) {
            return settled;
        }
        FindingKind kind = toward.get();
        List<LabelledPassages.Passage> like = vote.get().near().stream().filter(p -> p.kind() == kind).toList();
        List<String> why = new ArrayList<>();
        like.stream().limit(EXAMPLES).forEach(p -> why.add((why.isEmpty() ? LIKE + "«" : "«") + abbreviate(p.text()) + "»"));
        why.add((like.size() == NearestPassages.K ? "los " + NearestPassages.K
                : like.size() + " de los " + NearestPassages.K) + " pasajes más parecidos son «" + kind.label() + "»");
        return new NearestPassages.Settled(new KindClassifier.Kind(kind, why, ruled.reading(), ruled.negation()), null);
    }

    /**
     * The kind the nearest passages give a finding instead of the rules', if any: a recommendation when at least
     * {@link #PROPOSALS} of them are recommendations, whatever the rules read — even a serious incident; for a
     * serious incident otherwise only «sin novedad», shared by all of them, when its own last word says fine or denies
     * the problem ({@link SeriousLookAlikes}); for any other kind the kind all of them share ({@link #overrules}), or «sin novedad» when
     * the rules found no words at all (context by default) and at least {@link #FINE_UNWORDED} of them are fine.
     */
    static Optional<FindingKind> toward(KindClassifier.Kind ruled, NearestPassages.Vote vote, boolean seriousIncident) {
        if (ruled.kind() != FindingKind.RECOMENDACION && vote.near().size() == NearestPassages.K
                && count(vote, FindingKind.RECOMENDACION) >= PROPOSALS) {
            return Optional.of(FindingKind.RECOMENDACION);
        }
        if (seriousIncident) {
            // only a look-alike that ends on something fine or denied yields, and only to seven «sin novedad»
            return SeriousLookAlikes.saysFineToo(ruled) && overrules(ruled.kind(), vote)
                    && SeriousLookAlikes.mayOverrule(vote.kind()) ? Optional.of(vote.kind()) : Optional.empty();
        }
        if (overrules(ruled.kind(), vote)) {
            return Optional.of(vote.kind());
        }
        if (ruled.kind() == FindingKind.CONTEXTO && ruled.evidence().isEmpty() && vote.near().size() == NearestPassages.K
                && count(vote, FindingKind.CONFORME) >= FINE_UNWORDED) {
            return Optional.of(FindingKind.CONFORME);
        }
        return Optional.empty();
    }

    private static long count(NearestPassages.Vote vote, FindingKind kind) {
        return vote.near().stream().filter(p -> p.kind() == kind).count();
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
