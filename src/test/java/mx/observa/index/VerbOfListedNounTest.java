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
 * A verb no report writes, built on a noun the synonyms file lists, is searched as that noun with its synonyms, and so
 * is a diminutive no report writes of a word the file lists; a word typed without its accent reaches, through the
 * accent put back, only the verbs of its family.
 */
class VerbOfListedNounTest {

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
                dibujo, dibujos, croquis, esquema
                vigía, vigías, centinela
                cómputo, recuento
                gorra, cachucha, visera
                banco, asiento largo
                librito, cuadernillo
                """);
        synonyms = new Synonyms(file, analyzer);
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-000501")
                .finding("La capacitadora trazó un croquis de la colonia en el pizarrón.")
                .finding("El centinela del estacionamiento cerró el portón a las seis.")
                .finding("El recuento terminó después de las siete de la noche.")
                .finding("El boletín de la alcaldía no traía ninguna información de la sede.")
                .finding("Nos informaron por mensaje que la sede había cambiado.")
                .finding("El informe del comité se leyó en voz alta.")
                .build());
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

    private List<Integer> found(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .stream().map(SearchHit::finding).toList();
    }

    private List<String> foundIn(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    @Test
    void aVerbOfAListedNounFindsTheNounsSynonyms() {
        // no report writes «dibujar» nor «dibujaron»: they are the action of «dibujo», whose synonym «croquis» is there
        assertThat(found("¿alguien se puso a dibujar?")).contains(1);
        assertThat(found("dibujaron")).containsExactly(1);
        assertThat(synonyms.nounsOfVerb("dibujar")).containsExactly("dibujo");
        assertThat(synonyms.nounsOfVerb("dibujaban")).containsExactly("dibujo");
        assertThat(synonyms.nounsOfVerb("dibujad")).containsExactly("dibujo"); // «dibujadas», as indexed
    }

    @Test
    void notAcrossADerivationNorFromANoun() {
        // «vigilante» is no verb form, and «vigía» is not the root of «vigilar»: another word
        assertThat(synonyms.nounsOfVerb("vigilant")).isEmpty();
        assertThat(synonyms.nounsOfVerb("vigilar")).isEmpty();
        // «computadora» shares its Snowball stem with «cómputo» but is a thing, not the action
        assertThat(synonyms.nounsOfVerb("computador")).isEmpty();
        assertThat(found("computadora")).doesNotContain(3);
        // an entry is already its own synonyms
        assertThat(synonyms.nounsOfVerb("dibuj")).isEmpty();
    }

    @Test
    void aWordTypedWithoutItsAccentReachesOnlyTheVerbsOfItsFamily() {
        // «informacion» read as «información» shares «inform» with the verb «informaron» and with the noun «informe»
        assertThat(found("informacion")).contains(4, 5).doesNotContain(6);
        assertThat(WordForms.verbForm("informaron")).isTrue();
        assertThat(WordForms.verbForm("inform")).isFalse(); // «informe» and «informó», as indexed: not told apart
    }

    @Test
    void aDiminutiveNoReportWritesIsSearchedAsItsListedWord() {
        // no report writes «gorrita» nor «banquito»: they are «gorra» and «banco», whose groups are there
        assertThat(foundIn("un señor de gorrita repartiendo papeles")).contains("OBS-2022-000601#1", "OBS-2022-000602#1");
        assertThat(foundIn("¿dónde había un banquito para esperar?")).contains("OBS-2022-000601#2");
        assertThat(synonyms.plainOfDiminutive("gorrit")).containsExactly("gorra");
        assertThat(synonyms.plainOfDiminutive("banquit")).containsExactly("banco"); // «banquitos», as indexed
    }

    @Test
    void notAWordSomeReportWritesNorOneThatOnlyEndsLikeADiminutive() {
        // «gorrita» written in a report is searched as written: the group of «gorra» does not join
        index.replace(report("OBS-2022-000603").finding("Una niña con gorrita rosa acompañaba a su abuela.").build());
        index.commit();
        assertThat(foundIn("gorrita")).contains("OBS-2022-000603#1")
                .doesNotContain("OBS-2022-000601#1", "OBS-2022-000602#1");
        // the file has no «bolso» entry, and «librito» is an entry itself: its own group already holds it
        assertThat(synonyms.plainOfDiminutive("bolsit")).isEmpty();
        assertThat(synonyms.plainOfDiminutive("librit")).isEmpty();
        // too short a plain word to be a diminutive («delito», «visita»), or a word of no listed family («mosquito»)
        assertThat(synonyms.plainOfDiminutive("delit")).isEmpty();
        assertThat(synonyms.plainOfDiminutive("mosquit")).isEmpty();
    }
}
