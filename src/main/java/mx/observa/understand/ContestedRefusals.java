package mx.observa.understand;

import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a person turned away for a reason of the rules was left with the matter unsettled. The refusal itself is the
 * mesa doing its job ({@link KindSignals} reads it «sin novedad»), but the observer reports an obstacle when the passage
 * says the mesa gave no guidance or concedes the person's side after the refusal. The words are in
 * {@code config/tipos.yaml} ({@code no_elegible.orientacion}, {@code contraste.concesivas}).
 */
final class ContestedRefusals {

    private final KindRules rules;

    ContestedRefusals(KindRules rules) {
        this.rules = rules;
    }

    /**
     * What says that a refusal by the rules did not settle the matter, or null. Either the mesa left the person without
     * the procedure's guidance — what it tells a person it turns away (`no_elegible.orientacion`), denied: "nadie les
     * supo decir dónde les tocaba", "sin explicarle a dónde acudir" —, or turned the person away without the check the
     * rule asks for (`no_elegible.comprobacion`, denied: "sin revisarlo", "ni la buscaron en el listado"), or a
     * concession after the refusal or its reason grants the person what the reason denies: "la rechazaron por ser de
     * otra alcaldía, aunque vive aquí desde hace años", "no apareció en la lista aunque siempre vota ahí". A
     * concession that tells the guidance or a judgement ("aunque le explicaron con calma a dónde ir") settles it; one
     * that opens the sentence ("Aunque insistió, no lo dejaron") is conceded by what follows.
     */
    Rule.Match contest(AnalyzedText at, NegationScope negation, List<Rule.Match> reasons, List<Rule.Match> refusals,
                       List<KindSignals.Signal> signals) {
        List<Rule.Match> guidance = rules.guidance.isEmpty() ? List.of() : new Rule.AnyPhrase(rules.guidance).find(at);
        // the check the rule asks for, denied, leaves the refusal unsettled the same way: "le dijeron que seguro era de
        // otra colonia, sin revisarlo" turned the person away on a guess
        List<Rule.Match> checks = rules.verification.isEmpty() ? List.of()
                : new Rule.AnyPhrase(rules.verification).find(at);
        for (Rule.Match g : Stream.concat(guidance.stream(), checks.stream()).toList()) {
            int before = negatorRightBefore(at, g.from());
            int negator = before >= 0 ? before : negation.negatorOf(g);
            // the refusal's own «no» ("no aparecía en la lista y le explicaron…") denies the refusal, not the guidance
            if (negator >= 0 && refusals.stream().noneMatch(r -> inside(r, negator))
                    && reasons.stream().noneMatch(r -> inside(r, negator))) {
                return new Rule.Match(negator, g.to(), at.span(negator, negator) + " … " + g.evidence(), g.anchor(),
                        List.of(negator, g.from()));
            }
        }
        int told = Stream.concat(reasons.stream(), refusals.stream().filter(r -> negation.negatorOf(r) < 0))
                .mapToInt(Rule.Match::from).min().orElse(Integer.MAX_VALUE);
        for (int[] c : KindSignals.spans(at, rules.concessives)) {
            if (c[0] <= told) {
                continue;
            }
            int end = at.sentenceEnd(c[0]);
            int clauseEnd = end;
            for (int i = c[1] + 1; i <= end; i++) {
                if (at.get(i).before() != AnalyzedText.Break.NONE) {
                    clauseEnd = i - 1;
                    break;
                }
            }
            int from = c[1] + 1;
            int to = clauseEnd;
            boolean settled = to < from || reasons.stream().anyMatch(r -> r.from() >= from && r.from() <= to)
                    || guidance.stream().anyMatch(g -> g.from() >= from && g.from() <= to)
                    || signals.stream().anyMatch(s -> s.match().from() >= from && s.match().from() <= to);
            if (!settled) {
                return new Rule.Match(c[0], to, at.span(c[0], to), c[0], List.of());
            }
        }
        return null;
    }

    /**
     * The nearest negative word before a phrase, in its clause ("<em>nadie</em> les dijo dónde…", "<em>ninguno</em> de
     * la mesa le supo decir…"), or -1: it denies the phrase whether or not the negation's scope reads it as a clause of
     * its own, and it is the denial of the phrase rather than an earlier one (the refusal's "no").
     */
    private int negatorRightBefore(AnalyzedText at, int from) {
        for (int k = from - 1; k >= Math.max(0, from - SUBJECT_TO_GUIDANCE); k--) {
            if (at.get(k + 1).before() != AnalyzedText.Break.NONE) {
                return -1;
            }
            // any negator right before it ("no le explicaron", "sin explicarle"); further back only a negative subject,
            // not the «no» of a relative clause about whom ("a quienes no llevaban credencial les explicaron")
            boolean near = from - k <= NEGATOR_TO_GUIDANCE;
            // … but "sin" denies only the infinitive right after it ("sin explicarle"): "sin credencial le explicaron"
            // lacks the credencial, the guidance was given
            if (near && from - k > 1 && at.longestAt(rules.negation.shortOnes(), k) > 0) {
                continue;
            }
            if (at.longestAt(near ? rules.negation.negators() : rules.negation.concordant(), k) == 1) {
                return k;
            }
        }
        return -1;
    }

    /** Words from a negator to the guidance it denies: "no <em>le</em> explicaron", "sin explicarle". */
    private static final int NEGATOR_TO_GUIDANCE = 2;
    /** Words from a negative subject to the guidance it denies: "ninguno <em>de la mesa le</em> supo decir". */
    private static final int SUBJECT_TO_GUIDANCE = 5;

    private static boolean inside(Rule.Match m, int token) {
        return token >= m.from() && token <= m.to();
    }
}
