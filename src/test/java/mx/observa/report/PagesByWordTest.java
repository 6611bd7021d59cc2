package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PagesByWordTest {

    private final PagesByWord pages = new PagesByWord(List.of(
            Set.of("la", "vecina", "Tomasa", "Quiroga"),
            Set.of("Quiroga", "calle"),
            Set.of("Tomasa", "Quiroga", "vino"),
            Set.of("nada", "que", "ver")));

    @Test
    void aStringCanBeOnlyOnThePagesThatHoldEveryOneOfItsWordsInTheirOrder() {
        assertThat(pages.holdingAll(List.of("Tomasa", "Quiroga"))).containsExactly(0, 2);
        assertThat(pages.holdingAll(List.of("Quiroga"))).containsExactly(0, 1, 2);
        assertThat(pages.holdingAll(List.of("vino", "Tomasa"))).containsExactly(2);
    }

    @Test
    void aWordNoPageHoldsLeavesNoPageEvenBesideCommonWords() {
        assertThat(pages.holdingAll(List.of("Quiroga", "Anacleta"))).isEmpty();
        assertThat(pages.holdingAll(List.of("quiroga"))).as("words are compared as given, case and all").isEmpty();
    }

    @Test
    void aStringWithoutWordsCanBeOnAnyPage() {
        assertThat(pages.holdingAll(List.of())).containsExactly(0, 1, 2, 3);
    }

    @Test
    void thePagesHoldingAnyOfSomeWordsComeOnceEachInTheirOrder() {
        assertThat(pages.holdingAny(List.of("vino", "Tomasa", "calle"))).containsExactly(0, 1, 2);
        assertThat(pages.holdingAny(List.of("Anacleta"))).isEmpty();
        assertThat(pages.holdingAny(List.of())).isEmpty();
    }
}
