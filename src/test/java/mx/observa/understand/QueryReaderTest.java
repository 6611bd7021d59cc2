package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;

/** A search query read with the project's gazetteer, taxonomy rules and query vocabulary. */
class QueryReaderTest {

    private final QueryReader reader = QueryReader.load(ObservaConfig.load(Path.of(".")), Fixtures.ANALYZER);

    private List<QueryReader.Place> places(String q) {
        return reader.places(q);
    }

    @Test
    void alcaldiasAreFoundByNameAndVariantWithTheirCueWords() {
        assertThat(places("incidencias en la alcaldía Iztapalapa"))
                .extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.ALCALDIA, "Iztapalapa"));
        String q = "incidencias en la alcaldía Iztapalapa";
        QueryReader.Place p = places(q).get(0);
        assertThat(q.substring(p.start(), p.end())).isEqualTo("alcaldía Iztapalapa");

        assertThat(places("boletas en GAM")).extracting(QueryReader.Place::value).containsExactly("Gustavo A. Madero");
        assertThat(places("boletas en Izt")).extracting(QueryReader.Place::value).containsExactly("Iztapalapa");
        assertThat(places("mesas de cuajimalpa")).extracting(QueryReader.Place::value).containsExactly("Cuajimalpa de Morelos");
        assertThat(places("alvaro obregon sin acentos")).extracting(QueryReader.Place::value).containsExactly("Álvaro Obregón");
        // Lower-case "bj" or "mc" are not read as places; "Calzada de Tlalpan" is a street.
        assertThat(places("el mc de la mesa")).isEmpty();
        assertThat(places("bj sin boletas")).isEmpty();
        // ...unless after the article an alcaldía takes; three lower-case letters are no Spanish word
        assertThat(places("¿hubo acarreo en la bj?")).extracting(QueryReader.Place::value).containsExactly("Benito Juárez");
        assertThat(places("en la gam, ¿llegaron tarde las urnas?")).extracting(QueryReader.Place::value)
                .containsExactly("Gustavo A. Madero");
        assertThat(places("gam: mesas sin sombra")).extracting(QueryReader.Place::value).containsExactly("Gustavo A. Madero");
        assertThat(places("gamuza en la mesa")).isEmpty();
        assertThat(places("puesto en Calzada de Tlalpan")).isEmpty();
    }

    @Test
    void distritosInEveryWrittenFormUtClavesAndNamesAndMesas() {
        assertThat(places("¿qué pasó en el distrito 24?")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.DISTRITO, "24"));
        assertThat(places("acarreo DD XXIV")).extracting(QueryReader.Place::value).containsExactly("24");
        assertThat(places("boletas en el distrito local 7")).extracting(QueryReader.Place::value).containsExactly("7");
        assertThat(places("acarreo en el distrito XIV")).extracting(QueryReader.Place::label).containsExactly("Distrito 14");
        assertThat(places("UT 14-068")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.UT, "14-068"));
        assertThat(places("urnas en la colonia Portales III")).extracting(QueryReader.Place::value).containsExactly("14-068");
        assertThat(places("la MRO 3 abrió tarde")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.MRO, "MRO-03"));
        assertThat(places("distrito 24 en Iztapalapa")).extracting(QueryReader.Place::kind)
                .containsExactly(QueryReader.PlaceKind.DISTRITO, QueryReader.PlaceKind.ALCALDIA);
        assertThat(places("faltaron 24 boletas")).isEmpty();
    }

    @Test
    void aUtOfAnotherAlcaldiaThanTheOneTheQueryNamesIsNoFilter() {
        assertThat(places("urnas en la colonia Portales III, Benito Juárez")).extracting(QueryReader.Place::kind)
                .containsExactly(QueryReader.PlaceKind.UT, QueryReader.PlaceKind.ALCALDIA);
        // PORTALES III is in Benito Juárez: with Coyoacán named, the alcaldía the person wrote is the filter
        assertThat(places("urnas en la colonia Portales III, Coyoacán")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.ALCALDIA, "Coyoacán"));
    }

    @Test
    void aUtNamedByItsNameAloneIsReadApartAndANameWithoutItsNumeralIsTheFamily() {
        // with "colonia" before it: a filter on every UT of the family, in one place
        assertThat(places("boletas en la colonia Portales")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.UT, "14-066,14-067,14-068,14-069"));
        // a name without its suffix also names its namesakes with one in that alcaldía (reports write "col
        // cosmopolita ampl"); with the suffix written, only that one
        assertThat(places("col cosmopolita abrieron tarde")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.UT, "02-010,02-011"));
        assertThat(places("colonia Cosmopolita Ampliación")).extracting(QueryReader.Place::value)
                .containsExactly("02-011");
        // without a cue: not a filter, a named UT (a proper name after other words, or the whole query)
        assertThat(places("¿Qué vieron los observadores en Portales?")).isEmpty();
        assertThat(reader.namedUts("¿Qué vieron los observadores en Portales?"))
                .extracting(QueryReader.Place::value).containsExactly("14-066,14-067,14-068,14-069");
        assertThat(reader.namedUts("agricola oriental")).extracting(QueryReader.Place::label)
                .containsExactly("UT agricola oriental (8 unidades territoriales)");
        // lower case inside a sentence, a name at the start of a longer query, or another place's words: not a UT
        assertThat(reader.namedUts("vieron portales rotos")).isEmpty();
        assertThat(reader.namedUts("Portales rotos en la mesa")).isEmpty();
        assertThat(reader.namedUts("incidencias en la Miguel Hidalgo")).isEmpty();
    }

    @Test
    void topicsComeFromTheRulesThatClassifyFindings() {
        assertThat(reader.topics("acarreo y compra de votos")).containsKey("proselitismo");
        assertThat(reader.topics("¿Hubo golpes o riñas?")).containsKey("seguridad");
        assertThat(reader.topics("la mesa")).isEmpty();
    }

    @Test
    void aQueryAskingForRecommendationsOrGoodPracticesIsAboutThatKindsTopic() {
        assertThat(reader.topics("recomendaciones para capacitar mejor a los funcionarios")).containsKey("recomendacion");
        assertThat(reader.topics("¿Qué recomendaron los observadores?")).containsKey("recomendacion");
        assertThat(reader.topics("buenas prácticas de atención a adultos mayores")).containsKey("buena_practica")
                .containsKey("accesibilidad");
        assertThat(reader.topics("boletas en la mesa")).doesNotContainKeys("recomendacion", "buena_practica");
    }

    @Test
    void aQueryAboutWhereThingsWentWellIsToldApartFromAProblem() {
        assertThat(reader.describesNoProblem("¿En qué mesas trataron bien a la persona observadora?")).isTrue();
        assertThat(reader.describesNoProblem("presencia policial aunque no pasara nada")).isTrue();
        assertThat(reader.describesNoProblem("la gente que atendía la mesa no estaba bien capacitada")).isFalse();
        assertThat(reader.describesNoProblem("boletas en la mesa")).isFalse();
    }

    @Test
    void aProblemIsToldApartFromAllWentWell() {
        assertThat(reader.describesProblem("no dejaron entrar a la observadora")).isTrue();
        assertThat(reader.describesProblem("faltaron boletas")).isTrue();
        assertThat(reader.describesProblem("propaganda cerca de la mesa")).isTrue();
        assertThat(reader.describesProblem("mesas sin incidentes")).isFalse();
        assertThat(reader.describesProblem("buenas prácticas con personas mayores")).isFalse();
    }

    @Test
    void aPersonDescribedByWhatTheyCannotDoIsNoProblem() {
        // the «no» says who the query is about, not that something went wrong
        assertThat(reader.describesProblem("un abuelo que no oye logró opinar con ayuda de su nieta")).isFalse();
        assertThat(reader.describesProblem("¿cómo atendieron a las personas que no ven?")).isFalse();
        assertThat(reader.describesProblem("mesas con rampa para quienes no pueden caminar")).isFalse();
        assertThat(reader.describesNoProblem("los que no escuchaban fueron bien atendidos")).isTrue();
        // a problem said beside such a person still is one
        assertThat(reader.describesProblem("no había lupa para la gente que no ve")).isTrue();
        assertThat(reader.describesProblem("a la señora que no podía subir no la dejaron pasar")).isTrue();
        // the same ability denied to someone, without a person before «no», is a problem
        assertThat(reader.describesProblem("la gente se quejó: no ven la mesa desde la calle")).isTrue();
        assertThat(reader.describesProblem("el funcionario no escuchaba a los vecinos")).isTrue();
        assertThat(reader.describesProblem("la gente no ve los carteles")).isTrue();
        assertThat(reader.describesNoProblem("los que no escuchaban fueron bien atendidos, pero faltaron boletas"))
                .isFalse();
    }

    @Test
    void functionWordsAreHeldAsTheIndexAnalyzesThem() {
        for (String word : List.of("de", "la", "que", "hubo", "informes", "qué")) {
            assertThat(reader.functionWords()).containsAll(Fixtures.ANALYZER.terms(word));
        }
        for (String word : List.of("boletas", "mesa", "observador")) {
            assertThat(reader.functionWords()).doesNotContainAnyElementsOf(Fixtures.ANALYZER.terms(word));
        }
    }

    @Test
    void distritosWrittenInWordsAreFiltersOfTheQuery() {
        assertThat(places("vigésimo cuarto distrito")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.DISTRITO, "24"));
        assertThat(places("distrito treinta y tres")).extracting(QueryReader.Place::value).containsExactly("33");
        assertThat(places("onceavo distrito de la V. Carranza")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.DISTRITO, "11"),
                        tuple(QueryReader.PlaceKind.ALCALDIA, "Venustiano Carranza"));
        // A count in words is no distrito.
        assertThat(places("llegaron cuatro personas al distrito")).isEmpty();
    }

    @Test
    void distritoAbbreviationsWithTheNumberInWordsOrBeforeThemAreFilters() {
        assertThat(places("DL catorce")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.DISTRITO, "14"));
        assertThat(places("acarreo en el dd veintiséis")).extracting(QueryReader.Place::value).containsExactly("26");
        assertThat(places("D.L. treinta y tres")).extracting(QueryReader.Place::value).containsExactly("33");
        assertThat(places("XXVI DD")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.DISTRITO, "26"));
        assertThat(places("boletas 14 dl")).extracting(QueryReader.Place::value).containsExactly("14");
        assertThat(places("decimocuarto DL tlalpan")).extracting(QueryReader.Place::kind, QueryReader.Place::value)
                .containsExactly(tuple(QueryReader.PlaceKind.DISTRITO, "14"),
                        tuple(QueryReader.PlaceKind.ALCALDIA, "Tlalpan"));
        String q = "urnas XXVI DD";
        QueryReader.Place p = places(q).get(0);
        assertThat(q.substring(p.start(), p.end())).isEqualTo("XXVI DD");
        // The article is no number, a number out of range is no distrito, and DL alone is not a place.
        assertThat(places("DL un grupo de vecinos")).isEmpty();
        assertThat(places("XL DD")).isEmpty();
        assertThat(places("cuarenta DL")).isEmpty();
        assertThat(places("en el DL")).isEmpty();
    }

    @Test
    void aMesaThatStoppedReceivingOpinionsIsAProblem() {
        assertThat(reader.describesProblem("¿Se suspendió la recepción de opiniones?")).isTrue();
        assertThat(reader.describesProblem("mesas donde se interrumpió la votación")).isTrue();
        assertThat(reader.describesProblem("mesas donde la recepción de opiniones siguió")).isFalse();
    }
}
