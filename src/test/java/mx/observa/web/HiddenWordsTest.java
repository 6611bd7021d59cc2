package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The words that explain a finding show no word its redacted text hides. Passages invented for this test (a
 * lifeguard's shift notes, a choir's roll).
 */
class HiddenWordsTest {

    @Test
    void aWordOnlyAHiddenNameWroteIsWithheldFromTheWordsThatExplainTheFinding() {
        String original = "A las diez llegó el Salvavidas a la alberca con la cubeta.";
        String redacted = "A las diez llegó [dato personal] a la alberca con la cubeta.";
        assertThat(HiddenWords.withheld("palabras: salvavidas, la alberca, el salvavidas", original, redacted))
                .isEqualTo("palabras: [dato personal], la alberca, el [dato personal]");
    }

    @Test
    void aWordTheRedactedTextStillShowsOrThatTheTextNeverWroteIsKept() {
        String original = "La Tuza dirigió el coro; la tuza de la tienda no vino.";
        String redacted = "[dato personal] dirigió el coro; la tuza de la tienda no vino.";
        assertThat(HiddenWords.withheld("palabras: tuza, el coro", original, redacted)).as("also written readable")
                .isEqualTo("palabras: tuza, el coro");
        assertThat(HiddenWords.withheld("parecido a: «[pasaje de otro informe]», palabras: coros, dirig",
                original, redacted)).as("a label, a stem, a word of another passage")
                .isEqualTo("parecido a: «[pasaje de otro informe]», palabras: coros, dirig");
        assertThat(HiddenWords.withheld("palabras: coro", "Cantó el coro.", "Cantó el coro.")).as("nothing hidden")
                .isEqualTo("palabras: coro");
    }
}
