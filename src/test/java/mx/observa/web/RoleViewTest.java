package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mx.observa.access.Role;
import mx.observa.access.Session;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.model.PersonalData;
import mx.observa.report.Redactor;
import mx.observa.understand.Detection;

class RoleViewTest {

    private final AtomicInteger detections = new AtomicInteger();
    /** Finds «Lucía Fernández» wherever it is, and counts how many texts it read. */
    private final Redactor redactor = new Redactor((text, known) -> {
        detections.incrementAndGet();
        int start = text.indexOf("Lucía Fernández");
        return new Detection(start < 0 ? List.of()
                : List.of(new PersonalData("nombre", "Lucía Fernández", start, start + "Lucía Fernández".length())), List.of());
    });
    private final RoleView view = new RoleView(redactor, null);
    private final Session commission = new Session("t", "f", "cvoe", "Comisión", Role.COMISION, Instant.EPOCH);
    private final Session analyst = new Session("t", "f", "ana", "Analista", Role.ANALISTA, Instant.EPOCH);

    @Test
    void theCommissionReadsAReportRedactedAndReadingItAgainDoesNotRedactItAgain() {
        IndexedReport report = report("La presidenta, Lucía Fernández, abrió a las 9:00.");

        IndexedReport first = view.report(commission, report);
        int afterFirst = detections.get();
        IndexedReport second = view.report(commission, report);

        assertThat(first.findings().get(0).text()).isEqualTo("La presidenta, [dato personal], abrió a las 9:00.");
        assertThat(afterFirst).isPositive();
        assertThat(second).isEqualTo(first);
        assertThat(detections.get()).as("the second view is the first's redaction").isEqualTo(afterFirst);
        assertThat(view.report(analyst, report)).as("analysts read the original").isSameAs(report);
    }

    @Test
    void aReportThatChangedIsRedactedAnew() {
        IndexedReport report = report("La presidenta abrió a las 9:00.");
        view.report(commission, report);
        int before = detections.get();

        IndexedReport reviewed = view.report(commission, report("La presidenta, Lucía Fernández, abrió a las 9:30."));

        assertThat(detections.get()).isGreaterThan(before);
        assertThat(reviewed.findings().get(0).text()).isEqualTo("La presidenta, [dato personal], abrió a las 9:30.");
    }

    @Test
    void theCommissionReadsNoQuoteOfAnotherReport() {
        // the nearest passages explain a kind by a learnt passage: another report's text, a sender in lower case that
        // this report's redaction does not know
        IndexedReport report = report("La caja de las boletas no cerraba y la tapa se caía.", List.of(
                "parecido a: «[3/6/22, 9:10] anselmo quiroga: la caja de boletas llegó rota»", "«la caja de las boletas no cerraba»"));

        IndexedFinding read = view.report(commission, report).findings().get(0);

        assertThat(read.kindEvidence()).containsExactly("parecido a: «" + RoleView.OTHER_REPORT + "»",
                "«la caja de las boletas no cerraba»");
        assertThat(view.report(analyst, report).findings().get(0).kindEvidence()).as("analysts read the passage")
                .contains("parecido a: «[3/6/22, 9:10] anselmo quiroga: la caja de boletas llegó rota»");
        assertThat(RoleView.ownQuotes("parecido a: «la caja de las boletas no cerraba y la tapa se…»", "La caja de las boletas "
                + "no cerraba y la tapa se caía.")).as("the finding's own text, abbreviated").contains("tapa se");
        assertThat(RoleView.ownQuotes("no hubo … propaganda", "No hubo propaganda.")).isEqualTo("no hubo … propaganda");
    }

    private static IndexedReport report(String text) {
        return report(text, List.of());
    }

    private static IndexedReport report(String text, List<String> kindEvidence) {
        IndexedFinding finding = new IndexedFinding("OBS-2022-000001", 1, "informe.txt", "web", "Tlalpan", 14, null, null,
                LocalDate.of(2022, 5, 1), List.of("instalacion"), text, null, "2022-05-01T10:00:00Z", null, "conforme",
                kindEvidence, false, List.of());
        return new IndexedReport("OBS-2022-000001", "abc", "informe.txt", "txt", "web", "2022-05-01T10:00:00Z", "Tlalpan", 14,
                null, null, LocalDate.of(2022, 5, 1), null, null, List.of(finding));
    }
}
