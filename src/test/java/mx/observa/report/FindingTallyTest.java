package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/** The edition's counts by kind, gathered as findings stream by report after report. */
class FindingTallyTest {

    private static PublishedFinding finding(String folio, int number, FindingKind kind, String... topics) {
        return new PublishedFinding(folio, number, "carpeta", "Tlalpan", 14, null, null, LocalDate.of(2022, 5, 1),
                LocalDate.of(2022, 5, 2), List.of(topics), Map.of(), "Hallazgo " + number + " de " + folio, kind);
    }

    @Test
    void aTopicCountsItsIncidentsAndItsReportsSinNovedadApart() {
        FindingTally tally = new FindingTally(new RecommendationGroups(new FoldingSpanishAnalyzer()));
        // A: said the vote was secret, then that a booth was exposed: a report with an incident, not «sin novedad»
        tally.accept(finding("OBS-2022-000001", 1, FindingKind.CONFORME, "secreto_voto"));
        tally.accept(finding("OBS-2022-000001", 2, FindingKind.INCIDENCIA, "secreto_voto"));
        // B: only that it worked
        tally.accept(finding("OBS-2022-000002", 1, FindingKind.CONFORME, "secreto_voto"));
        tally.accept(finding("OBS-2022-000002", 2, FindingKind.RECOMENDACION, "secreto_voto", "recomendacion"));
        // C: a good practice about the secrecy of the vote is never a serious incident
        tally.accept(finding("OBS-2022-000003", 1, FindingKind.BUENA_PRACTICA, "secreto_voto", "buena_practica"));

        assertThat(tally.findings()).isEqualTo(5);
        assertThat(tally.findings("secreto_voto")).isEqualTo(5);
        assertThat(tally.incidents("secreto_voto")).isEqualTo(1);
        assertThat(tally.noIssue("secreto_voto")).isEqualTo(2);
        assertThat(tally.reportsWithIncident("secreto_voto")).isEqualTo(1);
        assertThat(tally.reportsNoIssue("secreto_voto")).isEqualTo(1);
        assertThat(tally.findings(FindingKind.CONFORME)).isEqualTo(2);
        assertThat(tally.findings(FindingKind.CONTEXTO)).isZero();
        assertThat(tally.serious()).isEqualTo(1);
        assertThat(tally.serious("secreto_voto")).isEqualTo(1);
        assertThat(tally.seriousReports()).isEqualTo(1);
        assertThat(tally.practices()).isEqualTo(1);
        assertThat(tally.recommendations()).isEqualTo(1);
        assertThat(tally.recommendationGroups()).hasSize(1);
    }

    @Test
    void theLastReportCountsToo() {
        FindingTally tally = new FindingTally(new RecommendationGroups(new FoldingSpanishAnalyzer()));
        tally.accept(finding("OBS-2022-000009", 1, FindingKind.CONFORME, "seguridad"));

        assertThat(tally.reportsNoIssue("seguridad")).isEqualTo(1);
        assertThat(tally.reportsNoIssue("seguridad")).as("asking twice counts once").isEqualTo(1);
        assertThat(tally.reportsWithIncident("seguridad")).isZero();
    }
}
