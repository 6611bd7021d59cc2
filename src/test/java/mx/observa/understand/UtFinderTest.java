package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UtFinderTest {

    private final UtFinder finder = new UtFinder(Fixtures.GAZETTEER);

    private Optional<String> ut(String text, String alcaldia, Integer distrito) {
        return UtFinder.choose(finder.find(text), alcaldia, distrito).map(Gazetteer.UnidadTerritorial::clave);
    }

    @Test
    void aClaveOfTheCatalogueOrOfAKnownAlcaldia() {
        assertThat(ut("Unidad Territorial: 05-137 Planetario Lindavista", null, null)).hasValue("05-137");
        assertThat(ut("UT 07-999", null, null)).as("newer than the catalogue").hasValue("07-999");
        assertThat(ut("folio OBS-2022-0417, tel 55-1234-5678", null, null)).isEmpty();
        assertThat(ut("Mesa receptora 07-065-02", null, null)).as("the UT part of a mesa's clave").hasValue("07-065");
    }

    @Test
    void namesAfterACueWithOrWithoutAccentsAndSuffixes() {
        assertThat(ut("Unidad Territorial: Jardines Ceylán (U. Hab.)", null, null)).hasValue("02-039");
        assertThat(ut("Observé en la U.H. Jardines Ceylán, Azcapotzalco", null, null)).hasValue("02-039");
        assertThat(ut("la mesa de la col el triunfo ampl en iztapalapa", null, null)).hasValue("07-065");
        assertThat(ut("colonia El Triunfo", null, null)).hasValue("07-064");
        assertThat(ut("UT San Pedro Atocpan", null, null)).hasValue("09-009");
        assertThat(ut("Unidad Territorial 1o de Mayo", null, null)).hasValue("04-054");
    }

    @Test
    void theOtherNameInParenthesesAndANameWrittenWithoutItsDe() {
        assertThat(ut("colonia Granjas de Navidad, Cuajimalpa", null, null)).as("NAVIDAD (GRANJAS DE NAVIDAD)").hasValue("04-036");
        assertThat(ut("colonia Granjas Navidad", null, null)).hasValue("04-036");
        assertThat(ut("colonia Navidad", null, null)).as("the catalogue's own name still").hasValue("04-036");
        assertThat(ut("UT Jardines la Palma", null, null)).as("JARDINES DE LA PALMA (HUIZACHITO)").hasValue("04-021");
        assertThat(ut("colonia Huizachito", null, null)).hasValue("04-021");
        assertThat(ut("colonia Granjas, Cuajimalpa", null, null)).as("PALO ALTO (GRANJAS): one word is no other name")
                .isEmpty();
        assertThat(ut("UT Unidad Habitacional", null, null)).as("a kind of place is no name").isEmpty();
    }

    @Test
    void aNameTheCatalogueJoinsWithADashWrittenWithDe() {
        assertThat(ut("Observé en la colonia La Libertad de Ixtlahuaca, junto a la cancha.", null, null))
                .as("LA LIBERTAD - IXTLAHUACA").hasValue("12-073");
        assertThat(ut("UT Ocotla de Ocotla Chico", null, null)).as("OCOTLA - OCOTLA CHICO").hasValue("12-111");
        assertThat(ut("colonia La Libertad - Ixtlahuaca", null, null)).as("the catalogue's own dash still").hasValue("12-073");
    }

    @Test
    void aNameAfterACueThatAWrapCutAtTheLineEnd() {
        assertThat(ut("Les comparto lo que anoté durante la consulta en la explanada de la colonia Ciudad\n"
                + "Jardín, donde la mesa abrió tarde.", null, null)).as("no name on the line alone").hasValue("03-020");
        assertThat(ut("Durante toda la jornada estuve como observadora en el atrio del pueblo San Lorenzo\n"
                + "Tlacoyucan, que tiene una sola mesa.", null, null)).as("longer than the line's SAN LORENZO").hasValue("09-007");
        assertThat(ut("Pueblo San Lorenzo\nTlacoyucan tiene una sola mesa.", null, null))
                .as("a short line was ended on purpose: its name is read alone (SAN LORENZO)").hasValue("13-006");
        assertThat(ut("Durante toda la jornada estuve como observadora en el atrio de la colonia Ciudad.\n"
                + "Jardín y patio estaban limpios.", null, null)).as("a sentence that ends is no wrap").isEmpty();
    }

    @Test
    void anAmbiguousNameNeedsTheAlcaldiaAndMustAgreeWithTheDistrito() {
        assertThat(ut("Unidad territorial: Las Palmas", null, null)).isEmpty();
        assertThat(ut("Unidad territorial: Las Palmas", "08", null)).hasValue("08-029");
        assertThat(ut("Unidad territorial: Las Palmas", "08", 18)).isEmpty();
    }

    @Test
    void severalUtsMeanNoSingleOneButAUtCueBeatsAColonia() {
        assertThat(ut("1. UT 03-022 Copilco El Alto\n2. UT 03-041 El Caracol", "03", null)).isEmpty();
        assertThat(ut("UT Portales III.\nAv. Universidad 1200, Col. Xoco", "14", null)).hasValue("14-068");
    }

    @Test
    void anUncuedNameOnAHeaderLine() {
        String text = "Villa Milpa Alta (Pblo) – Alcaldía Milpa Alta – DISTRITO VII";
        int a = text.indexOf("Milpa Alta –");
        int d = text.indexOf("DISTRITO");
        List<UtFinder.UtMention> found = finder.findInHeaderLines(text, "09", List.of(new int[] {a, a + 10}, new int[] {d, text.length()}));
        assertThat(UtFinder.choose(found, "09", 7)).map(Gazetteer.UnidadTerritorial::clave).hasValue("09-012");
        String alcaldiaOnly = "Alcaldía Cuauhtémoc · Distrito 12";
        int c = alcaldiaOnly.indexOf("Cuauhtémoc");
        assertThat(finder.findInHeaderLines(alcaldiaOnly, "15", List.of(new int[] {c, c + 10})))
                .as("the UT called Cuauhtémoc is not named by the alcaldía").isEmpty();
    }

    @Test
    void theTitleLineAboveThePlaceAndDateIsPartOfTheHeader() {
        String text = "Bitácora de la jornada - Juventino Rosas I\nIztacalco, distrito local 15, 1º de mayo de 2022\n\n"
                + "09:40 - Llevan once personas.";
        int a = text.indexOf("Iztacalco");
        List<int[]> spans = List.<int[]>of(new int[] {a, a + 9});
        assertThat(UtFinder.choose(finder.findInHeaderLines(text, "06", spans), "06", 15))
                .map(Gazetteer.UnidadTerritorial::clave).hasValue("06-054");
        String below = "Iztacalco, distrito local 15\nNotas\nJuventino Rosas I estuvo tranquila";
        int b = below.indexOf("Iztacalco");
        assertThat(finder.findInHeaderLines(below, "06", List.<int[]>of(new int[] {b, b + 9})))
                .as("only the first line, and only when the place line follows it").isEmpty();
    }

    @Test
    void whereTheObserverSaysTheyAreIsAWeakName() {
        assertThat(ut("10:02 ya estoy en jardines ceylan, abriendo", null, null)).hasValue("02-039");
        assertThat(ut("ya en la El Triunfo ampliación, mesa en el parque", null, null)).hasValue("07-065");
        assertThat(ut("llegué a la mesa a las once", "04", null)).as("«la mesa» is the consultation's, not a place").isEmpty();
        assertThat(ut("ya estoy en jardines ceylan", "07", null)).as("only in the report's alcaldía").isEmpty();
    }

    @Test
    void aCueWordThatEndsAPhraseIntroducesNoName() {
        assertThat(ut("observé la mesa del pueblo, primero de mayo", null, null)).isEmpty();
        assertThat(ut("la mesa del pueblo de Santa Cruz Acalpixca", null, null)).isNotEmpty();
        assertThat(ut("Les cuento de la mesa de La Joyita, Tláhuac", "11", null)).as("the article begins the name")
                .hasValue("11-017");
    }

    @Test
    void aMesaCalledByItsPlaceWrittenCapitalized() {
        assertThat(ut("el observador de la mesa Torres Toreo durante la jornada", null, null)).hasValue("16-027");
        assertThat(ut("HOJA DE REGISTRO — MESA RECEPTORA ARENAL PUERTA TEPEPAN (D-16)", null, null)).hasValue("12-009");
        assertThat(ut("la mesa torres de papeletas", null, null)).as("lower case: words, not a place").isEmpty();
    }

    @Test
    void aNumberedMesaCalledByItsPlace() {
        assertThat(ut("Recorrí tres mesas.\nMESA 2 — Prados del Rosario\nAbrió tarde.", null, null)).hasValue("02-063");
        assertThat(ut("Mesa No. 3: Lomas del Chamizal, sin incidentes", null, null)).hasValue("04-033");
        assertThat(ut("la mesa 12:40 Prados del Rosario", null, null)).as("an hour, not a mesa's number").isEmpty();
        assertThat(ut("MESA 1 — colonia sin nombre, abrió a las 9", null, null)).as("lower case: no place").isEmpty();
    }

    @Test
    void ordinalsAndSectionsAsPeopleWriteThem() {
        assertThat(ut("colonia Gertrudis Sánchez segunda sección, GAM", null, null)).hasValue("05-067");
        assertThat(ut("col. gertrudis sanchez 2da. secc.", null, null)).hasValue("05-067");
        assertThat(ut("UT Lomas Estrella 2a. Sección I", null, null)).hasValue("07-285");
    }

    @Test
    void aFamilysMemberByItsNumeralAndNoShorterNamesakeForTheFamily() {
        assertThat(ut("Vamos a la colonia Popotla 1 con la brigada", null, null)).hasValue("16-092");
        assertThat(ut("colonia Moctezuma segunda sección tres", null, null)).as("the family ends in «sección»")
                .hasValue("17-081");
        assertThat(ut("colonia Obrera, 1 de mayo de 2022", null, null)).as("a date, not OBRERA I").isEmpty();
        assertThat(ut("en la colonia Santa María la Ribera, frente al kiosco", null, null))
                .as("the family without its numeral is not SANTA MARIA (U HAB)").isEmpty();
    }

    @Test
    void aFamilysMemberByItsNumeralSaidInWords() {
        assertThat(ut("estuve de observadora en la mesa de la Doctores tres, por el hospital", null, null))
                .as("DOCTORES III").hasValue("15-047");
        assertThat(ut("me mandaron a la colonia Martín Carrera dos, en la GAM", null, null)).hasValue("05-228");
        assertThat(ut("Colonia Portales cuatro — reporte de la tarde", null, null)).hasValue("14-069");
        assertThat(ut("Recorrí la colonia Doctores, tres horas de fila en total", null, null))
                .as("a number that counts hours").isEmpty();
        assertThat(ut("en la colonia Martín Carrera, dos de los escrutadores no llegaron", null, null))
                .as("a number that counts people").isEmpty();
        assertThat(ut("en la colonia Portales una señora preguntó por su credencial", null, null))
                .as("«una» is an article").isEmpty();
    }

    @Test
    void theNumeralAfterTheWordForThePart() {
        assertThat(ut("recorrido por Cerro de la Estrella sección II, Iztapalapa", null, null)).as("no cue: not found")
                .isEmpty();
        assertThat(ut("Colonia: Cerro de la Estrella sección II", null, null)).hasValue("07-261");
        assertThat(ut("col. Narvarte (sector V)", null, null)).hasValue("14-064");
    }

    @Test
    void formFieldsWithDotLeadersAbbreviatedSaintsUnitsAndWhereTheObserverIs() {
        assertThat(ut("UT .......... Tepopotla", null, null)).hasValue("10-212");
        assertThat(ut("Colonia: S. Fco. Culhuacán", null, null)).hasValue("03-101");
        assertThat(ut("la mesa quedó en el patio de la unidad Lindavista Vallejo", null, null)).hasValue("05-113");
        assertThat(ut("la unidad de medida era el metro", null, null)).isEmpty();
        assertThat(ut("ya estoy aquí en la Joyita, buenos días", "05", null)).hasValue("05-103");
    }

    @Test
    void pueblosAndBarriosPreferTheirOwnCatalogueEntry() {
        assertThat(ut("la mesa del pueblo de Santa Lucía", null, null)).hasValue("10-202");
        assertThat(ut("colonia Santa Lucía", null, null)).hasValue("10-200");
        assertThat(ut("Barrio de San Andrés, Azcapotzalco", null, null)).hasValue("02-071");
        assertThat(ut("Pueblo San Andrés", null, null)).hasValue("02-072");
    }

    @Test
    void anAlcaldiasNameInsideALongerUtName() {
        String text = "Reunión en Ampliación Miguel Hidalgo 3a Secc, Tlalpan";
        List<Mention<String>> alcaldias = new AlcaldiaFinder(Fixtures.GAZETTEER).find(text);
        assertThat(UtFinder.choose(finder.namesAround(text, alcaldias), "12", null))
                .map(Gazetteer.UnidadTerritorial::clave).hasValue("12-003");
        String plain = "Vivo en Miguel Hidalgo, cerca del metro";
        assertThat(finder.namesAround(plain, new AlcaldiaFinder(Fixtures.GAZETTEER).find(plain))).isEmpty();
    }

    @Test
    void aScansUnidadTerritoria1() {
        assertThat(ut("Unidad territoria1: San Jose Buenavista", null, 29)).hasValue("07-183");
    }

    @Test
    void headerNamesNarrowedByTheDistritoWhenTheAlcaldiaIsUnknown() {
        String text = "victoria de las democracias dtto 5 obs. x la red";
        int at = text.indexOf("dtto");
        List<UtFinder.UtMention> found = finder.findInHeaderLines(text, null, 5, List.of(new int[] {at, at + 6}));
        assertThat(UtFinder.choose(found, null, 5)).map(Gazetteer.UnidadTerritorial::clave).hasValue("02-108");
        assertThat(finder.findInHeaderLines(text, null, 6, List.of(new int[] {at, at + 6}))).as("not a UT of distrito 6")
                .isEmpty();
    }
}
