package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * A problem named as what was absent is a problem that did not happen: "Ausencia de propaganda", "hubo ausencia total
 * de incidentes y de violencia", "la plaza, libre de propaganda". The word of absence is no negator of its clause — "la
 * ausencia de la secretaria provocó empujones" tells the pushing — it denies only the problem that is its object, right
 * after its "de", and the problems joined to it by "y", "ni" or "o". Its own reading as a lack ("ausencia" of an
 * official) names that problem, not a missing thing. The words are in {@code config/tipos.yaml}
 * ({@code ausencia_de_un_problema}).
 */
final class AbsentProblems {

    /**
     * @param absences words of absence that take their object after a link ("ausencia", "libre"), analyzed
     * @param links    what joins the absence to its object ("de", "del", "de la"), analyzed
     * @param joins    what joins one object to the next ("y", "ni", "o"), analyzed
     */
    record Spec(List<Phrase> absences, List<Phrase> links, List<Phrase> joins) {
        static final Spec NONE = new Spec(List.of(), List.of(), List.of());
    }

    /**
     * What the absences of the passage deny.
     *
     * @param denied   the problem cues that are the absence's own word or its objects
     * @param readings one reading of things going right per absence, from its word to its last object
     */
    record Absences(List<Rule.Match> denied, List<Rule.Match> readings) {
    }

    private final Spec spec;

    AbsentProblems(Spec spec) {
        this.spec = spec;
    }

    /**
     * @param problems the problem cues of the passage
     * @param negation the passage's negation: an absence denied ("no hubo ausencia de…") is left to the other rules
     */
    Absences of(AnalyzedText at, List<Rule.Match> problems, NegationScope negation) {
        List<Rule.Match> denied = new ArrayList<>();
        List<Rule.Match> readings = new ArrayList<>();
        if (spec.absences().isEmpty() || problems.isEmpty()) {
            return new Absences(denied, readings);
        }
        for (int i = 0; i < at.size(); i++) {
            int word = at.longestAt(spec.absences(), i);
            if (word == 0 || negation.denied(i)) {
                continue;
            }
            List<Rule.Match> objects = new ArrayList<>();
            int next = linked(at, i + word, spec.links());
            while (next > 0) {
                Rule.Match object = startingAt(problems, next);
                if (object == null) {
                    break;
                }
                objects.add(object);
                int join = linked(at, object.to() + 1, spec.joins());
                // "y de violencia": the link may be said again after the join
                next = join < 0 ? -1 : Math.max(join, linked(at, join, spec.links()));
            }
            if (objects.isEmpty()) {
                continue;
            }
            int start = i;
            int end = objects.get(objects.size() - 1).to();
            denied.addAll(objects);
            // the absence's own word read as a problem ("ausencia" of someone) is the same absence
            problems.stream().filter(p -> p.from() <= start + word - 1 && p.to() >= start && p.to() <= end && !objects.contains(p))
                    .forEach(denied::add);
            readings.add(new Rule.Match(start, end, at.span(start, end)));
            i = end;
        }
        return new Absences(denied, readings);
    }

    /** The token after one of {@code words} said at {@code k}, with no stop nor comma around it, or -1. */
    private static int linked(AnalyzedText at, int k, List<Phrase> words) {
        if (k >= at.size() || at.get(k).before() != AnalyzedText.Break.NONE) {
            return -1;
        }
        int length = at.longestAt(words, k);
        if (length == 0 || k + length >= at.size() || at.get(k + length).before() != AnalyzedText.Break.NONE) {
            return -1;
        }
        return k + length;
    }

    private static Rule.Match startingAt(List<Rule.Match> problems, int k) {
        Rule.Match longest = null;
        for (Rule.Match p : problems) {
            if (p.from() == k && (longest == null || p.to() > longest.to())) {
                longest = p;
            }
        }
        return longest;
    }
}
