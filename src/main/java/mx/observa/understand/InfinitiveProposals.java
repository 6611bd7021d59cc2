package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence that opens with a verb in the infinitive proposes something: "Tapar las pintas cerca de la mesa", "Tener
 * papeletas de reserva en el distrito", "Y avisar a la administración…". Whoever tells what happened conjugates the
 * verb, so the list of proposal verbs in {@code tipos.recomendacion} cannot name them all; this reads the form
 * instead. Not a proposal: a sentence that tells a fact with a conjugated verb ("Llegar a la mesa costó trabajo") or a
 * copula ("Votar fue rápido"), where the infinitive is the subject, nor a word that only ends like an infinitive
 * ("Lugar:", "Ayer…", "Primer…"). An infinitive may carry its pronouns ("Decirle a la mesa que puede pedir…"). The
 * words are in {@code config/tipos.yaml} ({@code propuesta_en_infinitivo}).
 */
final class InfinitiveProposals {

    /**
     * @param endings     how an infinitive ends ("ar", "er", "ir"), folded
     * @param before      words that may come before it in its sentence ("y", "también")
     * @param telling     copulas and verbs of a sentence that tells a fact ("fue", "era", "hubo")
     * @param notVerbs    words that end like an infinitive and are none ("lugar", "ayer", "mujer")
     * @param verbEndings written endings of conjugated verbs ({@code negacion.terminaciones_verbo}: "ó", "aron")
     * @param enclitics   pronouns an infinitive may carry joined to its end ("decir<em>le</em>", "llevár<em>selo</em>"),
     *                    folded, longest first
     */
    record Spec(List<String> endings, Set<String> before, Set<String> telling, Set<String> notVerbs, List<String> verbEndings,
                List<String> enclitics) {
        static final Spec NONE = new Spec(List.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of());

        Spec {
            enclitics = enclitics.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** The shortest infinitive read ("ir", "ser" and "dar" are too short to tell from other words). */
    private static final int MIN_LENGTH = 4;
    /** The shortest stem a conjugated verb's ending is read on ("costó", not "yo"). */
    private static final int MIN_VERB_STEM = 3;

    private final Spec spec;

    InfinitiveProposals(Spec spec) {
        this.spec = spec;
    }

    /**
     * The infinitives that open a sentence proposing something, as one-word matches.
     *
     * @param heading the token where the text after the heading it was written under starts (0: none), which opens a
     *                sentence as much as a period does ("Consejos: poner la mesa en planta baja")
     */
    List<Rule.Match> find(AnalyzedText at, int heading) {
        if (spec.endings().isEmpty()) {
            return List.of();
        }
        List<Rule.Match> found = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            if (i != heading && !opensSentence(at, i)) {
                continue;
            }
            int verb = spec.before().contains(at.get(i).surface()) && i + 1 < at.size() && at.get(i + 1).before() == AnalyzedText.Break.NONE
                    ? i + 1 : i;
            if (isInfinitive(at.get(verb).surface()) && !aside(at, verb) && !tellsAFact(at, verb)) {
                found.add(new Rule.Match(verb, verb, at.span(verb, verb)));
            }
        }
        return found;
    }

    /**
     * Whether token {@code i} opens its sentence (or follows only its item's number). Not after a colon: a label's
     * infinitive describes what the label names ("Conducta: estacionar un vehículo con perifoneo", "OJO: preguntar
     * al distrito"), and a heading that asks for proposals is read by the headings.
     */
    private static boolean opensSentence(AnalyzedText at, int i) {
        return i == 0 || at.get(i).before() == AnalyzedText.Break.SENTENCE || Phrase.afterItemNumber(at, i);
    }

    /**
     * Whether the infinitive opens a question, a parenthesis or a bracket — the writer's note to self ("¿poner la hora
     * exacta?", "(revisar si meto lo del perro)") or a chat's sender ("[streamer 09:45]") — or is followed by a number,
     * as a name is by its time: none proposes.
     */
    private static boolean aside(AnalyzedText at, int verb) {
        int c = at.get(verb).start() - 1;
        while (c >= 0 && Character.isWhitespace(at.text().charAt(c))) {
            c--;
        }
        return c >= 0 && ASIDE_OPENERS.indexOf(at.text().charAt(c)) >= 0
                || verb + 1 < at.size() && at.get(verb + 1).term().chars().anyMatch(Character::isDigit);
    }

    private static final String ASIDE_OPENERS = "¿([{«\"“";

    /**
     * Whether the word is an infinitive, bare or with its pronouns joined to it: "Decirle a la mesa que…", "Revisarlas
     * antes de abrir" propose as "Avisar a la mesa" does (the folded word has lost the accent of "llevárselo").
     */
    private boolean isInfinitive(String word) {
        if (isBareInfinitive(word)) {
            return true;
        }
        for (String pronoun : spec.enclitics()) {
            if (word.endsWith(pronoun) && !spec.notVerbs().contains(word)) {
                return isBareInfinitive(word.substring(0, word.length() - pronoun.length()));
            }
        }
        return false;
    }

    private boolean isBareInfinitive(String word) {
        return word.length() >= MIN_LENGTH && word.chars().allMatch(Character::isLetter) && !spec.notVerbs().contains(word)
                && spec.endings().stream().anyMatch(word::endsWith);
    }

    /** Whether the rest of the sentence tells a fact: a copula or a conjugated verb ("fue", "costó", "llegaron"). */
    private boolean tellsAFact(AnalyzedText at, int verb) {
        for (int i = verb + 1; i <= at.sentenceEnd(verb) && i < at.size(); i++) {
            AnalyzedText.Token t = at.get(i);
            String written = at.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
            if (spec.telling().contains(t.surface()) || spec.verbEndings().stream()
                    .anyMatch(e -> written.endsWith(e) && written.length() >= e.length() + MIN_VERB_STEM)) {
                return true;
            }
        }
        return false;
    }
}
