package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The other forms of a query's words that the index holds: a word matches every indexed word with the same Snowball
 * Spanish stem ("robarse" → robo, robaron; "avisó" → aviso, avisaron; "retrasos" → retraso, retrasó). The index keeps
 * its light stemming (plural and gender only, so phrases stay exact); this widens only a query's free words as the
 * analyst wrote them (not their synonyms), never a "quoted" one, and only to words some report actually wrote, found
 * in the term dictionary by the stem's prefix.
 * Indexed words are light stems, which may have lost their final vowel ("retras", "intimidad"); so a word's stems are
 * those of the word as indexed and as it reads with that vowel back, and two words are forms of one another when
 * they share a stem.
 */
final class WordForms {

    /** Shorter stems say too little to stand for a family of words. */
    private static final int MIN_STEM = 3;
    /** At most this many other forms per word (the most used ones), so a query stays small on a large index. */
    private static final int MAX_FORMS = 8;
    /**
     * A form some report writes this many times as often as the word asked, which reports also write, is another word
     * that only shares its stem («parte» beside «partida»): people write a word and its own forms at like rates.
     */
    static final int COMMONER = 20;
    /** Indexed words looked at per word: a large index holds many spellings of a family, typos included. */
    private static final int MAX_SCANNED = 200;

    private WordForms() {
    }

    /**
     * The query with the words of the text field that the analyst wrote ({@code written}, as indexed) widened to
     * their forms; the synonyms beside them stay as the synonyms file lists them. A form of a synonym is two steps
     * from what was asked and often another part of speech: «opiniones» has the synonym «voto», whose family holds
     * the verb «votar», and «credencial para votar» would then answer a question about opinions. A query whose
     * words the synonyms replaced (none of them written) widens all of its words. Other queries are unchanged.
     *
     * @param written the query's words as the index analyzes them; null widens every word
     */
    static Query expand(Query q, IndexReader reader, Set<String> written) throws IOException {
        return expand(q, reader, written, Set.of(), Set.of());
    }

    /**
     * @param accented the query's words (as the index analyzes them) that the analyst typed with an accent: their
     *                 families are read with it; a word typed without one has its accent put back only towards verbs
     * @param function Spanish grammatical words as the index holds them: never a form of a meaningful word. «como»
     *                 shares the stem of «comida» and «comer», but in the reports it is nearly always «how» or «like»:
     *                 it is in most findings, so as a form it matched them all and, the commonest form setting a
     *                 synonym query's weight, left the word asked almost no weight at all
     */
    static Query expand(Query q, IndexReader reader, Set<String> written, Set<String> accented, Set<String> function)
            throws IOException {
        Set<String> own = written == null || !anyWritten(q, written) ? null : written;
        return widen(q, reader, own, accented, function);
    }

    private static boolean anyWritten(Query q, Set<String> written) {
        Set<Term> terms = new LinkedHashSet<>();
        q.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        return terms.stream().anyMatch(t -> IndexSchema.TEXT.equals(t.field()) && written.contains(t.text()));
    }

    private static Query widen(Query q, IndexReader reader, Set<String> own, Set<String> accented,
                               Set<String> function) throws IOException {
        if (q instanceof TermQuery tq && IndexSchema.TEXT.equals(tq.getTerm().field())) {
            return synonyms(forms(List.of(tq.getTerm()), reader, own, accented, function), q);
        }
        if (q instanceof SynonymQuery sq && IndexSchema.TEXT.equals(sq.getField())) {
            return synonyms(forms(sq.getTerms(), reader, own, accented, function), q);
        }
        if (q instanceof DisjunctionMaxQuery dq) {
            List<Query> alternatives = new ArrayList<>();
            for (Query d : dq.getDisjuncts()) {
                alternatives.add(widen(d, reader, own, accented, function));
            }
            return new DisjunctionMaxQuery(alternatives, dq.getTieBreakerMultiplier());
        }
        return q;
    }

    private static Query synonyms(Set<Term> forms, Query original) {
        if (forms.size() <= 1) {
            return original;
        }
        SynonymQuery.Builder b = new SynonymQuery.Builder(IndexSchema.TEXT);
        forms.forEach(b::addTerm);
        return b.build();
    }

    /** @param own the words to widen (the others are kept as they are), or null for all of them */
    private static Set<Term> forms(List<Term> words, IndexReader reader, Set<String> own, Set<String> accented,
                                   Set<String> function) throws IOException {
        Set<Term> forms = new LinkedHashSet<>(words);
        Terms terms = MultiTerms.getTerms(reader, IndexSchema.TEXT);
        if (terms == null) {
            return forms;
        }
        SpanishStemmer stemmer = new SpanishStemmer();
        for (Term word : words) {
            if (own != null && !own.contains(word.text())) {
                continue;
            }
            if (word.text().chars().anyMatch(Character::isDigit)) {
                continue;
            }
            addFamily(word.text(), stemmer, terms, forms, accented.contains(word.text()), function);
            // a diminutive is also the plain word's family: «el mercadito» finds «mercado», «un borrachito» «borracho»
            String plain = plainOfDiminutive(word.text());
            if (plain != null) {
                addFamily(plain, stemmer, terms, forms, accented.contains(word.text()), function);
            }
        }
        return forms;
    }

    /**
     * The indexed words of {@code word}'s family (its own stems, or its diminutive whose plain word it is).
     *
     * @param typedWithAccent whether the analyst typed the word with an accent (its stems are then read with it)
     * @param function        indexed words that are never another word's form ({@link #expand})
     */
    private static void addFamily(String word, SpanishStemmer stemmer, Terms terms, Set<Term> forms,
                                  boolean typedWithAccent, Set<String> function) throws IOException {
        // the word asked may have been typed without its accent; the indexed words are read as they are
        Set<String> stems = stems(stemmer, word, true);
        if (stems.isEmpty()) {
            return;
        }
        // the stems a word typed without its accent has only with the accent put back reach verbs: a folded «sabian»
        // is «sabían», of «saber»; through them only a report's verb forms join («informacion» read as «información»
        // shares «inform» with the noun «informe», another word, but finds «informaron»)
        Set<String> asWritten = typedWithAccent ? stems : stems(stemmer, word, false);
        String shortest = stems.stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        TermsEnum te = terms.iterator();
        BytesRef prefix = new BytesRef(shortest);
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return;
        }
        java.util.Map<String, Integer> found = new java.util.HashMap<>();
        TermsEnum asked = terms.iterator();
        int askedFreq = asked.seekExact(new BytesRef(word)) ? asked.docFreq() : 0;
        int scanned = 0;
        for (BytesRef t = te.term(); t != null && scanned < MAX_SCANNED && startsWith(t, prefix); t = te.next()) {
            scanned++;
            String candidate = t.utf8ToString();
            if (function.contains(candidate) && !candidate.equals(word)) {
                continue;
            }
            // a report's diminutive of the very word asked («abuelitos» for «abuelos»), not of a word that only
            // shares its stem («capacitó» is no diminutive of «capacidad»)
            Set<String> its = stems(stemmer, candidate);
            boolean family = !java.util.Collections.disjoint(its, asWritten)
                    || !java.util.Collections.disjoint(its, stems) && verbForm(candidate);
            boolean commoner = askedFreq > 0 && te.docFreq() > COMMONER * askedFreq;
            if ((family || word.equals(plainOfDiminutive(candidate))) && !commoner) {
                found.put(candidate, te.docFreq());
            }
        }
        found.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(MAX_FORMS)
                .forEach(e -> forms.add(new Term(IndexSchema.TEXT, e.getKey())));
    }

    /**
     * A verb form as the index holds it (folded, plural and gender taken): an infinitive or gerund, with or without a
     * pronoun after it («retratarla», «presionando»), a participle («destrozad»), the past of «ellos» («presionaron»,
     * «rompieron») or the imperfect («retratab», «retrataban», «sabian»). Forms the light stemmer cuts to the bare root
     * («informó» and «informe» are both «inform») are not told apart, so they are not verb forms here. Spanish
     * morphology, not vocabulary: the endings every regular verb has.
     */
    private static final java.util.regex.Pattern VERB_FORM = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(?:(?:ar|er|ir|ando|iendo)(?:me|te|se|s|nos|l[oae]?s?)?|ad|id|aron|ieron|ab|aban|ian)");

    /** Whether an indexed word is a verb form ({@link #VERB_FORM}). */
    static boolean verbForm(String word) {
        return VERB_FORM.matcher(word).matches();
    }

    /** A diminutive as indexed: at least four letters of the plain word, then «it», «cit» or «ecit» and its ending. */
    private static final java.util.regex.Pattern DIMINUTIVE =
            java.util.regex.Pattern.compile("(\\p{L}{4,}?)(?:ec|c)?it(?:[oa]s?|s)?");

    /**
     * The plain word of a diminutive as the index holds it ("mercadit" → "mercad", "abuelit" → "abuel", "poquit" →
     * "poc", "cafecit" → "cafe"), or null when the word is none. People write the diminutive for the plain word,
     * in queries and reports alike («el mercadito sobre ruedas», «los abuelitos»). Shorter words are left alone: too
     * many end the same way without being diminutives («delito», «visita», «solito» beside «sol»).
     */
    static String plainOfDiminutive(String word) {
        java.util.regex.Matcher m = DIMINUTIVE.matcher(word);
        if (!m.matches()) {
            return null;
        }
        return spelledBack(m.group(1));
    }

    /**
     * The stems of an indexed word: as it is, and with the final vowel the light stemmer may have taken; a superlative
     * ("rapidísimo", "larguísimas", "tardísimo") also has the stems of its plain adjective, since people write the
     * emphatic form for the plain one, in queries and reports alike ("conteo rapidísimo", "el conteo fue rápido").
     */
    static Set<String> stems(SpanishStemmer stemmer, String word) {
        return stems(stemmer, word, false);
    }

    /**
     * @param accents whether the word may have lost its accent ({@link #withAccentBack}): a query's word, typed as
     *                people type, not the index's words, whose families are read as they are
     */
    static Set<String> stems(SpanishStemmer stemmer, String word, boolean accents) {
        Set<String> stems = new LinkedHashSet<>();
        addStems(stemmer, word, stems, accents);
        String plain = plainOfSuperlative(word);
        if (plain != null) {
            addStems(stemmer, plain, stems, accents);
        }
        return stems;
    }

    private static void addStems(SpanishStemmer stemmer, String word, Set<String> stems, boolean accents) {
        for (String w : List.of(word, word + "o", word + "e")) {
            addStem(stemmer, w, stems);
            for (String accented : accents && word.length() >= MIN_ACCENTED_WORD ? withAccentBack(w) : List.<String>of()) {
                addStem(stemmer, accented, stems);
            }
        }
    }

    private static void addStem(SpanishStemmer stemmer, String word, Set<String> stems) {
        stemmer.setCurrent(word);
        stemmer.stem();
        if (stemmer.getCurrent().length() >= MIN_STEM) {
            stems.add(stemmer.getCurrent());
        }
    }

    /**
     * The shortest typed word whose accent is put back. A word of four letters with an accent near its end is mostly
     * suffix to the stemmer: «rubí», «rubé» stem to «rub», and a search for the name «Rubí» would find «Rubén»; the
     * accents people drop that change a family are those of longer words' suffixes («comió», «sabían», «información»).
     */
    private static final int MIN_ACCENTED_WORD = 5;
    /** How far from its end a word's accent can change which suffix the stemmer sees ("-ábamos", "-íamos"). */
    private static final int ACCENT_REACH = 6;
    private static final String VOWELS = "aeiou";
    private static final String ACCENTED = "áéíóú";

    /**
     * The word with an acute accent on one of its last vowels, each in turn. The index and the query hold words
     * folded, without accents, but the Snowball stemmer reads the accents of Spanish suffixes: «sabían» and «saber»
     * share the stem «sab» while «sabian» stems to «sabi»; «información» and «informar» share «inform» while
     * «informacion» stays whole. With the accent put back where it may have been, a folded word finds its family.
     */
    static List<String> withAccentBack(String word) {
        List<String> accented = new java.util.ArrayList<>();
        for (int i = Math.max(0, word.length() - ACCENT_REACH); i < word.length(); i++) {
            int v = VOWELS.indexOf(word.charAt(i));
            if (v >= 0) {
                accented.add(word.substring(0, i) + ACCENTED.charAt(v) + word.substring(i + 1));
            }
        }
        return accented;
    }

    /** Where the superlative suffix starts in an indexed (light-stemmed, folded) word: "rapidisim", "rapidisimo". */
    private static final java.util.regex.Pattern SUPERLATIVE = java.util.regex.Pattern.compile("(\\p{L}{3,})isim[oa]?s?");

    /**
     * The plain adjective's root of a superlative, spelled back ("poquisim" → "poc", "larguisim" → "larg",
     * "amabilisim" → "amable"), or null when the word is none.
     */
    static String plainOfSuperlative(String word) {
        java.util.regex.Matcher m = SUPERLATIVE.matcher(word);
        if (!m.matches()) {
            return null;
        }
        String root = m.group(1);
        if (root.endsWith("bil")) {
            return root.substring(0, root.length() - 3) + "ble";
        }
        return spelledBack(root);
    }

    /** A root before a suffix spelled as the plain word spells it: «poqu» → «poc», «largu» → «larg». */
    private static String spelledBack(String root) {
        if (root.endsWith("qu")) {
            return root.substring(0, root.length() - 2) + "c";
        }
        if (root.endsWith("gu")) {
            return root.substring(0, root.length() - 1);
        }
        return root;
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        if (term.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
