package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * What a query's word stands for beyond its spelling, with the project's configuration: its family never takes in a
 * function word that shares its stem, and a word misspelt by sound whose sound-alike only the synonyms file writes is
 * read as that entry. Invented sentences.
 */
class QueryWordFamiliesTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final ObservaConfig config = ObservaConfig.load(Path.of("."));
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void buildIndex() {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-000701")
                .finding("Como a las diez repartieron volantes en la esquina del kiosco.")
                .finding("Nadie repartió comida en la fila de la biblioteca.")
                .finding("No había un lugar dónde comer cerca del deportivo.")
                .build());
        index.replace(report("OBS-2022-000702")
                .finding("Las personas adultas mayores esperaron de pie casi una hora bajo la lámina.")
                .finding("Los jóvenes del grupo de danza esperaron sentados en la banca.")
                .finding("Muchos fueron a la plaza sin saber qué se elegía.")
                .build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> found(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    /** A word as the index analyzes it, as the planner looks it up. */
    private String term(String word) throws java.io.IOException {
        return HeaderPlaces.terms(word, analyzer).get(0);
    }

    @Test
    void aWordsFamilyLeavesOutTheFunctionWordThatSharesItsStem() throws Exception {
        // «como» has the stem of «comida» and «comer», but it is «how» or «like»: no form of the word asked
        assertThat(found("comida")).contains("OBS-2022-000701#2", "OBS-2022-000701#3")
                .doesNotContain("OBS-2022-000701#1");
        assertThat(found("¿dónde repartieron comida?").get(0)).isEqualTo("OBS-2022-000701#2");
        // the same family without a list of function words holds «como»: what the list keeps out
        org.apache.lucene.search.Query comida = new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(IndexSchema.TEXT, term("comida")));
        org.apache.lucene.search.IndexSearcher searcher = index.acquire();
        try {
            assertThat(terms(WordForms.expand(comida, searcher.getIndexReader(), null, java.util.Set.of(),
                    java.util.Set.of()))).contains("como", "comer");
            assertThat(terms(WordForms.expand(comida, searcher.getIndexReader(), null, java.util.Set.of(),
                    java.util.Set.of("como")))).contains("comer").doesNotContain("como");
        } finally {
            index.release(searcher);
        }
    }

    private static java.util.Set<String> terms(org.apache.lucene.search.Query q) {
        java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
        q.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        return terms.stream().map(org.apache.lucene.index.Term::text).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aFormFarCommonerThanTheWordAskedIsAnotherWord() throws Exception {
        FindingIndex other = FindingIndex.open(tmp.resolve("other"), analyzer, new IndexSchema());
        try {
            mx.observa.support.ReportFixtures many = report("OBS-2022-000801")
                    .finding("La partida de dominó en la plaza distrajo a los vecinos.")
                    .finding("Robaron una mampara del salón.");
            for (int i = 0; i < WordForms.COMMONER + 1; i++) {
                many = many.finding("En la parte " + i + " del informe se describe la fila.");
            }
            many = many.finding("Hubo un robo de boletas.").finding("Le robaron el gafete a la observadora.")
                    .finding("Se robaron la urna vacía.");
            other.replace(many.build());
            other.commit();
            org.apache.lucene.search.IndexSearcher searcher = other.acquire();
            try {
                // «parte», in more than twenty times as many findings as «partida», is another word with its stem
                assertThat(terms(WordForms.expand(text("partida"), searcher.getIndexReader(), null, java.util.Set.of(),
                        java.util.Set.of()))).doesNotContain("part");
                // a word's own forms, at like rates, stay its family
                assertThat(terms(WordForms.expand(text("robo"), searcher.getIndexReader(), null, java.util.Set.of(),
                        java.util.Set.of()))).contains("robaron");
            } finally {
                other.release(searcher);
            }
        } finally {
            other.close();
        }
    }

    private org.apache.lucene.search.Query text(String word) throws java.io.IOException {
        return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexSchema.TEXT, term(word)));
    }

    @Test
    void aWordThatSpeaksOfTheSearchInAQueryIsStillAFormInTheReports() {
        // «saber» is a function word of a query («quisiera saber…»), not a grammatical word: «sabían» keeps it
        assertThat(found("¿sabian qué se elegía?")).contains("OBS-2022-000702#3");
        assertThat(found("sabian")).containsExactly("OBS-2022-000702#3");
    }

    @Test
    void aFunctionWordAskedForItselfIsStillItsOwnWord() {
        // the family of a word keeps the word; only another word's function word is left out
        assertThat(found("\"como a las diez\"")).containsExactly("OBS-2022-000701#1");
    }

    @Test
    void aMisspellingOfAWordOnlyTheSynonymsFileWritesIsReadAsThatWord() {
        // no report writes «viejitos», which the file lists beside «personas adultas mayores»; «biejitos» sounds like it
        SearchResult r = search.search(new SearchRequest("los biejitos esperaron de pie", SearchFilters.NONE,
                SearchRequest.Order.RELEVANCE, 0, 20));
        assertThat(r.hits().get(0).folio() + "#" + r.hits().get(0).finding()).isEqualTo("OBS-2022-000702#1");
        assertThat(r.correction().missing()).containsExactly("biejitos");
    }

    @Test
    void aWordThatOnlyLooksLikeAnEntryIsNotReadAsIt() throws Exception {
        Path file = tmp.resolve("sinonimos.txt");
        Files.writeString(file, """
                # invented groups, as the file writes them
                cachucha, gorra
                casa, domicilio
                vaso, taza
                baso, recipiente
                """);
        Synonyms synonyms = new Synonyms(file, analyzer);
        assertThat(synonyms.soundingLike(term("kachucha"))).contains("cachucha");
        // one letter from an entry but another sound: «cosa» is not «casa»
        assertThat(synonyms.soundingLike(term("cosa"))).isEmpty();
        // an entry is itself, not a misspelling of another
        assertThat(synonyms.soundingLike(term("gorra"))).isEmpty();
        // two entries sound alike («vaso», «baso»): no way to tell which one was meant
        assertThat(synonyms.soundingLike(term("vazo"))).isEmpty();
        // too short to tell
        assertThat(synonyms.soundingLike(term("kas"))).isEmpty();
    }
}
