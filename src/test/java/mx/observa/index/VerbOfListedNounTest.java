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
 * A verb no report writes, built on a noun the synonyms file lists, is searched as that noun with its synonyms; and a
 * word typed without its accent reaches, through the accent put back, only the verbs of its family.
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
}
