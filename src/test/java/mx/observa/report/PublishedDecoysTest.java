package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublishedDecoysTest {

    private static final List<String> FINDINGS = List.of(
            "La mesa se puso frente al Mercado Ignacio Zaragoza y abrió tarde.",
            "Don Eliseo Paredes trajo una silla de la Escuela Leona Vicario.");

    @Test
    void aDecoyAFindingWritesAndAPageShowsIsReadable() {
        String page = "<li>La mesa se puso frente al <b>Mercado Ignacio\nZaragoza</b> y abrió tarde.</li>";
        assertThat(PublishedDecoys.shown("Mercado Ignacio Zaragoza", FINDINGS, List.of(page), List.of()))
                .as("tags and line breaks between its words").isEqualTo(PublishedDecoys.Shown.READABLE);
        String api = "{\"texto\":\"La mesa se puso frente al MERCADO IGNACIO\\nZARAGOZA\"}";
        assertThat(PublishedDecoys.shown("Mercado Ignacio Zaragoza", FINDINGS, List.of(api), List.of()))
                .as("case and a JSON line break").isEqualTo(PublishedDecoys.Shown.READABLE);
    }

    @Test
    void aDecoyTheRedactionTookIsHidden() {
        String page = "<p>[dato personal] trajo una silla de la Escuela [dato personal].</p>";
        assertThat(PublishedDecoys.shown("Escuela Leona Vicario", FINDINGS, List.of(page), List.of()))
                .isEqualTo(PublishedDecoys.Shown.HIDDEN);
        assertThat(PublishedDecoys.shown("Leona Vicario", FINDINGS, List.of("<p>Leona Vicarios</p>"), List.of()))
                .as("only as a whole word").isEqualTo(PublishedDecoys.Shown.HIDDEN);
    }

    @Test
    void aDecoyWrittenOnlyInsidePersonalDataGoesWithIt() {
        List<String> findings = List.of("Vive en calle Ignacio Zaragoza 31, colonia Agrícola, y no la encontraron en la lista.");
        List<String> personal = List.of("calle Ignacio Zaragoza 31, colonia Agrícola");
        assertThat(PublishedDecoys.shown("Ignacio Zaragoza", findings, List.of("<p>Vive en [dato personal], y no…</p>"), personal))
                .isEqualTo(PublishedDecoys.Shown.NOT_IN_FINDINGS);
        List<String> twice = List.of(findings.get(0), "La mesa estuvo en el Mercado Ignacio Zaragoza.");
        assertThat(PublishedDecoys.shown("Ignacio Zaragoza", twice, List.of("<p>[dato personal]</p><p>el Mercado [dato personal].</p>"), personal))
                .as("written outside it too: the reader lost it").isEqualTo(PublishedDecoys.Shown.HIDDEN);
    }

    @Test
    void aDecoyNoFindingWritesIsNotCounted() {
        // a heading or a signature is no finding: no page was to show it
        assertThat(PublishedDecoys.shown("Secundaria Técnica 45", FINDINGS, List.of("<p>nada</p>"), List.of()))
                .isEqualTo(PublishedDecoys.Shown.NOT_IN_FINDINGS);
        assertThat(PublishedDecoys.shown("Leona Vicario", List.of(), List.of("<p>Leona Vicario</p>"), List.of()))
                .as("a report with no legible finding").isEqualTo(PublishedDecoys.Shown.NOT_IN_FINDINGS);
    }
}
