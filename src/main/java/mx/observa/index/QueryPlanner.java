package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import mx.observa.index.SearchResult.Correction;
import mx.observa.text.Folding;
import mx.observa.understand.QueryReader;

/**
 * Turns what an analyst typed into what the search runs: the places it names become filters (and leave the words),
 * the rest is parsed (Spanish syntax with the users' synonyms), stripped of function words, widened where a word is a
 * typo that found nothing, read for its topics and for whether it asks about a problem, and built into the match,
 * rank and highlight queries of {@link RankingQuery}. Thread-safe.
 */
final class QueryPlanner {

    /** Quotes, upper-case operators, +/- before a word, a prefix or fuzzy/boost mark: the query says exactly what it wants. */
    private static final Pattern SYNTAX = Pattern.compile("\"|\\b(?:AND|OR|NOT)\\b|(?:^|[\\s(])[+-]\\S|[*~^]|&&|\\|\\|");
    /** Question and exclamation marks are punctuation in a query, not wildcards; colons and slashes are not fields or regexes. */
    private static final Pattern PUNCTUATION = Pattern.compile("[¿?¡!:/]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How far apart, or out of order, the words of a several-word synonym may be. */
    static final int SYNONYM_PHRASE_SLOP = 3;
    /**
     * A query in plain words that names a place and whose words match fewer findings there than fill a page ("¿qué
     * recomendaron los observadores de Azcapo?", "resumen de lo observado en el distrito XI") asks about the place
     * more than about those words: the rest of the place's findings follow the matches.
     */
    static final int PLACE_PAGE = 20;

    /**
     * What a search runs.
     *
     * @param match      which findings are results (constant score: for totals and facet counts)
     * @param rank       their order
     * @param highlight  what snippets mark
     * @param filters    the request's filters plus the places the query named
     * @param applied    those places, to show and to remove
     * @param topics     the topics the query is about
     * @param correction words no report contains, or null
     * @param scored     false when there are no words (everything matches: order by date)
     * @param proximity  what rescores the best results (proximity, common concepts), or null
     */
    record Plan(Query match, Query rank, Query highlight, SearchFilters filters, List<AppliedFilter> applied,
                List<String> topics, Correction correction, boolean scored, Query proximity) {

        /** The same plan with other match, rank and second-pass queries, and no correction to suggest. */
        Plan matching(Query otherMatch, Query otherRank, Query otherProximity) {
            return new Plan(otherMatch, otherRank, highlight, filters, applied, topics, null, scored, otherProximity);
        }
    }

    private final Analyzer indexAnalyzer;
    private final Synonyms synonyms;
    private final QueryReader reader;

    QueryPlanner(Analyzer indexAnalyzer, Synonyms synonyms, QueryReader reader) {
        this.indexAnalyzer = indexAnalyzer;
        this.synonyms = synonyms;
        this.reader = reader;
    }

    /** The synonyms a plan is made with now: another object once the editable file has changed ({@link RecentPlans}). */
    Analyzer synonymsInUse() {
        return synonyms.queryAnalyzer();
    }

    Plan plan(IndexSearcher searcher, SearchRequest request) throws IOException {
        return plan(searcher, request, true);
    }

    /** @param widen whether words no report contains get a correction and, if nothing matches, similar words */
    Plan plan(IndexSearcher searcher, SearchRequest request, boolean widen) throws IOException {
        String raw = request.query() == null ? "" : request.query().strip();
        List<AppliedFilter> applied = new ArrayList<>();
        String text = raw;
        if (reader != null && !raw.isEmpty()) {
            Places places = Places.in(raw, reader).keeping(p -> anyIn(searcher, request.filters(), p));
            applied.addAll(places.applied());
            text = places.remainingWords();
        }
        SearchFilters filters = request.filters().withPlaces(applied);
        if (!hasWords(text)) {
            Query all = new MatchAllDocsQuery();
            return new Plan(all, all, all, filters, List.copyOf(applied), List.of(), null, false, null);
        }
        boolean natural = !SYNTAX.matcher(text).find();
        // a word misspelt by sound («funsionario») is read as the word it sounds like, with its synonyms and family;
        // only for readers of the whole text (widen), like any correction: for others it could be a hidden word
        Respelled respelled = widen && natural ? respell(text, searcher) : Respelled.NONE;
        text = respelled.text(text);
        // a verb no report writes, built on a word the synonyms file lists («retratar» on «retrato»), is searched as
        // that word, with its synonyms
        text = natural ? withNounsOfVerbs(text, searcher) : text;
        // a thing described instead of named («la caja donde se echan los votos») is also searched by its name
        String searched = natural ? withDescribedThings(text) : text;
        Parsed parsed = parse(searched);
        Concepts concepts = withWordForms(Concepts.of(parsed.query(), functionWords(), parsed.quoted()), searcher,
                literalWords(searched), accentedWords(searched), grammaticalWords());
        List<String> topics = reader == null ? List.of() : List.copyOf(reader.topics(searched).keySet());
        boolean problem = reader != null && reader.describesProblem(text);
        List<String> kinds = problem ? RankingQuery.PROBLEM_KINDS
                : reader != null && reader.describesNoProblem(text) ? RankingQuery.NO_PROBLEM_KINDS : List.of();
        // a colonia or pueblo some reports name only in their header ("San Gregorio Atlapulco"): their findings join,
        // for readers of the whole text only (widen), as the header fallback (FindingSearch#plan)
        Query headerPlace = widen && natural && concepts.forbidden().isEmpty()
                ? HeaderPlaces.of(PUNCTUATION.matcher(text).replaceAll(" "), indexAnalyzer, searcher.getIndexReader(),
                functionWords())
                : null;
        if (concepts.functionWordsOnly() && natural && (!applied.isEmpty() || problem)) {
            // "¿qué pasó en el distrito 17?", "incidencias en Iztapalapa": the place, or the kind, is what is asked
            RankingQuery.Built browse = RankingQuery.browse(topics, kinds);
            return new Plan(browse.match(), browse.rank(), browse.highlight(), filters, List.copyOf(applied), topics,
                    null, true, null);
        }
        Widening widening = widen ? widen(concepts, searcher, filters, text, natural) : new Widening(concepts, null);
        if (widen && natural) {
            widening = new Widening(HeaderWords.of(widening.concepts(), searcher.getIndexReader()), widening.correction());
        }
        List<String> namedUts = new ArrayList<>();
        if (reader != null && natural) {
            String words = text;
            List<QueryReader.Place> named = reader.namedUts(words);
            named.stream().filter(p -> !Places.continuedName(words, p, named))
                    .forEach(p -> namedUts.addAll(List.of(p.value().split(QueryReader.UT_SEPARATOR))));
        }
        RankingQuery.Built built = RankingQuery.build(widening.concepts(), topics, kinds, namedUts, natural, searcher);
        // words that name something in the reports' headers (an organization, a colonia) are a name, not a
        // description: as written they say no more than the name does
        if (natural && headerPlace == null) {
            built = RankingQuery.withLiteralWords(built, widening.concepts(), literalWords(text), searcher);
        }
        if (headerPlace != null) {
            built = RankingQuery.withPlaceInHeaders(built, headerPlace);
        }
        // the query's loose words, as a plain search reads them, order what the plan scores alike; not where a place
        // is applied (the place is what is asked, and the rest of it follows in its own order), nor for a name in the
        // reports' headers, which is a name, not a description
        if (natural && applied.isEmpty() && headerPlace == null) {
            built = RankingQuery.withLooseWords(built,
                    HeaderPlaces.terms(PUNCTUATION.matcher(text).replaceAll(" "), indexAnalyzer), searcher);
        }
        // what a report says of itself outside its findings (its header and frame) tells which report answers
        if (widen && natural) {
            built = RankingQuery.withHeaderWords(built, HeaderPlaces.terms(PUNCTUATION.matcher(text).replaceAll(" "),
                    indexAnalyzer).stream().filter(w -> !functionWords().contains(w)).toList(), searcher);
        }
        // For a reader who sees only part of the text (widen false) the rest of the place always follows: counting
        // the matches would count words hidden from that reader, and what it is shown would tell them apart.
        if (natural && !applied.isEmpty()
                && (!widen || searcher.count(FilterQueries.filtered(built.match(), filters)) < PLACE_PAGE)) {
            built = RankingQuery.withRestOfPlace(built);
        }
        return new Plan(built.match(), built.rank(), built.highlight(), filters, List.copyOf(applied), topics,
                respelled.correction(widening.correction()), true, built.proximity());
    }

    /**
     * The query with each word misspelt by sound ({@link SoundAlike}) replaced by the word it sounds like, as a report
     * writes it (null when there were none), and those of them no report has.
     */
    private record Respelled(String respelled, List<String> replaced) {

        static final Respelled NONE = new Respelled(null, List.of());

        String text(String original) {
            return respelled == null ? original : respelled;
        }

        /** What the analyst is told: the words no report has were searched as the words they sound like. */
        Correction correction(Correction other) {
            if (replaced.isEmpty()) {
                return other;
            }
            if (other == null) {
                return new Correction(replaced, respelled, true);
            }
            List<String> missing = new ArrayList<>(replaced);
            other.missing().stream().filter(w -> !missing.contains(w)).forEach(missing::add);
            return new Correction(List.copyOf(missing), other.suggestion() != null ? other.suggestion() : respelled,
                    true);
        }
    }

    /**
     * Each word of a plain query that sounds like a word the findings have and is its misspelling (no finding or
     * header has it, nor any of its synonyms; or only a rare few findings do), replaced by that word as some report
     * wrote it.
     */
    private Respelled respell(String text, IndexSearcher searcher) throws IOException {
        org.apache.lucene.index.IndexReader index = searcher.getIndexReader();
        Set<String> function = functionWords();
        List<String> missing = new ArrayList<>();
        boolean respelled = false;
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            String with = null;
            List<String> terms = HeaderPlaces.terms(word, indexAnalyzer);
            if (terms.size() == 1 && !function.contains(terms.get(0)) && !function.contains(Folding.foldLower(word))
                    && mayBeMisspelt(terms.get(0), word, index)) {
                Term best = SoundAlike.closest(index, new Term(IndexSchema.TEXT, terms.get(0)));
                boolean unseen = index.docFreq(new Term(IndexSchema.TEXT, terms.get(0))) == 0;
                if (best != null && SoundAlike.misspelt(index, new Term(IndexSchema.TEXT, terms.get(0)), best)) {
                    with = TypoTolerance.surfaceForm(searcher, indexAnalyzer, best);
                } else if (best == null && unseen) {
                    // no report writes a word it sounds like, but the synonyms file does: the everyday word people
                    // use for what reports write otherwise («biejitos», the file's «viejitos»: personas mayores)
                    with = synonyms.soundingLike(terms.get(0)).orElse(null);
                }
                if (with != null && unseen) {
                    missing.add(word); // a rare spelling some report used is respelled without a word
                }
            }
            respelled |= with != null;
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(with != null ? with : word));
        }
        m.appendTail(out);
        return respelled ? new Respelled(out.toString(), List.copyOf(missing)) : Respelled.NONE;
    }

    /**
     * Whether the reports' headers do not have {@code term} and the findings have neither it nor any synonym of it,
     * or have it only as the rare misspelling of a word they write far more often ({@link SoundAlike#misspelt}).
     */
    private boolean mayBeMisspelt(String term, String word, org.apache.lucene.index.IndexReader index) throws IOException {
        if (term.chars().anyMatch(Character::isDigit) || index.docFreq(new Term(IndexSchema.HEADER, term)) > 0) {
            return false;
        }
        int seen = index.docFreq(new Term(IndexSchema.TEXT, term));
        if (seen > 0) {
            return seen <= SoundAlike.RARE; // a word many findings write is no misspelling: no look-up for it
        }
        Set<Term> alternatives = new LinkedHashSet<>();
        parse(word).query().visit(org.apache.lucene.search.QueryVisitor.termCollector(alternatives));
        for (Term t : alternatives) {
            if (index.docFreq(t) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last resort of a search in plain words that matches no finding within its filters ("Tlatelolco", a colonia a
     * report names only in its title or its place lines): the findings of the reports whose header ({@link
     * ReportHeader}) has those words, best header match first. Any other plan is returned as it is, so the fallback
     * never displaces a result. One place for both backends: the embedded index runs the plan, OpenSearch translates
     * it.
     */
    Plan headerFallback(IndexSearcher searcher, SearchRequest request, Plan plan) throws IOException {
        String raw = request.query() == null ? "" : request.query().strip();
        if (!plan.scored() || request.similarTo() != null || raw.isEmpty()) {
            return plan;
        }
        String text = reader == null ? raw
                : Places.in(raw, reader).keeping(p -> plan.applied().contains(p)).remainingWords();
        if (!hasWords(text) || SYNTAX.matcher(text).find()
                || anyMatch(searcher, FilterQueries.filtered(plan.match(), plan.filters()))) {
            return plan;
        }
        Query header = headerQuery(PUNCTUATION.matcher(text).replaceAll(" "));
        if (header == null) {
            return plan;
        }
        return new Plan(header, header, plan.highlight(), plan.filters(), plan.applied(), plan.topics(),
                plan.correction(), true, null);
    }

    /** The query's meaningful words (all of them when it has nothing else) in the header field, any of them. */
    private Query headerQuery(String text) throws IOException {
        List<String> words = HeaderPlaces.terms(text, indexAnalyzer);
        List<String> meaningful = words.stream().filter(w -> !functionWords().contains(w)).distinct().toList();
        List<String> used = meaningful.isEmpty() ? words.stream().distinct().toList() : meaningful;
        if (used.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        used.forEach(w -> any.add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.HEADER, w)),
                BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * Whether some finding within the request's filters is of {@code place}. A place no finding is of (a UT the
     * reports wrote as its namesake, a mesa no report names) would empty the page: it is no filter, and its words
     * are searched as words, in the findings and in the reports' headers, as any name the catalogue does not know.
     */
    private static boolean anyIn(IndexSearcher searcher, SearchFilters filters, AppliedFilter place) {
        try {
            return anyMatch(searcher, FilterQueries.filtered(new MatchAllDocsQuery(), filters.withPlaces(List.of(place))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code query} matches at least one live document; stops at the first (a count would visit them all). */
    static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        org.apache.lucene.search.Weight weight = searcher.createWeight(searcher.rewrite(query),
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The query's words, without places, with their other forms, for other uses (a report's highlighted words). */
    Query words(String q, IndexSearcher searcher) throws IOException {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String text = reader == null ? q : Places.in(q, reader).remainingWords();
        if (!hasWords(text)) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // the names of what it describes, as the search looked for them («la caja donde…»: the urna is marked too)
        String searched = SYNTAX.matcher(text).find() ? text : withDescribedThings(text);
        Parsed parsed = parse(searched);
        withWordForms(Concepts.of(parsed.query(), functionWords(), parsed.quoted()), searcher, literalWords(searched),
                accentedWords(searched), grammaticalWords())
                .wanted().forEach(c -> any.add(c.query(), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** The query's words as the index analyzes them, without function words: what a plain search would look for. */
    private List<String> literalWords(String text) throws IOException {
        Set<String> function = functionWords();
        List<String> words = new ArrayList<>();
        for (String word : PUNCTUATION.matcher(text).replaceAll(" ").split("[^\\p{L}\\p{N}]+")) {
            List<String> terms = HeaderPlaces.terms(word, indexAnalyzer);
            if (!terms.isEmpty() && !function.contains(terms.get(0)) && !function.contains(Folding.foldLower(word))) {
                words.addAll(terms);
            }
        }
        return words;
    }

    /** The query's words typed with an accent, as the index analyzes them ({@link WordForms#expand}). */
    private Set<String> accentedWords(String text) throws IOException {
        Set<String> accented = new java.util.HashSet<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!Folding.foldLower(m.group()).equals(m.group().toLowerCase(java.util.Locale.ROOT))) {
                accented.addAll(HeaderPlaces.terms(m.group(), indexAnalyzer));
            }
        }
        return accented;
    }

    private Set<String> functionWords() {
        return reader == null ? Set.of() : reader.functionWords();
    }

    private volatile Set<String> grammatical;

    /**
     * The grammatical words of Spanish (Lucene's Spanish stop list: «como», «para», «este»…) as the index holds them:
     * no form of a meaningful word ({@link WordForms#expand}). Not the query's function words of busqueda.yaml, which
     * also hold the words that speak of the search itself («saber», «informes»): in the reports those mean what they
     * say («no sabían que había consulta»).
     */
    private Set<String> grammaticalWords() throws IOException {
        Set<String> words = grammatical;
        if (words == null) {
            Set<String> held = new java.util.HashSet<>();
            for (Object w : org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet()) {
                held.addAll(HeaderPlaces.terms(new String((char[]) w), indexAnalyzer));
            }
            words = Set.copyOf(held);
            grammatical = words;
        }
        return words;
    }

    /**
     * Each free word also finds the other forms of its family that reports wrote (see {@link WordForms}); its
     * synonyms, only as the synonyms file lists them.
     *
     * @param written  the query's words as the index analyzes them
     * @param accented those of them typed with an accent
     * @param function the grammatical words, which are no word's form
     */
    private static Concepts withWordForms(Concepts concepts, IndexSearcher searcher, List<String> written,
                                          Set<String> accented, Set<String> function)
            throws IOException {
        Set<String> own = Set.copyOf(written);
        List<Concepts.Concept> widened = new ArrayList<>();
        for (Concepts.Concept c : concepts.wanted()) {
            widened.add(c.exact() ? c
                    : c.withQuery(WordForms.expand(c.query(), searcher.getIndexReader(), own, accented, function)));
        }
        return concepts.with(widened);
    }

    private record Widening(Concepts concepts, Correction correction) {
    }

    /**
     * Words no report contains get a "¿Quiso decir…?"; when none of the query's words is found, they are searched
     * with similar words instead (one or two letters apart).
     *
     * @param headers whether words only reports' headers say are found there ({@link HeaderWords}): no typos
     */
    private Widening widen(Concepts concepts, IndexSearcher searcher, SearchFilters filters, String text,
                           boolean headers) throws IOException {
        Set<Term> missing = new LinkedHashSet<>();
        List<Concepts.Concept> widened = new ArrayList<>();
        boolean changed = false;
        for (Concepts.Concept c : concepts.wanted()) {
            if (headers && HeaderWords.onlyInHeaders(c, searcher.getIndexReader())) {
                widened.add(c); // a name some report writes only in its header ("Tulyehualco"): found there, no typo
                continue;
            }
            TypoTolerance.Widened w = TypoTolerance.widen(c.query(), searcher, indexAnalyzer);
            missing.addAll(w.missing());
            changed |= w.changed() && !w.query().equals(c.query());
            widened.add(c.withQuery(w.query()));
        }
        if (missing.isEmpty()) {
            return new Widening(concepts, null);
        }
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        concepts.wanted().forEach(c -> exact.add(c.query(), c.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD));
        concepts.forbidden().forEach(q -> exact.add(q, BooleanClause.Occur.MUST_NOT));
        boolean retry = changed && searcher.count(FilterQueries.filtered(exact.build(), filters)) == 0;
        Correction correction = TypoTolerance.correction(text, missing, retry, searcher, indexAnalyzer);
        return new Widening(retry ? concepts.with(widened) : concepts, correction);
    }

    /**
     * Each word of a plain query that no finding or report header has and that is a verb built on a one-word entry of
     * the synonyms file ({@link Synonyms#nounsOfVerb}), or a diminutive of one ({@link Synonyms#plainOfDiminutive}:
     * «un borrachito» of «borracho»), replaced by that entry: the file lists the forms people use, and a form it does
     * not list, which no report wrote either, would otherwise find nothing at all, or only the plain word without its
     * synonyms.
     */
    private String withNounsOfVerbs(String text, IndexSearcher searcher) throws IOException {
        org.apache.lucene.index.IndexReader index = searcher.getIndexReader();
        Set<String> function = functionWords();
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = WORD.matcher(text);
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            List<String> terms = HeaderPlaces.terms(word, indexAnalyzer);
            List<String> entries = List.of();
            if (terms.size() == 1 && !function.contains(terms.get(0)) && !function.contains(Folding.foldLower(word))
                    && terms.get(0).chars().noneMatch(Character::isDigit)
                    && index.docFreq(new Term(IndexSchema.TEXT, terms.get(0))) == 0
                    && index.docFreq(new Term(IndexSchema.HEADER, terms.get(0))) == 0) {
                entries = synonyms.nounsOfVerb(terms.get(0));
                if (entries.isEmpty()) {
                    entries = synonyms.plainOfDiminutive(terms.get(0));
                }
            }
            changed |= !entries.isEmpty();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(entries.isEmpty() ? word
                    : String.join(" ", entries)));
        }
        m.appendTail(out);
        return changed ? out.toString() : text;
    }

    /** The query with the names of the things it describes in other words added at its end. */
    private String withDescribedThings(String text) {
        List<String> names = reader == null ? List.of() : reader.describedThings(text);
        return names.isEmpty() ? text : text + " " + String.join(" ", names);
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A parsed query and, by identity, its parts that were written between quotes. */
    record Parsed(Query query, Set<Query> quoted) {
    }

    Parsed parse(String q) {
        ExactPhrases parser = new ExactPhrases(synonyms.queryAnalyzer(), indexAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        try {
            Query parsed = parser.parse(PUNCTUATION.matcher(q).replaceAll(" "));
            return new Parsed(parsed == null ? new BooleanQuery.Builder().build() : parsed, parser.quoted);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidQueryException(q, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(q, e);
        }
    }

    /**
     * Words outside quotes get the synonyms; a "quoted phrase" means exactly those words. The alternatives of a
     * multi-word synonym are one concept (a disjunction), not several words.
     */
    private static final class ExactPhrases extends QueryParser {

        private final QueryBuilder exact;
        private final Set<Query> quoted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        ExactPhrases(Analyzer withSynonyms, Analyzer indexAnalyzer) {
            super(IndexSchema.TEXT, withSynonyms);
            this.exact = new QueryBuilder(indexAnalyzer);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (!quoted) {
                return super.getFieldQuery(field, queryText, false);
            }
            Query phrase = exact.createPhraseQuery(field, queryText, getPhraseSlop());
            if (phrase != null) {
                this.quoted.add(phrase);
            }
            return phrase;
        }

        /**
         * The text field holds stems ("bardas" and "barda" are indexed as "bard"), so a prefix longer than its word's
         * stem would match nothing: "barda*" also looks for the words whose stem starts with "bard".
         */
        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            Query written = super.getPrefixQuery(field, termStr);
            String stem = stemOf(field, termStr);
            if (!(written instanceof PrefixQuery pq) || stem == null || stem.isEmpty()
                    || stem.equals(pq.getPrefix().text())) {
                return written;
            }
            return new DisjunctionMaxQuery(List.of(written, new PrefixQuery(new Term(field, stem))), 0f);
        }

        /** The one stem the index analyzer makes of a word, or null when it makes none or several. */
        private String stemOf(String field, String word) {
            try (TokenStream ts = exact.getAnalyzer().tokenStream(field, word)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                String stem = ts.incrementToken() ? term.toString() : null;
                boolean more = ts.incrementToken();
                ts.end();
                return more ? null : stem;
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * The ways of saying one thing in the synonyms file are one concept; a several-word way may come with its
         * words a little apart or reordered ("baja afluencia" in "la afluencia fue baja").
         */
        @Override
        protected Query newGraphSynonymQuery(java.util.Iterator<Query> queries) {
            List<Query> alternatives = new ArrayList<>();
            queries.forEachRemaining(q -> alternatives.add(loosened(q)));
            return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
        }

        /**
         * A several-word way with its words a little apart; one with a number (an hour, "las 12", "13 00") stays
         * exact: loosened, "las 12" would find "a las 9:00, 12 personas".
         */
        private static Query loosened(Query q) {
            if (!(q instanceof PhraseQuery pq) || pq.getSlop() > 0
                    || java.util.Arrays.stream(pq.getTerms()).anyMatch(t -> t.text().chars().anyMatch(Character::isDigit))) {
                return q;
            }
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(SYNONYM_PHRASE_SLOP);
            for (int i = 0; i < pq.getTerms().length; i++) {
                b.add(pq.getTerms()[i], pq.getPositions()[i]);
            }
            return b.build();
        }
    }
}
