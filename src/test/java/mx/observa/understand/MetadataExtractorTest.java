package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import mx.observa.model.ReportMetadata;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor(Fixtures.GAZETTEER, Fixtures.PRIVACY, 2022,
            DateParser.ConsultaDays.load(Fixtures.CONFIG.resolve(DateParser.ConsultaDays.FILE)));

    private ReportMetadata meta(String text) {
        return extractor.extract(text).metadata();
    }

    @Test
    void theAlcaldiaAndDistritoOfAUtClave() {
        ReportMetadata m = meta("INF. OBS. CPP 2022 — ut 06-005\nobs. en mro única de la ut, apertura 9:00 hrs.");
        assertThat(m.alcaldia()).isEqualTo("Iztacalco");
        assertThat(m.ut()).isEqualTo("06-005");
        assertThat(m.distrito()).isEqualTo(Fixtures.GAZETTEER.ut("06-005").orElseThrow().distrito());
    }

    @Test
    void aUtNamedLikeAnAlcaldiaIsTheUtAndTheAbbreviationNamesTheAlcaldia() {
        ReportMetadata pensil = meta("Cuauhtémoc Pensil, Miguel Hidalgo. Bitácora del módulo de internet.\nLa plataforma se cayó.");
        assertThat(pensil.alcaldia()).isEqualTo("Miguel Hidalgo");
        assertThat(pensil.ut()).isEqualTo("16-023");
        assertThat(pensil.distrito()).as("the UT's").isEqualTo(13);

        ReportMetadata portales = meta("Crónica de la mesa — Portales Oriente, BJ\nEstuvimos en la mesa de Portales Oriente todo el día.");
        assertThat(portales.alcaldia()).isEqualTo("Benito Juárez");
        assertThat(portales.ut()).isEqualTo("14-038");
    }

    @Test
    void aPlaceNamedBesideTheDistritoAmongThatDistritosUts() {
        ReportMetadata m = meta("victoria de las democracias dtto 5 obs. x la red\n9:35 y la mesa sigue cerrada");
        assertThat(m.alcaldia()).isEqualTo("Azcapotzalco");
        assertThat(m.ut()).isEqualTo("02-108");
        assertThat(m.distrito()).isEqualTo(5);

        ReportMetadata tlalpan = meta("Belisario Domínguez, distrito dieciséis\nLa mesa abrió a las 9.");
        assertThat(tlalpan.alcaldia()).as("the namesake in GAM is in distrito 6").isEqualTo("Tlalpan");
        assertThat(tlalpan.ut()).isEqualTo("12-215");
    }

    @Test
    void anExtensionNamedLikeADateIsThePlace() {
        ReportMetadata m = meta("Bitácora de una vecina de la Ampliación 20 de Noviembre\nLa mesa abrió a las nueve y media.");
        assertThat(m.ut()).as("the catalogue's 20 DE NOVIEMBRE (AMPL), not the date").isEqualTo("17-067");
        assertThat(m.alcaldia()).isEqualTo("Venustiano Carranza");

        ReportMetadata date = meta("El 20 de noviembre entregué este informe.\nLa mesa abrió a las nueve.");
        assertThat(date.ut()).as("a date with no place word before it names no UT").isNull();
    }

    @Test
    void aNameOfSeveralUtsInTheSameDistritoSaysNothing() {
        ReportMetadata m = meta("angel zimbron dtto 5\nla mesa abrió a las 9");
        assertThat(m.ut()).as("Ángel Zimbrón is a UT of Azcapotzalco and of Miguel Hidalgo, both in distrito 5").isNull();
        assertThat(m.alcaldia()).isNull();
        assertThat(m.distrito()).isEqualTo(5);
    }

    @Test
    void aNameAloneOfSeveralAlcaldiasSaysNothing() {
        ReportMetadata m = meta("UT Belisario Domínguez\nLa mesa abrió a las 9.");
        assertThat(m.ut()).isNull();
        assertThat(m.alcaldia()).isNull();
    }

    @Test
    void aMesaCalledByItsPlace() {
        ReportMetadata m = meta("MINUTA DE LLAMADAS — distrito quinto\nEl observador de la mesa Torres Toreo reporta la apertura.");
        assertThat(m.ut()).isEqualTo("16-027");
        assertThat(m.alcaldia()).isEqualTo("Miguel Hidalgo");
        assertThat(m.distrito()).isEqualTo(5);
        assertThat(meta("la mesa estaba lista a las nueve").ut()).as("no place after «mesa»").isNull();
    }

    @Test
    void aPlaceGluedToAHeadingByExtraction() {
        ReportMetadata m = meta("REPORTE DE OBSERVACIONSAN LORENZO TLACOYUCAN, MILPA ALTA, DTTO. VII, 1 DE MAYO DE 2022\n"
                + "INSTALACIONLA MESA SE INSTALO EN LA PLAZA CIVICA A LAS 9:00");
        assertThat(m.ut()).isEqualTo("09-007");
        assertThat(m.alcaldia()).isEqualTo("Milpa Alta");
        assertThat(meta("reporte de observacionsan lorenzo tlacoyucan, milpa alta, dtto. vii\nla mesa abrió").ut())
                .as("only a heading in capitals is glued by extraction").isNull();
    }

    @Test
    void aTitleNamesThePlaceWithoutItsDe() {
        ReportMetadata m = meta("notas consulta granjas navidad\ncuajimalpa dtto 20 • 1/5/22\n8:52 llegue, la mesa en el salon");
        assertThat(m.ut()).as("NAVIDAD (GRANJAS DE NAVIDAD)").isEqualTo("04-036");
        assertThat(m.alcaldia()).isEqualTo("Cuajimalpa de Morelos");
    }

    @Test
    void theDateOfAnUndatedMesaReportAndNotOfOtherNumbers() {
        ReportMetadata m = meta("Reporte de la mesa 23 – UT 10-113\nCalle Sur 12 número 33. Abrieron a las 9:10.");
        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(m.distrito()).as("the UT's, not the mesa's 23 or the address").isEqualTo(18);
        assertThat(meta("Alcaldía Milpa Alta\nTodo transcurrió con normalidad.").date()).isNull();
    }

    @Test
    void aMesaOfADayIsNoUtNamedLikeThatDay() {
        ReportMetadata m = meta("Reporte de Agrícola Oriental V, Iztacalco.\nMesa del 1 de mayo de 2022, con lluvia ligera.");
        assertThat(m.ut()).as("not 1o DE MAYO of Cuajimalpa").isEqualTo("06-044");
        assertThat(m.alcaldia()).isEqualTo("Iztacalco");
        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 5, 1));
    }

    @Test
    void aColoniaNamedLikeADayTakesTheFeminineArticle() {
        ReportMetadata m = meta("Observación en la 10 de Abril, Miguel Hidalgo, distrito 13; la mesa abrió puntual.");
        assertThat(m.ut()).isEqualTo("16-085");
        assertThat(m.date()).as("the jornada, not the 10th of April").isEqualTo(LocalDate.of(2022, 5, 1));
    }

    @Test
    void whereTheObserverWasWinsOverAMesaToldAbout() {
        ReportMetadata m = meta("Les escribo desde la colonia Miguel Hidalgo, Tlalpan, distrito 14, donde estuve de observadora.\n"
                + "La mesa abrió a las nueve y hubo buena participación.\n"
                + "Una vecina dice que en la mesa de Bosques del Pedregal también se robaron la lona.");
        assertThat(m.ut()).as("the colonia of the place line, not the mesa of hearsay").isEqualTo("12-095");
        assertThat(m.alcaldia()).isEqualTo("Tlalpan");
    }

    @Test
    void theAlcaldiaTheStatedDistritoReachesWinsOverOneToldAbout() {
        ReportMetadata m = meta("Observé en Iztacalco, distrito 15.\nEn la radio dijeron que en Tlalpan hubo urnas robadas; "
                + "mi hermana vive en Tlalpan y no vio nada.");
        assertThat(m.alcaldia()).isEqualTo("Iztacalco");
        assertThat(m.distrito()).isEqualTo(15);
    }

    @Test
    void numbersOfOtherThingsAreNoDistrito() {
        ReportMetadata m = meta("Alcaldía Coyoacán. MRO 26, calle 12 número 30, a las 10:15; tel. 55 2614 3020; folio 26/2022.");
        assertThat(m.alcaldia()).isEqualTo("Coyoacán");
        assertThat(m.distrito()).isNull();
    }

    @Test
    void ofTwoPlacesOfTheDistritoInAChatTheOneBesideTheDistritoWins() {
        ReportMetadata m = meta("01/05/22, 09:01 - Rosa: Llegando a la mesa del deportivo de Coltongo, quinto distrito\n"
                + "01/05/22, 09:30 - Rosa: una vecina de la Clavería dice que allá no ha abierto\n"
                + "01/05/22, 10:10 - Rosa: aquí ya hay fila");
        assertThat(m.ut()).isEqualTo("02-009");
        assertThat(m.alcaldia()).isEqualTo("Azcapotzalco");
    }

    @Test
    void aPlaceNameShortenedAsPeopleShortenAPersonsName() {
        ReportMetadata m = meta("Estuve en la mesa de la colonia López Mateos, en Cuajimalpa. Abrió a las nueve.");
        assertThat(m.ut()).as("ADOLFO LOPEZ MATEOS").isEqualTo("04-002");
        assertThat(m.distrito()).isEqualTo(20);
        assertThat(meta("Me tocó la colonia López Mateos, V. Carranza; todo en orden.").ut()).isEqualTo("17-002");
        assertThat(meta("Mesa de la colonia Ramos Millán, Iztacalco, distrito 15.").ut())
                .as("four UTs of Iztacalco end in Ramos Millán: no guess").isNull();
    }

    @Test
    void aCueThatEndsItsPhraseIntroducesNoPlaceWrittenLoosely() {
        assertThat(meta("Fui a la mesa que pusieron en el portal del pueblo, Milpa Alta, distrito 7. Todo bien.").ut())
                .as("the alcaldía after the comma is not VILLA MILPA ALTA shortened").isNull();
        assertThat(meta("Fui a la mesa que pusieron en el portal del pueblo Lorenzo Tlacoyucan, Milpa Alta, distrito 7.").ut())
                .as("a name shortened right after the cue still is read").isEqualTo("09-007");
    }

    @Test
    void theAlcaldiasNameRightAfterAMesaIsNoShortenedPlace() {
        ReportMetadata m = meta("Anoto lo que vi en una mesa receptora de Milpa Alta, distrito siete; el pueblo me lo guardo.\n"
                + "La mesa abrió a las nueve y cuarto.");
        assertThat(m.ut()).as("Milpa Alta is the alcaldía, not VILLA MILPA ALTA shortened").isNull();
        assertThat(m.alcaldia()).isEqualTo("Milpa Alta");
        assertThat(m.distrito()).isEqualTo(7);
        assertThat(meta("Anoto lo que vi en la mesa receptora de Villa Milpa Alta, distrito siete.").ut())
                .as("the whole name still").isEqualTo("09-012");
        assertThat(meta("Anoto lo que vi en la mesa de Lorenzo Tlacoyucan, Milpa Alta, distrito siete.").ut())
                .as("a name shortened after the same cue still is read").isEqualTo("09-007");
    }

    @Test
    void aPlaceInALargerOneAsTheCatalogueJoinsThemWithADash() {
        ReportMetadata m = meta("Me tocó observar en La Libertad de Ixtlahuaca, Tlalpan, distrito 19, el 1 de mayo.\n"
                + "La mesa abrió a las 9:20 en la cancha.");
        assertThat(m.ut()).as("LA LIBERTAD - IXTLAHUACA").isEqualTo("12-073");
        assertThat(m.alcaldia()).isEqualTo("Tlalpan");
    }

    @Test
    void aNameWhoseNumeralIsSaidAtTheEnd() {
        ReportMetadata m = meta("Observé en la unidad CTM Culhuacán sección ocho, distrito 30; todo en calma.");
        assertThat(m.ut()).as("CTM VIII CULHUACAN").isEqualTo("03-033");
        assertThat(m.alcaldia()).isEqualTo("Coyoacán");
        assertThat(meta("Observé en la unidad CTM Culhuacán 5, Coyoacán.").ut()).isEqualTo("03-029");
        assertThat(meta("Nos tocó en la CTM Culhuacán zona seis, distrito treinta.").ut()).as("the colonia left unsaid")
                .isEqualTo("03-030");
    }

    @Test
    void aPlaceSpelledByEarOnTheHeaderLine() {
        ReportMetadata m = meta("reporte beya bista alvaro obregon distrito 18\nabrieron a las 9 y todo bien");
        assertThat(m.ut()).as("BELLA VISTA").isEqualTo("10-031");
        assertThat(m.alcaldia()).isEqualTo("Álvaro Obregón");
    }

    @Test
    void theLongestNameWinsWhenItsFirstWordsAreSpelledByEar() {
        assertThat(meta("informe de nuebo san rafael, azcapotzalco, distrito 3\nla mesa abrio a tiempo").ut())
                .as("NUEVO SAN RAFAEL (BARR), not the SAN RAFAEL its last words spell").isEqualTo("02-053");
        assertThat(meta("informe de san rafael, azcapotzalco, distrito 3\nla mesa abrio a tiempo").ut())
                .as("the short name written alone").isEqualTo("02-086");
        assertThat(meta("vine con bueno animo a san rafael, azcapotzalco, distrito 3\nla mesa abrio a tiempo").ut())
                .as("words before it that spell no longer name").isEqualTo("02-086");
    }

    @Test
    void aColoniaNamedWithoutAnyCueWhenNothingElseTellsThePlace() {
        ReportMetadata m = meta("Bitácora de la mesa del kiosco de Tlatilco.\nAbrieron a las 9:10 y hubo fila hasta el mediodía.");
        assertThat(m.alcaldia()).isEqualTo("Azcapotzalco");
        assertThat(m.ut()).as("TLATILCO, not its namesake (U HAB)").isEqualTo("02-104");
        assertThat(meta("Estuve en Tlatilco y en la tarde pasé por Xaltocan.\nLa mesa abrió a las nueve.").alcaldia())
                .as("two alcaldías: no guess").isNull();
        assertThat(meta("Informe de la Red Vecinal del Poniente\nLibertad del voto: nadie presionó.").alcaldia())
                .as("words of an organization's name and a heading").isNull();
        assertThat(meta("La mesa estaba en la calle Tlatilco, frente a la farmacia.").alcaldia()).as("a street").isNull();
    }

    @Test
    void aMembersOrdinalNamesItAfterTheFamilyOrTheWordForThePart() {
        assertThat(meta("Mesa de la Popotla segunda, junto al mercado; Miguel Hidalgo, distrito 5\nAbrió tarde.").ut())
                .as("POPOTLA II").isEqualTo("16-093");
        assertThat(meta("Estuve en la colonia Guerrero, sección cuarta, Cuauhtémoc\nAbrió tarde.").ut())
                .as("GUERRERO IV").isEqualTo("15-053");
        assertThat(meta("Colonia Guerrero, cuarta unidad territorial, Cuauhtémoc\nAbrió tarde.").ut())
                .as("the ordinal before the word for the part").isEqualTo("15-053");
        assertThat(meta("Mesa de Popotla, segundo piso del mercado, Miguel Hidalgo, distrito 5\nAbrió tarde.").ut())
                .as("a masculine ordinal alone counts another thing").isNull();
        assertThat(meta("Mesa de la Popotla segunda fila de puestos, Miguel Hidalgo, distrito 5\nAbrió tarde.").ut())
                .as("an ordinal alone that goes on naming something else").isNull();
    }

    @Test
    void aMembersNumeralAfterTheKindOfPlaceTheCatalogueWritesBetween() {
        assertThat(meta("Reporte de la unidad Infonavit Iztacalco 2, Iztacalco, distrito 15\nAbrió tarde.").ut())
                .as("INFONAVIT IZTACALCO (U HAB) II").isEqualTo("06-053");
    }

    @Test
    void aNameTheCatalogueInvertsIsReadInItsSpokenOrder() {
        ReportMetadata m = meta("Bitácora — Asunción Ayocatitla, alcaldía Tlalpan\nLa mesa abrió tarde.");
        assertThat(m.ut()).as("AYOCATITLA, ASUNCIÓN").isEqualTo("12-011");
    }

    @Test
    void aPlaceNamedInPassingIsTheUtWhenItIsTheOnlyOneOfTheStatedPlace() {
        ReportMetadata copilco = meta("Coyoacán, distrito 26, 1 de mayo de 2022\nLa mesa se puso en el jardín, en Copilco El Bajo, junto a la iglesia.");
        assertThat(copilco.ut()).isEqualTo("03-023");
        ReportMetadata chimalistac = meta("Enlace del distrito veintiséis:\nLa mesa estuvo en Chimalistac, frente a la capilla.");
        assertThat(chimalistac.ut()).as("the namesake of distrito 26").isEqualTo("03-019");
        assertThat(chimalistac.alcaldia()).isEqualTo("Coyoacán");
        assertThat(meta("Enlace del distrito 23:\nLa mesa estuvo en Chimalistac, frente a la capilla.").ut())
                .as("the namesake of distrito 23").isEqualTo("10-042");
        assertThat(meta("Coyoacán, distrito 26\nEmpecé en Copilco El Bajo y luego pasé a Ciudad Jardín.").ut())
                .as("two places: no guess").isNull();
        assertThat(meta("Enlace distrital:\nLa mesa estuvo en Chimalistac, frente a la capilla.").ut())
                .as("nothing to tell the namesakes apart").isNull();
    }

    @Test
    void initialsTheCatalogueSpellsApartAreWrittenAsOneWord() {
        ReportMetadata m = meta("Reporte de la unidad CTM Aragón Ampliación, Gustavo A. Madero, distrito 6\nAbrieron a las 9.");
        assertThat(m.ut()).as("C T M ARAGON AMPLIACION (U)").isEqualTo("05-015");
        assertThat(meta("El sindicato CTM repartía gorras, Gustavo A. Madero, distrito 6\nAbrieron a las 9.").ut())
                .as("the initials alone name no place").isNull();
    }

    @Test
    void thePlacesAUtGroupsListedAsASentenceListsThem() {
        ReportMetadata m = meta("Ubicación: Colinas del Bosque y Las Tórtolas, Tlalpan, distrito 16\nLa mesa abrió tarde.");
        assertThat(m.ut()).as("COLINAS DEL BOSQUE-LAS TORTOLAS").isEqualTo("12-025");
        assertThat(meta("Ubicación: Colinas del Bosque y Las Margaritas, Tlalpan, distrito 16\nLa mesa abrió tarde.").ut())
                .as("another place after the «y»").isNotEqualTo("12-025");
    }

    @Test
    void aDeTheCatalogueGluedToItsArticleIsWrittenApart() {
        assertThat(meta("Bitácora — U.H. Candelaria de los Patos — Venustiano Carranza\nSe abrió a las nueve.").ut())
                .as("CANDELARIA DELOS PATOS (U HAB)").isEqualTo("17-011");
    }

    @Test
    void aUtThatBeginsLikeTheAlcaldiaAfterAPlaceCue() {
        ReportMetadata m = meta("Lugar - Tlalpan Centro; alcaldía Tlalpan, distrito 16\nLa mesa estuvo bajo los portales.");
        assertThat(m.ut()).isEqualTo("12-177");
        assertThat(m.alcaldia()).isEqualTo("Tlalpan");
        assertThat(meta("Lugar: Tlalpan, alcaldía Tlalpan, distrito 16\nLa mesa estuvo bajo los portales.").ut())
                .as("the alcaldía twice, no longer name").isNull();
    }
}
