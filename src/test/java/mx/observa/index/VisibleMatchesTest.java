package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.text.FoldingSpanishAnalyzer;

/** A search that matches only what a reader sees, over a real on-disk index. */
class VisibleMatchesTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private FindingIndex index;
    private FindingSearch search;
    /** The reader of these tests sees every personal string of a report replaced, as the commission does. */
    private final VisibleText redacted = doc -> {
        String text = doc.get(IndexSchema.TEXT);
        for (String personal : doc.getValues(IndexSchema.PERSONAL_DATA)) {
            text = text.replace(personal, "[dato personal]");
        }
        return text;
    };

    @BeforeEach
    void buildIndex() throws Exception {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-910001").personal("Saúl Benavides Cota")
                .finding("El funcionario Saúl Benavides Cota no dejó votar a dos personas en la mesa.", "acceso", "votar")
                .finding("La mesa cerró a las 17:00 sin incidentes.", "cierre", "cerró")
                .build());
        index.replace(report("OBS-2022-910002").personal("Samanta Ortiz")
                .finding("Samanta Ortiz: faltaron boletas en la mesa.", "material", "boletas")
                .build());
        index.replace(report("OBS-2022-910003")
                .finding("La mesa estaba en la Escuela Josefa Ortiz de Domínguez y abrió tarde.", "instalacion", "abrió")
                .build());
        index.commit();
        search = new FindingSearch(index, analyzer);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(String q, VisibleText visible) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 50), visible).hits()
                .stream().map(h -> h.folio() + "#" + h.finding()).sorted().toList();
    }

    @Test
    void aWordHiddenFromTheReaderMatchesNothingInWhateverFormItIsAsked() {
        for (String q : List.of("Benavides", "benavides", "BENAVIDES", "Benav*", "Benavids~", "Ben?vides", "\"Saúl Benavides\"",
                "+mesa +Benavides", "Benavides OR Benavides")) {
            assertThat(ids(q, redacted)).as(q).isEmpty();
        }
        // natural queries rank findings by the words they share: the hidden word adds and takes away nothing
        assertThat(ids("mesa Benavides", redacted)).isEqualTo(ids("mesa", redacted));
        assertThat(ids("votar Benavides", redacted)).isEqualTo(ids("votar", redacted));
        assertThat(ids("Benavides", null)).as("a reader who sees the original").containsExactly("OBS-2022-910001#1");
    }

    @Test
    void aWordHiddenInOneReportIsFoundWhereItIsReadable() {
        assertThat(ids("Ortiz", null)).containsExactly("OBS-2022-910002#1", "OBS-2022-910003#1");
        assertThat(ids("Ortiz", redacted)).containsExactly("OBS-2022-910003#1");
        assertThat(ids("Benavides OR cerró", redacted)).containsExactly("OBS-2022-910001#2");
        assertThat(ids("votar", redacted)).as("the rest of a finding with a hidden name").containsExactly("OBS-2022-910001#1");
    }

    @Test
    void notLeavesInTheFindingsWhereTheWordIsHidden() {
        assertThat(ids("mesa NOT Benavides", redacted)).containsExactly("OBS-2022-910001#1", "OBS-2022-910001#2",
                "OBS-2022-910002#1", "OBS-2022-910003#1");
        assertThat(ids("mesa NOT Benavides", null)).doesNotContain("OBS-2022-910001#1");
        assertThat(ids("mesa -Ortiz", redacted)).doesNotContain("OBS-2022-910003#1").contains("OBS-2022-910002#1");
    }

    @Test
    void exportsAndCountsFollowTheSameRule() {
        SearchRequest q = new SearchRequest("Ortiz", SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 50);
        assertThat(search.search(q, redacted).total()).isEqualTo(1);
        assertThat(search.export(q, 100, redacted).findings()).extracting(IndexedFinding::folio).containsExactly("OBS-2022-910003");
        assertThat(search.search(new SearchRequest("Ortis", SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 50), redacted)
                .correction()).as("no suggestion: it could be a hidden word").isNull();
    }

    /**
     * A plan's queries are rewritten together (they share their hits' reports and findings): each must match, as the
     * reader sees, exactly what it matches rewritten alone — also when the queries' words differ, one is hidden in a
     * report where the other is readable, or one has no word on the text at all.
     */
    @Test
    void queriesRewrittenTogetherMatchWhatEachMatchesAlone() throws Exception {
        org.apache.lucene.search.IndexSearcher searcher = index.acquire();
        try {
            List<org.apache.lucene.search.Query> queries = new java.util.ArrayList<>();
            for (String word : List.of("Ortiz", "Benavides", "mesa", "boletas")) {
                queries.add(new org.apache.lucene.search.TermQuery(term(word)));
            }
            queries.add(new org.apache.lucene.search.PrefixQuery(new org.apache.lucene.index.Term(IndexSchema.TEXT,
                    term("Samanta").text().substring(0, 3))));
            queries.add(new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(queries.get(2), org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(queries.get(0), org.apache.lucene.search.BooleanClause.Occur.MUST_NOT).build());
            queries.add(new org.apache.lucene.search.MatchAllDocsQuery());
            queries.add(null);
            List<org.apache.lucene.search.Query> together = VisibleMatches.of(queries, searcher, analyzer, redacted);
            assertThat(together).hasSameSizeAs(queries);
            for (int i = 0; i < queries.size() - 1; i++) {
                List<org.apache.lucene.search.Query> alone = VisibleMatches.of(java.util.Collections.singletonList(queries.get(i)),
                        searcher, analyzer, redacted);
                assertThat(matched(searcher, together.get(i))).as(String.valueOf(queries.get(i)))
                        .isEqualTo(matched(searcher, alone.get(0)));
            }
            // what the reader sees: «Ortiz» is hidden in the minutes and readable in the letter, «Samanta» hidden
            assertThat(matched(searcher, together.get(0))).containsExactly("OBS-2022-910003#1");
            assertThat(matched(searcher, together.get(4))).isEmpty();
            assertThat(matched(searcher, together.get(2))).hasSize(4);
            assertThat(together.get(7)).isNull();
        } finally {
            index.release(searcher);
        }
    }

    /** A word as the index holds it on the text field. */
    private org.apache.lucene.index.Term term(String word) throws java.io.IOException {
        try (org.apache.lucene.analysis.TokenStream tokens = analyzer.tokenStream(IndexSchema.TEXT, word)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute text =
                    tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            assertThat(tokens.incrementToken()).as(word).isTrue();
            org.apache.lucene.index.Term term = new org.apache.lucene.index.Term(IndexSchema.TEXT, text.toString());
            tokens.end();
            return term;
        }
    }

    /** The findings a query matches, by their ids. */
    private static List<String> matched(org.apache.lucene.search.IndexSearcher searcher, org.apache.lucene.search.Query query)
            throws java.io.IOException {
        List<String> found = new java.util.ArrayList<>();
        for (org.apache.lucene.search.ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            found.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID));
        }
        return found.stream().sorted().toList();
    }
}
