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

/** Colloquial ways of asking (config/sinonimos.txt) find what the reports say in other words. */
class ColloquialSynonymsTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private FindingIndex index;
    private FindingSearch search;

    @BeforeEach
    void buildIndex() {
        index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        index.replace(report("OBS-2022-000301")
                .finding("Un señor de camisa verde ofrecía llevar en carro a los abuelos hasta la escuela.")
                .finding("La secretaria le contestó de mala manera a un joven que preguntaba por su casilla.")
                .finding("A dos conocidos del responsable no les pidieron la credencial antes de darles su papeleta.")
                .finding("El toldo se cayó con el viento de la tarde.")
                .finding("A mediodía ya esperaban cincuenta personas frente al kiosco.")
                .build());
        // the same words in passages that mean something else
        index.replace(report("OBS-2022-000302")
                .finding("Había dos modos de opinar: en papel o por internet.")
                .finding("La funcionaria revisó la credencial de cada persona.")
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
    void everydayWordsForTheElderlyTheSunPoliceBlowsLeavingAndGiftsFindTheReportsWords() {
        index.replace(report("OBS-2022-000305")
                .finding("Las personas adultas mayores esperaron sentadas junto a la reja.")
                .finding("La mesa quedó a pleno sol y no había dónde resguardarse.")
                .finding("Dos elementos de seguridad pública recorrieron la calle en la tarde.")
                .finding("Dos señores se golpearon frente a la tienda de la esquina.")
                .finding("Un grupo de jóvenes pintó la barda del deportivo.")
                .finding("Al ver la fila, varias personas se retiraron sin opinar.")
                .finding("Repartían despensas a quien prometiera apoyar el proyecto del parque.")
                .build());
        index.commit();

        assertThat(ids("¿atendieron primero a las viejitas?")).first().isEqualTo("OBS-2022-000305#1");
        assertThat(ids("un calorón tremendo toda la tarde")).first().isEqualTo("OBS-2022-000305#2");
        assertThat(ids("había uniformados rondando")).first().isEqualTo("OBS-2022-000305#3");
        assertThat(ids("se agarraron a golpes dos vecinos")).first().isEqualTo("OBS-2022-000305#4");
        assertThat(ids("gente que nomás se daba la vuelta y se iba")).first().isEqualTo("OBS-2022-000305#6");
        assertThat(ids("¿les regalaban cosas para que apoyaran un proyecto?")).first().isEqualTo("OBS-2022-000305#7");
        // a group of young people is not the elderly, nor a wall painted a blow
        assertThat(ids("¿atendieron primero a las viejitas?")).doesNotContain("OBS-2022-000305#5");
        assertThat(ids("se dieron de madrazos")).doesNotContain("OBS-2022-000305#5");
    }

    private List<String> ids(String q) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)).hits()
                .stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    @Test
    void aRideOfferedToGoAndVoteIsFoundAsARide() {
        assertThat(found("daban aventón")).first().isEqualTo(1);
    }

    @Test
    void badMannersAreFoundWhereSomeoneWasAnsweredRudely() {
        assertThat(found("malos modos")).first().isEqualTo(2);
    }

    @Test
    void notAskingForTheCredencialIsFoundHoweverItIsSaid() {
        assertThat(found("sin pedir credencial")).first().isEqualTo(3);
    }

    @Test
    void middayIsFoundWrittenInOneWordOrInTwo() {
        assertThat(found("medio día")).containsExactly(5);
    }

    @Test
    void whereSomeoneHadToGoToOpineAndWhatTheObserverPointedOutAreFoundAsReportsTellThem() {
        index.replace(report("OBS-2022-000304")
                .finding("A tres vecinos de otra colonia el secretario les explicó cuál era su mesa correspondiente.")
                .finding("Su nombre no aparecía en el listado nominal y se fue sin opinar.")
                .finding("Las boletas no tenían folio; se lo comenté a la responsable y las foliaron.")
                .build());
        // the same words where they say something else, in a report whose folio would win a tie
        index.replace(report("OBS-2022-000299")
                .finding("El responsable de la mesa les explicó cómo se marcaba la boleta.")
                .finding("La lista de proyectos estaba pegada en la pared.")
                .build());
        index.commit();

        assertThat(first("¿les dijeron a qué mesa les tocaba?")).isEqualTo("OBS-2022-000304#1");
        assertThat(first("gente que no salía en la lista")).isEqualTo("OBS-2022-000304#2");
        assertThat(first("¿qué arreglaron porque el observador lo hizo notar?")).isEqualTo("OBS-2022-000304#3");
    }

    @Test
    void aDisabilitySaidByWhatThePersonCannotDoIsFoundByItsName() {
        index.replace(report("OBS-2022-000307")
                .finding("Un joven invidente opinó con la plantilla que trajo el capacitador.")
                .finding("Una vecina sorda se entendió por escrito con el secretario.")
                .finding("Un señor en silla de ruedas se quedó en la banqueta porque la mesa estaba en el primer piso.")
                .finding("Desde la avenida no se veía la mesa, tapada por el puesto de periódicos.")
                .build());
        index.commit();

        assertThat(first("¿cómo opinó el muchacho que no ve?")).isEqualTo("OBS-2022-000307#1");
        assertThat(first("una señora que no oía, ¿cómo le explicaron?")).isEqualTo("OBS-2022-000307#2");
        assertThat(first("alguien que no podía caminar se quedó abajo")).isEqualTo("OBS-2022-000307#3");
        // one way only: the name of the disability does not look for a thing that could not be seen
        assertThat(ids("personas invidentes")).doesNotContain("OBS-2022-000307#4");
        assertThat(ids("gente sorda")).doesNotContain("OBS-2022-000307#4");
    }

    @Test
    void aFoldingScreenIsTheMampara() {
        index.replace(report("OBS-2022-000308")
                .finding("La mampara quedó pegada a la ventana y desde el patio se veía todo.")
                .finding("La ventana del salón no cerraba y entraba el aire.")
                .build());
        index.commit();

        assertThat(first("¿dónde pusieron los biombos?")).isEqualTo("OBS-2022-000308#1");
        assertThat(ids("¿dónde pusieron los biombos?")).doesNotContain("OBS-2022-000308#2");
    }

    @Test
    void aWellFilledActaIsOneFilledInCorrectlyWithoutCrossingsOut() {
        index.replace(report("OBS-2022-000306")
                .finding("Terminado el conteo, el acta se llenó correctamente y se pegó afuera.")
                .finding("El acta tenía enmendaduras en la suma de opiniones.")
                .build());
        index.replace(report("OBS-2022-000298")
                .finding("La urna quedó bien llena de opiniones.")
                .finding("Se pegó el acta en la barda.")
                .build());
        index.commit();

        assertThat(first("actas bien llenadas")).isEqualTo("OBS-2022-000306#1");
        assertThat(first("acta con tachones")).isEqualTo("OBS-2022-000306#2");
    }

    @Test
    void whereTheMesaWasPutIsFoundWhereItWasInstalledOrPlaced() {
        index.replace(report("OBS-2022-000307")
                .finding("La mesa se instaló en el patio de la primaria, junto a la cooperativa.")
                .finding("Colocaron la mesa debajo de la carpa del deportivo.")
                .build());
        // the same verbs and the same noun, but not saying where the mesa was put, in a report whose folio would win a tie
        index.replace(report("OBS-2022-000297")
                .finding("Pusieron carteles de los proyectos en la pared, junto a la mesa.")
                .finding("Un señor se puso a gritar cerca de la mesa y luego se colocó en la fila.")
                .finding("Conviene poner más sillas junto a las mesas para quien espera.")
                .build());
        index.commit();

        assertThat(first("¿dónde se pusieron las mesas?")).startsWith("OBS-2022-000307#");
        assertThat(first("¿en qué lugar ubicaron la mesa?")).startsWith("OBS-2022-000307#");

        // a sentence that only puts something else near the mesa is not where the mesa was put
        assertThat(search.search(new SearchRequest("¿dónde colocaron la mesa?", SearchFilters.NONE,
                        SearchRequest.Order.RELEVANCE, 0, 20)).hits().stream().limit(2)
                .map(h -> h.folio() + "#" + h.finding()).toList())
                .containsExactlyInAnyOrder("OBS-2022-000307#1", "OBS-2022-000307#2");

        // what is asked for next time, in the subjunctive
        index.replace(report("OBS-2022-000308")
                .finding("Sugiero que en adelante las mesas se ubiquen en planta baja.")
                .build());
        index.commit();
        assertThat(search.search(new SearchRequest("¿dónde conviene poner las mesas?", SearchFilters.NONE,
                        SearchRequest.Order.RELEVANCE, 0, 20)).hits().stream().limit(3).map(SearchHit::folio).toList())
                .doesNotContain("OBS-2022-000297").contains("OBS-2022-000308");
    }

    @Test
    void whereTheResultsWerePostedIsFoundHoweverThePostingIsSaid() {
        index.replace(report("OBS-2022-000309")
                .finding("Al terminar el conteo, los resultados se pegaron en la cortina de la tortillería.")
                .build());
        // the same verb and the same noun, but not posting the results, in a report whose folio would win a tie
        index.replace(report("OBS-2022-000296")
                .finding("Fijaron la hora del cierre a las cinco y los resultados del conteo tardaron en salir.")
                .build());
        index.commit();

        assertThat(first("¿dónde fijaron los resultados?")).isEqualTo("OBS-2022-000309#1");
        assertThat(first("¿en qué lugar colocaron los resultados?")).isEqualTo("OBS-2022-000309#1");
    }

    private String first(String q) {
        SearchHit hit = search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20))
                .hits().get(0);
        return hit.folio() + "#" + hit.finding();
    }

    @Test
    void middayIsAlsoTheHoursNearNoonWrittenInNumbersButNotAnyNumberNearAnHour() {
        index.replace(report("OBS-2022-000303")
                .finding("Para las 12:40 ya se habían recibido treinta opiniones.")
                .finding("Fila larga de 11 a 13 hrs, con media hora de espera.")
                .finding("A las 9:00 esperaban 12 personas y a las 17:30 cerró la mesa.")
                .build());
        index.commit();

        List<String> noon = search.search(new SearchRequest("¿cuántas opiniones había a medio día?", SearchFilters.NONE,
                        SearchRequest.Order.RELEVANCE, 0, 20)).hits().stream()
                .map(h -> h.folio() + "#" + h.finding()).toList();
        assertThat(noon).contains("OBS-2022-000303#1", "OBS-2022-000303#2", "OBS-2022-000301#5")
                .doesNotContain("OBS-2022-000303#3");
        // one way only: an hour is not asked as "mediodía"
        assertThat(search.search(new SearchRequest("las 12:40", SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20))
                .hits()).extracting(SearchHit::folio).doesNotContain("OBS-2022-000301");
    }

    @Test
    void scenesToldWithoutTheReportsWordsFindThem() {
        index.replace(report("OBS-2022-000311")
                .finding("A la observadora le tomaron fotografías desde la esquina.")
                .finding("Varias personas mostraron su comprobante de domicilio y aun así no pudieron opinar.")
                .finding("Un señor se puso a gritar que la consulta estaba arreglada.")
                .finding("La mampara quedó a contraluz y desde la calle se veía la boleta.")
                .finding("Una vecina se integró a la mesa con autorización de la capacitadora.")
                .finding("La funcionaria les explicó en náhuatl cómo llenar la papeleta.")
                .finding("Un joven repartía volantes en la esquina.")
                .finding("A la persona observadora la hicieron esperar afuera del salón.")
                .build());
        index.commit();

        assertThat(ids("¿a quién le sacaron retratos?")).first().isEqualTo("OBS-2022-000311#1");
        assertThat(ids("enseñaron su recibo de la luz y no los dejaron")).first().isEqualTo("OBS-2022-000311#2");
        assertThat(ids("alguien gritaba que todo era un fraude")).first().isEqualTo("OBS-2022-000311#3");
        assertThat(ids("por el sol se transparentaba la papeleta")).first().isEqualTo("OBS-2022-000311#4");
        assertThat(ids("¿quién dio permiso para que una vecina se sumara?")).first().isEqualTo("OBS-2022-000311#5");
        assertThat(ids("les explicaron en mexicano")).first().isEqualTo("OBS-2022-000311#6");
        assertThat(ids("¿a la que vigilaba la dejaron afuera?")).first().isEqualTo("OBS-2022-000311#8");
        // handing out leaflets is none of these scenes
        assertThat(ids("¿a quién le sacaron retratos?")).doesNotContain("OBS-2022-000311#7");
        assertThat(ids("alguien gritaba que todo era un fraude")).doesNotContain("OBS-2022-000311#7");
    }

    @Test
    void aDiminutiveFindsItsPlainWordAndThePlainWordItsDiminutive() {
        index.replace(report("OBS-2022-000312")
                .finding("La mesa quedó detrás del mercado y la gente no la veía.")
                .finding("Los abuelitos esperaron sentados en la banca.")
                .finding("El capacitador llegó tarde y capacitó a la secretaria en la mesa.")
                .build());
        index.commit();

        assertThat(ids("la mesa junto al mercadito")).first().isEqualTo("OBS-2022-000312#1");
        assertThat(ids("¿dónde esperaron los abuelos?")).first().isEqualTo("OBS-2022-000312#2");
        // a verb that ends like a diminutive is no diminutive of a word that shares its stem
        assertThat(ids("capacidad del local")).doesNotContain("OBS-2022-000312#3");
    }
}
