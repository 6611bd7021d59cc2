package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.review.ReviewField;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.support.TestHome;

/**
 * The consolidated report after analysts reviewed the June archive: reviewed values replace the automatic ones, a
 * serious incident a person rejected is never listed, and the method section and the JSON say how much a person
 * checked.
 */
class ReviewedEditionIT {

    private static final Reviews.Reviewer ANA = new Reviews.Reviewer("analista", "analista");

    @Test
    void rejectedSeriousIncidentsAreNeverListedAndReviewsAreCounted(@TempDir Path tmp) throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        CommissionFixture fixture = new CommissionFixture(config);

        JsonNode before = edition(config, tmp.resolve("antes"));
        assertThat(folios(before.at("/incidencias_graves/lista")))
                .containsExactlyInAnyOrder(fixture.r1 + "#3", fixture.r2 + "#1", fixture.r4 + "#1");
        assertThat(before.at("/revision/informes_revisados").asLong()).isZero();
        assertThat(before.at("/revision/informes_automaticos").asLong()).isEqualTo(4);
        assertThat(before.at("/revision/incidencias_graves_automaticas").asLong()).isEqualTo(3);

        List<IndexedFinding> all;
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            all = FindingReader.all(index);
        }
        Reviews reviews = Reviews.in(config, Clock.systemUTC());
        // the threat in r1 was a quoted rumour: the analyst makes it context
        reviews.record(ANA, fixture.r1, List.of(change(find(all, fixture.r1, 3), ReviewField.TIPO, "incidencia", "contexto")));
        // r4's passage is rejected as a finding altogether
        reviews.record(ANA, fixture.r4, List.of(change(find(all, fixture.r4, 1), ReviewField.TIPO, "incidencia",
                ReviewField.NOT_A_FINDING)));
        // r2's incident confirmed as it was
        reviews.record(ANA, fixture.r2, List.of(change(find(all, fixture.r2, 1), ReviewField.TIPO, "incidencia", "incidencia")));
        // r5 had no alcaldía
        reviews.record(ANA, fixture.r5, List.of(new Reviews.Change(null, null, ReviewField.ALCALDIA, null, "Tlalpan")));

        Path out = tmp.resolve("despues");
        JsonNode after = edition(config, out);
        assertThat(folios(after.at("/incidencias_graves/lista"))).containsExactly(fixture.r2 + "#1");
        assertThat(after.at("/incidencias_graves/hallazgos").asLong()).isEqualTo(1);
        assertThat(after.at("/revision/informes_revisados").asLong()).isEqualTo(4);
        assertThat(after.at("/revision/informes_automaticos").asLong()).isZero();
        assertThat(after.at("/revision/incidencias_graves_revisadas").asLong()).isEqualTo(1);
        assertThat(after.at("/revision/incidencias_graves_automaticas").asLong()).isZero();
        assertThat(after.at("/revision/incidencias_graves_descartadas").asLong()).isEqualTo(2);
        assertThat(after.at("/totales/hallazgos").asLong()).isEqualTo(before.at("/totales/hallazgos").asLong() - 1);
        JsonNode r5 = report(after, fixture.r5);
        assertThat(r5.get("alcaldia").asText()).isEqualTo("Tlalpan");

        String html = Files.readString(out.resolve(ReportWriter.HTML));
        String incidents = html.substring(html.indexOf("id=\"incidencias\""), html.indexOf("id=\"buenas-practicas\""));
        assertThat(incidents).contains("repartía despensas").doesNotContain("amenazó a los funcionarios");
        // a passage that is not a finding is published nowhere; one made context stays in the annex as context
        assertThat(html).doesNotContain("desde la calle se veía cómo votaba").contains("amenazó a los funcionarios")
                .contains("Revisión por personas").contains("la revisión descartó");
        String csv = Files.readString(out.resolve(AnnexCsv.FILE));
        assertThat(csv).doesNotContain("desde la calle se veía cómo votaba").contains("amenazó a los funcionarios");
    }

    private static JsonNode edition(ObservaConfig config, Path out) throws Exception {
        ReportWriter.write(config, Publishing.configured(config), out, CommissionFixture.CUTOFF);
        return Json.MAPPER.readTree(out.resolve(ReportWriter.JSON).toFile());
    }

    private static List<String> folios(JsonNode list) {
        List<String> out = new java.util.ArrayList<>();
        list.forEach(n -> out.add(n.get("folio").asText() + "#" + n.get("hallazgo").asText()));
        return out;
    }

    private static JsonNode report(JsonNode edition, String folio) {
        for (JsonNode n : edition.at("/informes")) {
            if (n.get("folio").asText().equals(folio)) {
                return n;
            }
        }
        throw new AssertionError("sin informe " + folio);
    }

    private static IndexedFinding find(List<IndexedFinding> all, String folio, int number) {
        return all.stream().filter(f -> f.folio().equals(folio) && f.number() == number).findFirst().orElseThrow();
    }

    private static Reviews.Change change(IndexedFinding f, ReviewField field, String before, String after) {
        return new Reviews.Change(f.number(), ReviewedValues.fingerprint(f.text()), field, before, after);
    }
}
