package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link PrivacyPublicationIT} looks a planted string's pattern up in a page only when the page has every word of the
 * string ({@link PrivacyPublicationIT#wordsAsWritten}): that must never skip a page the pattern finds.
 */
class PlantedStringWordsTest {

    @Test
    void wordsAreTheRunsOfLettersAndDigitsAsWritten() {
        assertThat(PrivacyPublicationIT.wordsAsWritten("Cerrada Tepozán 17-C, int. 2 (con @ramiro.olmos)"))
                .containsExactlyInAnyOrder("Cerrada", "Tepozán", "17", "C", "int", "2", "con", "ramiro", "olmos");
        assertThat(PrivacyPublicationIT.wordsAsWritten("")).isEmpty();
    }

    @Test
    void aPageThePatternFindsTheStringInHasEveryWordOfIt() {
        List<String> pages = List.of("Llamó «Chucho» Ibarra al 55 4411 2093; después, calle Ocote 8.",
                "la señora yazmín ocotitla (vecina) dijo: ¡ya basta!", "escribir a chucho.ibarra@correo.example hoy",
                "Chuchito Ibarra y Chucho2 no son él", "𝒜lma Ríos firmó");
        List<String> planted = List.of("Chucho", "«Chucho» Ibarra", "55 4411 2093", "calle Ocote 8", "yazmín ocotitla",
                "(vecina)", "chucho.ibarra@correo.example", "Ibarra", "Ríos", "Alma Ríos");
        int found = 0;
        for (String needle : planted) {
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(needle) + "(?![\\p{L}\\d])");
            for (String page : pages) {
                if (pattern.matcher(page).find()) {
                    found++;
                    assertThat(PrivacyPublicationIT.wordsAsWritten(page)).as(needle + " in " + page)
                            .containsAll(PrivacyPublicationIT.wordsAsWritten(needle));
                }
            }
        }
        assertThat(found).as("pages the patterns find").isGreaterThanOrEqualTo(8);
        // and a page without one of its words is skipped: «Chucho» is written only inside longer words there
        assertThat(PrivacyPublicationIT.wordsAsWritten(pages.get(3))).doesNotContain("Chucho");
    }
}
