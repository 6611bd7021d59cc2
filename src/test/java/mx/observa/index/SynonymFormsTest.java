package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The words the analyst wrote find the other forms of their family; their synonyms (config/sinonimos.txt) only as the
 * synonyms file lists them: a form of a synonym is two steps from what was asked, often another part of speech.
 */
class SynonymFormsTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void buildIndex() {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-000401")
                .finding("Se recibieron cuarenta votos en la primera hora.")
                .finding("Una señora olvidó en su casa la credencial para votar.")
                .finding("Cancelaron el festival de la plaza por el aguacero.")
                .finding("La mampara quedó pegada a la pared del salón.")
                .finding("La apertura se retrasó media hora.")
                .build());
        index.commit();
        search = FindingSearch.configured(ObservaConfig.load(Path.of(".")), index, analyzer);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Integer> found(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .stream().map(SearchHit::finding).toList();
    }

    @Test
    void aNounsSynonymDoesNotBringTheVerbOfItsFamily() {
        // "opinión" and "voto" are synonyms; "votar" is a form of "voto", not a way of saying "opiniones"
        assertThat(found("opiniones")).contains(1).doesNotContain(2);
    }

    @Test
    void aSynonymIsNotReadAsAnotherWordThatSharesItsRoot() {
        // "cancel" is a synonym of "mampara"; "cancelaron" only shares its letters
        assertThat(found("mamparas")).contains(4).doesNotContain(3);
    }

    @Test
    void theWrittenWordStillFindsTheFormsOfItsFamily() {
        assertThat(found("retrasos")).contains(5);
    }
}
