package mx.observa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingSpanishAnalyzerTest {

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();

    @Test
    void accentedAndUnaccentedWordsAnalyzeAlike() {
        assertThat(analyzer.terms("Información")).isEqualTo(analyzer.terms("informacion"));
        assertThat(analyzer.terms("PARTICIPACIÓN")).isEqualTo(analyzer.terms("participacion"));
        assertThat(analyzer.terms("Niño")).isEqualTo(analyzer.terms("nino"));
    }

    @Test
    void pluralsShareTheirSingularStem() {
        assertThat(analyzer.terms("boletas")).isEqualTo(analyzer.terms("boleta"));
        assertThat(analyzer.terms("mamparas")).isEqualTo(analyzer.terms("mampara"));
    }

    @Test
    void keepsEveryWordSoPhrasesKeepTheirPositions() {
        assertThat(analyzer.terms("no se instaló la mesa")).hasSize(5);
    }

    @Test
    void foldingHelperMatchesTheAnalyzer() {
        assertThat(Folding.foldLower("Álvaro Obregón")).isEqualTo("alvaro obregon");
        assertThat(Html.escape("<script>alert('x')</script> & \"")).doesNotContain("<", ">", "'").contains("&amp;");
    }
}
