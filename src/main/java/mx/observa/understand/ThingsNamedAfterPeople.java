package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run read as a name that is the name of the place or the thing right before it: «junto a la pista de canotaje …»,
 * «en el salón de usos múltiples …» (a place's noun with its kind in lower case, {@code lugares}), «junto a la
 * trajinera …», «con el caballo …» (a thing people give a name, {@code nombres_de_cosas}). The noun phrase is a
 * complement (a preposition opens it) and the name closes its clause: «Atendía el puesto …» or «en el puesto de tacos …
 * vendía» say what a person did there, and the name is the person's. And its maker: «frente al Templo del Carmen que
 * levantó …», «el mural que pintó …» — a named building or a work, «que» and a verb of making ({@code verbos_de_obra})
 * right before the name, which closes the clause.
 */
final class ThingsNamedAfterPeople {

    /** What may close the clause right after the thing's name. */
    private static final Pattern CLAUSE_CLOSED_AFTER = Pattern.compile("^[\"”»]?[ \\t]*(?:$|\\n|[,;.:)!?]|[ye][ \\t])");
    /** An article, where what was made may be named from. */
    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}])(?:el|la|los|las|al|del|un|una)[ \\t]");
    /** The words of a complement. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final PrivacyVocabulary vocabulary;
    /**
     * A preposition, an article, the noun of a place or a thing, maybe its kind («de canotaje», «de usos múltiples»,
     * without an article), right before the name; folded.
     */
    private final Pattern placeWithKindBefore;
    /** The same with a thing people name and no kind: «junto a la trajinera …». */
    private final Pattern thingBefore;
    /**
     * An article, the head noun of what was made (group {@code head}), up to five more words of its name or
     * description, then «que» and a verb of making right before the name: «al Templo del Carmen que levantó »; folded.
     */
    private final Pattern madeBefore;

    ThingsNamedAfterPeople(PrivacyVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        String complement = "(?<![\\p{L}])(?:(?:a|en|de|desde|hasta|hacia|por|para|sobre|con|junto[ \\t]+a|frente[ \\t]+a)[ \\t]+"
                + "(?:el|la|los|las|un|una)|al|del)[ \\t]+";
        List<String> nouns = new ArrayList<>(vocabulary.places);
        nouns.addAll(vocabulary.namedThings);
        this.placeWithKindBefore = Pattern.compile(complement + PrivacyVocabulary.alternation(nouns.stream().distinct().toList())
                + "[ \\t]+(?:de|del)[ \\t]+(\\p{L}+(?:[ \\t]+\\p{L}+)?)[ \\t]+[\"“«]?$");
        this.thingBefore = Pattern.compile(complement + PrivacyVocabulary.alternation(List.copyOf(vocabulary.namedThings))
                + "[ \\t]+[\"“«]?$");
        this.madeBefore = Pattern.compile("(?:el|la|los|las|al|del|un|una)[ \\t]+(?<head>\\p{L}+)"
                + "(?:[ \\t]+[^\\s,;:.!?()]+){0,5}?[ \\t]+que[ \\t]+" + PrivacyVocabulary.alternation(vocabulary.makingVerbs) + "[ \\t]+$");
    }

    /** Whether the run {@code [start, end)} of {@code text} is the name of the place or thing named right before it. */
    boolean namesThing(String text, String folded, int start, int end) {
        if (!CLAUSE_CLOSED_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 4))).find()) {
            return false;
        }
        String before = folded.substring(Math.max(Lines.nearStart(text, start), start - 80), start);
        if (thingBefore.matcher(before).find() || madeBy(text, before, start)) {
            return true;
        }
        Matcher m = placeWithKindBefore.matcher(before);
        if (!m.find()) {
            return false;
        }
        // the kind is in lower case and names no one: «la fonda de enfrente …», «el puesto de doña …» are people's
        int at = start - before.length() + m.start(1);
        Matcher w = WORD.matcher(m.group(1));
        while (w.find()) {
            String word = w.group();
            if (!Character.isLowerCase(text.charAt(at + w.start())) || vocabulary.isFunctionWord(word)
                    || vocabulary.placeLocutions.contains(word) || personNoun(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * «frente al Templo del Carmen que levantó …», «el mural que pintó …»: the maker of a named building (a place's noun
     * written with a capital: the building's own name) or of a work. «la casilla que levantó …», «el acta que escribió
     * …» are the mesa's doing: neither a place's noun nor a work.
     */
    private boolean madeBy(String text, String before, int start) {
        if (!before.contains("que")) {
            return false;
        }
        // from the article nearest the verb: «la niña vio el Templo … que levantó» is about the temple
        Matcher article = ARTICLE.matcher(before);
        List<Integer> articles = new ArrayList<>();
        while (article.find()) {
            articles.add(article.start());
        }
        for (int i = articles.size() - 1; i >= 0; i--) {
            Matcher m = madeBefore.matcher(before).region(articles.get(i), before.length());
            if (m.lookingAt()) {
                // «al Templo del Carmen que levantó»: «del Carmen» is the temple's name, its article not the head's
                String head = m.group("head");
                int at = start - before.length() + m.start("head");
                if (vocabulary.authoredWorks.contains(head) || vocabulary.places.contains(head) && Character.isUpperCase(text.charAt(at))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean personNoun(String folded) {
        return vocabulary.isTitle(folded) || vocabulary.roles.contains(folded) || vocabulary.relations.contains(folded)
                || vocabulary.kinship.contains(folded) || vocabulary.isGivenName(folded) || vocabulary.isSurname(folded);
    }
}
