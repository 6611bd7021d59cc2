package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DistritoParserTest {

    private final DistritoParser parser = new DistritoParser(Fixtures.GAZETTEER.vocabulary());

    private Optional<Integer> distrito(String text) {
        return DistritoParser.choose(parser.find(text)).map(Mention::value);
    }

    @Test
    void arabicAndRomanInTheWaysObserversWriteThem() {
        assertThat(distrito("distrito 24")).hasValue(24);
        assertThat(distrito("DD XXIV")).hasValue(24);
        assertThat(distrito("Dtto. Local XXIV")).hasValue(24);
        assertThat(distrito("DTTO. 24")).hasValue(24);
        assertThat(distrito("Distrito Electoral Local 06")).hasValue(6);
        assertThat(distrito("DISTRITO ELECTORAL LOCAL XXVII")).hasValue(27);
        assertThat(distrito("Distrito: Dtto. 11")).hasValue(11);
        assertThat(distrito("XVII Distrito Local, Benito Juarez")).hasValue(17);
        assertThat(distrito("Pertenece al 3er. distrito local")).hasValue(3);
        assertThat(distrito("en el 12° Distrito")).hasValue(12);
        assertThat(distrito("del 5to distrito electoral")).hasValue(5);
        assertThat(distrito("la dirección distrital 33")).hasValue(33);
    }

    @Test
    void notDistritos() {
        assertThat(distrito("Distrito Federal")).isEmpty();
        assertThat(distrito("distrito 34")).isEmpty();
        assertThat(distrito("distrito 0")).isEmpty();
        assertThat(distrito("la dirección distrital")).isEmpty();
        assertThat(distrito("se veía el dd iv del vecino")).as("dd only in capitals").isEmpty();
    }

    @Test
    void theSpellingsOfIssue14() {
        assertThat(distrito("Santa Ana Tlacotenco, Milpa Alta, distrito local 7.")).hasValue(7);
        assertThat(distrito("gam dto 4 ctm el risco")).hasValue(4);
        assertThat(distrito("reporte estreya del sur iztapalapa distrto 28 domigo 1 mayo")).as("typed fast").hasValue(28);
        assertThat(distrito("ditrito 5, azcapotzalco")).hasValue(5);
        assertThat(distrito("Alcaldía Cuauhtémoc, Dtto. 12, colonia Buenos Aires")).hasValue(12);
        assertThat(distrito("INFORME DE OBSERVACIÓN – XIV Distrito Local, Tlalpan")).hasValue(14);
        assertThat(distrito("IECM · DD XXIV · Iztapalapa")).hasValue(24);
    }

    @Test
    void theAbbreviationWithItsR() {
        assertThat(distrito("Reporte breve · Distr. 9 · Cuauhtémoc")).hasValue(9);
        assertThat(distrito("distr. XXII, mesa del mercado")).hasValue(22);
        assertThat(distrito("la distr. dos de los folletos")).as("in words only after a word for distrito").isEmpty();
    }

    @Test
    void oneDistritoAmongTheOthers() {
        assertThat(distrito("Vivo en Tláhuac, en el 8 de los distritos, y ahí observé")).hasValue(8);
        assertThat(distrito("nos tocó el veintiséis de los distritos locales")).hasValue(26);
        assertThat(distrito("dos de los distritos no enviaron paquetes")).as("no «el»: a count").isEmpty();
        assertThat(distrito("Distrito ........ XXI")).as("a form's dot leaders").hasValue(21);
    }

    @Test
    void numbersThatBelongToSomethingElseAreNotDistritos() {
        assertThat(distrito("Reporte de la mesa 23 – MRO 12 – UT 10-113, Calle Sur 12 número 33, a las 12 horas")).isEmpty();
    }

    @Test
    void theDistritoOfAUtClaveComesFromTheCatalogue() {
        assertThat(Fixtures.UNDERSTANDER.understand("Reporte de la mesa 23 – UT 10-113\nCalle Sur 12 número 33, junto al mercado."
                + "\n\nAbrieron a las 9:10.", "x.txt").metadata())
                .satisfies(m -> {
                    assertThat(m.distrito()).isEqualTo(18);
                    assertThat(m.alcaldia()).isEqualTo("Álvaro Obregón");
                });
    }

    @Test
    void aLabelledDistritoWinsOverOneInPassing() {
        assertThat(distrito("Antes vivía en el distrito 5.\nDistrito: 12")).hasValue(12);
    }

    @Test
    void romanNumerals() {
        assertThat(RomanNumerals.parse("XXXIII")).hasValue(33);
        assertThat(RomanNumerals.parse("IX")).hasValue(9);
        assertThat(RomanNumerals.parse("IIII")).isEmpty();
        assertThat(RomanNumerals.parse("VX")).isEmpty();
    }

    @Test
    void aLowerCaseLabelANumberFirstAbbreviationAndANumberInWords() {
        assertThat(distrito("apuntes mesa del centro cuauh dd xii 1o mayo")).hasValue(12);
        assertThat(distrito("Tlalpan. XIV D.L. Mesa 2.")).hasValue(14);
        assertThat(distrito("estamos en el distrito veintiuno, alcaldía Iztapalapa")).hasValue(21);
        assertThat(distrito("la dirección distrital dos días después")).as("a number in words only after «distrito»").isEmpty();
    }

    @Test
    void anAcronymInCapitalsWithItsNumberInWordsThatClosesThePhrase() {
        assertThat(distrito("Bitácora de la mesa del mercado, DD catorce")).hasValue(14);
        assertThat(distrito("Crónica (D.L. veintidós) de un domingo largo")).hasValue(22);
        assertThat(distrito("DD tres\nLa mesa abrió tarde.")).hasValue(3);
        assertThat(distrito("firmó el DD dos veces")).as("a count after the acronym, not its number").isEmpty();
        assertThat(distrito("lo mandaron al DD cuatro.")).as("after an article the acronym is a noun").isEmpty();
        assertThat(distrito("apunté en mi libreta dd seis, nada más")).as("an acronym in lower case takes digits only").isEmpty();
    }

    @Test
    void cardinalsAndOrdinalsInWordsAfterOrBeforeTheWord() {
        assertThat(distrito("Contreras, distrito treinta y tres.")).hasValue(33);
        assertThat(distrito("Distrito electoral local veintiocho, Iztapalapa")).hasValue(28);
        assertThat(distrito("Coordinación de observación, distrito quinto")).hasValue(5);
        assertThat(distrito("Informe mesa Estanzuela (dtto. cuarto)")).hasValue(4);
        assertThat(distrito("aquí en el vigésimo cuarto distrito")).hasValue(24);
        assertThat(distrito("en el decimonoveno distrito local")).hasValue(19);
        assertThat(distrito("Mesa del onceavo distrito")).hasValue(11);
        assertThat(distrito("Pueblo de San Bartolo Atepehuacan, segundo distrito local")).hasValue(2);
        assertThat(distrito("fue en el séptimo distrito")).hasValue(7);
    }

    @Test
    void anOrdinalMarkAfterAPeriodAndTensAndUnitsInOneWord() {
        assertThat(distrito("Casilla del mercado, Iztacalco, 15.º distrito local — 1 de mayo")).hasValue(15);
        assertThat(distrito("pertenece al 1.er distrito")).hasValue(1);
        assertThat(distrito("Tlalpan, distrito treintaidós, junto al kiosco")).hasValue(32);
        assertThat(distrito("Reporte: 3. Distrito local: nueve")).as("a list's number is not an ordinal").hasValue(9);
        assertThat(distrito("van 12. distritos visitados")).isEmpty();
    }

    @Test
    void wordsThatAreNotADistritoNumber() {
        assertThat(distrito("llegó alguien del distrito un rato después")).as("the article «un»").isEmpty();
        assertThat(distrito("visitamos cinco distritos")).as("a count of distritos").isEmpty();
        assertThat(distrito("el cuarto distrital estaba cerrado")).isEmpty();
        assertThat(distrito("distrito cuarenta")).as("out of range").isEmpty();
        assertThat(distrito("la DL dos veces")).as("words only after a word for distrito").isEmpty();
    }

    @Test
    void abbreviationsWithAHyphenAndScanReadings() {
        assertThat(distrito("Obrera (sector III), Cuauhtémoc, DL-XII")).hasValue(12);
        assertThat(distrito("MESA RECEPTORA ARENAL PUERTA TEPEPAN (D-16)")).hasValue(16);
        assertThat(distrito("Herón Proal, D.L. 23, Álvaro Obregón.")).hasValue(23);
        assertThat(distrito("INF. OBS. CPP 2022 — ut 06-005 — dl 15")).hasValue(15);
        assertThat(distrito("Distrito: XXlX Unidad territorial")).as("a scan's l for I").hasValue(29);
        assertThat(distrito("Folio D-16-03 del registro")).as("a folio").isEmpty();
        assertThat(distrito("Llenamos el Formato D-1 de la mesa")).as("a form's name").isEmpty();
        assertThat(distrito("Arenal Puerta Tepepan, D-16")).hasValue(16);
        assertThat(distrito("Informe — San Andrés Tetepilco, Iztapalapa (D-XXIV).")).as("a Roman numeral after D-").hasValue(24);
        assertThat(distrito("Agrícola Oriental V, D-XI")).hasValue(11);
        assertThat(distrito("Se llenó el anexo D-II del paquete")).as("an annex's name").isEmpty();
        assertThat(distrito("DTTO. LOC. XXVI – Coyoacán")).as("«loc.» for local").hasValue(26);
        assertThat(distrito("Benito Juárez; el distrito es el 26")).hasValue(26);
        assertThat(distrito("Oficio núm. CAN/OBS/014/2022, MRO 12, a las 12:30, 1/14")).isEmpty();
    }

    @Test
    void aDistritoInWordsForTheSearchQuery() {
        assertThat(DistritoParser.valueInWords("vigésimo cuarto")).hasValue(24);
        assertThat(DistritoParser.valueInWords("Treinta y Tres")).hasValue(33);
        assertThat(DistritoParser.valueInWords("cuarenta")).isEmpty();
        assertThat(DistritoParser.valueInWords("mampara")).isEmpty();
    }

    @Test
    void aNumberInWordsThatClosesTheOfficesName() {
        assertThat(distrito("Copia para la Dirección Distrital veintiuno.")).hasValue(21);
        assertThat(distrito("Enviado a la Dirección Distrital catorce, con atención a la presidencia")).hasValue(14);
        assertThat(distrito("Se le avisó a la Dirección Distrital tres veces y nadie vino")).as("a count of what follows").isEmpty();
        assertThat(distrito("la dirección distrital dos horas después mandó papeletas")).isEmpty();
        assertThat(distrito("el DL dos.")).as("an acronym never takes a number in words").isEmpty();
    }
}
