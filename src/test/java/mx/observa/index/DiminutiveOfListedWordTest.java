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

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A diminutive no report writes, of a word the synonyms file lists, is searched as that word with its synonyms
 * («una gorrita» finds «cachucha»); one some report writes is searched as written, and a word that only ends like a
 * diminutive, or whose plain word the file does not list, is left alone.
 */
class DiminutiveOfListedWordTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private FindingIndex index;
    private FindingSearch search;
    private Synonyms synonyms;

    @BeforeEach
    void buildIndex() throws Exception {
        Path file = tmp.resolve("sinonimos.txt");
        Files.writeString(file, """
                # invented groups, as the file writes them
                gorra, cachucha, visera
                banco, asiento largo
                librito, cuadernillo
                """);
        synonyms = new Synonyms(file, analyzer);
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-000601")
                .finding("Un señor con cachucha verde repartía volantes junto a la entrada del deportivo.")
                .finding("Las personas mayores esperaban sentadas en un asiento largo de madera.")
                .finding("Una bolsita de dulces se quedó olvidada sobre el mostrador.")
                .build());
        index.replace(report("OBS-2022-000602")
                .finding("Un joven con visera azul anotaba los nombres en una libreta.")
                .finding("El bolso del responsable tenía las llaves del salón.")
                .build());
        index.commit();
        search = new FindingSearch(index, analyzer, synonyms);
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
    void aDiminutiveNoReportWritesIsSearchedAsItsListedWord() {
        // no report writes «gorrita» nor «banquito»: they are «gorra» and «banco», whose groups are there
        assertThat(found("un señor de gorrita repartiendo papeles")).contains("OBS-2022-000601#1", "OBS-2022-000602#1");
        assertThat(found("¿dónde había un banquito para esperar?")).contains("OBS-2022-000601#2");
        assertThat(synonyms.plainOfDiminutive("gorrit")).containsExactly("gorra");
        assertThat(synonyms.plainOfDiminutive("banquit")).containsExactly("banco"); // «banquitos», as indexed
    }

    @Test
    void notAWordSomeReportWritesNorOneThatOnlyEndsLikeADiminutive() {
        // «gorrita» written in a report is searched as written: the group of «gorra» does not join
        index.replace(report("OBS-2022-000603").finding("Una niña con gorrita rosa acompañaba a su abuela.").build());
        index.commit();
        assertThat(found("gorrita")).contains("OBS-2022-000603#1")
                .doesNotContain("OBS-2022-000601#1", "OBS-2022-000602#1");
        // the file has no «bolso» entry, and «librito» is an entry itself: its own group already holds it
        assertThat(synonyms.plainOfDiminutive("bolsit")).isEmpty();
        assertThat(synonyms.plainOfDiminutive("librit")).isEmpty();
        // too short a plain word to be a diminutive («delito», «visita»), or a word of no listed family («mosquito»)
        assertThat(synonyms.plainOfDiminutive("delit")).isEmpty();
        assertThat(synonyms.plainOfDiminutive("mosquit")).isEmpty();
    }
}
