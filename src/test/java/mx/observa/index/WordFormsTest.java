package mx.observa.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.SpanishStemmer;

/** The other forms of a query's word: here, how a superlative is read back to its plain adjective. */
class WordFormsTest {

    @Test
    void aSuperlativeIsSpelledBackToItsPlainAdjective() {
        // The index holds light stems (folded, without the final vowel or the plural): "rapidísimo" is "rapidisim".
        assertThat(WordForms.plainOfSuperlative("rapidisim")).isEqualTo("rapid");
        assertThat(WordForms.plainOfSuperlative("tardisimo")).isEqualTo("tard");
        assertThat(WordForms.plainOfSuperlative("larguisim")).isEqualTo("larg");
        assertThat(WordForms.plainOfSuperlative("poquisimas")).isEqualTo("poc");
        assertThat(WordForms.plainOfSuperlative("amabilisim")).isEqualTo("amable");
        // Not superlatives: no suffix, or too little before it.
        assertThat(WordForms.plainOfSuperlative("rapid")).isNull();
        assertThat(WordForms.plainOfSuperlative("visim")).isNull();
    }

    @Test
    void aSuperlativeSharesAStemWithItsPlainAdjective() {
        SpanishStemmer stemmer = new SpanishStemmer();
        assertThat(WordForms.stems(stemmer, "rapidisim")).containsAnyElementsOf(WordForms.stems(stemmer, "rapid"));
        assertThat(WordForms.stems(stemmer, "tardisim")).containsAnyElementsOf(WordForms.stems(stemmer, "tard"));
        assertThat(WordForms.stems(stemmer, "rapidisim")).doesNotContainAnyElementsOf(WordForms.stems(stemmer, "tard"));
    }

    @Test
    void aDiminutiveIsReadBackToItsPlainWord() {
        // as indexed: folded, without the final vowel or the plural («mercadito» is «mercadit»)
        assertThat(WordForms.plainOfDiminutive("mercadit")).isEqualTo("mercad");
        assertThat(WordForms.plainOfDiminutive("abuelitas")).isEqualTo("abuel");
        assertThat(WordForms.plainOfDiminutive("poquit")).isEqualTo("poc");
        assertThat(WordForms.plainOfDiminutive("amiguit")).isEqualTo("amig");
        assertThat(WordForms.plainOfDiminutive("cafecit")).isEqualTo("cafe");
        assertThat(WordForms.plainOfDiminutive("cochecit")).isEqualTo("coch");
        // too short to tell from words that only end the same way
        assertThat(WordForms.plainOfDiminutive("delit")).isNull();
        assertThat(WordForms.plainOfDiminutive("visit")).isNull();
        assertThat(WordForms.plainOfDiminutive("solit")).isNull();
        assertThat(WordForms.plainOfDiminutive("mercad")).isNull();
    }

    @Test
    void aQueryWordTypedWithoutItsAccentSharesAStemWithItsFamily() {
        SpanishStemmer stemmer = new SpanishStemmer();
        // folded as typed and indexed: «tenían» is «tenian», «organización» is «organizacion»
        assertThat(WordForms.stems(stemmer, "tenian", true)).containsAnyElementsOf(WordForms.stems(stemmer, "tener"));
        assertThat(WordForms.stems(stemmer, "organizacion", true))
                .containsAnyElementsOf(WordForms.stems(stemmer, "organizar"));
        assertThat(WordForms.stems(stemmer, "comio", true)).containsAnyElementsOf(WordForms.stems(stemmer, "comer"));
        // read as they are, the folded words do not (the index's words are read that way)
        assertThat(WordForms.stems(stemmer, "tenian")).doesNotContainAnyElementsOf(WordForms.stems(stemmer, "tener"));
        // an accent put back only where a suffix may be: words of other families stay apart
        assertThat(WordForms.stems(stemmer, "tenian", true)).doesNotContainAnyElementsOf(WordForms.stems(stemmer, "tienda"));
        assertThat(WordForms.stems(stemmer, "organizacion", true))
                .doesNotContainAnyElementsOf(WordForms.stems(stemmer, "orgull"));
        assertThat(WordForms.withAccentBack("informacion")).contains("información").doesNotContain("ínformacion");
        // a word of four letters keeps its own stems: «rubi» put back as «rubí» would stem to «rub», the stem of «rubén»
        assertThat(WordForms.stems(stemmer, "rubi", true)).doesNotContainAnyElementsOf(WordForms.stems(stemmer, "ruben"));
        assertThat(WordForms.stems(stemmer, "raul", true)).doesNotContainAnyElementsOf(WordForms.stems(stemmer, "rauda"));
    }
}
