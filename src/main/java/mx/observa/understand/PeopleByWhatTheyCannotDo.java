package mx.observa.understand;

import java.util.List;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The negations of a query that say who, not what went wrong: a person described by what they cannot do («los que no
 * ven», «una persona que no podía subir», «vecinos que no escuchan»). Such a «no» names the people the query is
 * about (often to ask how they were helped: «un vecino que no oía pudo opinar porque le escribieron las
 * preguntas»), so it is no cue that the query asks about a problem. A relative who-word, then «no», then an ability;
 * without the relative («la gente no ve los carteles») it is a problem. Both lists are in {@code config/busqueda.yaml}
 * ({@code indicios_de_problema.quien_no_puede}). Immutable and thread-safe.
 */
final class PeopleByWhatTheyCannotDo {

    /**
     * The lists as written in the vocabulary file: relative who-words («que», «quien», «quienes») and abilities
     * («ve», «pod* subir»).
     */
    record Spec(List<String> quien, List<String> capacidades) {
    }

    static final PeopleByWhatTheyCannotDo NONE = new PeopleByWhatTheyCannotDo(List.of(), null, List.of());

    private final List<Phrase> who;
    private final Phrase no;
    private final List<Phrase> abilities;

    private PeopleByWhatTheyCannotDo(List<Phrase> who, Phrase no, List<Phrase> abilities) {
        this.who = who;
        this.no = no;
        this.abilities = abilities;
    }

    static PeopleByWhatTheyCannotDo of(Spec spec, FoldingSpanishAnalyzer analyzer) {
        if (spec == null || spec.quien() == null || spec.capacidades() == null || spec.quien().isEmpty()
                || spec.capacidades().isEmpty()) {
            return NONE;
        }
        return new PeopleByWhatTheyCannotDo(Phrase.compileAll(spec.quien(), analyzer), Phrase.compile("no", analyzer),
                Phrase.compileAll(spec.capacidades(), analyzer));
    }

    /** Whether the token at {@code i} is the «no» of a person described by what they cannot do. */
    boolean describesSomeoneAt(AnalyzedText text, int i) {
        if (no == null || i == 0 || !no.matchesAt(text, i)) {
            return false;
        }
        return who.stream().anyMatch(w -> w.matchesAt(text, i - 1))
                && abilities.stream().anyMatch(a -> a.matchesAt(text, i + 1));
    }
}
