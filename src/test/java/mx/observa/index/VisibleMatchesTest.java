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
}
