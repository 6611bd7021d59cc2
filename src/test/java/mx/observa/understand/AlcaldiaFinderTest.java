package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AlcaldiaFinderTest {

    private final AlcaldiaFinder finder = new AlcaldiaFinder(Fixtures.GAZETTEER);

    private Optional<String> alcaldia(String text) {
        return AlcaldiaFinder.choose(finder.find(text), List.of()).map(Mention::value);
    }

    @Test
    void canonicalNamesVariantsAccentsAndCase() {
        assertThat(alcaldia("Alcaldía Álvaro Obregón")).hasValue("10");
        assertThat(alcaldia("en alvaro obregon, distrito 18")).hasValue("10");
        assertThat(alcaldia("ALC. COYOACAN DTTO 30")).hasValue("03");
        assertThat(alcaldia("la mesa de La Magdalena Contreras")).hasValue("08");
        assertThat(alcaldia("Alcaldía: V. Carranza")).hasValue("17");
        assertThat(alcaldia("Lugar: Gustavo A. Madero")).hasValue("05");
    }

    @Test
    void shortAbbreviationsOnlyInCapitalsAndWithAGeographicCue() {
        assertThat(alcaldia("Notas — BJ, Dtto. Local XVII")).hasValue("14");
        assertThat(alcaldia("Alcaldía: GAM")).hasValue("05");
        assertThat(alcaldia("Alcaldía: MH")).hasValue("16");
        assertThat(alcaldia("el mc de la fiesta llegó tarde")).isEmpty();
        assertThat(alcaldia("Llegó el MC de la fiesta")).as("no distrito/UT on the line").isEmpty();
    }

    @Test
    void anAbbreviationAsTheFieldAfterAPlaceOfThatAlcaldia() {
        assertThat(alcaldia("Crónica de la mesa — Portales Oriente, BJ — tres observadoras")).hasValue("14");
        assertThat(alcaldia("Bitácora: Pensil Sur (MH)")).hasValue("16");
        assertThat(alcaldia("Reporte vecinal - Del Valle, BJ")).as("a family of UTs").hasValue("14");
        assertThat(alcaldia("Apoyaron PRI, PAN, MC")).as("parties, not a place").isEmpty();
        assertThat(alcaldia("Crónica — Pensil Sur, BJ")).as("Pensil Sur is not in Benito Juárez").isEmpty();
    }

    @Test
    void aCuedMentionWinsOverMentionsInPassingAndStreetsAreNotAlcaldias() {
        assertThat(alcaldia("Vivo en Coyoacán y en Coyoacán voto, pero observé en la alcaldía Tlalpan")).hasValue("12");
        assertThat(alcaldia("La mesa estaba sobre Calzada de Tlalpan, en Coyoacán")).hasValue("03");
        assertThat(alcaldia("Calle Ermita Iztapalapa 1520")).isEmpty();
    }

    @Test
    void mentionsInsideAUtNameAreIgnoredWhenChoosing() {
        String text = "UT Jardines de Coyoacán, distrito 30";
        List<Mention<String>> mentions = finder.find(text);
        int start = text.indexOf("Jardines");
        assertThat(AlcaldiaFinder.choose(mentions, List.of(new int[] {start, start + "Jardines de Coyoacán".length()}))).isEmpty();
    }

    @Test
    void afterTheCueANameAbbreviatedOrSpelledByEar() {
        assertThat(alcaldia("Demarcación: Ixtapalapa; mesa única")).hasValue("07");
        assertThat(alcaldia("Delegación Azcapotsalco")).hasValue("02");
        assertThat(alcaldia("alcaldia cuautemoc, mesa 2")).hasValue("15");
        assertThat(alcaldia("Alcaldía Xochimilcho.")).hasValue("13");
        assertThat(alcaldia("Alc. Benito Juáres")).hasValue("14");
        assertThat(alcaldia("Alcaldía Milpalta")).hasValue("09");
        assertThat(alcaldia("Alcaldía: Miguel Hgo., sección electoral")).as("an abbreviated word").hasValue("16");
        assertThat(alcaldia("Alcaldía B. Juárez")).hasValue("14");
        assertThat(alcaldia("Alcaldía G. A. Madero")).hasValue("05");
        assertThat(alcaldia("Alcaldía Gustavo Madero")).as("the short word left out").hasValue("05");
        assertThat(alcaldia("Alcaldía Iztac. — informe")).hasValue("06");
        assertThat(alcaldia("Alcaldía gam")).as("an abbreviation in lower case after the cue").hasValue("05");
        assertThat(alcaldia("Se exhorta a la alcaldía a que informe")).as("an initial alone").isEmpty();
        assertThat(alcaldia("la alcaldía con sus lonas")).isEmpty();
        assertThat(alcaldia("Alcaldía M. — sin más datos")).as("fits several").isEmpty();
    }

    @Test
    void anAbbreviationWithTheArticleOfTheAlcaldia() {
        assertThat(alcaldia("Me tocó observar en la GAM, cerca del metro")).hasValue("05");
        assertThat(alcaldia("Votaron por el MC en la fiesta")).isEmpty();
    }

    @Test
    void anAbbreviationWrittenAsInitialsWithPeriods() {
        assertThat(alcaldia("Informe de la Moctezuma 2a sección, V.C., distrito 11")).hasValue("17");
        assertThat(alcaldia("Bitácora — Tacubaya, M. H. — dtto. 14")).hasValue("16");
        assertThat(alcaldia("Me tocó en la B.J., en la mesa del parque")).as("with the alcaldía's article").hasValue("14");
        assertThat(alcaldia("Alcaldía: A.O.")).hasValue("10");
        assertThat(alcaldia("Firmó como V.C. el responsable de la mesa")).as("a person's initials").isEmpty();
        assertThat(alcaldia("El señor de la camioneta, B.J., no quiso dar su nombre")).isEmpty();
        assertThat(alcaldia("La mesa abrió a las 9, a o b ya no importa")).isEmpty();
    }

    @Test
    void anAlcaldiaWrittenAsItIsHeardAnywhereInTheText() {
        assertThat(alcaldia("Nos tocó una mesa en Ixtapalapa, junto al deportivo")).as("x for z").hasValue("07");
        assertThat(alcaldia("la consulta en xochimilko estuvo tranquila")).as("k for c").hasValue("13");
        assertThat(alcaldia("fui de observador en Tlauac")).as("the silent h left out").hasValue("11");
        assertThat(alcaldia("reporte de iztapalpa, la mesa abrió tarde")).as("a letter dropped in a long name").hasValue("07");
        assertThat(alcaldia("Mi mesa quedó en la Venustiano Caranza")).hasValue("17");
        assertThat(alcaldia("Benito Juares, distrito diecisiete")).hasValue("14");
    }

    @Test
    void aWordThatOnlyResemblesAnAlcaldiaIsNone() {
        assertThat(alcaldia("el tlalpeño que atendía la mesa fue amable")).as("a short name must sound the same").isEmpty();
        assertThat(alcaldia("la mesa se instaló en la calle Ixtapalapa")).as("a street").isEmpty();
        assertThat(alcaldia("Alc. Azca")).as("a short variant after a cue, as before").hasValue("02");
        assertThat(alcaldia("la azcona de la señora")).isEmpty();
    }
}
