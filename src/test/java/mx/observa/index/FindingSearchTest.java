package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.index.SearchResult.FacetCount;
import mx.observa.model.Channel;
import mx.observa.text.FoldingSpanishAnalyzer;

/** Search over a real on-disk index of reports whose understanding is given explicitly. */
class FindingSearchTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private FindingIndex index;
    private Path synonymsFile;
    private FindingSearch search;

    @BeforeEach
    void buildIndex() throws Exception {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-900001").in("Coyoacán", 26).observedOn("2022-05-01").via(Channel.CARPETA)
                .receivedAt("2022-06-01T15:00:00Z")
                .finding("La mesa se instaló a las 9:40 porque faltaban las boletas y la mampara.",
                        "instalacion", "se instaló", "material", "boletas")
                .finding("Una persona con discapacidad no pudo entrar: no había rampa.", "accesibilidad", "discapacidad")
                .build());
        index.replace(report("OBS-2022-900002").in("Álvaro Obregón", 18).observedOn("2022-05-01").via(Channel.CORREO)
                .receivedAt("2022-06-02T15:00:00Z")
                .finding("Faltaron papeletas en la MRO 3 a mediodía.", "material", "papeletas")
                .finding("Se observó propaganda de un proyecto a menos de 50 metros de la casilla.", "proselitismo", "propaganda")
                .build());
        index.replace(report("OBS-2022-900003").in("Iztapalapa", 22).observedOn("2022-04-25").via(Channel.FORMULARIO)
                .receivedAt("2022-06-02T18:00:00Z")
                .finding("El sistema en línea falló y no pude votar por internet durante dos horas.", "remota", "en línea")
                .finding("No se revisó la credencial para votar de varias personas.", "identificacion", "credencial")
                .build());
        index.replace(report("OBS-2022-900004").in("Coyoacán", 26).via(Channel.CARPETA)
                .receivedAt("2022-06-05T15:00:00Z")
                .finding("Texto con <script>alert('x')</script> junto a la urna.", "material", "urna")
                .build());
        index.replace(report("OBS-2022-900005").in("Coyoacán", 26).observedOn("2022-05-01").duplicateOf("OBS-2022-900001")
                .receivedAt("2022-06-05T16:00:00Z")
                .finding("La mesa se instaló a las 9:40 porque faltaban las boletas y la mampara.", "material", "boletas")
                .build());
        index.commit();
        synonymsFile = Files.writeString(tmp.resolve("sinonimos.txt"),
                "# prueba\nboleta, papeleta\nsei, internet, en línea\n", StandardCharsets.UTF_8);
        search = new FindingSearch(index, analyzer, new Synonyms(synonymsFile, analyzer));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    private SearchResult find(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 50));
    }

    private SearchResult find(String q, SearchFilters f) {
        return search.search(new SearchRequest(q, f, SearchRequest.Order.RELEVANCE, 0, 50));
    }

    @Test
    void accentsCaseAndPluralDoNotMatter() {
        assertThat(ids(find("instaló"))).containsExactlyInAnyOrder("OBS-2022-900001#1", "OBS-2022-900005#1");
        assertThat(ids(find("INSTALO"))).isEqualTo(ids(find("instaló")));
        assertThat(ids(find("linea"))).containsExactly("OBS-2022-900003#1");
        assertThat(ids(find("credenciales"))).containsExactly("OBS-2022-900003#2");
    }

    @Test
    void synonymsFromTheEditableFileApplyOnTheNextSearchWithoutReindexing() throws Exception {
        assertThat(ids(find("papeleta"))).containsExactlyInAnyOrder("OBS-2022-900001#1", "OBS-2022-900002#1", "OBS-2022-900005#1");
        assertThat(ids(new FindingSearch(index, analyzer).search(SearchRequest.of("papeleta")))).containsExactly("OBS-2022-900002#1");
        // A multi-word synonym: "SEI" finds the report that says "en línea" / "internet".
        assertThat(ids(find("SEI"))).containsExactly("OBS-2022-900003#1");
        assertThat(ids(find("caja"))).isEmpty();
        // Quotes mean exactly those words: no synonyms inside a phrase.
        assertThat(ids(find("\"papeletas\""))).containsExactly("OBS-2022-900002#1");

        Files.writeString(synonymsFile, "urna, caja de votación, caja\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(synonymsFile, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(ids(find("caja"))).containsExactly("OBS-2022-900004#1");
        assertThat(ids(find("papeleta"))).containsExactly("OBS-2022-900002#1");
    }

    @Test
    void phrasesBooleanOperatorsAndPrefixes() {
        assertThat(ids(find("\"no pude votar\""))).containsExactly("OBS-2022-900003#1");
        assertThat(ids(find("\"votar no pude\""))).isEmpty();
        // Words are ranked, not all required: the findings with both come first, then those with one.
        assertThat(ids(find("boletas mampara")).subList(0, 2)).containsExactlyInAnyOrder("OBS-2022-900001#1", "OBS-2022-900005#1");
        assertThat(ids(find("boletas mampara"))).contains("OBS-2022-900002#1");
        assertThat(ids(find("rampa OR propaganda"))).containsExactlyInAnyOrder("OBS-2022-900001#2", "OBS-2022-900002#2");
        assertThat(ids(find("sistema NOT internet"))).isEmpty();
        assertThat(ids(find("sistema -internet"))).isEmpty();
        assertThat(ids(find("instal*"))).containsExactlyInAnyOrder("OBS-2022-900001#1", "OBS-2022-900005#1");
        assertThat(ids(find("credenci*"))).containsExactly("OBS-2022-900003#2");
        assertThatThrownBy(() -> find("\"sin cerrar")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("No se entendió la búsqueda");
    }

    @Test
    void aTypoWithNoResultsIsRetriedWithSimilarWordsAndSuggestsTheRightOne() {
        SearchResult r = find("bolteas");

        assertThat(ids(r)).contains("OBS-2022-900001#1");
        assertThat(r.correction().fuzzy()).isTrue();
        assertThat(r.correction().missing()).containsExactly("bolteas");
        assertThat(r.correction().suggestion()).isEqualTo("boletas");
        assertThat(r.hits().get(0).snippet()).contains("<mark>boletas</mark>");
    }

    @Test
    void aPlanKeptForAQueryFollowsTheIndexWhenItLearnsTheWord() throws Exception {
        assertThat(find("bolteas").correction().fuzzy()).isTrue();
        assertThat(find("bolteas").correction().fuzzy()).as("the same query again, on the same index").isTrue();

        index.replace(report("OBS-2022-900006").in("Tlalpan", 14).observedOn("2022-05-01")
                .receivedAt("2022-06-06T15:00:00Z")
                .finding("En la lista decía «bolteas» en vez de boletas.", "material", "boletas").build());
        index.commit();

        SearchResult afterwards = find("bolteas");
        assertThat(afterwards.correction()).as("the word is in the index now: nothing to correct").isNull();
        assertThat(ids(afterwards)).containsExactly("OBS-2022-900006#1");
    }

    @Test
    void aMissingWordBesideResultsOnlyGetsASuggestion() {
        SearchResult r = find("rampa OR propagnda");

        assertThat(r.correction().fuzzy()).isFalse();
        assertThat(r.correction().suggestion()).isEqualTo("rampa OR propaganda");
        assertThat(ids(r)).containsExactly("OBS-2022-900001#2");
        assertThat(find("rampa").correction()).isNull();
    }

    @Test
    void facetCountsNarrowWithTheQueryAndAFilterKeepsItsOwnDimensionOpen() {
        SearchResult all = find(null);
        assertThat(all.total()).isEqualTo(8);
        assertThat(counts(all, IndexSchema.ALCALDIA)).containsEntry("Coyoacán", 4L).containsEntry("Álvaro Obregón", 2L)
                .containsEntry("Iztapalapa", 2L);
        assertThat(counts(all, IndexSchema.TOPIC)).containsEntry("material", 4L).containsEntry("remota", 1L);

        SearchResult coyoacan = find(null, new SearchFilters(List.of(), List.of("coyoacan"), List.of(), List.of(), null, null));
        assertThat(coyoacan.total()).isEqualTo(4);
        assertThat(coyoacan.hits()).allSatisfy(h -> assertThat(h.alcaldia()).isEqualTo("Coyoacán"));
        // Drill sideways: the other alcaldías stay visible with their counts, so they can be added.
        assertThat(counts(coyoacan, IndexSchema.ALCALDIA)).containsEntry("Iztapalapa", 2L).containsEntry("Coyoacán", 4L);
        // Other dimensions narrow.
        assertThat(counts(coyoacan, IndexSchema.TOPIC)).doesNotContainKey("remota").containsEntry("material", 3L);

        SearchResult two = find(null, new SearchFilters(List.of(), List.of("Coyoacán", "Iztapalapa"), List.of(), List.of(), null, null));
        assertThat(two.total()).isEqualTo(6);
        SearchResult combined = find("boletas OR credencial",
                new SearchFilters(List.of("material"), List.of(), List.of(26), List.of("carpeta"), null, null));
        assertThat(ids(combined)).containsExactlyInAnyOrder("OBS-2022-900001#1", "OBS-2022-900005#1");
    }

    @Test
    void aSoleFilterWithoutWordsCountsItsOwnDimensionOverTheWholeIndexAsTheIndexChanges() throws Exception {
        SearchResult all = find(null);
        List<SearchFilters> sole = List.of(
                new SearchFilters(List.of("material"), List.of(), List.of(), List.of(), null, null),
                new SearchFilters(List.of(), List.of("iztapalapa"), List.of(), List.of(), null, null),
                new SearchFilters(List.of(), List.of(), List.of(18), List.of(), null, null),
                new SearchFilters(List.of(), List.of(), List.of(), List.of("correo"), null, null));
        List<String> dims = List.of(IndexSchema.TOPIC, IndexSchema.ALCALDIA, IndexSchema.DISTRITO, IndexSchema.CHANNEL);
        for (int i = 0; i < sole.size(); i++) {
            SearchResult r = find(null, sole.get(i));
            // Its own dimension: every value with all its findings, as drill sideways gives it.
            assertThat(r.facets().get(dims.get(i))).isEqualTo(all.facets().get(dims.get(i)));
        }
        // The other dimensions count only what the filter selects.
        SearchResult iztapalapa = find(null, sole.get(1));
        assertThat(iztapalapa.total()).isEqualTo(2);
        assertThat(counts(iztapalapa, IndexSchema.TOPIC)).containsOnlyKeys("remota", "identificacion");
        assertThat(counts(iztapalapa, IndexSchema.CHANNEL)).containsOnlyKeys("formulario");

        index.replace(report("OBS-2022-900006").in("Iztapalapa", 22).via(Channel.CORREO)
                .receivedAt("2022-06-06T15:00:00Z")
                .finding("Faltaron boletas a las diez.", "material", "boletas")
                .build());
        index.commit();
        SearchResult after = find(null, sole.get(1));
        assertThat(after.total()).isEqualTo(3);
        assertThat(counts(after, IndexSchema.ALCALDIA)).containsEntry("Iztapalapa", 3L).containsEntry("Coyoacán", 4L);
        assertThat(counts(after, IndexSchema.TOPIC)).containsEntry("material", 1L);
    }

    @Test
    void dateRangeFiltersTheDayObservedAndTheDateFacetCountsDays() {
        SearchResult mayDay = find(null, new SearchFilters(List.of(), List.of(), List.of(), List.of(),
                LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 1)));

        assertThat(mayDay.hits()).extracting(SearchHit::folio).containsOnly("OBS-2022-900001", "OBS-2022-900002", "OBS-2022-900005");
        assertThat(mayDay.dates()).extracting(SearchResult.DateCount::label, SearchResult.DateCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("25 abr 2022", 2L),
                        org.assertj.core.groups.Tuple.tuple("1 may 2022", 5L));
    }

    @Test
    void sortByDatePutsRecentObservationsFirstAndUndatedLast() {
        SearchResult r = search.search(new SearchRequest(null, SearchFilters.NONE, SearchRequest.Order.DATE, 0, 50));

        List<LocalDate> dates = r.hits().stream().map(SearchHit::date).toList();
        assertThat(dates.subList(0, 5)).containsOnly(LocalDate.of(2022, 5, 1));
        assertThat(dates.subList(5, 7)).containsOnly(LocalDate.of(2022, 4, 25));
        assertThat(dates.get(7)).isNull();
    }

    @Test
    void pagesDoNotOverlapAndCoverTheResult() {
        SearchRequest first = new SearchRequest(null, SearchFilters.NONE, SearchRequest.Order.DATE, 0, 3);
        List<String> page1 = ids(search.search(first));
        List<String> page2 = ids(search.search(first.page(3, 3)));
        List<String> page3 = ids(search.search(first.page(6, 3)));

        assertThat(page1).hasSize(3).doesNotContainAnyElementsOf(page2);
        assertThat(page3).hasSize(2);
        assertThat(ids(search.search(first.page(0, 8)))).containsExactlyElementsOf(
                java.util.stream.Stream.of(page1, page2, page3).flatMap(List::stream).toList());
        assertThat(search.search(first).total()).isEqualTo(8);
    }

    @Test
    void snippetsEscapeReportTextAndMarkOnlyTheMatches() {
        String snippet = find("urna").hits().get(0).snippet();

        assertThat(snippet).contains("&lt;script&gt;").contains("<mark>urna</mark>").doesNotContain("<script>");
        assertThat(find("script").hits().get(0).snippet()).doesNotContain("<script>");
    }

    @Test
    void aReportIsReadBackWholeByFolioWithItsArchiveAddress() {
        IndexedReport r = FindingReader.report(index, "OBS-2022-900002");

        assertThat(r.findings()).extracting(IndexedFinding::number).containsExactly(1, 2);
        assertThat(r.alcaldia()).isEqualTo("Álvaro Obregón");
        assertThat(r.topics()).containsExactly("material", "proselitismo");
        assertThat(r.sha256()).hasSize(64);
        assertThat(FindingReader.report(index, "OBS-2022-999999")).isNull();
        assertThat(search.highlightReport("OBS-2022-900003", "internet"))
                .containsOnlyKeys(1).hasEntrySatisfying(1, t -> assertThat(t).contains("<mark>internet</mark>"));
    }

    @Test
    void dashboardCountsReportsAndFindingsWithoutNearDuplicates() {
        Dashboard d = search.dashboard();

        assertThat(d.reports()).isEqualTo(4);
        assertThat(d.findings()).isEqualTo(7);
        assertThat(d.reportsByAlcaldia()).extracting(FacetCount::value, FacetCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Coyoacán", 2L),
                org.assertj.core.groups.Tuple.tuple("Iztapalapa", 1L),
                org.assertj.core.groups.Tuple.tuple("Álvaro Obregón", 1L));
        assertThat(d.reportsByDay()).extracting(FacetCount::value).containsExactly("2022-06-01", "2022-06-02", "2022-06-05");
        assertThat(d.findingsByTopic()).first().isEqualTo(new FacetCount("material", 3));
    }

    @Test
    void anEmptyIndexAnswersWithNothingRatherThanFailing() throws Exception {
        try (FindingIndex empty = FindingIndex.open(tmp.resolve("vacio"), analyzer, new IndexSchema())) {
            FindingSearch s = new FindingSearch(empty, analyzer);
            SearchResult r = s.search(SearchRequest.of("boletas"));
            assertThat(r.total()).isZero();
            assertThat(r.facets()).isEmpty();
            assertThat(s.dashboard()).isEqualTo(Dashboard.EMPTY);
        }
    }

    private static Map<String, Long> counts(SearchResult r, String dim) {
        return r.facets().get(dim).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }
}
