package mx.observa.index;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Report;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Queries written the way analysts talk, over a real on-disk index, with the project's configuration (synonyms and
 * paraphrases, query vocabulary, gazetteer, taxonomy rules).
 */
class NaturalSearchTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final ObservaConfig config = ObservaConfig.load(Path.of("."));
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void buildIndex() {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-000001").in("Coyoacán", 26).at("03-099", "MRO-02").source("coyoacan.pdf")
                .finding("A la persona observadora se le negó el acceso durante el escrutinio.", "observacion", "negó el acceso")
                .finding("La mesa se instaló a las 9:00 en el patio de la escuela.", "instalacion", "se instaló")
                .build());
        index.replace(report("OBS-2022-000002").in("Iztapalapa", 24).source("iztapalapa.docx")
                .finding("No dejaron entrar al observador a la mesa receptora.", "observacion", "no dejaron")
                .finding("Faltaron boletas a mediodía y la gente se fue sin opinar.", "material", "boletas")
                .finding("Las boletas sobrantes se inutilizaron al cierre.", "escrutinio", "boletas")
                .build());
        index.replace(report("OBS-2022-000003").in("Tlalpan", 14).source("tlalpan.txt")
                .finding("Llegó un microbús con personas que iban a votar por un proyecto; les daban despensas.",
                        "proselitismo", "despensas")
                .finding("La entrada de la escuela estaba cerrada y la gente tuvo que esperar afuera.")
                .build());
        index.replace(report("OBS-2022-000004").in("Gustavo A. Madero", 4).source("gam.txt")
                .finding("Al cierre se robaron la urna de cartón.", "seguridad", "robaron")
                .finding("La afluencia fue baja durante toda la mañana.", "participacion", "afluencia")
                .finding("La urna rota quedó junto a la mesa del patio.", "material", "urna")
                .finding("La urna llegó completa; la mampara del patio estaba rota.", "material", "mampara")
                .build());
        index.replace(report("OBS-2022-000005").in("Iztapalapa", 24).source("iztapalapa-reenvio.pdf")
                .duplicateOf("OBS-2022-000002")
                .finding("No dejaron entrar al observador a la mesa receptora.", "observacion", "no dejaron")
                .finding("Faltaron boletas a mediodía y la gente se fue sin opinar.", "material", "boletas")
                .build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult find(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 50));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    @Test
    void aQueryWrittenAsPeopleTalkRanksWhatSaysMostOfItFirstAndIsNeverEmpty() {
        SearchResult r = find("¿En qué mesas no dejaron entrar al observador?");

        assertThat(r.total()).isPositive();
        // All its meaningful words first; the same thing said in other words (a paraphrase in sinonimos.txt) next.
        assertThat(ids(r).subList(0, 3)).containsExactlyInAnyOrder("OBS-2022-000002#1", "OBS-2022-000005#1",
                "OBS-2022-000001#1");
        assertThat(ids(r)).doesNotContain("OBS-2022-000003#2").as("'entrada' is not 'entrar', and 'en' is a function word");
    }

    @Test
    void aWordMisspeltBySoundIsSearchedAsTheWordItSoundsLikeEvenBesideWordsThatMatch() {
        SearchResult r = find("la afluensia baja en el patio");

        assertThat(ids(r).get(0)).isEqualTo("OBS-2022-000004#2");
        assertThat(r.correction().missing()).containsExactly("afluensia");
        assertThat(r.correction().suggestion()).isEqualTo("la afluencia baja en el patio");
        assertThat(r.correction().fuzzy()).isTrue();
        // one letter from an indexed word but another sound: a different word, only suggested
        SearchResult other = find("la urna del potio");
        assertThat(other.correction().missing()).containsExactly("potio");
        assertThat(other.correction().fuzzy()).isFalse();
        assertThat(find("la afluencia baja en el patio").correction()).isNull();
    }

    @Test
    void partiesByNameCampaigningLeftoversAnOverwhelmedMesaAndAnErasableThingAreFoundAsReportsWriteThem() {
        index.replace(report("OBS-2022-000201").source("tlahuac.txt")
                .finding("Un señor con gorra de un partido político repartía estampas a quienes hacían fila.")
                .finding("Al final contaron las papeletas sobrantes y las guardaron en un sobre.")
                .finding("La única mesa no se daba abasto; convendría instalar dos mesas en esa colonia.")
                .finding("Las cifras del acta se escribieron a lápiz.")
                .finding("El pan de la kermés se vendió junto a la entrada.")
                .finding("Cada hora se anotaba en la puerta el número de opiniones recibidas.")
                .build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        assertThat(ids(find("gente del PRI grillando en la cola")).get(0)).isEqualTo("OBS-2022-000201#1");
        assertThat(ids(find("¿qué pasó con las boletas que no se usaron?")).subList(0, 2))
                .containsExactlyInAnyOrder("OBS-2022-000201#2", "OBS-2022-000002#3");
        assertThat(ids(find("una sola mesa saturada, pedían otra mesa más")).get(0)).isEqualTo("OBS-2022-000201#3");
        assertThat(ids(find("anotaron las cifras con algo que se borra")).get(0)).isEqualTo("OBS-2022-000201#4");
        assertThat(ids(find("los vecinos podían ver cuántos iban opinando")).get(0)).isEqualTo("OBS-2022-000201#6");
        // a thing that is not erasable is not the pencil, and the bread is no party
        assertThat(ids(find("algo que se rompió"))).doesNotContain("OBS-2022-000201#4");
        assertThat(ids(find("el partido político"))).doesNotContain("OBS-2022-000201#5");
        assertThat(ids(find("pan"))).doesNotContain("OBS-2022-000201#1");
    }

    @Test
    void aQueryThatSaysItWantsToKnowSearchesOnlyWhatItWantsToKnow() {
        assertThat(ids(find("me gustaría saber dónde se robaron la urna")))
                .isEqualTo(ids(find("dónde se robaron la urna")));
        assertThat(ids(find("quisiera saber de la afluencia"))).isEqualTo(ids(find("afluencia")));
    }

    @Test
    void aThingDescribedInsteadOfNamedFindsWhatTheReportsCallIt() {
        // «el bote donde se metían las opiniones» is the urna (descripciones of busqueda.yaml): its findings lead
        List<String> ids = ids(find("¿se llevaron el bote donde se metían las opiniones?"));

        assertThat(ids.subList(0, 3)).containsExactlyInAnyOrder("OBS-2022-000004#1", "OBS-2022-000004#3",
                "OBS-2022-000004#4");
        // without its mark, «bote» is any bote: no urna is asked for
        assertThat(ids(find("un bote de basura junto a la puerta"))).doesNotContain("OBS-2022-000004#1");
    }

    @Test
    void functionWordsNeitherMakeAResultNorChangeTheOrder() {
        assertThat(ids(find("la escuela del patio de la mesa"))).isEqualTo(ids(find("escuela patio mesa")));
        assertThat(find("escuela patio mesa").hits().get(0).finding()).isEqualTo(2);
        // A query of nothing but function words is searched as written.
        assertThat(find("de la").total()).isPositive();
    }

    @Test
    void otherFormsOfAWordAndParaphrasesMatchButNotBetweenQuotes() {
        assertThat(ids(find("robo de urnas"))).first().isEqualTo("OBS-2022-000004#1");
        assertThat(ids(find("\"robo\""))).isEmpty();
        // "poca gente" is said "la afluencia fue baja": a paraphrase whose words may come apart and in another order.
        assertThat(ids(find("poca gente"))).contains("OBS-2022-000004#2");
        assertThat(ids(find("\"poca gente\""))).isEmpty();
    }

    @Test
    void whatRanOutIsFoundWhereItIsSaidItWasMissingButNotTheOtherWayRound() {
        // "se acabaron" / "se terminaron" also find "faltaron": the passage about the missing ballots before the one
        // that only says "boletas".
        assertThat(ids(find("se acabaron las boletas")).get(0)).isIn("OBS-2022-000002#2", "OBS-2022-000005#2");
        assertThat(ids(find("se terminaron las papeletas")).get(0)).isIn("OBS-2022-000002#2", "OBS-2022-000005#2");
        // Not everything missing ran out: "faltó" is not widened to "se acabó".
        index.replace(report("OBS-2022-000020").finding("Se acabó la luz en la calle a las 19:00.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);
        assertThat(ids(find("faltó"))).doesNotContain("OBS-2022-000020#1");
        assertThat(ids(find("se terminaron"))).contains("OBS-2022-000020#1");
    }

    @Test
    void peopleWhoLeftAreFoundHoweverTheReportSaysTheyLeft() {
        index.replace(report("OBS-2022-000021").finding("Varias vecinas se retiraron molestas de la fila.").build());
        index.replace(report("OBS-2022-000022").finding("Una vecina se quejó de la fila y esperó su turno.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        // "se fueron" is said "se retiraron"; staying in the line is not leaving it.
        assertThat(ids(find("se fueron"))).contains("OBS-2022-000021#1").doesNotContain("OBS-2022-000022#1");
    }

    @Test
    void aSuperlativeFindsItsPlainAdjectiveAndThePlainOneFindsTheSuperlative() {
        index.replace(report("OBS-2022-000023").finding("El conteo fue rápido y sin errores.").build());
        index.replace(report("OBS-2022-000024").finding("Abrieron tardísimo porque no llegaba la responsable.").build());
        index.replace(report("OBS-2022-000025").finding("Las filas fueron largas toda la mañana.").build());
        index.replace(report("OBS-2022-000026").finding("Hubo poca gente a mediodía.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        // People write the emphatic form for the plain one, in queries and in reports alike.
        assertThat(ids(find("rapidísimo"))).containsExactly("OBS-2022-000023#1");
        assertThat(ids(find("abrieron tarde"))).first().isEqualTo("OBS-2022-000024#1");
        assertThat(ids(find("filas larguísimas"))).first().isEqualTo("OBS-2022-000025#1");
        assertThat(ids(find("poquísima gente"))).contains("OBS-2022-000026#1");
        // Not between quotes: there the words are exactly those.
        assertThat(ids(find("\"rapidísimo\""))).isEmpty();
    }

    @Test
    void anObserverSentAwayIsFoundHoweverTheReportSaysIt() {
        index.replace(report("OBS-2022-000027").finding("Las personas funcionarias me pidieron salir durante el conteo.").build());
        index.replace(report("OBS-2022-000028").finding("El conteo terminó a las 18:00 y corrieron los resultados.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        // "corrieron a" someone is sending them away; the observer writes it in the first person.
        // (as is "se le negó el acceso" to the observer of the fixture; the results that only say "conteo" come later)
        List<String> sentAway = ids(find("corrieron a la observadora del conteo"));
        assertThat(sentAway.subList(0, 2)).containsExactlyInAnyOrder("OBS-2022-000027#1", "OBS-2022-000001#1");
        assertThat(sentAway.indexOf("OBS-2022-000028#1")).isNotIn(0, 1);
        assertThat(ids(find("sacaron a la observadora"))).contains("OBS-2022-000027#1");
    }

    @Test
    void wordsNextToEachOtherRankAboveTheSameWordsApart() {
        assertThat(ids(find("urna rota")).subList(0, 2)).containsExactly("OBS-2022-000004#3", "OBS-2022-000004#4");
        assertThat(ids(find("rota la urna")).get(0)).isEqualTo("OBS-2022-000004#3");
    }

    @Test
    void aPlaceWhoseFindingsSayLittleOfTheWordsShowsTheRestOfThePlaceAfterThem() {
        SearchResult r = find("urna rota en GAM");

        assertThat(ids(r).subList(0, 2)).containsExactly("OBS-2022-000004#3", "OBS-2022-000004#4");
        assertThat(r.total()).as("every finding of the place, the matches first").isEqualTo(4);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.folio()).isEqualTo("OBS-2022-000004"));
        assertThat(ids(r)).contains("OBS-2022-000004#2");
        // Without a place, the words (and their topic) select: the finding about turnout is no result.
        assertThat(ids(find("urna rota"))).doesNotContain("OBS-2022-000004#2");
    }

    @Test
    void placesNamedInTheQueryAreFiltersThatCanBeRemoved() {
        SearchResult r = find("boletas en Iztapalapa");

        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.alcaldia()).isEqualTo("Iztapalapa"));
        assertThat(r.appliedFilters()).containsExactly(
                new AppliedFilter(AppliedFilter.ALCALDIA, "Iztapalapa", "Iztapalapa", "Iztapalapa", "boletas"));
        SearchResult coyoacan = find("escuela en Coyoacán");
        assertThat(coyoacan.hits()).extracting(SearchHit::alcaldia).containsOnly("Coyoacán");
        SearchResult widened = find(coyoacan.appliedFilters().get(0).queryWithout());
        assertThat(widened.appliedFilters()).isEmpty();
        assertThat(widened.hits()).extracting(SearchHit::alcaldia).contains("Coyoacán", "Tlalpan");

        assertThat(find("urna en el distrito local 4").hits()).extracting(SearchHit::folio).containsOnly("OBS-2022-000004");
        assertThat(find("entrada DD XIV").appliedFilters()).extracting(AppliedFilter::label).containsExactly("Distrito 14");
        assertThat(find("escrutinio UT 03-099").hits()).extracting(SearchHit::folio).containsOnly("OBS-2022-000001");
        assertThat(find("escuela en la MRO 2").hits()).extracting(SearchHit::folio).containsOnly("OBS-2022-000001");
        assertThat(find("boletas en GAM").appliedFilters()).extracting(AppliedFilter::value).containsExactly("Gustavo A. Madero");
    }

    @Test
    void aUtNamedByItsNameAloneBringsItsFindingsBesideTheWordsAndColoniaFiltersOnTheFamily() {
        index.replace(report("OBS-2022-000006").in("Benito Juárez", 26).at("14-068", "MRO-01").source("bj.txt")
                .finding("La fila avanzó rápido y la escuela tenía rampa.", "accesibilidad", "rampa").build());
        index.replace(report("OBS-2022-000007").in("Benito Juárez", 17).source("norte.txt")
                .finding("En Portales Norte la escuela abrió tarde.", "instalacion", "abrió tarde").build());
        index.commit();

        SearchResult named = find("¿Qué pasó en la escuela de Portales?");
        // The catalogue's PORTALES I to IV by name alone: no filter (a report may write the name with another clave),
        // the words still count, and the findings of those UTs join them.
        assertThat(named.appliedFilters()).isEmpty();
        assertThat(ids(named).subList(0, 2)).containsExactlyInAnyOrder("OBS-2022-000006#1", "OBS-2022-000007#1");

        SearchResult colonia = find("escuela en la colonia Portales");
        assertThat(colonia.appliedFilters()).extracting(AppliedFilter::value).containsExactly("14-066,14-067,14-068,14-069");
        assertThat(colonia.hits()).extracting(SearchHit::folio).containsOnly("OBS-2022-000006");
    }

    @Test
    void aUtNameThatStartsALongerNameIsNeitherAFilterNorItsFindings() {
        index.replace(report("OBS-2022-000006").in("Benito Juárez", 26).at("14-068", "MRO-01").source("bj.txt")
                .finding("La mesa tenía rampa y la fila avanzó rápido.", "accesibilidad", "rampa").build());
        index.replace(report("OBS-2022-000008").in("Benito Juárez", 17).source("sur.txt")
                .finding("Observé la mesa instalada en Portales Sur, junto al mercado.").build());
        index.commit();

        // The catalogue has PORTALES I to IV but no PORTALES SUR: "de Portales Sur" names a place of its own.
        SearchResult longer = find("¿Cómo les fue en la mesa de Portales Sur?");
        assertThat(longer.appliedFilters()).isEmpty();
        assertThat(ids(longer).get(0)).isEqualTo("OBS-2022-000008#1");
        // The name alone still filters on the family.
        assertThat(find("mesa en la colonia Portales").appliedFilters()).extracting(AppliedFilter::value)
                .containsExactly("14-066,14-067,14-068,14-069");
    }

    @Test
    void aMovedMesaAndAConsultaNobodyKnewAboutAreFoundHoweverTheyAreTold() {
        index.replace(report("OBS-2022-000029").finding("La mesa se cambió de lugar porque el patio estaba ocupado.").build());
        index.replace(report("OBS-2022-000030").finding("Los vecinos no se enteraron de la consulta: no hubo carteles.").build());
        index.replace(report("OBS-2022-000031").finding("La mesa estaba en su lugar de siempre y la gente sabía llegar.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        assertThat(ids(find("la mesa se mudó a otro sitio")).get(0)).isEqualTo("OBS-2022-000029#1");
        assertThat(ids(find("nadie sabía que había consulta")).get(0)).isEqualTo("OBS-2022-000030#1");
    }

    @Test
    void staffWhoKnewTheirJobIsFoundHoweverItIsSaidAndItsNegationFindsTheOpposite() {
        index.replace(report("OBS-2022-000032").finding("El secretario conocía bien el procedimiento y resolvió cada duda al momento.").build());
        index.replace(report("OBS-2022-000033").finding("Los escrutadores no sabían qué hacer con las papeletas marcadas dos veces.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        // «saber su chamba» is how people say it; a report writes «conocía bien el procedimiento».
        assertThat(ids(find("funcionarios que sabían su chamba")).get(0)).isEqualTo("OBS-2022-000032#1");
        // The negated phrase is its own way of speaking: the longest phrase wins, so it is not the competent one.
        List<String> untrained = ids(find("el personal no estaba bien capacitado"));
        assertThat(untrained.get(0)).isEqualTo("OBS-2022-000033#1");
        assertThat(untrained).doesNotContain("OBS-2022-000032#1");
    }

    @Test
    void colloquialQuantitiesAndEmptyMesasAreFoundAsTheReportsSayThem() {
        index.replace(report("OBS-2022-000034").finding("A partir de las once hubo mucha gente esperando su turno.").build());
        index.replace(report("OBS-2022-000035").finding("Pasadas las cuatro ya no llegaba nadie a la mesa.").build());
        index.replace(report("OBS-2022-000036").finding("La espera se hizo larga porque buscaban cada nombre a mano.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        assertThat(ids(find("un montón de gente")).get(0)).isEqualTo("OBS-2022-000034#1");
        assertThat(ids(find("mesas que se quedaron vacías")).get(0)).isEqualTo("OBS-2022-000035#1");
        assertThat(ids(find("¿por qué iba tan despacio la fila?")).get(0)).isEqualTo("OBS-2022-000036#1");
    }

    @Test
    void theAfternoonIsATimeOfDayAndWhatNeighboursToldIsReportedSpeech() {
        index.replace(report("OBS-2022-000037").finding("Después de la comida bajó mucho el número de opiniones.").build());
        index.replace(report("OBS-2022-000038").finding("La capacitadora llegó tarde a la mesa.").build());
        index.replace(report("OBS-2022-000039").finding("Una vecina me comentó que nunca supo de los proyectos.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        // «en la tarde» is the afternoon («después de la comida»), not arriving late.
        List<String> afternoon = ids(find("opiniones en la tarde"));
        assertThat(afternoon.get(0)).isEqualTo("OBS-2022-000037#1");
        assertThat(afternoon).doesNotContain("OBS-2022-000038#1");
        assertThat(ids(find("¿qué dijeron los vecinos de los proyectos?")).get(0)).isEqualTo("OBS-2022-000039#1");
    }

    @Test
    void tellingVotersWhatToMarkAndCountingInPublicAreFoundAsPeopleSayThem() {
        index.replace(report("OBS-2022-000040").finding("Junto a la fila un señor estuvo pidiendo el voto para el proyecto del parque.").build());
        index.replace(report("OBS-2022-000041").finding("Las boletas se contaron frente a los vecinos que esperaban el resultado.").build());
        index.replace(report("OBS-2022-000042").finding("Las boletas se contaron en la bodega, con la puerta cerrada.").build());
        index.commit();
        search = FindingSearch.configured(config, index, analyzer);

        assertThat(ids(find("le andaban diciendo a la gente qué número marcar")).get(0)).isEqualTo("OBS-2022-000040#1");
        // «andar» + gerund is a colloquial progressive: «andaban» says how, not what.
        assertThat(ids(find("andaban repartiendo volantes"))).isEqualTo(ids(find("repartiendo volantes")));
        assertThat(ids(find("¿contaron las papeletas delante de la gente?")).get(0)).isEqualTo("OBS-2022-000041#1");
    }

    @Test
    void whatIsAskedForNextTimeIsARecommendation() {
        assertThat(find("¿dónde piden que se pongan las mesas la próxima vez?").topics()).contains("recomendacion");
        assertThat(find("¿qué quieren para la otra?").topics()).contains("recomendacion");
        assertThat(find("¿dónde se pusieron las mesas?").topics()).doesNotContain("recomendacion");
    }

    @Test
    void aDistritoAbbreviatedWithItsNumberInWordsOrBeforeItFiltersTheSearch() {
        assertThat(find("DL catorce").hits()).extracting(SearchHit::distrito).containsOnly(14).isNotEmpty();
        assertThat(find("XXVI DD").hits()).extracting(SearchHit::distrito).containsOnly(26).isNotEmpty();
    }

    @Test
    void aQueryThatOnlyNamesAPlaceShowsAllOfThatPlace() {
        SearchResult r = find("¿qué pasó en el distrito 24?");

        assertThat(r.total()).isEqualTo(5);
        assertThat(r.hits()).extracting(SearchHit::distrito).containsOnly(24);
    }

    @Test
    void theQueryTopicRanksItsFindingsAboveIncidentalMatchesAndIsOffered() {
        SearchResult r = find("llevaron votantes en microbús y les dieron despensas para que votaran");

        assertThat(r.topics()).contains("proselitismo");
        assertThat(ids(r).get(0)).isEqualTo("OBS-2022-000003#1");
        // A description brings its topic's findings even without its words; a single word does not.
        SearchResult described = find("compra de votos y acarreo de gente");
        assertThat(described.topics()).contains("proselitismo");
        assertThat(ids(described)).contains("OBS-2022-000003#1");
        SearchResult word = find("acarreo");
        assertThat(word.topics()).contains("proselitismo");
        assertThat(word.total()).isZero();
    }

    @Test
    void explicitSyntaxKeepsItsMeaning() {
        assertThat(ids(find("\"negó el acceso\""))).containsExactly("OBS-2022-000001#1");
        assertThat(ids(find("boletas NOT mediodía"))).containsExactly("OBS-2022-000002#3");
        assertThat(ids(find("microb*"))).containsExactly("OBS-2022-000003#1");
        // a whole word before the * still finds its forms, although the index holds stems shorter than the word
        assertThat(ids(find("boleta*"))).isNotEmpty().containsExactlyInAnyOrderElementsOf(ids(find("bolet*")));
        assertThat(ids(find("mampara*"))).isNotEmpty().containsExactlyInAnyOrderElementsOf(ids(find("mampar*")));
        assertThat(ids(find("+observador +escrutinio"))).containsExactly("OBS-2022-000001#1");
    }

    @Test
    void byReportOneRowPerReportWithItsBestFindingAndItsOtherDeliveriesOnce() {
        SearchRequest request = new SearchRequest("boletas", SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 10,
                SearchRequest.Grouping.REPORT, null);
        SearchResult r = search.search(request);

        assertThat(r.totalReports()).isEqualTo(1);
        assertThat(r.reports()).hasSize(1);
        SearchResult.ReportHit row = r.reports().get(0);
        assertThat(row.best().folio()).isIn("OBS-2022-000002", "OBS-2022-000005");
        assertThat(row.alsoSentAs()).extracting(SearchResult.Delivery::source)
                .containsExactly(row.best().folio().equals("OBS-2022-000002") ? "iztapalapa-reenvio.pdf" : "iztapalapa.docx");
        assertThat(row.moreFindings()).isEqualTo(row.best().folio().equals("OBS-2022-000002") ? 1 : 0);
        assertThat(r.total()).isEqualTo(3);

        SearchResult all = search.search(new SearchRequest("la mesa", SearchFilters.NONE, SearchRequest.Order.RELEVANCE,
                0, 2, SearchRequest.Grouping.REPORT, null));
        SearchResult next = search.search(new SearchRequest("la mesa", SearchFilters.NONE, SearchRequest.Order.RELEVANCE,
                2, 2, SearchRequest.Grouping.REPORT, null));
        assertThat(all.totalReports()).isEqualTo(3);
        assertThat(all.reports()).hasSize(2);
        assertThat(next.reports()).hasSize(1);
        assertThat(next.reports().get(0).best().folio()).isNotIn(all.hits().stream().map(SearchHit::folio).toList());
    }

    @Test
    void moreLikeThisFindsTheSameThingInOtherReports() {
        SearchResult like = search.search(SearchRequest.of(null).like("OBS-2022-000002#1").page(0, 20));

        assertThat(like.hits()).isNotEmpty();
        assertThat(like.hits()).extracting(SearchHit::folio).doesNotContain("OBS-2022-000002", "OBS-2022-000005");
        assertThat(ids(like).get(0)).isEqualTo("OBS-2022-000001#1");
        assertThatThrownBy(() -> search.search(SearchRequest.of(null).like("OBS-2022-999999#1")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("No existe el hallazgo");
    }

    @Test
    void findingsOfKindIncidenciaComeFirstWhenTheQueryAsksAboutAProblem() throws Exception {
        Path dir = tmp.resolve("con-tipo");
        IndexSchema schema = new IndexSchema();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer))) {
            addWithKind(writer, schema, report("OBS-2022-000101").finding("Los carteles estaban cerca de la mesa.").build(),
                    "conforme");
            addWithKind(writer, schema, report("OBS-2022-000102").finding(
                    "Pegaron carteles de un proyecto en la barda, bastante cerca de donde estaba la mesa.").build(),
                    "incidencia");
        }
        try (ReadOnlyIndex withKinds = ReadOnlyIndex.openIfExists(dir)) {
            FindingSearch s = FindingSearch.configured(config, withKinds, analyzer);
            assertThat(s.search(SearchRequest.of("carteles cerca de la mesa")).hits().get(0).folio())
                    .as("no problem asked: the closer wording wins").isEqualTo("OBS-2022-000101");
            assertThat(s.search(SearchRequest.of("no quitaron los carteles cerca de la mesa")).hits().get(0).folio())
                    .as("a problem asked: the incident wins").isEqualTo("OBS-2022-000102");
        }
        // Without the field (an index made before kinds) the same query still runs and ranks by its words.
        assertThat(find("no quitaron los carteles cerca de la mesa").correction()).isNotNull();
    }

    @Test
    void wordsNoFindingHasFindTheReportsWhoseHeaderHasThemWithoutItsPersonalDataAndNeverDisplaceAResult() {
        index.replace(report("OBS-2022-000006").in("Cuauhtémoc", 9).source("tlatelolco.html")
                .header("Informe de observación – Nonoalco-Tlatelolco\nObservadora: Rosa Quintero Lara")
                .personal("Rosa Quintero Lara")
                .finding("La mesa abrió con cuarenta minutos de retraso.", "instalacion", "retraso")
                .finding("El cómputo terminó a las 17:50.")
                .build());
        index.commit();

        SearchResult r = find("¿Qué pasó en Tlatelolco?");
        assertThat(ids(r)).as("the title is no finding: the report's findings are the last resort")
                .containsExactlyInAnyOrder("OBS-2022-000006#1", "OBS-2022-000006#2");
        assertThat(r.total()).isEqualTo(2);
        assertThat(find("tlatelolco").total()).isEqualTo(2);
        assertThat(find("Quintero").total()).as("the observer's name is personal: not in the header").isZero();
        // a word no finding says is looked for in the headers, beside the words the findings say
        assertThat(ids(find("boletas tlatelolco")).subList(0, 5)).containsExactlyInAnyOrder("OBS-2022-000002#2",
                "OBS-2022-000002#3", "OBS-2022-000005#2", "OBS-2022-000006#1", "OBS-2022-000006#2");
        assertThat(ids(find("boletas en Tlatelolco")).subList(0, 5)).containsExactlyInAnyOrder("OBS-2022-000002#2",
                "OBS-2022-000002#3", "OBS-2022-000005#2", "OBS-2022-000006#1", "OBS-2022-000006#2");
        assertThat(ids(find("boletas"))).as("a word the findings say is not looked for in the headers")
                .containsExactlyInAnyOrder("OBS-2022-000002#2", "OBS-2022-000002#3", "OBS-2022-000005#2");
        assertThat(find("\"Nonoalco Tlatelolco\"").total()).as("the explicit syntax means the findings' words").isZero();
    }

    @Test
    void aPlaceNoFindingIsOfIsNoFilterAndAWordOnlyAReportsHeaderSaysFindsThatReport() {
        index.replace(report("OBS-2022-000008").in("Xochimilco", 25).source("tulyehualco.txt")
                .header("INFORME DE OBSERVACIÓN\nUnidad Territorial: Santiago Tulyehualco (Pblo)")
                .finding("Una persona en silla de ruedas no pudo acercarse a la mesa.", "accesibilidad", "silla de ruedas")
                .finding("Acudieron alrededor de 100 personas.", "participacion", "personas")
                .build());
        index.commit();

        // no finding is of MRO-07: its words are searched instead of showing an empty page
        SearchResult mesa = find("urna rota en la MRO 7");
        assertThat(mesa.appliedFilters()).isEmpty();
        assertThat(ids(mesa).get(0)).isEqualTo("OBS-2022-000004#3");
        assertThat(find("urna rota en la MRO 2").appliedFilters()).as("a mesa some finding is of filters")
                .extracting(AppliedFilter::value).containsExactly("MRO-02");
        // "tulyehualco" is in no finding, only in a report's place lines: that report's findings lead
        assertThat(ids(find("tulyehualco: gente que no podía llegar a la mesa")).get(0)).isEqualTo("OBS-2022-000008#1");
        assertThat(ids(find("la gente no podía llegar a la mesa"))).as("without the place, the header does not count")
                .doesNotContain("OBS-2022-000008#2");
    }

    @Test
    void aColoniaThatReportsNameInTheirHeaderIsAPlaceOfTheQuery() {
        index.replace(report("OBS-2022-000007").in("Xochimilco", 25).source("atlapulco.docx")
                .header("Reporte de observación – San Gregorio\nXochi, distrito 25, UT 13-027 San Gregorio Atlapulco, MRO-02")
                .finding("Las boletas llegaron completas y la mesa abrió a tiempo.", "material", "boletas")
                .finding("La afluencia fue buena todo el día.", "participacion", "afluencia")
                .build());
        index.commit();

        assertThat(ids(find("¿Cómo les fue en San Gregorio Atlapulco?")).subList(0, 2))
                .as("the place's findings lead")
                .containsExactlyInAnyOrder("OBS-2022-000007#1", "OBS-2022-000007#2");
        assertThat(ids(find("boletas en San Gregorio Atlapulco")).get(0)).as("the place's finding leads")
                .isEqualTo("OBS-2022-000007#1");
        assertThat(find("boletas en San Gregorio Atlapulco").total()).as("the others with the words follow")
                .isGreaterThan(2);
        assertThat(HeaderPlaces.names("¿qué pasó en Santa María la Ribera y en la Narvarte?"))
                .contains("Santa María la Ribera", "Narvarte");
        assertThat(HeaderPlaces.names("Boletas que faltaron en la mesa")).as("a capital that starts the query is no name")
                .isEmpty();
    }

    private static void addWithKind(IndexWriter writer, IndexSchema schema, Report report, String kind) throws Exception {
        for (Document doc : schema.documents(report)) {
            doc.add(new StringField(RankingQuery.KIND_FIELD, kind, Field.Store.YES));
            writer.addDocument(doc);
        }
    }
}
