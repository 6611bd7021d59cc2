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
 * A several-word synonym of a word the analyst wrote («teléfono inteligente» for «celular», sinonimos.txt) weighs no
 * more than that word: BM25 adds up a phrase's words, so the synonym alone outweighed a rare word the query also asked
 * for. It still finds what it found.
 */
class SynonymPhraseWeightTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final ObservaConfig config = ObservaConfig.load(Path.of("."));
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void open() {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        // «celular» is said in several findings; «teléfono inteligente» and «charco» in one each
        index.replace(report("OBS-2022-000801").finding("El teléfono inteligente de la capacitadora sonó toda la tarde.").build());
        index.replace(report("OBS-2022-000802").finding("Pidieron prestado un celular para avisar a la sede.").build());
        index.replace(report("OBS-2022-000803").finding("El celular del responsable se quedó sin saldo.").build());
        index.replace(report("OBS-2022-000804").finding("Con un celular tomaron la foto del cartel de resultados.").build());
        index.replace(report("OBS-2022-000805").finding("A media mañana un señor resbaló en el charco de la entrada.").build());
        index.replace(report("OBS-2022-000806").finding("La fila avanzó sin contratiempos hasta el cierre.").build());
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

    @Test
    void theRareWordAskedComesBeforeASeveralWordSynonymOfACommonOne() {
        // a phone fallen in a puddle: the puddle is what is rare; «teléfono inteligente» only says «celular»
        assertThat(found("¿dónde se le cayó el celular a alguien en un charco?")).first()
                .isEqualTo("OBS-2022-000805#1");
    }

    @Test
    void theSeveralWordSynonymStillFindsWhatTheWordAskedStandsFor() {
        assertThat(found("¿quién se quedó con el celular?")).contains("OBS-2022-000801#1", "OBS-2022-000802#1",
                "OBS-2022-000803#1", "OBS-2022-000804#1").doesNotContain("OBS-2022-000806#1");
    }
}
